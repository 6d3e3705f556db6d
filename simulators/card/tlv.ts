/**
 * The slice of BER-TLV (ISO 7816-4 §5.2) the chip reads: one- or two-byte tags and the 1-, 81-
 * and 82-length forms, which cover every object a 64 KiB APDU can carry.
 */
export interface Tlv {
  readonly tag: number
  readonly value: Buffer
  /** The whole object as it appeared on the wire, which is what secure messaging MACs. */
  readonly raw: Buffer
}

/** Splits concatenated objects; undefined when a tag or length runs past the end. */
export function parseTlvs(bytes: Buffer): Tlv[] | undefined {
  const out: Tlv[] = []
  let at = 0
  while (at < bytes.length) {
    const start = at
    let tag = bytes.readUInt8(at++)
    if ((tag & 0x1f) === 0x1f) {
      if (at >= bytes.length) return undefined
      tag = (tag << 8) | bytes.readUInt8(at++)
    }
    if (at >= bytes.length) return undefined
    let length = bytes.readUInt8(at++)
    if (length === 0x81 || length === 0x82) {
      const size = length - 0x80
      if (at + size > bytes.length) return undefined
      length = bytes.readUIntBE(at, size)
      at += size
    } else if (length > 0x80) {
      return undefined
    }
    if (at + length > bytes.length) return undefined
    out.push({
      tag,
      value: bytes.subarray(at, at + length),
      raw: bytes.subarray(start, at + length),
    })
    at += length
  }
  return out
}

export function encodeTlv(tag: number, value: Buffer): Buffer {
  const tagBytes = tag > 0xff ? [tag >> 8, tag & 0xff] : [tag]
  const n = value.length
  const lengthBytes = n < 0x80 ? [n] : n <= 0xff ? [0x81, n] : [0x82, n >> 8, n & 0xff]
  return Buffer.concat([Buffer.from([...tagBytes, ...lengthBytes]), value])
}

/** The value of `bytes` when it is exactly one object with `tag`, else undefined. */
export function singleObject(bytes: Buffer, tag: number): Buffer | undefined {
  const objects = parseTlvs(bytes)
  const [only] = objects ?? []
  return objects?.length === 1 && only?.tag === tag ? only.value : undefined
}
