import { des3CbcDecrypt, des3CbcEncrypt } from '../crypto/des3'
import { retailMac } from '../crypto/retail-mac'
import type { SmCipher } from './sm-cipher'

/**
 * 3DES secure messaging (ICAO 9303 Part 11 §9.8.6.1): 3DES-CBC with a zero IV and the retail
 * MAC, 8-byte SSC. Keys are the 16-byte KS.enc and KS.mac from BAC.
 */
export class Des3SmCipher implements SmCipher {
  readonly blockSize = 8

  constructor(
    private readonly ksEnc: Uint8Array,
    private readonly ksMac: Uint8Array,
  ) {}

  encrypt(_ssc: Uint8Array, paddedData: Uint8Array): Buffer {
    return des3CbcEncrypt(this.ksEnc, paddedData)
  }

  decrypt(_ssc: Uint8Array, encrypted: Uint8Array): Buffer {
    return des3CbcDecrypt(this.ksEnc, encrypted)
  }

  mac(paddedInput: Uint8Array): Buffer {
    return retailMac(this.ksMac, paddedInput)
  }
}
