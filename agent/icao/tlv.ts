import { IcaoDecodeError, asBuffer, invalidArgument } from './icao-error'

/**
 * BER-TLV as ISO/IEC 7816-4 §5.2 and ICAO Doc 9303-10 use it: tags of one to four bytes (the LDS
 * needs two-byte tags such as 5F1F and 7F61), definite lengths in short form or in long form with up
 * to four length bytes. Indefinite lengths do not occur in the LDS and are refused.
 *
 * Tags are handled as numbers holding the tag bytes big-endian, so `0x5f1f` is the two bytes 5F 1F.
 */
export interface Tlv {
  readonly tag: number
  /** A view into the decoded input (not a copy). */
  readonly value: Buffer
}

/** A decoded TLV and where it sat in its input: `offset` of its first tag byte, `end` past its value. */
export interface TlvAt extends Tlv {
  readonly offset: number
  readonly end: number
}

const MAX_TAG_BYTES = 4
const MAX_LENGTH_BYTES = 4

/** True when the tag's first byte has the constructed bit (b6) set: its value is more TLVs. */
export function isConstructed(tag: number): boolean {
  return (tagBytes(tag)[0] ?? 0) & 0x20 ? true : false
}

/**
 * The tag's bytes. Throws `INVALID_ARGUMENT` for a number that is not a well-formed BER tag: a
 * first byte whose low five bits are 11111 must be followed by bytes with b8 set except the last.
 */
export function encodeTag(tag: number): Buffer {
  if (!Number.isInteger(tag) || tag <= 0 || tag > 0xffffffff)
    throw invalidArgument('tag', 'out-of-range')
  const bytes = tagBytes(tag)
  const first = bytes[0] ?? 0
  const multiByte = (first & 0x1f) === 0x1f
  if (!multiByte && bytes.length !== 1) throw invalidArgument('tag', 'out-of-range')
  if (multiByte) {
    if (bytes.length < 2) throw invalidArgument('tag', 'out-of-range')
    for (let i = 1; i < bytes.length; i += 1) {
      const continues = ((bytes[i] ?? 0) & 0x80) !== 0
      if (continues !== i < bytes.length - 1) throw invalidArgument('tag', 'out-of-range')
    }
  }
  return bytes
}

/** The definite length in its shortest form (short form below 128, else 81–84 and the bytes). */
export function encodeLength(length: number): Buffer {
  if (!Number.isInteger(length) || length < 0 || length > 0xffffffff) {
    throw invalidArgument('length', 'out-of-range')
  }
  if (length < 0x80) return Buffer.from([length])
  const bytes: number[] = []
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  return Buffer.from([0x80 | bytes.length, ...bytes])
}

/** Tag ‖ length ‖ value. A list of values is concatenated first (the children of a constructed TLV). */
export function encodeTlv(tag: number, value: Uint8Array | readonly Uint8Array[]): Buffer {
  const body = value instanceof Uint8Array ? asBuffer(value) : Buffer.concat(value)
  return Buffer.concat([encodeTag(tag), encodeLength(body.length), body])
}

/**
 * Reads the TLV starting at `offset`. Throws {@link IcaoDecodeError} (structure `label`) when the tag
 * or length is cut short, the length uses more than four bytes or the indefinite form, or the value
 * runs past the end of `bytes`.
 */
export function readTlv(bytes: Uint8Array, offset = 0, label = 'TLV'): TlvAt {
  const input = asBuffer(bytes)
  let position = offset
  const fail = (reason: 'truncated' | 'length-too-long' | 'indefinite-length') =>
    new IcaoDecodeError(label, reason, { offset: position })

  const read = readTag(input, position, label)
  const tag = read.tag
  position = read.end

  const lengthByte = input[position]
  if (lengthByte === undefined) throw fail('truncated')
  position += 1
  let length = lengthByte
  if (lengthByte === 0x80) throw fail('indefinite-length')
  if (lengthByte > 0x80) {
    const count = lengthByte & 0x7f
    if (count > MAX_LENGTH_BYTES) throw fail('length-too-long')
    if (position + count > input.length) throw fail('truncated')
    length = 0
    for (let i = 0; i < count; i += 1) length = length * 256 + (input[position + i] ?? 0)
    position += count
  }
  if (position + length > input.length) throw fail('truncated')
  return {
    tag,
    value: input.subarray(position, position + length),
    offset,
    end: position + length,
  }
}

/**
 * A list of tags with no lengths or values, as a 5C tag list holds them (EF.COM, DG11, DG12).
 * Throws {@link IcaoDecodeError} for a tag cut short or longer than four bytes.
 */
export function decodeTagList(bytes: Uint8Array, label = 'TLV'): number[] {
  const input = asBuffer(bytes)
  const tags: number[] = []
  for (let offset = 0; offset < input.length;) {
    const read = readTag(input, offset, label)
    tags.push(read.tag)
    offset = read.end
  }
  return tags
}

/** The tags one after another, as a 5C tag list. */
export function encodeTagList(tags: readonly number[]): Buffer {
  return Buffer.concat(tags.map(encodeTag))
}

/** Exactly one TLV filling `bytes`; anything after it is refused as `trailing-bytes`. */
export function decodeTlv(bytes: Uint8Array, label = 'TLV'): Tlv {
  const tlv = readTlv(bytes, 0, label)
  if (tlv.end !== bytes.length) {
    throw new IcaoDecodeError(label, 'trailing-bytes', { offset: tlv.end })
  }
  return { tag: tlv.tag, value: tlv.value }
}

/** Consecutive TLVs filling `bytes` (the value of a constructed TLV); empty input gives []. */
export function decodeTlvs(bytes: Uint8Array, label = 'TLV'): Tlv[] {
  const result: Tlv[] = []
  for (let offset = 0; offset < bytes.length;) {
    const tlv = readTlv(bytes, offset, label)
    result.push({ tag: tlv.tag, value: tlv.value })
    offset = tlv.end
  }
  return result
}

/**
 * One TLV whose tag must be `tag`, filling `bytes`. The usual first step of a data group decoder:
 * throws `unexpected-tag` for any other outer tag.
 */
export function expectTlv(bytes: Uint8Array, tag: number, label: string): Buffer {
  const tlv = decodeTlv(bytes, label)
  if (tlv.tag !== tag) throw new IcaoDecodeError(label, 'unexpected-tag', { offset: 0 })
  return tlv.value
}

function readTag(input: Buffer, offset: number, label: string): { tag: number; end: number } {
  const first = input[offset]
  if (first === undefined) throw new IcaoDecodeError(label, 'truncated', { offset })
  let tag = first
  let position = offset + 1
  if ((first & 0x1f) === 0x1f) {
    for (;;) {
      const next = input[position]
      if (next === undefined) throw new IcaoDecodeError(label, 'truncated', { offset: position })
      if (position - offset >= MAX_TAG_BYTES) {
        throw new IcaoDecodeError(label, 'tag-too-long', { offset: position })
      }
      tag = tag * 256 + next
      position += 1
      if ((next & 0x80) === 0) break
    }
  }
  return { tag, end: position }
}

function tagBytes(tag: number): Buffer {
  const bytes: number[] = []
  for (let rest = tag; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256)
  return Buffer.from(bytes)
}
