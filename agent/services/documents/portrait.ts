import { AgentError } from '../../../drivers/core/errors'
import { checkPortrait } from '../../jobs/workflows/personalize-card/portrait-check'

/**
 * The portrait attachment of a render request: undefined for index 0, INVALID_ARGUMENT for an
 * index naming no frame, a frame over the limit, or a JPEG the chip's DG2 would refuse (decoded
 * whole, its size within ISO/IEC 19794-5's), so what the operator previews can be issued.
 */
export async function readPortrait(
  attachments: readonly Buffer[],
  index: number,
  maxBytes: number,
): Promise<Buffer | undefined> {
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
  await checkPortrait(bytes, 'portrait_attachment')
  return bytes
}
