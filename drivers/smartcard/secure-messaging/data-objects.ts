import { SecureMessagingError } from './secure-messaging-error'

/** One BER-TLV data object with a one-byte tag, as secure messaging uses them. */
export interface DataObject {
  readonly tag: number
  readonly value: Buffer
  /** The object as it appeared on the wire; MACs cover these bytes, not a re-encoding. */
  readonly encoded: Buffer
}

/** Encodes tag ‖ BER length ‖ value, using the long length forms 81, 82 and 83 as needed. */
export function encodeDataObject(tag: number, value: Uint8Array): Buffer {
  const n = value.length
  const length =
    n < 0x80
      ? [n]
      : n <= 0xff
        ? [0x81, n]
        : n <= 0xffff
          ? [0x82, n >> 8, n & 0xff]
          : [0x83, n >> 16, (n >> 8) & 0xff, n & 0xff]
  return Buffer.concat([Buffer.from([tag, ...length]), value])
}

/**
 * Splits a concatenation of data objects. Throws `SecureMessagingError('malformed-data-object')`
 * on a truncated object or a length form other than 1 to 3 length bytes.
 */
export function decodeDataObjects(bytes: Uint8Array): DataObject[] {
  const input = Buffer.from(bytes)
  const objects: DataObject[] = []
  let offset = 0
  while (offset < input.length) {
    const start = offset
    const tag = input.readUInt8(offset)
    offset += 1
    if (offset >= input.length) throw malformed('a tag without a length')
    const first = input.readUInt8(offset)
    offset += 1
    let length = first
    if (first >= 0x80) {
      const count = first & 0x7f
      if (count === 0 || count > 3) throw malformed('an unsupported length form')
      if (offset + count > input.length) throw malformed('a truncated length')
      length = input.readUIntBE(offset, count)
      offset += count
    }
    if (offset + length > input.length) throw malformed('a truncated value')
    objects.push({
      tag,
      value: input.subarray(offset, offset + length),
      encoded: input.subarray(start, offset + length),
    })
    offset += length
  }
  return objects
}

function malformed(what: string): SecureMessagingError {
  return new SecureMessagingError('malformed-data-object', `Secure messaging response has ${what}`)
}
