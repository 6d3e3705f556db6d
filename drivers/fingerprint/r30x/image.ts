import { TransportError } from '../../core/errors'

/** The module's image: 256 × 288 pixels, row by row from the top-left corner. */
export const IMAGE_WIDTH = 256
export const IMAGE_HEIGHT = 288

/**
 * The datasheets' nominal resolution. The sensing window is about 13 × 15 mm, so the image is a
 * small crop and not ISO-grade, but it is sampled at about this pitch.
 */
export const IMAGE_PPI = 500

/**
 * UpImage data as 8-bit grey pixels. Most modules send 4 bits per pixel, two pixels a byte, the
 * left one in the high nibble; a nibble n becomes n × 17, so 0x0 → 0 and 0xF → 255. Some
 * firmware sends a byte per pixel, which is taken as it is. Any other length is TRANSPORT_IO
 * 'bad-image-size' (a transfer that lost packets).
 */
export function expandImage(data: Uint8Array): Buffer {
  const pixels = IMAGE_WIDTH * IMAGE_HEIGHT
  if (data.length === pixels) return Buffer.from(data)
  if (data.length !== pixels / 2) {
    throw new TransportError('TRANSPORT_IO', `R30x image: ${data.length} bytes`, {
      details: { reason: 'bad-image-size', bytes: data.length },
    })
  }
  const image = Buffer.alloc(pixels)
  for (let index = 0; index < data.length; index += 1) {
    const byte = data[index] ?? 0
    image[2 * index] = (byte >> 4) * 17
    image[2 * index + 1] = (byte & 0x0f) * 17
  }
  return image
}
