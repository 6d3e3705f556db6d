import { AsnConvert } from '@peculiar/asn1-schema'
import { SubjectPublicKeyInfo } from '@peculiar/asn1-x509'
import { IcaoDecodeError, asBuffer, invalidArgument } from '../icao-error'
import { decodeTlv, encodeTlv, expectTlv } from '../tlv'

/*
 * DG15 (Doc 9303-10 §4.7.15, Doc 9303-11 §6.1): 6F { SubjectPublicKeyInfo }, the Active
 * Authentication public key in DER. The virtual chip signs with RSA-1024 (the JMRTD applet);
 * an ECDSA key also needs DG14's ActiveAuthenticationInfo.
 */

const DG15_TAG = 0x6f

/** DG15 read back. */
export interface Dg15 {
  /** The SubjectPublicKeyInfo, DER. */
  readonly subjectPublicKeyInfo: Buffer
  /** Its algorithm OID, e.g. rsaEncryption 1.2.840.113549.1.1.1 or id-ecPublicKey 1.2.840.10045.2.1. */
  readonly algorithm: string
}

/**
 * Encodes DG15 around a DER SubjectPublicKeyInfo (e.g. `publicKey.export({ type: 'spki', format:
 * 'der' })`). Throws `INVALID_ARGUMENT` (reason `not-der`) when the bytes are not exactly one
 * SubjectPublicKeyInfo in DER.
 */
export function encodeDg15(subjectPublicKeyInfo: Uint8Array): Buffer {
  const der = asBuffer(subjectPublicKeyInfo)
  if (readSpki(der) === undefined) throw invalidArgument('subjectPublicKeyInfo', 'not-der')
  return encodeTlv(DG15_TAG, der)
}

/** Decodes DG15; throws {@link IcaoDecodeError} (structure `DG15`) for anything but 6F { SPKI }. */
export function decodeDg15(bytes: Uint8Array): Dg15 {
  const der = expectTlv(bytes, DG15_TAG, 'DG15')
  const algorithm = readSpki(der)
  if (algorithm === undefined) throw new IcaoDecodeError('DG15', 'not-der')
  return { subjectPublicKeyInfo: der, algorithm }
}

/** The algorithm OID when `der` is one SubjectPublicKeyInfo that re-encodes to the same bytes. */
function readSpki(der: Buffer): string | undefined {
  try {
    // The schema parser ignores bytes after the SEQUENCE; the TLV codec does not.
    if (decodeTlv(der).tag !== 0x30) return undefined
    const spki = AsnConvert.parse(der, SubjectPublicKeyInfo)
    if (!Buffer.from(AsnConvert.serialize(spki)).equals(der)) return undefined
    return spki.algorithm.algorithm
  } catch {
    return undefined
  }
}
