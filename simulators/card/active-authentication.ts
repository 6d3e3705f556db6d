import { createHash, randomBytes } from 'node:crypto'

/** SHA-1, the only hash the JMRTD applet signs with (icao-9303.md §8). */
const HASH_LENGTH = 20
const HEADER = 0x6a
/** Trailer 'BC': SHA-1 implied (ISO/IEC 9796-2 §7.2). */
const TRAILER = 0xbc

function toBigInt(bytes: Buffer): bigint {
  return bytes.length === 0 ? 0n : BigInt(`0x${bytes.toString('hex')}`)
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n
  let b = base % modulus
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * b) % modulus
    b = (b * b) % modulus
  }
  return result
}

/**
 * Active Authentication's signature (ICAO 9303-11 §6.1): ISO/IEC 9796-2 scheme 1 with partial
 * message recovery. The chip picks M1 to fill the modulus, signs F = 6A ‖ M1 ‖ SHA-1(M1 ‖ M2) ‖ BC
 * with M2 the terminal's 8-byte challenge, so the signature proves possession of the key in
 * DG15 without ever signing a value the terminal chose outright. BigInt arithmetic is enough
 * for a simulator: nobody times it.
 */
export function signChallenge(
  modulus: Buffer,
  privateExponent: Buffer,
  challenge: Buffer,
  random: (size: number) => Buffer = randomBytes,
): Buffer | undefined {
  const n = toBigInt(modulus)
  const size = Math.ceil(n.toString(16).length / 2)
  const m1Length = size - HASH_LENGTH - 2
  if (m1Length <= 0) return undefined
  const m1 = random(m1Length)
  const hash = createHash('sha1').update(m1).update(challenge).digest()
  const f = Buffer.concat([Buffer.from([HEADER]), m1, hash, Buffer.from([TRAILER])])
  // The leading 6A keeps F below any modulus whose top byte is at least 6B; others are refused.
  const value = toBigInt(f)
  if (value >= n) return undefined
  const signature = modPow(value, toBigInt(privateExponent), n)
    .toString(16)
    .padStart(size * 2, '0')
  return Buffer.from(signature, 'hex')
}
