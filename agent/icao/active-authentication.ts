import { constants, createHash, createPublicKey, publicDecrypt } from 'node:crypto'

/** ISO/IEC 9796-2 scheme 1 framing: header 6A (partial recovery), trailer BC (SHA-1 implied). */
const HEADER = 0x6a
const TRAILER = 0xbc
const SHA1_LENGTH = 20

/**
 * Checks an RSA Active Authentication answer (ICAO 9303-11 §6.1): the chip signed
 * F = 6A ‖ M1 ‖ SHA-1(M1 ‖ challenge) ‖ BC with the private key whose public half DG15 holds.
 * Opening the signature with the public key must give that frame, and the hash must cover the
 * recovered M1 and our challenge, so a replayed answer to another challenge fails. Returns a
 * value: a chip that fails AA is a result, not a fault.
 */
export function verifyRsaActiveAuthentication(
  subjectPublicKeyInfo: Uint8Array,
  challenge: Uint8Array,
  signature: Uint8Array,
): boolean {
  let frame: Buffer
  try {
    const key = createPublicKey({
      key: Buffer.from(subjectPublicKeyInfo),
      format: 'der',
      type: 'spki',
    })
    if (key.asymmetricKeyType !== 'rsa') return false
    frame = publicDecrypt({ key, padding: constants.RSA_NO_PADDING }, Buffer.from(signature))
  } catch {
    return false
  }
  if (frame.length < SHA1_LENGTH + 2) return false
  if (frame[0] !== HEADER || frame[frame.length - 1] !== TRAILER) return false
  const m1 = frame.subarray(1, frame.length - 1 - SHA1_LENGTH)
  const digest = frame.subarray(frame.length - 1 - SHA1_LENGTH, frame.length - 1)
  const expected = createHash('sha1').update(m1).update(challenge).digest()
  return expected.equals(digest)
}
