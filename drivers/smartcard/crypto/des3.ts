import { createCipheriv, createDecipheriv } from 'node:crypto'
import { AgentError } from '../../core/errors'

/** The DES block size in bytes. */
export const DES_BLOCK_SIZE = 8

const ZERO_IV = Buffer.alloc(DES_BLOCK_SIZE)

function algorithmFor(key: Uint8Array): 'des-ede-cbc' | 'des-ede3-cbc' {
  if (key.length === 16) return 'des-ede-cbc'
  if (key.length === 24) return 'des-ede3-cbc'
  throw new AgentError('INVALID_ARGUMENT', '3DES needs a 16- or 24-byte key', {
    details: { keyLength: key.length },
  })
}

function checkBlocks(data: Uint8Array): void {
  if (data.length % DES_BLOCK_SIZE !== 0) {
    throw new AgentError('INVALID_ARGUMENT', '3DES-CBC input is not a whole number of blocks', {
      details: { length: data.length },
    })
  }
}

function run(
  decrypt: boolean,
  key: Uint8Array,
  data: Uint8Array,
  iv: Uint8Array = ZERO_IV,
): Buffer {
  checkBlocks(data)
  const algorithm = algorithmFor(key)
  const cipher = decrypt ? createDecipheriv(algorithm, key, iv) : createCipheriv(algorithm, key, iv)
  // Padding is the caller's business: ICAO uses ISO 9797-1 method 2, not PKCS#7.
  cipher.setAutoPadding(false)
  return Buffer.concat([cipher.update(data), cipher.final()])
}

/**
 * 3DES-CBC encryption (2-key with a 16-byte key, 3-key with 24 bytes). `data` must already be
 * padded to whole 8-byte blocks; `iv` defaults to zeros, as BAC and 3DES secure messaging use.
 * Throws `AgentError('INVALID_ARGUMENT')` on a bad key length or a partial block.
 */
export function des3CbcEncrypt(key: Uint8Array, data: Uint8Array, iv?: Uint8Array): Buffer {
  return run(false, key, data, iv)
}

/** The inverse of {@link des3CbcEncrypt}; the output keeps its padding. */
export function des3CbcDecrypt(key: Uint8Array, data: Uint8Array, iv?: Uint8Array): Buffer {
  return run(true, key, data, iv)
}

/**
 * Single-DES CBC encryption with an 8-byte key. OpenSSL 3 dropped single DES, but 2-key 3DES
 * with K‖K collapses to single DES (encrypt, decrypt and encrypt again under the same key).
 */
export function desCbcEncrypt(key: Uint8Array, data: Uint8Array, iv?: Uint8Array): Buffer {
  if (key.length !== 8) {
    throw new AgentError('INVALID_ARGUMENT', 'DES needs an 8-byte key', {
      details: { keyLength: key.length },
    })
  }
  return run(false, Buffer.concat([key, key]), data, iv)
}
