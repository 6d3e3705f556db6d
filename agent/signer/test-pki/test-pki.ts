import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { buildCertificate, type DistinguishedName } from './certificate-builder'

/** ISO 3166 reserves user-assigned codes; "UT" (Utopia) is the test state ICAO examples use. */
export const TEST_COUNTRY = 'UT'

const DAY_MS = 24 * 60 * 60 * 1000

/** A CSCA of the test PKI: its certificate and the key that issues Document Signers. */
export interface TestCsca {
  readonly name: DistinguishedName
  /** DER X.509. */
  readonly certificate: Uint8Array
  readonly privateKey: KeyObject
  /** DER SubjectPublicKeyInfo. */
  readonly publicKeyInfo: Uint8Array
}

/** A Document Signer whose key is in memory (unit tests, the key-file mode). */
export interface TestDocumentSigner {
  readonly certificate: Uint8Array
  readonly privateKey: KeyObject
}

function serialNumber(): Uint8Array {
  const bytes = randomBytes(16)
  // Positive and without a leading zero byte, so the DER INTEGER is exactly these 16 bytes.
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x01
  return bytes
}

function spki(key: KeyObject): Uint8Array {
  return createPublicKey(key).export({ type: 'spki', format: 'der' })
}

function generateP256(): KeyObject {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
}

/** Options of a test CSCA; every field has a default. */
export interface TestCscaOptions {
  /** Start of validity; defaults to now. Certificates start one day earlier to absorb clock skew. */
  readonly now?: Date
  readonly country?: string
  readonly commonName?: string
  readonly validityDays?: number
}

/** A self-signed EC P-256 CSCA: CA:true with path length 0, keyCertSign and cRLSign. */
export function createTestCsca(options: TestCscaOptions = {}): TestCsca {
  const now = options.now ?? new Date()
  const country = options.country ?? TEST_COUNTRY
  const name: DistinguishedName = {
    country,
    organization: 'idstation test PKI',
    commonName: options.commonName ?? `CSCA ${country} test`,
  }
  const privateKey = generateP256()
  const publicKeyInfo = spki(privateKey)
  const certificate = buildCertificate({
    subject: name,
    issuer: name,
    serialNumber: serialNumber(),
    notBefore: new Date(now.getTime() - DAY_MS),
    notAfter: new Date(now.getTime() + (options.validityDays ?? 5 * 365) * DAY_MS),
    subjectPublicKeyInfo: publicKeyInfo,
    role: 'csca',
    issuerPublicKeyInfo: publicKeyInfo,
    issuerPrivateKey: privateKey,
  })
  return { name, certificate, privateKey, publicKeyInfo }
}

/** Which CSCA certifies which key, and for how long. */
export interface DocumentSignerCertificateOptions {
  readonly csca: TestCsca
  /** DER SubjectPublicKeyInfo of the Document Signer key (from a key file or a token). */
  readonly publicKeyInfo: Uint8Array
  readonly now?: Date
  /** Defaults to 92 days: ICAO 9303-12 suggests about three months of DS key usage. */
  readonly validityDays?: number
  /** Overrides the computed validity, e.g. to make an expired certificate for a test. */
  readonly notBefore?: Date
  readonly notAfter?: Date
  readonly commonName?: string
}

/** A Document Signer certificate issued by `csca`: digitalSignature, issuer = CSCA subject. */
export function issueDocumentSignerCertificate(
  options: DocumentSignerCertificateOptions,
): Uint8Array {
  const now = options.now ?? new Date()
  const { csca } = options
  return buildCertificate({
    subject: {
      country: csca.name.country,
      organization: csca.name.organization ?? 'idstation test PKI',
      commonName: options.commonName ?? `Document Signer ${csca.name.country} test`,
    },
    issuer: csca.name,
    serialNumber: serialNumber(),
    notBefore: options.notBefore ?? new Date(now.getTime() - DAY_MS),
    notAfter: options.notAfter ?? new Date(now.getTime() + (options.validityDays ?? 92) * DAY_MS),
    subjectPublicKeyInfo: options.publicKeyInfo,
    role: 'document-signer',
    issuerPublicKeyInfo: csca.publicKeyInfo,
    issuerPrivateKey: csca.privateKey,
  })
}

/** A fresh EC P-256 Document Signer key with its certificate from `csca`, all in memory. */
export function createTestDocumentSigner(
  options: Omit<DocumentSignerCertificateOptions, 'publicKeyInfo'>,
): TestDocumentSigner {
  const privateKey = generateP256()
  const certificate = issueDocumentSignerCertificate({
    ...options,
    publicKeyInfo: spki(privateKey),
  })
  return { certificate, privateKey }
}
