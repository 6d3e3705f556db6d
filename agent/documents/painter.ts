/**
 * Drawing in millimetres on a canvas that holds a face at a printer's resolution: a face-relative
 * box becomes raster pixels, points become pixels, and text is drawn in its script's direction.
 * Text never overflows its room: it is drawn smaller instead, so a long name stays whole.
 */
import type { SKRSContext2D } from '@napi-rs/canvas'
import { fontSpec, type FontName } from './fonts'
import type { FaceFrame } from './geometry'
import type { BoxMm, Colour, Typeface } from './template'

/** 1 pt = 1/72 in. */
export const MM_PER_POINT = 25.4 / 72

/** A box in raster pixels. */
export interface BoxPx {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

/** Where one run of text went, for layout checks. */
export interface TextRun {
  readonly left: number
  readonly right: number
  readonly sizePx: number
}

/** The 2D context of one face's canvas and the frame that maps the face onto it. */
export class Painter {
  constructor(
    readonly ctx: SKRSContext2D,
    readonly frame: FaceFrame,
  ) {}

  /** A face box in raster pixels. */
  box(box: BoxMm): BoxPx {
    const { pxPerMm, offsetX, offsetY } = this.frame
    return {
      x: offsetX + box.x * pxPerMm,
      y: offsetY + box.y * pxPerMm,
      w: box.w * pxPerMm,
      h: box.h * pxPerMm,
    }
  }

  /**
   * A face box in raster pixels, stretched to the raster's edge on every side where it touches
   * the face's edge: a band printed to the card's edge runs into the bleed, so a card cut a
   * little off-centre shows no white hairline.
   */
  bleedBox(box: BoxMm): BoxPx {
    const px = this.box(box)
    const { widthMm, heightMm } = this.frame
    const { width, height } = this.ctx.canvas
    const left = box.x <= 0 ? Math.min(0, px.x) : px.x
    const top = box.y <= 0 ? Math.min(0, px.y) : px.y
    const right = box.x + box.w >= widthMm ? Math.max(width, px.x + px.w) : px.x + px.w
    const bottom = box.y + box.h >= heightMm ? Math.max(height, px.y + px.h) : px.y + px.h
    return { x: left, y: top, w: right - left, h: bottom - top }
  }

  /** Font size in pixels for `points`. */
  px(points: number): number {
    return points * MM_PER_POINT * this.frame.pxPerMm
  }

  /** Fills `box` (raster pixels), with rounded corners of `radius` pixels when above zero. */
  fillRect(box: BoxPx, colour: Colour, radius = 0): void {
    this.ctx.fillStyle = colour
    if (radius <= 0) {
      this.ctx.fillRect(box.x, box.y, box.w, box.h)
      return
    }
    this.ctx.beginPath()
    this.ctx.roundRect(box.x, box.y, box.w, box.h, radius)
    this.ctx.fill()
  }

  /** The width `text` takes in `typeface` at `sizePx`. */
  measure(text: string, typeface: Typeface, sizePx: number): number {
    this.setFont(typeface, sizePx)
    return this.ctx.measureText(text).width
  }

  /**
   * Draws `text` on `baseline`: Latin typefaces from `edge` rightwards (left to right), Arabic
   * ones from `edge` leftwards (right to left, shaped); `align: 'center'` centres it on `edge`.
   * Shrinks the size so the run fits `room` pixels.
   */
  text(
    text: string,
    typeface: Typeface,
    sizePx: number,
    colour: Colour,
    at: { readonly edge: number; readonly baseline: number; readonly room: number },
    align: 'edge' | 'center' = 'edge',
  ): TextRun | undefined {
    if (text === '') return undefined
    const natural = this.measure(text, typeface, sizePx)
    const size = natural > at.room && natural > 0 ? (sizePx * at.room) / natural : sizePx
    const width = Math.min(natural, at.room)
    const rtl = isArabic(typeface)
    this.setFont(typeface, size)
    this.ctx.direction = rtl ? 'rtl' : 'ltr'
    this.ctx.textAlign = align === 'center' ? 'center' : rtl ? 'right' : 'left'
    this.ctx.textBaseline = 'alphabetic'
    this.ctx.fillStyle = colour
    this.ctx.fillText(text, at.edge, at.baseline)
    const left = align === 'center' ? at.edge - width / 2 : rtl ? at.edge - width : at.edge
    return { left, right: left + width, sizePx: size }
  }

  /** Selects one of our registered typefaces at `sizePx` pixels. */
  setFont(typeface: Typeface | 'ocrB', sizePx: number): void {
    this.ctx.font = fontSpec(typeface satisfies FontName, sizePx)
  }

  /** Runs `draw` with everything outside `box` masked off. */
  clipped(box: BoxPx, draw: () => void): void {
    this.ctx.save()
    this.ctx.beginPath()
    this.ctx.rect(box.x, box.y, box.w, box.h)
    this.ctx.clip()
    draw()
    this.ctx.restore()
  }
}

/** Arabic typefaces draw right to left from their box's right edge. */
export function isArabic(typeface: Typeface): boolean {
  return typeface === 'arabic' || typeface === 'arabic-bold'
}
