import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { AgentError } from '../core/errors'
import { BacError } from './bac-error'
import { BAC_LENGTH, type BacSender } from './bac-sender'
import { des3CbcDecrypt, des3CbcEncrypt } from './crypto/des3'
import { deriveKey, KDF_COUNTER } from './crypto/kdf'
import { padIso9797Method2 } from './crypto/padding'
import { retailMac } from './crypto/retail-mac'

/** The document basic access keys derived from the MRZ. */
export interface BacKeys {
  readonly kEnc: Buffer
  readonly kMac: Buffer
}

/** What a successful BAC leaves: 3DES session keys and the starting send sequence counter. */
export interface BacSession {
  readonly ksEnc: Buffer
  readonly ksMac: Buffer
  readonly ssc: Buffer
}

/** The nonces and key halves one BAC run uses: RND.IC from the chip, RND.IFD and K.IFD ours. */
export interface BacNonces {
  readonly rndIc: Uint8Array
  readonly rndIfd: Uint8Array
  readonly kIfd: Uint8Array
}

/** Returns `length` random bytes; injected so tests can replay a published exchange. */
export type RandomSource = (length: number) => Uint8Array

/**
 * Document number, date of birth and date of expiry, each followed by its check digit; a TD1
 * document number that overflows into optional data is longer than nine characters.
 */
const MRZ_INFORMATION = /^[0-9A-Z<]{10,}[0-9]{6}[0-9][0-9]{6}[0-9]$/

/**
 * K.seed = first 16 bytes of SHA-1(MRZ_information). Throws `AgentError('INVALID_ARGUMENT')`
 * (without echoing the input, which is personal data) if it is not MRZ characters in that layout.
 */
export function bacKeySeed(mrzInformation: string): Buffer {
  if (!MRZ_INFORMATION.test(mrzInformation)) {
    throw new AgentError('INVALID_ARGUMENT', 'The MRZ information is not in BAC form', {
      details: { field: 'mrzInformation', length: mrzInformation.length },
    })
  }
  return createHash('sha1').update(mrzInformation, 'latin1').digest().subarray(0, BAC_LENGTH.KEY)
}

/** K.enc and K.mac from the MRZ information (ICAO 9303 Part 11 §4.3, Appendix D.2). */
export function deriveBacKeys(mrzInformation: string): BacKeys {
  const seed = bacKeySeed(mrzInformation)
  return {
    kEnc: deriveKey(seed, KDF_COUNTER.ENC, '3des'),
    kMac: deriveKey(seed, KDF_COUNTER.MAC, '3des'),
  }
}

/** E.IFD ‖ M.IFD: S = RND.IFD ‖ RND.IC ‖ K.IFD encrypted under K.enc, then MACed under K.mac. */
export function buildExternalAuthenticateData(keys: BacKeys, nonces: BacNonces): Buffer {
  checkNonces(nonces)
  const s = Buffer.concat([nonces.rndIfd, nonces.rndIc, nonces.kIfd])
  const cryptogram = des3CbcEncrypt(keys.kEnc, s)
  return Buffer.concat([cryptogram, retailMac(keys.kMac, padIso9797Method2(cryptogram))])
}

/**
 * Checks the chip's E.IC ‖ M.IC and derives the session: M.IC must verify, and the decrypted
 * R must echo RND.IC ‖ RND.IFD. Then KS.seed = K.IFD ⊕ K.IC, KS.enc/KS.mac from the KDF, and
 * SSC = the low four bytes of RND.IC ‖ those of RND.IFD. Throws `BacError` on any mismatch.
 */
export function completeBac(keys: BacKeys, nonces: BacNonces, response: Uint8Array): BacSession {
  checkNonces(nonces)
  if (response.length !== BAC_LENGTH.CRYPTOGRAM + BAC_LENGTH.MAC) {
    throw new BacError('bad-length', 'The EXTERNAL AUTHENTICATE answer is not 40 bytes')
  }
  const cryptogram = response.subarray(0, BAC_LENGTH.CRYPTOGRAM)
  const mac = response.subarray(BAC_LENGTH.CRYPTOGRAM)
  if (!timingSafeEqual(retailMac(keys.kMac, padIso9797Method2(cryptogram)), mac)) {
    throw new BacError('wrong-mac', 'The chip answer does not verify under the MRZ keys')
  }
  const r = des3CbcDecrypt(keys.kEnc, cryptogram)
  const nonce = BAC_LENGTH.NONCE
  const echoed = Buffer.concat([nonces.rndIc, nonces.rndIfd])
  if (!timingSafeEqual(r.subarray(0, 2 * nonce), echoed)) {
    throw new BacError('nonce-mismatch', 'The chip answer does not echo this run’s nonces')
  }
  const kIfd = Buffer.from(nonces.kIfd)
  const seed = Buffer.from(r.subarray(2 * nonce).map((kIc, i) => kIc ^ kIfd.readUInt8(i)))
  return {
    ksEnc: deriveKey(seed, KDF_COUNTER.ENC, '3des'),
    ksMac: deriveKey(seed, KDF_COUNTER.MAC, '3des'),
    ssc: Buffer.concat([nonces.rndIc.subarray(4, nonce), nonces.rndIfd.subarray(4, nonce)]),
  }
}

/**
 * Runs BAC over `sender`: GET CHALLENGE, then EXTERNAL AUTHENTICATE with fresh RND.IFD and K.IFD
 * drawn from `random` (in that order), then {@link completeBac}. Takes the MRZ information or keys
 * already derived from it (so a caller can drop the MRZ early). Rejects with the sender's errors,
 * `BacError` when the chip's answer fails, or `AgentError('INVALID_ARGUMENT')` for a bad MRZ.
 */
export async function performBac(
  sender: BacSender,
  access: string | BacKeys,
  random: RandomSource = randomBytes,
): Promise<BacSession> {
  const keys = typeof access === 'string' ? deriveBacKeys(access) : access
  const rndIc = await sender.getChallenge()
  if (rndIc.length !== BAC_LENGTH.NONCE) {
    throw new BacError('bad-challenge', 'GET CHALLENGE did not return 8 bytes')
  }
  const nonces = { rndIc, rndIfd: random(BAC_LENGTH.NONCE), kIfd: random(BAC_LENGTH.KEY) }
  const response = await sender.externalAuthenticate(buildExternalAuthenticateData(keys, nonces))
  return completeBac(keys, nonces, response)
}

function checkNonces(nonces: BacNonces): void {
  const lengths = {
    rndIc: nonces.rndIc.length,
    rndIfd: nonces.rndIfd.length,
    kIfd: nonces.kIfd.length,
  }
  const expected = { rndIc: BAC_LENGTH.NONCE, rndIfd: BAC_LENGTH.NONCE, kIfd: BAC_LENGTH.KEY }
  for (const field of ['rndIc', 'rndIfd', 'kIfd'] as const) {
    if (lengths[field] !== expected[field]) {
      throw new AgentError('INVALID_ARGUMENT', `BAC ${field} has the wrong length`, {
        details: { field, length: lengths[field] },
      })
    }
  }
}
