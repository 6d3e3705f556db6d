import { AgentError } from '../../../drivers/core/errors'

/**
 * The portrait attachment of a render or issue request: undefined for index 0, INVALID_ARGUMENT
 * for an index naming no frame or a frame over the limit. Decoding and the dimension checks are
 * the chip's (DG2) and the renderer's.
 */
export function readPortrait(
  attachments: readonly Buffer[],
  index: number,
  maxBytes: number,
): Buffer | undefined {
  if (index === 0) return undefined
  const bytes = attachments[index - 1]
  if (bytes === undefined) {
    throw new AgentError('INVALID_ARGUMENT', 'portrait_attachment: no such attachment', {
      details: { field: 'portrait_attachment', reason: 'no-such-attachment' },
    })
  }
  if (bytes.length > maxBytes) {
    throw new AgentError('INVALID_ARGUMENT', 'portrait_attachment: the portrait is too large', {
      details: { field: 'portrait_attachment', reason: 'too-large', bytes: bytes.length },
    })
  }
  return bytes
}
