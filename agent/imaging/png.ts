import { crc32, deflateSync } from 'node:zlib'
import type { RgbImage } from '../../drivers/core/printer'

/** The eight bytes every PNG starts with (RFC 2083 §3.1). */
export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** A chunk's CRC: over its type and data, not its length (the fuzz target re-makes CRCs with it). */
export function chunkCrc(typeAndData: Uint8Array): number {
  return crc32(typeAndData) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(chunkCrc(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

/** Bytes per pixel at bit depth 8 of the colour types this module writes. */
const CHANNELS = { grey: 1, rgb: 3 } as const

/**
 * A whole PNG of 8-bit `pixels` (row by row, `channels` bytes per pixel), every row with filter
 * type 0: the inputs are photos and renders, where per-row filter choice buys little.
 */
function encode(
  width: number,
  height: number,
  colour: keyof typeof CHANNELS,
  pixels: Uint8Array,
  level: number,
): Buffer {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError('width and height must be positive integers')
  }
  const channels = CHANNELS[colour]
  const stride = width * channels
  if (pixels.length !== stride * height) {
    throw new RangeError(`pixels must be width × height × ${channels} bytes`)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = colour === 'grey' ? 0 : 2
  const raw = Buffer.alloc((stride + 1) * height)
  for (let y = 0; y < height; y += 1) {
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1)
  }
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/**
 * An 8-bit greyscale PNG (RFC 2083: colour type 0, no filter, zlib) of `width × height` pixels,
 * row by row. For previews a person looks at; the archival format is the ISO 19794-4 record.
 */
export function encodeGreyPng(width: number, height: number, pixels: Uint8Array): Buffer {
  // Level 1: previews are written per capture, where speed matters more than a few kilobytes.
  return encode(width, height, 'grey', pixels, 1)
}

/** An 8-bit RGB PNG (colour type 2) of a printer face or any other RgbImage. */
export function encodeRgbPng(image: RgbImage): Buffer {
  // Rendered documents are mostly flat colour, which zlib's default level shrinks well.
  return encode(image.width, image.height, 'rgb', image.rgb, 6)
}
