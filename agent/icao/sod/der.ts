import type { DecodeFailure } from '../icao-error'

/**
 * A strict DER reader for the few places where EF.SOD must be read as the exact bytes it holds:
 * the signed attributes are verified over their encoding as received, and the 77 wrapper and the
 * CMS envelope are walked without re-encoding anything.
 */

/** One DER object: its identifier octet(s), its content and the whole encoding. */
export interface DerObject {
  /** The identifier octets as one number (`0x30` SEQUENCE, `0xa0` [0] constructed, `0x5f01` …). */
  readonly tag: number
  readonly value: Uint8Array
  /** Tag ‖ length ‖ value exactly as read. */
  readonly encoded: Uint8Array
}

/** Why a byte string is not the DER expected; no byte values, so it is safe to show. */
export class DerError extends Error {
  constructor(
    readonly reason: DecodeFailure,
    message: string,
  ) {
    super(message)
    this.name = 'DerError'
  }
}

// Lengths past 16 MiB cannot occur in an eMRTD file and would only make a fuzzer's life easy.
const MAX_LENGTH_OCTETS = 3

/** Reads the object that starts at `offset`. */
export function readDerAt(bytes: Uint8Array, offset: number): DerObject {
  let at = offset
  const byteAt = (what: string): number => {
    const value = bytes[at]
    if (value === undefined) throw new DerError('truncated', `truncated ${what}`)
    at += 1
    return value
  }
  let tag = byteAt('tag')
  if ((tag & 0x1f) === 0x1f) {
    // Multi-byte tags appear in ICAO files (5F01, 7F61); two continuation bytes are plenty.
    for (let count = 0; ; count += 1) {
      if (count === 2) throw new DerError('tag-too-long', 'tag number too large')
      const next = byteAt('tag')
      tag = tag * 0x100 + next
      if ((next & 0x80) === 0) break
    }
  }
  const first = byteAt('length')
  let length = first
  if (first === 0x80) throw new DerError('indefinite-length', 'indefinite length is not DER')
  if (first > 0x80) {
    const count = first & 0x7f
    if (count > MAX_LENGTH_OCTETS) throw new DerError('length-too-long', 'length too large')
    length = 0
    for (let index = 0; index < count; index += 1) length = length * 0x100 + byteAt('length')
    const minimal = length >= 0x80 && (count === 1 || length >= 0x100 ** (count - 1))
    if (!minimal) throw new DerError('not-der', 'length not in its shortest form')
  }
  const end = at + length
  if (end > bytes.length) throw new DerError('truncated', 'truncated value')
  return { tag, value: bytes.subarray(at, end), encoded: bytes.subarray(offset, end) }
}

/** Reads `bytes` as exactly one object, optionally of `tag`. */
export function readDer(bytes: Uint8Array, tag?: number, what = 'object'): DerObject {
  const object = readDerAt(bytes, 0)
  if (object.encoded.length !== bytes.length)
    throw new DerError('trailing-bytes', `${what} has trailing bytes`)
  if (tag !== undefined && object.tag !== tag)
    throw new DerError('unexpected-tag', `${what} has an unexpected tag`)
  return object
}

/** Splits a constructed object's content into its elements. */
export function readDerChildren(parent: DerObject): DerObject[] {
  if ((firstTagByte(parent.tag) & 0x20) === 0)
    throw new DerError('unexpected-tag', 'primitive where constructed')
  const children: DerObject[] = []
  let offset = 0
  while (offset < parent.value.length) {
    const child = readDerAt(parent.value, offset)
    children.push(child)
    offset += child.encoded.length
  }
  return children
}

function firstTagByte(tag: number): number {
  let first = tag
  while (first > 0xff) first = Math.floor(first / 0x100)
  return first
}

/** Encodes tag ‖ DER length ‖ value; `tag` is one or two identifier octets. */
export function encodeDer(tag: number, value: Uint8Array): Uint8Array {
  const n = value.length
  const length: number[] = []
  if (n < 0x80) {
    length.push(n)
  } else {
    for (let rest = n; rest > 0; rest = Math.floor(rest / 0x100)) length.unshift(rest & 0xff)
    length.unshift(0x80 | length.length)
  }
  const tagBytes = tag > 0xff ? [tag >> 8, tag & 0xff] : [tag]
  return Buffer.concat([Buffer.from([...tagBytes, ...length]), value])
}
