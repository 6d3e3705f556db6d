import { createCipheriv, createDecipheriv } from 'node:crypto'
import { AgentError } from '../../core/errors'
import { aesCmac } from '../crypto/aes-cmac'
import type { SmCipher } from './sm-cipher'

const MAC_LENGTH = 8

/**
 * AES secure messaging (ICAO 9303 Part 11 §9.8.6.2) for after PACE: AES-CBC whose IV is the SSC
 * encrypted under KS.enc, and AES-CMAC truncated to 8 bytes; 16-byte SSC starting at zero.
 * Keys are 16, 24 or 32 bytes as the PACE cipher says.
 */
export class AesSmCipher implements SmCipher {
  readonly blockSize = 16

  constructor(
    private readonly ksEnc: Uint8Array,
    private readonly ksMac: Uint8Array,
  ) {
    for (const key of [ksEnc, ksMac]) {
      if (![16, 24, 32].includes(key.length)) {
        throw new AgentError('INVALID_ARGUMENT', 'AES session keys are 16, 24 or 32 bytes', {
          details: { keyLength: key.length },
        })
      }
    }
  }

  encrypt(ssc: Uint8Array, paddedData: Uint8Array): Buffer {
    return this.cbc(true, ssc, paddedData)
  }

  decrypt(ssc: Uint8Array, encrypted: Uint8Array): Buffer {
    return this.cbc(false, ssc, encrypted)
  }

  mac(paddedInput: Uint8Array): Buffer {
    return aesCmac(this.ksMac, paddedInput).subarray(0, MAC_LENGTH)
  }

  private cbc(encrypt: boolean, ssc: Uint8Array, data: Uint8Array): Buffer {
    const bits = this.ksEnc.length * 8
    const ivCipher = createCipheriv(`aes-${bits}-ecb`, this.ksEnc, null)
    ivCipher.setAutoPadding(false)
    const iv = ivCipher.update(ssc)
    const cipher = encrypt
      ? createCipheriv(`aes-${bits}-cbc`, this.ksEnc, iv)
      : createDecipheriv(`aes-${bits}-cbc`, this.ksEnc, iv)
    // ICAO pads with ISO 9797-1 method 2 before this call, never PKCS#7.
    cipher.setAutoPadding(false)
    return Buffer.concat([cipher.update(data), cipher.final()])
  }
}
