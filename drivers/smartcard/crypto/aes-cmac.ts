import { createCipheriv } from 'node:crypto'
import { AgentError } from '../../core/errors'

const BLOCK = 16
// The constant R_128 of NIST SP 800-38B §5.3: the low byte of x^128 + x^7 + x^2 + x + 1.
const RB = 0x87

function aesEcb(key: Uint8Array, block: Uint8Array): Buffer {
  const cipher = createCipheriv(`aes-${key.length * 8}-ecb`, key, null)
  cipher.setAutoPadding(false)
  return Buffer.concat([cipher.update(block), cipher.final()])
}

/** Multiplication by x in GF(2^128): shift left one bit, folding the carry back in with RB. */
function double(block: Buffer): Buffer {
  const out = Buffer.alloc(BLOCK)
  let carry = 0
  for (let i = BLOCK - 1; i >= 0; i -= 1) {
    const byte = block.readUInt8(i)
    out.writeUInt8(((byte << 1) | carry) & 0xff, i)
    carry = byte >>> 7
  }
  if (carry === 1) out.writeUInt8(out.readUInt8(BLOCK - 1) ^ RB, BLOCK - 1)
  return out
}

function xor(a: Uint8Array, b: Buffer): Buffer {
  return Buffer.from(a.map((byte, i) => byte ^ b.readUInt8(i)))
}

/** The CMAC subkeys K1 and K2 (SP 800-38B §6.1), exported so tests can pin them. */
export function cmacSubkeys(key: Uint8Array): { readonly k1: Buffer; readonly k2: Buffer } {
  checkKey(key)
  const k1 = double(aesEcb(key, Buffer.alloc(BLOCK)))
  return { k1, k2: double(k1) }
}

/**
 * AES-CMAC per NIST SP 800-38B / RFC 4493 with a 16-, 24- or 32-byte key; returns the full
 * 16-byte tag (PACE and AES secure messaging truncate it to 8 bytes themselves).
 */
export function aesCmac(key: Uint8Array, message: Uint8Array): Buffer {
  const { k1, k2 } = cmacSubkeys(key)
  const blocks = Math.max(1, Math.ceil(message.length / BLOCK))
  const lastStart = (blocks - 1) * BLOCK
  const complete = message.length > 0 && message.length % BLOCK === 0
  const tail = message.subarray(lastStart)
  const last = complete
    ? xor(tail, k1)
    : xor(Buffer.concat([tail, Buffer.from([0x80]), Buffer.alloc(BLOCK - 1 - tail.length)]), k2)
  let chain: Buffer = Buffer.alloc(BLOCK)
  for (let offset = 0; offset < lastStart; offset += BLOCK) {
    chain = aesEcb(key, xor(message.subarray(offset, offset + BLOCK), chain))
  }
  return aesEcb(key, xor(chain, last))
}

function checkKey(key: Uint8Array): void {
  if (key.length !== 16 && key.length !== 24 && key.length !== 32) {
    throw new AgentError('INVALID_ARGUMENT', 'AES-CMAC needs a 16-, 24- or 32-byte key', {
      details: { keyLength: key.length },
    })
  }
}
