import { verify, X509Certificate, type KeyObject } from 'node:crypto'
import { readCertificateFacts, type CertificateFacts } from './sod/certificate-facts'
import { readCertificateIdentity } from './sod/certificate-identity'
import { digest } from './sod/hash-algorithm'
import { OID } from './sod/oids'
import { parseSod, type ParsedSod } from './sod/parse-sod'
import { signatureVerification } from './sod/signature-algorithm'

/** The steps of ICAO 9303-11 §5.1 / reference §9, in the order they are reported. */
export type PassiveAuthenticationCheckName =
  | 'sod-parse'
  | 'ds-chain'
  | 'ds-validity'
  | 'cms-signer-identifier'
  | 'cms-content-type'
  | 'cms-message-digest'
  | 'cms-signature'
  | 'dg-hashes'
  | 'com-consistency'

/** One step's outcome. `reason` names data groups, algorithms and counts, never document data. */
export interface PassiveAuthenticationCheck {
  readonly name: PassiveAuthenticationCheckName
  readonly passed: boolean
  readonly reason?: string
}

/**
 * The verdict. `checks` lists the steps that could run: when EF.SOD does not parse only
 * `sod-parse` is there; without `comTagList` there is no `com-consistency`. `passed` is true only
 * when every listed check passed and EF.SOD parsed.
 */
export interface PassiveAuthenticationResult {
  readonly passed: boolean
  readonly checks: readonly PassiveAuthenticationCheck[]
  /** Data groups whose hash does not match or that EF.SOD does not list, ascending. */
  readonly failedDataGroups: readonly number[]
}

/** What passive authentication checks: the files read back and whom to trust, as of when. */
export interface PassiveAuthenticationInput {
  /** EF.SOD as read, `77` wrapper included. */
  readonly sod: Uint8Array
  /** Data group number → the file as read from the chip. */
  readonly dataGroups: ReadonlyMap<number, Uint8Array>
  /** The data group numbers EF.COM lists, when EF.COM was read. */
  readonly comTagList?: readonly number[]
  /** Trusted CSCA certificates (DER): a master list or bilateral exchange. */
  readonly trustAnchors: readonly Uint8Array[]
  /** The moment the DS certificate must be valid at, usually now. */
  readonly at: Date
}

function check(
  name: PassiveAuthenticationCheckName,
  failure: string | undefined,
): PassiveAuthenticationCheck {
  return failure === undefined ? { name, passed: true } : { name, passed: false, reason: failure }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.from(a).equals(b)
}

/** The DS certificate as far as node:crypto could read it. */
interface DocumentSignerCertificate {
  readonly x509: X509Certificate
  readonly publicKey: KeyObject
  readonly facts: CertificateFacts
}

function readDocumentSigner(der: Uint8Array): DocumentSignerCertificate | undefined {
  try {
    const x509 = new X509Certificate(der)
    // publicKey is decoded lazily and throws for a damaged key: read it here, once.
    return { x509, publicKey: x509.publicKey, facts: readCertificateFacts(der) }
  } catch {
    return undefined
  }
}

type IssuerOutcome = 'issued' | 'name-only' | 'other-issuer' | 'unusable'

function issuedBy(ds: X509Certificate, anchorDer: Uint8Array): IssuerOutcome {
  try {
    const anchor = new X509Certificate(anchorDer)
    const anchorKey = anchor.publicKey
    // checkIssued compares names, key identifiers and the CSCA's keyCertSign usage.
    if (!anchor.ca || !ds.checkIssued(anchor)) return 'other-issuer'
    return ds.verify(anchorKey) ? 'issued' : 'name-only'
  } catch {
    return 'unusable'
  }
}

function chainFailure(
  ds: X509Certificate,
  trustAnchors: readonly Uint8Array[],
): string | undefined {
  const outcomes = trustAnchors.map(anchor => issuedBy(ds, anchor))
  if (outcomes.includes('issued')) return undefined
  const usable = outcomes.filter(outcome => outcome !== 'unusable').length
  if (usable === 0) return 'no usable trust anchor (CSCA) was given'
  return outcomes.includes('name-only')
    ? 'the DS certificate signature does not verify with the CSCA that issued it by name'
    : `the DS certificate was not issued by any of the ${usable} trusted CSCAs`
}

function validityFailure(facts: CertificateFacts, at: Date): string | undefined {
  if (at < facts.notBefore)
    return `the DS certificate is not valid before ${facts.notBefore.toISOString()}`
  if (at > facts.notAfter) return `the DS certificate expired at ${facts.notAfter.toISOString()}`
  return undefined
}

function signerIdentifierFailure(sod: ParsedSod, facts: CertificateFacts): string | undefined {
  const sid = sod.signerInfo.signerIdentifier
  if (sid.kind === 'issuerAndSerialNumber') {
    let identity: Uint8Array
    try {
      identity = readCertificateIdentity(sod.dsCertificate).issuerAndSerialNumber
    } catch {
      return 'the DS certificate issuer and serial number are not DER'
    }
    return equalBytes(identity, sid.encoded)
      ? undefined
      : 'the SignerInfo issuer and serial number do not name the DS certificate'
  }
  const keyIdentifier = facts.subjectKeyIdentifier
  return keyIdentifier !== undefined && equalBytes(keyIdentifier, sid.keyIdentifier)
    ? undefined
    : 'the SignerInfo key identifier does not name the DS certificate'
}

function signatureFailure(sod: ParsedSod, dsKey: KeyObject): string | undefined {
  const { signerInfo } = sod
  const scheme = signatureVerification(signerInfo.signatureAlgorithm, signerInfo.digestAlgorithm)
  if (scheme === undefined) {
    return `signature algorithm ${signerInfo.signatureAlgorithm} is not supported`
  }
  if (dsKey.asymmetricKeyType !== scheme.keyType) {
    return `the signature algorithm needs an ${scheme.keyType.toUpperCase()} key and the DS key is not one`
  }
  try {
    const valid = verify(
      scheme.hash,
      signerInfo.signedAttributes,
      { key: dsKey, dsaEncoding: 'der' },
      signerInfo.signature,
    )
    return valid
      ? undefined
      : 'the signature over the signed attributes does not verify with the DS key'
  } catch {
    return 'the signature is not a well-formed signature value'
  }
}

function dataGroupChecks(
  sod: ParsedSod,
  input: PassiveAuthenticationInput,
): { readonly check: PassiveAuthenticationCheck; readonly failed: number[] } {
  const mismatched: number[] = []
  const unlisted: number[] = []
  for (const [number, bytes] of [...input.dataGroups].sort(([a], [b]) => a - b)) {
    const expected = sod.dataGroupHashes.get(number)
    if (expected === undefined) unlisted.push(number)
    else if (!equalBytes(digest(sod.hashAlgorithm, bytes), expected)) mismatched.push(number)
  }
  const problems: string[] = []
  const names = (numbers: number[]) => numbers.map(number => `DG${number}`).join(', ')
  if (input.dataGroups.size === 0) problems.push('no data groups were given to check')
  if (mismatched.length > 0) problems.push(`hash mismatch: ${names(mismatched)}`)
  if (unlisted.length > 0) problems.push(`not in EF.SOD: ${names(unlisted)}`)
  return {
    check: check('dg-hashes', problems.length === 0 ? undefined : problems.join('; ')),
    failed: [...mismatched, ...unlisted].sort((a, b) => a - b),
  }
}

function comFailure(sod: ParsedSod, comTagList: readonly number[]): string | undefined {
  const missing = comTagList.filter(number => !sod.dataGroupHashes.has(number))
  if (missing.length === 0) return undefined
  return `EF.COM lists data groups EF.SOD does not: ${missing.map(n => `DG${n}`).join(', ')}`
}

/**
 * Passive authentication of a read-back chip (ICAO 9303-11 §5.1): the DS certificate chains to a
 * trusted CSCA and is valid at `at`, the CMS signature over the LDS security object holds, every
 * data group read hashes to its value in EF.SOD and every data group EF.COM lists is in EF.SOD.
 * Every step runs that can, so one failure does not hide another.
 *
 * Pure: no I/O, no clock (give `at`), never throws for any bytes; the outcome is a value.
 * CRLs are not consulted: a revoked DS certificate passes.
 */
export function verifyPassiveAuthentication(
  input: PassiveAuthenticationInput,
): PassiveAuthenticationResult {
  let sod: ParsedSod
  try {
    sod = parseSod(input.sod)
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'EF.SOD is unreadable'
    return { passed: false, checks: [check('sod-parse', reason)], failedDataGroups: [] }
  }
  const checks: PassiveAuthenticationCheck[] = [check('sod-parse', undefined)]

  const ds = readDocumentSigner(sod.dsCertificate)
  if (ds === undefined) {
    checks.push(
      check('ds-chain', 'the DS certificate in EF.SOD is not a readable X.509 certificate'),
    )
  } else {
    checks.push(check('ds-chain', chainFailure(ds.x509, input.trustAnchors)))
    checks.push(check('ds-validity', validityFailure(ds.facts, input.at)))
    checks.push(check('cms-signer-identifier', signerIdentifierFailure(sod, ds.facts)))
  }
  checks.push(
    check(
      'cms-content-type',
      sod.signerInfo.contentType === OID.ldsSecurityObject
        ? undefined
        : 'the contentType attribute does not name the LDS security object',
    ),
  )
  const contentDigest = digest(sod.signerInfo.digestAlgorithm, sod.encapsulatedContent)
  checks.push(
    check(
      'cms-message-digest',
      equalBytes(contentDigest, sod.signerInfo.messageDigest)
        ? undefined
        : 'the messageDigest attribute does not match the LDS security object',
    ),
  )
  if (ds !== undefined) checks.push(check('cms-signature', signatureFailure(sod, ds.publicKey)))
  const dataGroups = dataGroupChecks(sod, input)
  checks.push(dataGroups.check)
  if (input.comTagList !== undefined) {
    checks.push(check('com-consistency', comFailure(sod, input.comTagList)))
  }
  return {
    passed: checks.every(item => item.passed),
    checks,
    failedDataGroups: dataGroups.failed,
  }
}
