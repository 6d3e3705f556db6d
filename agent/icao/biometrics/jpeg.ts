import { invalidArgument } from '../icao-error'

/** What the DG2 face record needs from a JPEG: its frame size and number of colour components. */
export interface JpegFrame {
  readonly width: number
  readonly height: number
  readonly components: number
}

// ITU-T T.81 Table B.1: SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC).
const NOT_FRAME_HEADERS = new Set([0xc4, 0xc8, 0xcc])
// Markers without a length field: TEM and RST0–RST7 (T.81 B.1.1.3); SOI is handled at the start.
const STANDALONE = new Set([0x01, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7])
const SOS = 0xda
const EOI = 0xd9

/**
 * Checks that `bytes` are a JPEG — SOI (FFD8) first, EOI (FFD9) last, marker segments well formed
 * up to the frame header — and reads width, height and components from the first SOFn. Throws
 * `INVALID_ARGUMENT` naming `field` with reason `not-jpeg` otherwise (a PNG, a JPEG 2000 codestream,
 * a truncated upload, a frame whose height is deferred to a DNL marker).
 */
export function readJpegFrame(bytes: Uint8Array, field = 'image'): JpegFrame {
  const notJpeg = () => invalidArgument(field, 'not-jpeg')
  const n = bytes.length
  if (
    n < 4 ||
    bytes[0] !== 0xff ||
    bytes[1] !== 0xd8 ||
    bytes[n - 2] !== 0xff ||
    bytes[n - 1] !== EOI
  ) {
    throw notJpeg()
  }
  let position = 2
  for (;;) {
    if (bytes[position] !== 0xff) throw notJpeg()
    while (bytes[position] === 0xff) position += 1
    const marker = bytes[position]
    if (marker === undefined || marker === 0x00) throw notJpeg()
    position += 1
    if (STANDALONE.has(marker)) continue
    if (marker === SOS || marker === EOI || marker === 0xd8) throw notJpeg()
    const length = ((bytes[position] ?? 0) << 8) | (bytes[position + 1] ?? 0)
    if (length < 2 || position + length > n) throw notJpeg()
    if (marker >= 0xc0 && marker <= 0xcf && !NOT_FRAME_HEADERS.has(marker)) {
      if (length < 8) throw notJpeg()
      const height = ((bytes[position + 3] ?? 0) << 8) | (bytes[position + 4] ?? 0)
      const width = ((bytes[position + 5] ?? 0) << 8) | (bytes[position + 6] ?? 0)
      const components = bytes[position + 7] ?? 0
      if (width === 0 || height === 0 || components === 0) throw notJpeg()
      return { width, height, components }
    }
    position += length
  }
}
