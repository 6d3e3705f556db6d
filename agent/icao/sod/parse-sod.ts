import { IcaoDecodeError } from '../icao-error'
import { readCertificateIdentity } from './certificate-identity'
import { DerError, encodeDer, readDer, readDerChildren, type DerObject } from './der'
import { DER_TAG } from './der-build'
import { decodeOidContent } from './der-oid'
import { hashAlgorithmFromOid, type SodHashAlgorithm } from './hash-algorithm'
import { decodeLdsSecurityObject, type LdsVersion } from './lds-security-object-codec'
import { OID } from './oids'
import { decodeSignedAttributes } from './signed-attributes'
import { malformedDer, malformedSod } from './sod-error'
import { sodContentInfo } from './sod-wrapper'

/** How the SignerInfo names its certificate (RFC 5652 §5.3). */
export type SignerIdentifier =
  | { readonly kind: 'issuerAndSerialNumber'; readonly encoded: Uint8Array }
  | { readonly kind: 'subjectKeyIdentifier'; readonly keyIdentifier: Uint8Array }

/** The one SignerInfo of EF.SOD, with the bytes a verifier needs as they were read. */
export interface SodSignerInfo {
  readonly version: number
  readonly signerIdentifier: SignerIdentifier
  readonly digestAlgorithm: SodHashAlgorithm
  /** DER(SignedAttributes) with the SET tag: exactly the bytes the signature covers. */
  readonly signedAttributes: Uint8Array
  readonly contentType: string
  readonly messageDigest: Uint8Array
  readonly signingTime?: Date
  /** The signatureAlgorithm OID as found; see `signatureVerification`. */
  readonly signatureAlgorithm: string
  readonly signature: Uint8Array
}

/** EF.SOD read apart. Nothing here has been verified: see `verifyPassiveAuthentication`. */
export interface ParsedSod {
  readonly hashAlgorithm: SodHashAlgorithm
  readonly dataGroupHashes: ReadonlyMap<number, Uint8Array>
  readonly ldsVersion?: LdsVersion
  /** DER(LDSSecurityObject): the eContent the messageDigest covers. */
  readonly encapsulatedContent: Uint8Array
  /** The Document Signer certificate (DER): the one the SignerInfo names, else the first. */
  readonly dsCertificate: Uint8Array
  readonly signerInfo: SodSignerInfo
}

function children(object: DerObject | undefined, tag: number, part: string): DerObject[] {
  if (object === undefined) throw malformedSod(part, 'missing-element')
  if (object.tag !== tag) throw malformedSod(part, 'unexpected-tag')
  return readDerChildren(object)
}

function oid(object: DerObject | undefined, part: string): string {
  if (object?.tag !== DER_TAG.oid) throw malformedSod(part, 'unexpected-tag')
  return decodeOidContent(object.value)
}

function smallInteger(object: DerObject | undefined, part: string): number {
  const value = object?.value
  if (object?.tag !== DER_TAG.integer || value === undefined || value.length === 0) {
    throw malformedSod(part, 'unexpected-tag')
  }
  if (value.length > 4 || ((value[0] ?? 0) & 0x80) !== 0) {
    throw malformedSod(part, 'bad-value') // negative or beyond 32 bits
  }
  return value.reduce((total, byte) => total * 0x100 + byte, 0)
}

function algorithm(object: DerObject | undefined, part: string): string {
  // Parameters are not read: absent, NULL or a curve OID are all seen in issued documents.
  const [identifier, , ...extra] = children(object, DER_TAG.sequence, part)
  if (extra.length > 0) throw malformedSod(part, 'unexpected-tag')
  return oid(identifier, part)
}

function hashAlgorithm(object: DerObject | undefined, part: string): SodHashAlgorithm {
  const found = hashAlgorithmFromOid(algorithm(object, part))
  if (found === undefined) throw malformedSod(part, 'bad-value') // not SHA-256/384/512
  return found
}

function readSignerInfo(object: DerObject): SodSignerInfo {
  const part = 'signerInfo'
  const fields = children(object, DER_TAG.sequence, part)
  const [version, sid, digestAlgorithm, signedAttrs, signatureAlgorithm, signature, unsigned] =
    fields
  const tail = fields.slice(7)
  if (tail.length > 0 || (unsigned !== undefined && unsigned.tag !== DER_TAG.context1)) {
    throw malformedSod(part, 'unexpected-tag')
  }
  let signerIdentifier: SignerIdentifier
  if (sid?.tag === DER_TAG.sequence) {
    signerIdentifier = { kind: 'issuerAndSerialNumber', encoded: sid.encoded }
  } else if (sid?.tag === 0x80) {
    signerIdentifier = { kind: 'subjectKeyIdentifier', keyIdentifier: sid.value }
  } else {
    throw malformedSod(part, 'unexpected-tag')
  }
  if (signedAttrs?.tag !== DER_TAG.context0) {
    throw malformedSod(part, 'missing-element') // ICAO 9303 requires signedAttrs
  }
  if (signature?.tag !== DER_TAG.octetString) throw malformedSod(part, 'missing-element')
  // The signature covers the attributes with the universal SET tag, not the [0] they travel in.
  const signedAttributes = encodeDer(DER_TAG.set, signedAttrs.value)
  return {
    version: smallInteger(version, part),
    signerIdentifier,
    digestAlgorithm: hashAlgorithm(digestAlgorithm, 'signerInfo.digestAlgorithm'),
    signedAttributes,
    ...decodeSignedAttributes(signedAttributes),
    signatureAlgorithm: algorithm(signatureAlgorithm, 'signerInfo.signatureAlgorithm'),
    signature: signature.value,
  }
}

function pickCertificate(certificates: readonly DerObject[], signer: SignerIdentifier): Uint8Array {
  const [first] = certificates
  if (first === undefined) throw malformedSod('certificates', 'missing-element')
  if (signer.kind === 'issuerAndSerialNumber') {
    for (const certificate of certificates) {
      const identity = readCertificateIdentity(certificate.encoded)
      if (Buffer.from(identity.issuerAndSerialNumber).equals(signer.encoded)) {
        return certificate.encoded
      }
    }
  }
  return first.encoded
}

function parse(bytes: Uint8Array): ParsedSod {
  const [contentType, content, ...extraContent] = children(
    readDer(sodContentInfo(bytes)),
    DER_TAG.sequence,
    'contentInfo',
  )
  if (extraContent.length > 0) throw malformedSod('contentInfo', 'unexpected-tag')
  if (oid(contentType, 'contentInfo') !== OID.signedData) {
    throw malformedSod('contentInfo', 'bad-value') // not id-signedData
  }
  const [signedDataObject, ...extraSignedData] = children(content, DER_TAG.context0, 'content')
  if (extraSignedData.length > 0) throw malformedSod('content', 'duplicate-element')
  const fields = children(signedDataObject, DER_TAG.sequence, 'signedData')
  const [version, digestAlgorithms, encapsulated, ...rest] = fields
  smallInteger(version, 'signedData.version')
  children(digestAlgorithms, DER_TAG.set, 'signedData.digestAlgorithms')

  const [eContentType, eContentWrapper, ...extraEncapsulated] = children(
    encapsulated,
    DER_TAG.sequence,
    'encapContentInfo',
  )
  if (extraEncapsulated.length > 0) throw malformedSod('encapContentInfo', 'unexpected-tag')
  if (oid(eContentType, 'encapContentInfo') !== OID.ldsSecurityObject) {
    throw malformedSod('encapContentInfo', 'bad-value') // not the LDS security object
  }
  const [eContent, ...extraEContent] = children(eContentWrapper, DER_TAG.context0, 'eContent')
  if (eContent?.tag !== DER_TAG.octetString || extraEContent.length > 0) {
    throw malformedSod('eContent', 'unexpected-tag') // one primitive OCTET STRING
  }

  let index = 0
  let certificates: DerObject[] = []
  const certificateSet = rest[index]
  if (certificateSet?.tag === DER_TAG.context0) {
    // Other CertificateChoices (attribute certificates, …) are tagged and cannot be the DS one.
    certificates = readDerChildren(certificateSet).filter(choice => choice.tag === DER_TAG.sequence)
    index += 1
  }
  if (rest[index]?.tag === DER_TAG.context1) index += 1 // crls: not used by EF.SOD
  const signerInfos = children(rest[index], DER_TAG.set, 'signerInfos')
  if (rest.length !== index + 1) throw malformedSod('signedData', 'unexpected-tag')
  const [signerInfoObject, ...otherSigners] = signerInfos
  if (signerInfoObject === undefined || otherSigners.length > 0) {
    throw malformedSod(
      'signerInfos',
      signerInfoObject === undefined ? 'missing-element' : 'duplicate-element',
    )
  }
  const signerInfo = readSignerInfo(signerInfoObject)
  return {
    ...decodeLdsSecurityObject(eContent.value),
    encapsulatedContent: eContent.value,
    dsCertificate: pickCertificate(certificates, signerInfo.signerIdentifier),
    signerInfo,
  }
}

/**
 * Reads EF.SOD (`77` ‖ L ‖ DER ContentInfo) into its parts without verifying anything. Accepts
 * DER only, one SignerInfo with signed attributes, an LDS security object as content and at least
 * one certificate.
 *
 * @throws IcaoDecodeError (`INVALID_ARGUMENT`) whose structure names where the input went wrong
 *   (`EF.SOD signerInfo`, …) and whose reason says how; never any other exception, whatever the
 *   bytes.
 */
export function parseSod(bytes: Uint8Array): ParsedSod {
  try {
    return parse(bytes)
  } catch (error) {
    if (error instanceof IcaoDecodeError) throw error
    if (error instanceof DerError) throw malformedDer('encoding', error)
    throw malformedSod('encoding', 'bad-value', error)
  }
}
