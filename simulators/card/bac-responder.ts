import { randomBytes, timingSafeEqual } from 'node:crypto'
import {
  des3CbcDecrypt,
  des3CbcEncrypt,
  deriveKey,
  KDF_COUNTER,
  padIso9797Method2,
  retailMac,
} from './crypto'

/** Session keys and the starting send sequence counter that BAC hands to secure messaging. */
export interface BacSession {
  readonly ksEnc: Buffer
  readonly ksMac: Buffer
  readonly ssc: Buffer
}

/**
 * The chip side of Basic Access Control (ICAO 9303-11 §4.3): GET CHALLENGE issues RND.IC, and
 * EXTERNAL AUTHENTICATE checks E.IFD/M.IFD against it and answers E.IC/M.IC. A challenge serves one
 * attempt only, so a terminal cannot probe the keys with repeated guesses against the same RND.IC.
 */
export class BacResponder {
  private rndIc: Buffer | undefined

  /** `random` is injectable so the Appendix D worked example can fix RND.IC and K.IC. */
  constructor(private readonly random: (size: number) => Buffer = randomBytes) {}

  challenge(): Buffer {
    this.rndIc = this.random(8)
    return Buffer.from(this.rndIc)
  }

  reset(): void {
    this.rndIc = undefined
  }

  /**
   * `data` is E.IFD (32) ‖ M.IFD (8). Undefined when there was no challenge, the MAC is wrong or the
   * decrypted RND.IC does not match.
   */
  authenticate(
    keySeed: Buffer,
    data: Buffer,
  ): { readonly response: Buffer; readonly session: BacSession } | undefined {
    const rndIc = this.rndIc
    this.rndIc = undefined
    if (rndIc === undefined || data.length !== 40) return undefined
    const kEnc = deriveKey(keySeed, KDF_COUNTER.ENC, '3des')
    const kMac = deriveKey(keySeed, KDF_COUNTER.MAC, '3des')
    const eIfd = data.subarray(0, 32)
    const expectedMac = retailMac(kMac, padIso9797Method2(eIfd))
    if (!timingSafeEqual(expectedMac, data.subarray(32, 40))) return undefined
    const s = des3CbcDecrypt(kEnc, eIfd)
    if (!timingSafeEqual(s.subarray(8, 16), rndIc)) return undefined
    const rndIfd = s.subarray(0, 8)
    const kIfd = s.subarray(16, 32)
    const kIc = this.random(16)
    const eIc = des3CbcEncrypt(kEnc, Buffer.concat([rndIc, rndIfd, kIc]))
    const mIc = retailMac(kMac, padIso9797Method2(eIc))
    const seed = Buffer.alloc(16)
    for (let i = 0; i < 16; i++) seed[i] = kIfd.readUInt8(i) ^ kIc.readUInt8(i)
    return {
      response: Buffer.concat([eIc, mIc]),
      session: {
        ksEnc: deriveKey(seed, KDF_COUNTER.ENC, '3des'),
        ksMac: deriveKey(seed, KDF_COUNTER.MAC, '3des'),
        ssc: Buffer.concat([rndIc.subarray(4, 8), rndIfd.subarray(4, 8)]),
      },
    }
  }
}
