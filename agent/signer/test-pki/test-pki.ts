import { createPublicKey, generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto'
import { buildCertificate, type DistinguishedName } from './certificate-builder'

/** ISO 3166 reserves user-assigned codes; "UT" (Utopia) is the test state ICAO examples use. */
export const TEST_COUNTRY = 'UT'

const DAY_MS = 24 * 60 * 60 * 1000

/*
 * Validity periods, Doc 9303-12 (8th ed., 2021) §4.1 Table 1 and §4.1.1–4.1.4:
 * - a Document Signer key signs for up to three months (§4.1.1.2); its certificate is valid for
 *   that key usage period plus the longest validity of any document it signs (§4.1.1.1), about
 *   10 years for 10-year passports (Table 1);
 * - a CSCA key is replaced every three to five years (§4.1.4.2); its certificate is valid for that
 *   key usage period plus the longest lifetime of any certificate it issues (§4.1.4.1), 13–15
 *   years in Table 1.
 */
/** Document Signer private key usage period: three months (Doc 9303-12 §4.1.1.2). */
export const DS_KEY_USAGE_DAYS = 92
/** CSCA private key usage period: the upper end of three to five years (Doc 9303-12 §4.1.4.2). */
export const CSCA_KEY_USAGE_YEARS = 5
/** Longest validity of a document the test PKI signs by default: 10 years (Doc 9303-12 Table 1). */
export const DEFAULT_DOCUMENT_VALIDITY_YEARS = 10

/** `from` plus whole calendar years, then days (UTC). */
function later(from: Date, years: number, days = 0): Date {
  const moment = new Date(from.getTime() + days * DAY_MS)
  moment.setUTCFullYear(moment.getUTCFullYear() + years)
  return moment
}

/**
 * When a Document Signer certificate issued at `now` must end: its key usage period, then the
 * longest validity of a document signed on the last day of it (Doc 9303-12 §4.1.1.1).
 */
export function documentSignerNotAfter(
  now: Date,
  documentValidityYears = DEFAULT_DOCUMENT_VALIDITY_YEARS,
  keyUsageDays = DS_KEY_USAGE_DAYS,
): Date {
  return later(now, documentValidityYears, keyUsageDays)
}

/**
 * When a CSCA certificate issued at `now` must end: its key usage period, then the lifetime of a
 * Document Signer certificate issued on the last day of it (Doc 9303-12 §4.1.4.1).
 */
export function cscaNotAfter(
  now: Date,
  documentValidityYears = DEFAULT_DOCUMENT_VALIDITY_YEARS,
  keyUsageYears = CSCA_KEY_USAGE_YEARS,
): Date {
  return documentSignerNotAfter(later(now, keyUsageYears), documentValidityYears)
}

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
  /** Overrides the computed validity (key usage + DS certificate lifetime), in days. */
  readonly validityDays?: number
  /** Longest validity of the documents signed under this CSCA; defaults to 10 years. */
  readonly documentValidityYears?: number
}

/**
 * A self-signed EC P-256 CSCA: CA:true with path length 0, keyCertSign and cRLSign, valid for
 * its five-year key usage period plus the lifetime of the Document Signer certificates it issues.
 */
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
    notAfter:
      options.validityDays === undefined
        ? cscaNotAfter(now, options.documentValidityYears)
        : new Date(now.getTime() + options.validityDays * DAY_MS),
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
  /**
   * Overrides the computed validity, in days. By default the certificate lasts the three-month
   * key usage period plus `documentValidityYears` (Doc 9303-12 §4.1.1.1).
   */
  readonly validityDays?: number
  /** Longest validity of a document this signer signs; defaults to 10 years. */
  readonly documentValidityYears?: number
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
    notAfter:
      options.notAfter ??
      (options.validityDays === undefined
        ? documentSignerNotAfter(now, options.documentValidityYears)
        : new Date(now.getTime() + options.validityDays * DAY_MS)),
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
