/** EF.SOD: the LDS security object in CMS SignedData, built and read without I/O. */
export { buildSod, type BuildSodRequest } from './build-sod'
export type { DocumentSignatureAlgorithm, DocumentSigner } from './document-signer'
export { SOD_HASH_ALGORITHMS, type SodHashAlgorithm } from './hash-algorithm'
export type { LdsSecurityContent, LdsVersion } from './lds-security-object-codec'
export { parseSod, type ParsedSod, type SignerIdentifier, type SodSignerInfo } from './parse-sod'
export { EF_SOD_TAG, sodContentInfo } from './sod-wrapper'
