/** The test PKI: a CSCA and Document Signers for development, tests and the demo only. */
export type { DistinguishedName } from './certificate-builder'
export {
  makeTestPki,
  type MakeTestPkiOptions,
  type TestPkiFiles,
  type TestPkiTokenOptions,
} from './make-test-pki'
export {
  createSoftHsmStore,
  initSoftHsmToken,
  SOFTHSM_DEBIAN_PACKAGE,
  SOFTHSM_MODULE_PATH,
  type SoftHsmStore,
  type SoftHsmTokenSpec,
} from './softhsm-token-store'
export {
  CSCA_KEY_USAGE_YEARS,
  cscaNotAfter,
  DEFAULT_DOCUMENT_VALIDITY_YEARS,
  documentSignerNotAfter,
  DS_KEY_USAGE_DAYS,
  createTestCsca,
  createTestDocumentSigner,
  issueDocumentSignerCertificate,
  TEST_COUNTRY,
  type DocumentSignerCertificateOptions,
  type TestCsca,
  type TestCscaOptions,
  type TestDocumentSigner,
} from './test-pki'
export { createTokenDocumentSigner, type TokenDocumentSignerOptions } from './token-document-signer'
