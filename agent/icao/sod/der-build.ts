import { encodeDer } from './der'
import { encodeOidContent } from './der-oid'

/** Universal and context tags EF.SOD's CMS envelope uses. */
export const DER_TAG = {
  integer: 0x02,
  octetString: 0x04,
  oid: 0x06,
  sequence: 0x30,
  set: 0x31,
  /** [0] IMPLICIT or EXPLICIT, constructed. */
  context0: 0xa0,
  context1: 0xa1,
} as const

/** SEQUENCE of already-encoded elements, in the order given. */
export function derSequence(...elements: Uint8Array[]): Uint8Array {
  return encodeDer(DER_TAG.sequence, Buffer.concat(elements))
}

/**
 * A SET OF in DER order: elements sorted as octet strings (X.690 §11.6). Verifiers such as
 * OpenSSL re-encode signed attributes before checking the signature, so an unsorted set would
 * verify here and fail there.
 */
export function derSetOf(elements: readonly Uint8Array[], tag: number = DER_TAG.set): Uint8Array {
  const sorted = [...elements].sort((a, b) => Buffer.compare(a, b))
  return encodeDer(tag, Buffer.concat(sorted))
}

/** OCTET STRING, primitive. */
export function derOctetString(value: Uint8Array): Uint8Array {
  return encodeDer(DER_TAG.octetString, value)
}

/** OBJECT IDENTIFIER from its dotted form; RangeError for a malformed one. */
export function derOid(oid: string): Uint8Array {
  return encodeDer(DER_TAG.oid, encodeOidContent(oid))
}

/** A non-negative INTEGER from its big-endian magnitude, in its shortest two's-complement form. */
export function derUnsignedInteger(magnitude: Uint8Array): Uint8Array {
  let start = 0
  while (start < magnitude.length - 1 && magnitude[start] === 0) start += 1
  const trimmed = magnitude.subarray(start)
  const needsSignByte = trimmed.length === 0 || ((trimmed[0] ?? 0) & 0x80) !== 0
  return encodeDer(
    DER_TAG.integer,
    needsSignByte ? Buffer.concat([Buffer.of(0), trimmed]) : trimmed,
  )
}

/** INTEGER for a version number or similar: 0 to 2^31 − 1, RangeError otherwise. */
export function derSmallInteger(value: number): Uint8Array {
  if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff) {
    throw new RangeError(`not a small non-negative integer: ${value}`)
  }
  const bytes: number[] = []
  for (let rest = value; rest > 0; rest = Math.floor(rest / 0x100)) bytes.unshift(rest & 0xff)
  return derUnsignedInteger(Uint8Array.from(bytes))
}
