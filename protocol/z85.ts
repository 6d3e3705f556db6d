// Z85 (ZeroMQ RFC 32): how CURVE keys are written in files and configuration.
const ALPHABET =
  '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#'
const DECODE = new Map<string, number>()
for (let i = 0; i < ALPHABET.length; i++) DECODE.set(ALPHABET.charAt(i), i)

/** Encodes bytes whose length is a multiple of 4. */
export function z85Encode(data: Uint8Array): string {
  if (data.length % 4 !== 0) throw new RangeError('Z85 input length must be a multiple of 4')
  const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  let out = ''
  for (let i = 0; i < data.length; i += 4) {
    let value = view.readUInt32BE(i)
    let chunk = ''
    for (let j = 0; j < 5; j++) {
      chunk = ALPHABET.charAt(value % 85) + chunk
      value = Math.floor(value / 85)
    }
    out += chunk
  }
  return out
}

/** Decodes Z85 text whose length is a multiple of 5; throws RangeError on anything else. */
export function z85Decode(text: string): Buffer {
  if (text.length % 5 !== 0) throw new RangeError('Z85 text length must be a multiple of 5')
  const out = Buffer.alloc((text.length / 5) * 4)
  for (let i = 0; i < text.length; i += 5) {
    let value = 0
    for (let j = 0; j < 5; j++) {
      const digit = DECODE.get(text.charAt(i + j))
      if (digit === undefined) throw new RangeError('invalid Z85 character')
      value = value * 85 + digit
    }
    if (value > 0xffffffff) throw new RangeError('Z85 group out of range')
    out.writeUInt32BE(value, (i / 5) * 4)
  }
  return out
}

/** True for a 40-character Z85 CURVE key. */
export function isZ85Key(text: string): boolean {
  if (text.length !== 40) return false
  try {
    z85Decode(text)
    return true
  } catch {
    return false
  }
}
