import { AgentError } from '../../../../drivers/core/errors'
import { readJpegFrame } from '../../../icao/biometrics/jpeg'
import { decodeImage } from '../../../imaging/decode-image'

/** What a DG2 portrait must measure before it is accepted. */
export interface PortraitLimits {
  /** Longest side read from the JPEG header, checked before decoding (decoding takes w × h × 4 bytes). */
  readonly maxSidePx: number
  readonly minWidthPx: number
  readonly minHeightPx: number
}

/**
 * Default limits. The minimum is ISO/IEC 19794-5's token face image at its smallest: 240 pixels
 * wide with the eyes 60 pixels apart (a quarter of the width) and the 3:4 frame, so 320 high;
 * Doc 9303-9 builds DG2 on 19794-5 and a full-frontal portrait should give about 90 pixels
 * between the eye centres, more than this floor. The maximum bounds memory: 4096 × 4096 × 4 bytes
 * is 64 MiB, while a chip file of 32 KiB holds nothing near that size of image.
 */
export const PORTRAIT_LIMITS: PortraitLimits = {
  maxSidePx: 4096,
  minWidthPx: 240,
  minHeightPx: 320,
}

function refuse(field: string, reason: string, message: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `${field}: ${message}`, {
    details: { field, reason },
  })
}

/**
 * Checks the portrait JPEG for DG2 beyond its header: the frame size read from the header first
 * (absurd sizes refused before any decoding), then the whole image decoded by Skia.
 *
 * @throws AgentError `INVALID_ARGUMENT` with `details.field` = `field` and `details.reason`
 *   `not-jpeg` (no well-formed JPEG header), `dimensions-too-large` (a side above `maxSidePx`),
 *   `portrait-too-small` (below the 19794-5 minimum), `not-decodable` (Skia cannot decode it, or
 *   decodes another size than the header states).
 */
export async function checkPortrait(
  jpeg: Uint8Array,
  field: string,
  limits: PortraitLimits = PORTRAIT_LIMITS,
): Promise<void> {
  const frame = readJpegFrame(jpeg, field)
  if (frame.width > limits.maxSidePx || frame.height > limits.maxSidePx) {
    throw refuse(field, 'dimensions-too-large', `a side is above ${limits.maxSidePx} pixels`)
  }
  if (frame.width < limits.minWidthPx || frame.height < limits.minHeightPx) {
    throw refuse(
      field,
      'portrait-too-small',
      `the portrait must be at least ${limits.minWidthPx} × ${limits.minHeightPx} pixels`,
    )
  }
  const decoded = await decodeImage(jpeg)
  if (decoded?.width !== frame.width || decoded.height !== frame.height) {
    throw refuse(field, 'not-decodable', 'the JPEG cannot be decoded')
  }
}
