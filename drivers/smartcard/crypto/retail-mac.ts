import { AgentError } from '../../core/errors'
import { DES_BLOCK_SIZE, des3CbcEncrypt, desCbcEncrypt } from './des3'

/**
 * ISO/IEC 9797-1 MAC algorithm 3 ("retail MAC") with DES and a 16-byte key K1‖K2: single-DES CBC
 * under K1 over every block, with the last block run through 3DES (K1, K2, K1) instead. The
 * input must already be padded (ICAO pads with method 2). Returns the 8-byte MAC.
 */
export function retailMac(key: Uint8Array, paddedData: Uint8Array): Buffer {
  if (key.length !== 16) {
    throw new AgentError('INVALID_ARGUMENT', 'The retail MAC needs a 16-byte key', {
      details: { keyLength: key.length },
    })
  }
  if (paddedData.length === 0 || paddedData.length % DES_BLOCK_SIZE !== 0) {
    throw new AgentError('INVALID_ARGUMENT', 'Retail MAC input is not a whole number of blocks', {
      details: { length: paddedData.length },
    })
  }
  const k1 = key.subarray(0, 8)
  const lastStart = paddedData.length - DES_BLOCK_SIZE
  // Encrypting the last block with 3DES after chaining equals MAC algorithm 3's output
  // transformation (decrypt with K2, encrypt with K1) applied to the single-DES chain value.
  const chain =
    lastStart === 0
      ? Buffer.alloc(DES_BLOCK_SIZE)
      : desCbcEncrypt(k1, paddedData.subarray(0, lastStart)).subarray(lastStart - DES_BLOCK_SIZE)
  return des3CbcEncrypt(key, paddedData.subarray(lastStart), chain)
}
