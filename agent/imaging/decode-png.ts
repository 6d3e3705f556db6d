import { AgentError } from '../../drivers/core/errors'
import type { RgbImage } from '../../drivers/core/printer'
import { decodeImage } from './decode-image'
import { PNG_SIGNATURE } from './png'

/** Bounds a printed face must keep before it is decoded. */
export interface PngLimits {
  readonly maxWidth: number
  readonly maxHeight: number
  /** Longest accepted PNG file, in bytes. */
  readonly maxBytes: number
}

/** Why a face PNG is refused; travels in `details.reason`. */
export type PngDefect = 'not-png' | 'too-large' | 'bad-data'

function defect(field: string, reason: PngDefect, message: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `${field}: ${message}`, {
    details: { field, reason },
  })
}

/** IHDR is the first chunk (RFC 2083 §4.1.1): length 13, then width and height, 4 bytes each. */
const IHDR = { lengthAt: 8, typeAt: 12, widthAt: 16, heightAt: 20, end: 33 } as const

/**
 * Decodes a face a front-end sends to print into 8-bit RGB, transparency composited over white. The size comes from IHDR first, so an image larger than the printer's raster is refused
 * before a pixel is inflated; then Skia (@napi-rs/canvas) decodes it whole.
 *
 * @throws AgentError `INVALID_ARGUMENT` with `details.field` (= `field`) and `details.reason`:
 *   `not-png` (no PNG signature or IHDR), `too-large` (file bytes or IHDR dimensions above the
 *   limits), `bad-data` (Skia cannot decode it). The message never holds image bytes.
 */
export async function decodePng(
  bytes: Uint8Array,
  limits: PngLimits,
  field = 'image',
): Promise<RgbImage> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (
    data.length < IHDR.end ||
    !data.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE) ||
    data.readUInt32BE(IHDR.lengthAt) !== 13 ||
    data.toString('latin1', IHDR.typeAt, IHDR.typeAt + 4) !== 'IHDR'
  ) {
    throw defect(field, 'not-png', 'not a PNG image')
  }
  if (data.length > limits.maxBytes) {
    throw defect(field, 'too-large', `file of ${data.length} bytes exceeds ${limits.maxBytes}`)
  }
  const width = data.readUInt32BE(IHDR.widthAt)
  const height = data.readUInt32BE(IHDR.heightAt)
  if (width > limits.maxWidth || height > limits.maxHeight) {
    throw defect(
      field,
      'too-large',
      `the image is larger than ${limits.maxWidth} × ${limits.maxHeight}`,
    )
  }
  const decoded = await decodeImage(data, { overWhite: true })
  if (decoded?.width !== width || decoded.height !== height) {
    throw defect(field, 'bad-data', 'the PNG image cannot be decoded')
  }
  // Drawn over white, every pixel is opaque: keep R, G and B.
  const rgb = Buffer.alloc(width * height * 3)
  const { rgba } = decoded
  for (let pixel = 0, out = 0; pixel < rgba.length; pixel += 4, out += 3) {
    rgb[out] = rgba[pixel] ?? 0
    rgb[out + 1] = rgba[pixel + 1] ?? 0
    rgb[out + 2] = rgba[pixel + 2] ?? 0
  }
  return { width, height, rgb }
}
