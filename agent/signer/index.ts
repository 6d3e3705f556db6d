/** Document Signers for EF.SOD: a PKCS#11 token (HSM) or, for development, a key file. */
export type { DocumentSignatureAlgorithm, DocumentSigner } from '../icao/sod/document-signer'
export { KeyFileSigner, type KeyFileSignerOptions } from './key-file-signer'
export { KeyObjectSigner } from './key-object-signer'
export {
  Pkcs11Signer,
  type Pkcs11CertificateSource,
  type Pkcs11SignerOptions,
} from './pkcs11-signer'
export { signerUnavailable, type SignerUnavailableReason } from './signer-errors'
