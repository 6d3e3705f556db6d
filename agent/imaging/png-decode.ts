/**
 * A PNG decoder for the faces a front-end sends to print: outside bytes, so every defect is an
 * AgentError('INVALID_ARGUMENT') with details.reason, and the size is bounded from IHDR before
 * anything is inflated. Covers what image tools write for such faces (RFC 2083, bit depth 8,
 * non-interlaced, every colour type); anything else is refused by name rather than guessed at.
 */
import { inflateSync } from 'node:zlib'
import { AgentError } from '../../drivers/core/errors'
import type { RgbImage } from '../../drivers/core/printer'
import { chunkCrc, PNG_SIGNATURE } from './png'

export interface PngLimits {
  readonly maxWidth: number
  readonly maxHeight: number
  /** Longest accepted PNG file, in bytes. */
  readonly maxBytes: number
}

export type PngDefect =
  | 'not-png'
  | 'bad-crc'
  | 'truncated'
  | 'bad-header'
  | 'unsupported-bit-depth'
  | 'interlaced'
  | 'too-large'
  | 'unsupported-chunk'
  | 'bad-palette'
  | 'bad-filter'
  | 'bad-data'

function defect(reason: PngDefect, message: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `PNG image: ${message}`, { details: { reason } })
}

/** Samples per pixel for each colour type at bit depth 8. */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

interface Header {
  readonly width: number
  readonly height: number
  readonly colourType: number
  readonly channels: number
}

/** Palette entries as RGBA; alpha comes from tRNS and defaults to opaque. */
interface Palette {
  readonly rgba: Uint8Array
  readonly entries: number
}

/** Decodes `bytes` into 8-bit RGB, compositing any transparency over white. */
export function decodePng(bytes: Uint8Array, limits: PngLimits): RgbImage {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (data.length < PNG_SIGNATURE.length || !data.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw defect('not-png', 'does not start with the PNG signature')
  }
  if (data.length > limits.maxBytes) {
    throw defect('too-large', `file of ${data.length} bytes exceeds ${limits.maxBytes}`)
  }

  let header: Header | undefined
  let palette: Palette | undefined
  let transparentKey: Uint8Array | undefined
  const idat: Buffer[] = []
  let offset = PNG_SIGNATURE.length
  for (;;) {
    if (offset + 12 > data.length) throw defect('truncated', 'ends before IEND')
    const length = data.readUInt32BE(offset)
    const type = data.toString('latin1', offset + 4, offset + 8)
    // RFC 2083 §3.2 caps chunk lengths at 2^31 - 1.
    if (length > 0x7fffffff) throw defect('bad-data', 'chunk length above 2^31 - 1')
    if (offset + 12 + length > data.length) throw defect('truncated', 'a chunk runs past the end')
    const body = data.subarray(offset + 8, offset + 8 + length)
    if (
      chunkCrc(data.subarray(offset + 4, offset + 8 + length)) !==
      data.readUInt32BE(offset + 8 + length)
    ) {
      throw defect('bad-crc', 'a chunk fails its CRC')
    }
    offset += 12 + length

    if (header === undefined) {
      if (type !== 'IHDR') throw defect('bad-header', 'the first chunk is not IHDR')
      header = parseHeader(body, limits)
      continue
    }
    switch (type) {
      case 'IHDR':
        throw defect('bad-header', 'a second IHDR')
      case 'PLTE':
        palette = parsePalette(body, header)
        break
      case 'tRNS':
        if (header.colourType === 3) {
          if (palette === undefined || body.length > palette.entries) {
            throw defect('bad-palette', 'tRNS does not match the palette')
          }
          for (let index = 0; index < body.length; index += 1) {
            palette.rgba[index * 4 + 3] = body[index] ?? 255
          }
        } else if (header.colourType === 0 || header.colourType === 2) {
          transparentKey = parseTransparentKey(body, header)
        } else {
          throw defect('bad-data', 'tRNS on an image with an alpha channel')
        }
        break
      case 'IDAT':
        idat.push(body)
        break
      case 'IEND':
        return toRgb(header, inflateRows(idat, header), palette, transparentKey)
      default:
        // Bit 5 of the first letter clear marks a chunk a decoder must understand.
        if ((type.charCodeAt(0) & 0x20) === 0) {
          throw defect('unsupported-chunk', `critical chunk ${printable(type)} is not supported`)
        }
    }
  }
}

function parseHeader(body: Buffer, limits: PngLimits): Header {
  if (body.length !== 13) throw defect('bad-header', 'IHDR is not 13 bytes')
  const width = body.readUInt32BE(0)
  const height = body.readUInt32BE(4)
  const [depth, colourType, compression, filter, interlace] = body.subarray(8)
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) {
    throw defect('bad-header', 'width and height must be 1 to 2^31 - 1')
  }
  const channels = colourType === undefined ? undefined : CHANNELS[colourType]
  if (channels === undefined) throw defect('bad-header', `colour type ${String(colourType)}`)
  if (compression !== 0 || filter !== 0) {
    throw defect('bad-header', 'unknown compression or filter method')
  }
  if (depth !== 8) throw defect('unsupported-bit-depth', `bit depth ${String(depth)} (only 8)`)
  if (interlace === 1) throw defect('interlaced', 'Adam7 interlacing is not supported')
  if (interlace !== 0) throw defect('bad-header', `interlace method ${String(interlace)}`)
  if (width > limits.maxWidth || height > limits.maxHeight) {
    throw defect(
      'too-large',
      `${width} × ${height} exceeds ${limits.maxWidth} × ${limits.maxHeight}`,
    )
  }
  return { width, height, colourType: colourType ?? 0, channels }
}

function parsePalette(body: Buffer, header: Header): Palette {
  if (header.colourType === 0 || header.colourType === 4) {
    throw defect('bad-palette', 'PLTE in a greyscale image')
  }
  if (body.length === 0 || body.length % 3 !== 0 || body.length > 256 * 3) {
    throw defect('bad-palette', 'PLTE must hold 1 to 256 RGB entries')
  }
  const entries = body.length / 3
  const rgba = new Uint8Array(entries * 4).fill(255)
  for (let index = 0; index < entries; index += 1) {
    rgba.set(body.subarray(index * 3, index * 3 + 3), index * 4)
  }
  return { rgba, entries }
}

/** The one grey level or RGB colour that tRNS makes fully transparent, as 8-bit samples. */
function parseTransparentKey(body: Buffer, header: Header): Uint8Array {
  const samples = header.colourType === 0 ? 1 : 3
  if (body.length !== samples * 2) throw defect('bad-data', 'tRNS has the wrong length')
  const key = Array.from({ length: samples }, (_, index) => body.readUInt16BE(index * 2))
  // At bit depth 8 a sample above 255 matches no pixel: the key is dropped, all stay opaque.
  return key.every(value => value <= 255) ? Uint8Array.from(key) : new Uint8Array(0)
}

/** Inflates the IDAT stream into exactly height filtered rows, never allocating more. */
function inflateRows(idat: readonly Buffer[], header: Header): Buffer {
  if (idat.length === 0) throw defect('bad-data', 'no IDAT chunk')
  const expected = header.height * (1 + header.width * header.channels)
  let rows: Buffer
  try {
    rows = inflateSync(Buffer.concat(idat), { maxOutputLength: expected })
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw defect('bad-data', 'image data inflates past its IHDR size')
    }
    if (code === 'Z_BUF_ERROR') throw defect('truncated', 'image data ends early')
    throw defect('bad-data', 'image data is not a valid zlib stream')
  }
  if (rows.length !== expected) throw defect('truncated', 'image data holds too few rows')
  unfilter(rows, header)
  return rows
}

/** Undoes the per-row filters in place (RFC 2083 §6), leaving each row's filter byte. */
function unfilter(rows: Buffer, header: Header): void {
  const bpp = header.channels
  const stride = header.width * bpp
  for (let y = 0; y < header.height; y += 1) {
    const start = y * (stride + 1) + 1
    const above = start - (stride + 1)
    const filter = rows[start - 1] ?? -1
    switch (filter) {
      case 0:
        break
      case 1:
        for (let i = bpp; i < stride; i += 1) {
          rows[start + i] = ((rows[start + i] ?? 0) + (rows[start + i - bpp] ?? 0)) & 0xff
        }
        break
      case 2:
        if (y === 0) break
        for (let i = 0; i < stride; i += 1) {
          rows[start + i] = ((rows[start + i] ?? 0) + (rows[above + i] ?? 0)) & 0xff
        }
        break
      case 3:
        for (let i = 0; i < stride; i += 1) {
          const left = i >= bpp ? (rows[start + i - bpp] ?? 0) : 0
          const up = y > 0 ? (rows[above + i] ?? 0) : 0
          rows[start + i] = ((rows[start + i] ?? 0) + ((left + up) >> 1)) & 0xff
        }
        break
      case 4:
        for (let i = 0; i < stride; i += 1) {
          const left = i >= bpp ? (rows[start + i - bpp] ?? 0) : 0
          const up = y > 0 ? (rows[above + i] ?? 0) : 0
          const upLeft = y > 0 && i >= bpp ? (rows[above + i - bpp] ?? 0) : 0
          rows[start + i] = ((rows[start + i] ?? 0) + paeth(left, up, upLeft)) & 0xff
        }
        break
      default:
        throw defect('bad-filter', `row filter type ${String(filter)}`)
    }
  }
}

/** The neighbour closest to left + up - upLeft, ties going left, then up (RFC 2083 §6.6). */
function paeth(left: number, up: number, upLeft: number): number {
  const estimate = left + up - upLeft
  const toLeft = Math.abs(estimate - left)
  const toUp = Math.abs(estimate - up)
  const toUpLeft = Math.abs(estimate - upLeft)
  if (toLeft <= toUp && toLeft <= toUpLeft) return left
  if (toUp <= toUpLeft) return up
  return upLeft
}

/** Over white: a fully transparent pixel prints nothing on a white card. */
function overWhite(sample: number, alpha: number): number {
  return Math.round((sample * alpha + 255 * (255 - alpha)) / 255)
}

function toRgb(
  header: Header,
  rows: Buffer,
  palette: Palette | undefined,
  transparentKey: Uint8Array | undefined,
): RgbImage {
  const { width, height, colourType, channels } = header
  if (colourType === 3 && palette === undefined) throw defect('bad-palette', 'no PLTE chunk')
  const rgb = Buffer.alloc(width * height * 3)
  const stride = width * channels
  for (let y = 0; y < height; y += 1) {
    const row = y * (stride + 1) + 1
    for (let x = 0; x < width; x += 1) {
      const at = row + x * channels
      const out = (y * width + x) * 3
      let r: number
      let g: number
      let b: number
      let alpha = 255
      switch (colourType) {
        case 0:
          r = g = b = rows[at] ?? 0
          if (transparentKey?.length === 1 && transparentKey[0] === r) alpha = 0
          break
        case 2:
          r = rows[at] ?? 0
          g = rows[at + 1] ?? 0
          b = rows[at + 2] ?? 0
          if (
            transparentKey?.length === 3 &&
            transparentKey[0] === r &&
            transparentKey[1] === g &&
            transparentKey[2] === b
          ) {
            alpha = 0
          }
          break
        case 3: {
          const index = rows[at] ?? 0
          if (palette === undefined || index >= palette.entries) {
            throw defect('bad-palette', 'a pixel indexes past the palette')
          }
          r = palette.rgba[index * 4] ?? 0
          g = palette.rgba[index * 4 + 1] ?? 0
          b = palette.rgba[index * 4 + 2] ?? 0
          alpha = palette.rgba[index * 4 + 3] ?? 255
          break
        }
        case 4:
          r = g = b = rows[at] ?? 0
          alpha = rows[at + 1] ?? 255
          break
        default:
          r = rows[at] ?? 0
          g = rows[at + 1] ?? 0
          b = rows[at + 2] ?? 0
          alpha = rows[at + 3] ?? 255
      }
      rgb[out] = overWhite(r, alpha)
      rgb[out + 1] = overWhite(g, alpha)
      rgb[out + 2] = overWhite(b, alpha)
    }
  }
  return { width, height, rgb }
}

/** A chunk type for a message: PNG chunk types are ASCII letters, outside bytes may not be. */
function printable(type: string): string {
  return /^[A-Za-z]{4}$/.test(type) ? type : 'with a non-letter type'
}
