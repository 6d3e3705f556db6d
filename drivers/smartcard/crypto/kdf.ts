import { createHash } from 'node:crypto'

/** The ciphers the ICAO 9303 Part 11 KDF derives keys for. */
export type KdfCipher = '3des' | 'aes-128' | 'aes-192' | 'aes-256'

/** KDF counters from ICAO 9303 Part 11 §9.7.1: encryption, MAC, and the PACE password key. */
export const KDF_COUNTER = { ENC: 1, MAC: 2, PACE: 3 } as const

/** A KDF counter: one of {@link KDF_COUNTER}. */
export type KdfCounter = (typeof KDF_COUNTER)[keyof typeof KDF_COUNTER]

const SPEC = {
  '3des': { hash: 'sha1', length: 16 },
  'aes-128': { hash: 'sha1', length: 16 },
  'aes-192': { hash: 'sha256', length: 24 },
  'aes-256': { hash: 'sha256', length: 32 },
} as const satisfies Record<KdfCipher, { hash: string; length: number }>

/**
 * ICAO 9303 Part 11 KDF: hash(seed ‖ counter as 32-bit big-endian), truncated to the key length.
 * SHA-1 for 3DES and AES-128, SHA-256 for AES-192/256. 3DES keys come back with DES parity set,
 * matching the Appendix D values.
 */
export function deriveKey(seed: Uint8Array, counter: KdfCounter, cipher: KdfCipher): Buffer {
  const { hash, length } = SPEC[cipher]
  const suffix = Buffer.alloc(4)
  suffix.writeUInt32BE(counter)
  const key = createHash(hash).update(seed).update(suffix).digest().subarray(0, length)
  return cipher === '3des' ? setDesParity(key) : Buffer.from(key)
}

/**
 * Returns a copy with each byte's low bit set so the byte has odd parity, as DES keys define.
 * DES ignores that bit, so parity changes the bytes but not the cipher.
 */
export function setDesParity(key: Uint8Array): Buffer {
  return Buffer.from(
    key.map(byte => {
      let ones = 0
      for (let rest = byte >>> 1; rest !== 0; rest >>>= 1) ones += rest & 1
      return (byte & 0xfe) | (ones % 2 === 0 ? 1 : 0)
    }),
  )
}
