import { AgentError } from '../../core/errors'

/**
 * ISO/IEC 9797-1 padding method 2: append 0x80, then zeros up to a whole block. Always adds at
 * least one byte, so a message that already fills its blocks gains a full block.
 */
export function padIso9797Method2(data: Uint8Array, blockSize = 8): Buffer {
  const zeros = blockSize - 1 - (data.length % blockSize)
  return Buffer.concat([data, Buffer.from([0x80]), Buffer.alloc(zeros)])
}

/**
 * Removes ISO/IEC 9797-1 method 2 padding. Throws `AgentError('INVALID_ARGUMENT')` with
 * `details.reason = 'bad-padding'` when the input is not whole blocks or no 0x80 marker ends it,
 * which after decryption means a wrong key or tampered data.
 */
export function unpadIso9797Method2(data: Uint8Array, blockSize = 8): Buffer {
  if (data.length === 0 || data.length % blockSize !== 0) {
    throw badPadding(data.length)
  }
  let index = data.length - 1
  // Only the last block may hold padding; looking further would accept a forged length.
  const floor = data.length - blockSize
  while (index > floor && data[index] === 0x00) index -= 1
  if (data[index] !== 0x80) throw badPadding(data.length)
  return Buffer.from(data.subarray(0, index))
}

function badPadding(length: number): AgentError {
  return new AgentError('INVALID_ARGUMENT', 'ISO 9797-1 method 2 padding is malformed', {
    details: { reason: 'bad-padding', length },
  })
}
