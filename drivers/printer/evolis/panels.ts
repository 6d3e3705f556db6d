import { AgentError } from '../../core/errors'
import type { RgbImage } from '../../core/printer'
import {
  BITS_PER_DOT,
  FACE_HEIGHT,
  FACE_WIDTH,
  PANEL_HEIGHT,
  PANEL_WIDTH,
  panelBytes,
} from './geometry'

/** One `Db` download: panel letter, the guide's `bits` code, the packed dots. */
export interface Panel {
  readonly panel: 'y' | 'm' | 'c' | 'k' | 'o'
  readonly bits: number
  readonly data: Buffer
}

/** The colour depth we send: `32`, 5 bits per dot, as in the guide's example YMCKO job. */
export const COLOUR_BITS = 32
/** K and O are 1 bit per dot: `2`. */
export const MONO_BITS = 2

/** A dot is printed black on K when it is dark and grey (text, MRZ, barcodes). */
const K_MAX_LEVEL = 80
const K_MAX_CHROMA = 24

/**
 * A face (RgbImage, FACE_WIDTH × FACE_HEIGHT landscape) as the five panels of a YMCKO ribbon, in
 * ribbon order. See docs/evolis-esc.md §Panels:
 * - orientation: panel line `r` is image column `r`; dot `c` of a line is image row
 *   `FACE_HEIGHT − 1 − c` (the image turned a quarter clockwise, as dpavlin's driver does);
 * - Y, M, C: the density of each subtractive primary (255 − B, 255 − G, 255 − R) scaled to
 *   0–31 and packed 5 bits per dot, most significant bit first;
 * - K: 1 where the dot is dark and neutral (max ≤ 80, max − min ≤ 24); those dots carry no Y, M
 *   or C, so black text is printed once, in resin;
 * - O: the overlay varnish, every dot on.
 */
export function facePanels(image: RgbImage): readonly Panel[] {
  checkImage(image)
  const colour = BITS_PER_DOT[COLOUR_BITS] ?? 5
  const yellow = new BitPacker(panelBytes(COLOUR_BITS))
  const magenta = new BitPacker(panelBytes(COLOUR_BITS))
  const cyan = new BitPacker(panelBytes(COLOUR_BITS))
  const black = new BitPacker(panelBytes(MONO_BITS))
  const max = (1 << colour) - 1
  const scale = (density: number): number => Math.round((density * max) / 255)
  for (let line = 0; line < PANEL_HEIGHT; line += 1) {
    for (let dot = 0; dot < PANEL_WIDTH; dot += 1) {
      const x = line
      const y = FACE_HEIGHT - 1 - dot
      const at = (y * FACE_WIDTH + x) * 3
      const r = image.rgb[at] ?? 255
      const g = image.rgb[at + 1] ?? 255
      const b = image.rgb[at + 2] ?? 255
      const high = Math.max(r, g, b)
      const k = high <= K_MAX_LEVEL && high - Math.min(r, g, b) <= K_MAX_CHROMA
      black.push(k ? 1 : 0, 1)
      yellow.push(k ? 0 : scale(255 - b), colour)
      magenta.push(k ? 0 : scale(255 - g), colour)
      cyan.push(k ? 0 : scale(255 - r), colour)
    }
  }
  return [
    { panel: 'y', bits: COLOUR_BITS, data: yellow.finish() },
    { panel: 'm', bits: COLOUR_BITS, data: magenta.finish() },
    { panel: 'c', bits: COLOUR_BITS, data: cyan.finish() },
    { panel: 'k', bits: MONO_BITS, data: black.finish() },
    { panel: 'o', bits: MONO_BITS, data: Buffer.alloc(panelBytes(MONO_BITS), 0xff) },
  ]
}

export function checkImage(image: RgbImage): void {
  if (
    image.width !== FACE_WIDTH ||
    image.height !== FACE_HEIGHT ||
    image.rgb.length !== FACE_WIDTH * FACE_HEIGHT * 3
  ) {
    throw new AgentError(
      'INVALID_ARGUMENT',
      `image: ${FACE_WIDTH} × ${FACE_HEIGHT} RGB, 3 bytes per pixel`,
      { details: { field: 'image', width: image.width, height: image.height } },
    )
  }
}

/** Values of `width` bits into bytes, most significant bit first. */
class BitPacker {
  private readonly bytes: Buffer
  private offset = 0
  private pending = 0
  private count = 0

  constructor(length: number) {
    this.bytes = Buffer.alloc(length)
  }

  push(value: number, width: number): void {
    this.pending = (this.pending << width) | value
    this.count += width
    while (this.count >= 8) {
      this.count -= 8
      this.bytes[this.offset] = (this.pending >> this.count) & 0xff
      this.offset += 1
    }
    this.pending &= (1 << this.count) - 1
  }

  finish(): Buffer {
    if (this.count > 0) this.bytes[this.offset] = (this.pending << (8 - this.count)) & 0xff
    return this.bytes
  }
}
