/**
 * A small RGB canvas for rendering document faces: integer coordinates, everything clipped to
 * the canvas, no anti-aliasing, so the same drawing always gives the same bytes and text stays
 * on an exact pixel grid.
 */
import type { RgbImage } from '../../../drivers/core/printer'
import { CELL_WIDTH, glyphFor } from './bitmap-font'

export type Colour = readonly [red: number, green: number, blue: number]

export const WHITE: Colour = [255, 255, 255]
export const BLACK: Colour = [0, 0, 0]

export class Canvas {
  readonly rgb: Buffer

  constructor(
    readonly width: number,
    readonly height: number,
    background: Colour = WHITE,
  ) {
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
      throw new RangeError('canvas width and height must be positive integers')
    }
    this.rgb = Buffer.alloc(width * height * 3)
    this.fillRect(0, 0, width, height, background)
  }

  /** Fills the pixels x ≤ px < x + w, y ≤ py < y + h that lie on the canvas. */
  fillRect(x: number, y: number, w: number, h: number, colour: Colour): void {
    const left = Math.max(0, Math.round(x))
    const top = Math.max(0, Math.round(y))
    const right = Math.min(this.width, Math.round(x + w))
    const bottom = Math.min(this.height, Math.round(y + h))
    if (left >= right || top >= bottom) return
    const [red, green, blue] = colour
    // One row painted pixel by pixel, then copied down: large fills are most of a render.
    const rowStart = (top * this.width + left) * 3
    for (let px = 0; px < right - left; px += 1) {
      this.rgb[rowStart + px * 3] = red
      this.rgb[rowStart + px * 3 + 1] = green
      this.rgb[rowStart + px * 3 + 2] = blue
    }
    const rowBytes = (right - left) * 3
    for (let py = top + 1; py < bottom; py += 1) {
      this.rgb.copyWithin((py * this.width + left) * 3, rowStart, rowStart + rowBytes)
    }
  }

  /** A rectangle's outline, `thickness` pixels wide, inside the rectangle. */
  strokeRect(x: number, y: number, w: number, h: number, thickness: number, colour: Colour): void {
    this.fillRect(x, y, w, thickness, colour)
    this.fillRect(x, y + h - thickness, w, thickness, colour)
    this.fillRect(x, y, thickness, h, colour)
    this.fillRect(x + w - thickness, y, thickness, h, colour)
  }

  /**
   * The pixels whose centres lie inside the ellipse centred on (cx, cy) with radii rx, ry;
   * `fromY`/`toY` keep only the rows in [fromY, toY), for half shapes such as shoulders.
   */
  fillEllipse(
    cx: number,
    cy: number,
    rx: number,
    ry: number,
    colour: Colour,
    fromY = -Infinity,
    toY = Infinity,
  ): void {
    if (rx <= 0 || ry <= 0) return
    const top = Math.max(Math.ceil(cy - ry - 0.5), Math.ceil(fromY))
    const bottom = Math.min(Math.floor(cy + ry - 0.5), Math.ceil(toY) - 1)
    for (let py = top; py <= bottom; py += 1) {
      const dy = (py + 0.5 - cy) / ry
      const span = rx * Math.sqrt(Math.max(0, 1 - dy * dy))
      const left = Math.ceil(cx - span - 0.5)
      const right = Math.floor(cx + span - 0.5)
      this.fillRect(left, py, right - left + 1, 1, colour)
    }
  }

  /**
   * Draws `text` with the bitmap font, each font pixel a `scale` × `scale` block, the first
   * glyph's top-left corner at (x, y). Only ink is painted; the background shows through.
   */
  text(x: number, y: number, text: string, scale: number, colour: Colour): void {
    const step = Math.max(1, Math.floor(scale))
    const left = Math.round(x)
    const top = Math.round(y)
    Array.from(text).forEach((character, index) => {
      const originX = left + index * CELL_WIDTH * step
      glyphFor(character).forEach((row, rowIndex) => {
        row.forEach((inked, column) => {
          if (inked) {
            this.fillRect(originX + column * step, top + rowIndex * step, step, step, colour)
          }
        })
      })
    })
  }

  /** The colour at (x, y); for tests and for checks such as "is the MRZ zone black on white". */
  pixel(x: number, y: number): Colour {
    const at = (y * this.width + x) * 3
    return [this.rgb[at] ?? 0, this.rgb[at + 1] ?? 0, this.rgb[at + 2] ?? 0]
  }

  toImage(): RgbImage {
    return { width: this.width, height: this.height, rgb: this.rgb }
  }
}
