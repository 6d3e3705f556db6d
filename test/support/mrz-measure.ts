/**
 * Measures a printed MRZ on a raster the way a document examiner's loupe would: dark-pixel
 * projection profiles, no knowledge of how the renderer placed anything. Rows of ink give the
 * lines; columns of ink within a line give the characters; the flat-topped, flat-bottomed
 * capitals give the capital height and each line's centre line.
 */
import type { RgbImage } from '../../drivers/core/printer'

/** A character's ink in raster pixels (right and bottom exclusive). */
export interface InkBox {
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
}

export interface MeasuredLine {
  readonly glyphs: readonly InkBox[]
  /** Least-squares slope of glyph ink centres against their index. */
  readonly pitchPx: number
  /** Intercept of that fit minus half a pitch: the first cell's left edge. */
  readonly firstCellLeftPx: number
  /** Median top and bottom of the flat capitals, and their centre. */
  readonly capTopPx: number
  readonly capBottomPx: number
  readonly centrePx: number
}

/** Capitals whose ink starts and ends on the cap line and the baseline (no overshoot, no tail). */
const FLAT = new Set('EFHIKLMNRTZ')

export function isDark(image: RgbImage, x: number, y: number): boolean {
  const at = (y * image.width + x) * 3
  const luma =
    0.299 * (image.rgb[at] ?? 255) +
    0.587 * (image.rgb[at + 1] ?? 255) +
    0.114 * (image.rgb[at + 2] ?? 255)
  return luma < 128
}

/** Runs of indices whose count is above zero: [start, end). */
function runs(counts: readonly number[]): [number, number][] {
  const found: [number, number][] = []
  let start = -1
  counts.forEach((count, index) => {
    if (count > 0 && start < 0) start = index
    if (count === 0 && start >= 0) {
      found.push([start, index])
      start = -1
    }
  })
  if (start >= 0) found.push([start, counts.length])
  return found
}

/** Lines of ink between rows `top` and `bottom`, each split into its characters. */
export function measureMrz(
  image: RgbImage,
  top: number,
  bottom: number,
  text: readonly string[],
): MeasuredLine[] {
  const rowCounts: number[] = []
  for (let y = top; y < bottom; y += 1) {
    let count = 0
    for (let x = 0; x < image.width; x += 1) if (isDark(image, x, y)) count += 1
    rowCounts.push(count)
  }
  const bands = runs(rowCounts).map(([a, b]) => [a + top, b + top] as const)
  return bands.map(([bandTop, bandBottom], lineIndex) => {
    const columnCounts: number[] = []
    for (let x = 0; x < image.width; x += 1) {
      let count = 0
      for (let y = bandTop; y < bandBottom; y += 1) if (isDark(image, x, y)) count += 1
      columnCounts.push(count)
    }
    const glyphs = runs(columnCounts).map(([left, right]) =>
      inkBox(image, left, right, bandTop, bandBottom),
    )
    const centres = glyphs.map(g => (g.left + g.right) / 2)
    const pitchPx = slope(centres)
    const intercept = mean(centres) - (pitchPx * (centres.length - 1)) / 2
    const line = text[lineIndex] ?? ''
    // Without the text (a reader), every glyph votes; the median still lands on the capitals.
    const known = glyphs.filter((_, i) => FLAT.has(line.charAt(i)))
    const flat = known.length > 0 ? known : glyphs
    const capTopPx = median(flat.map(g => g.top))
    const capBottomPx = median(flat.map(g => g.bottom))
    return {
      glyphs,
      pitchPx,
      firstCellLeftPx: intercept - pitchPx / 2,
      capTopPx,
      capBottomPx,
      centrePx: (capTopPx + capBottomPx) / 2,
    }
  })
}

function inkBox(image: RgbImage, left: number, right: number, top: number, bottom: number): InkBox {
  let inkTop = bottom
  let inkBottom = top
  for (let y = top; y < bottom; y += 1) {
    for (let x = left; x < right; x += 1) {
      if (isDark(image, x, y)) {
        inkTop = Math.min(inkTop, y)
        inkBottom = Math.max(inkBottom, y + 1)
      }
    }
  }
  return { left, right, top: inkTop, bottom: inkBottom }
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** Least-squares slope of values[i] against i. */
function slope(values: readonly number[]): number {
  const n = values.length
  const meanX = (n - 1) / 2
  const meanY = mean(values)
  let num = 0
  let den = 0
  values.forEach((value, index) => {
    num += (index - meanX) * (value - meanY)
    den += (index - meanX) ** 2
  })
  return num / den
}

/** True when every pixel of rows [top, bottom) and columns [left, right) is near white. */
export function isClear(
  image: RgbImage,
  box: { left: number; right: number; top: number; bottom: number },
): boolean {
  for (let y = Math.max(0, box.top); y < Math.min(image.height, box.bottom); y += 1) {
    for (let x = Math.max(0, box.left); x < Math.min(image.width, box.right); x += 1) {
      const at = (y * image.width + x) * 3
      if (
        (image.rgb[at] ?? 0) < 250 ||
        (image.rgb[at + 1] ?? 0) < 250 ||
        (image.rgb[at + 2] ?? 0) < 250
      )
        return false
    }
  }
  return true
}

/** Capitals with one vertical stem and nothing else at 30 % below their cap line. */
const ONE_STEM = new Set('EFILT')

/**
 * The stroke width of a line's vertical stems in pixels, coverage-weighted so anti-aliased edges
 * count by their darkness: the median over the one-stem capitals of `text`, NaN without any.
 */
export function stemWidthPx(image: RgbImage, line: MeasuredLine, text: string): number {
  const y = Math.round(line.capTopPx + 0.3 * (line.capBottomPx - line.capTopPx))
  const widths = line.glyphs
    .filter((_, index) => ONE_STEM.has(text.charAt(index)))
    .map(glyph => {
      let ink = 0
      for (let x = glyph.left; x < glyph.right; x += 1) {
        const at = (y * image.width + x) * 3
        const luma =
          0.299 * (image.rgb[at] ?? 255) +
          0.587 * (image.rgb[at + 1] ?? 255) +
          0.114 * (image.rgb[at + 2] ?? 255)
        ink += 1 - luma / 255
      }
      return ink
    })
  return median(widths)
}
