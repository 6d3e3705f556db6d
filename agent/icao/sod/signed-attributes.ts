import { AsnParser, AsnSerializer } from '@peculiar/asn1-schema'
import { Time } from '@peculiar/asn1-x509'
import { readDer, readDerChildren } from './der'
import { DER_TAG, derOctetString, derOid, derSequence, derSetOf } from './der-build'
import { decodeOidContent } from './der-oid'
import { OID } from './oids'
import type { DecodeFailure } from '../icao-error'
import { malformedSod } from './sod-error'

/** The signed attributes EF.SOD carries (RFC 5652 §11). */
export interface SignedAttributeValues {
  readonly contentType: string
  readonly messageDigest: Uint8Array
  readonly signingTime?: Date
}

function attribute(type: string, value: Uint8Array): Uint8Array {
  return derSequence(derOid(type), derSetOf([value]))
}

/**
 * DER(SignedAttributes) with the universal SET tag: the bytes the signature covers (RFC 5652
 * §5.4). In the SignerInfo the same content is tagged [0] IMPLICIT instead.
 */
export function encodeSignedAttributes(values: SignedAttributeValues): Uint8Array {
  const attributes = [
    attribute(OID.contentType, derOid(values.contentType)),
    attribute(OID.messageDigest, derOctetString(values.messageDigest)),
  ]
  if (values.signingTime !== undefined) {
    // UTCTime until 2049, GeneralizedTime after (RFC 5652 §11.3), as asn1-x509's Time chooses.
    const time = new Uint8Array(AsnSerializer.serialize(new Time(values.signingTime)))
    attributes.push(attribute(OID.signingTime, time))
  }
  return derSetOf(attributes)
}

/**
 * Reads the SignedAttributes content (as found under [0] in a SignerInfo). contentType and
 * messageDigest must each appear once with one value; signingTime is optional; other attributes
 * are allowed and ignored.
 *
 * @throws IcaoDecodeError (structure `EF.SOD signedAttrs`); DerError for bad DER inside.
 */
export function decodeSignedAttributes(set: Uint8Array): SignedAttributeValues {
  const fail = (reason: DecodeFailure, cause?: unknown) =>
    malformedSod('signedAttrs', reason, cause)
  const found = new Map<string, Uint8Array>()
  for (const element of readDerChildren(readDer(set, DER_TAG.set, 'signedAttrs'))) {
    const [type, values, ...extra] = readDerChildren(element)
    if (element.tag !== DER_TAG.sequence || type?.tag !== DER_TAG.oid || extra.length > 0) {
      throw fail('unexpected-tag') // not SEQUENCE { type, values }
    }
    if (values?.tag !== DER_TAG.set) throw fail('missing-element')
    const oid = decodeOidContent(type.value)
    if (found.has(oid)) throw fail('duplicate-element')
    const [value, ...more] = readDerChildren(values)
    // RFC 5652 §11: the attributes EF.SOD uses have exactly one value.
    if (value === undefined || more.length > 0) throw fail('bad-value')
    found.set(oid, value.encoded)
  }
  const contentType = found.get(OID.contentType)
  const messageDigest = found.get(OID.messageDigest)
  if (contentType === undefined) throw fail('missing-element')
  if (messageDigest === undefined) throw fail('missing-element')
  const result = {
    contentType: decodeOidContent(readDer(contentType, DER_TAG.oid, 'contentType').value),
    messageDigest: readDer(messageDigest, DER_TAG.octetString, 'messageDigest').value,
  }
  const signingTime = found.get(OID.signingTime)
  if (signingTime === undefined) return result
  let time: Date
  try {
    time = AsnParser.parse(signingTime, Time).getTime()
  } catch (error) {
    throw fail('not-a-date', error)
  }
  if (Number.isNaN(time.getTime())) throw fail('not-a-date')
  return { ...result, signingTime: time }
}
