import type { CaptureUnit } from '../../drivers/core/fingerprint'
import { renderImage, resampleImage, type GreyImage } from './render'
import type { Impression } from './synthetic-finger'

/** Where one finger of a slap landed, slap pixels. */
export interface SlapBox {
  readonly position: number
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface SlapImage extends GreyImage {
  readonly boxes: readonly SlapBox[]
}

export interface SlapOptions {
  /** Output scale (≤ 1): 0.25 gives a quarter-size preview frame, area-averaged. */
  readonly scale?: number
}

/**
 * Finger order across a slap image, left to right, as a print reads: a right hand lies thumb-left
 * on the platen, so the right slap runs index → little; the left slap runs little → index; the
 * thumbs lie side by side, left thumb on the left.
 */
const ORDER: Readonly<Record<Exclude<CaptureUnit, 'single'>, readonly number[]>> = {
  'right-slap': [2, 3, 4, 5],
  'left-slap': [10, 9, 8, 7],
  'two-thumbs': [6, 1],
}

/** How far below the middle finger each finger's tip sits, pixels: a hand's fingertip arc. */
const DROP: Readonly<Record<number, number>> = {
  1: 40,
  2: 45,
  3: 0,
  4: 30,
  5: 110,
  6: 40,
  7: 45,
  8: 0,
  9: 30,
  10: 110,
}

/** Horizontal distance between neighbouring fingers' windows: they overlap a little. */
const PITCH = 290
const MARGIN = 20

/**
 * Several captured fingers in one image, each rendered as its own capture and laid where a hand
 * puts it; darker wins where windows overlap (ink does not add up on a platen). Deterministic:
 * the same impressions give the same bytes. `boxes` are the fingers' windows in the result.
 * For 'single' the one finger's image is returned as it is.
 */
export function renderSlap(
  fingers: readonly Impression[],
  unit: CaptureUnit,
  options: SlapOptions = {},
): SlapImage {
  const scale = options.scale ?? 1
  if (!(scale > 0 && scale <= 1)) throw new RangeError(`slap scale must be in (0, 1], got ${scale}`)
  const order = unit === 'single' ? fingers.map(f => f.finger.position) : ORDER[unit]
  const placed = order
    .map(position => fingers.find(f => f.finger.position === position))
    .map((impression, slot) => ({ impression, slot }))
    .filter(
      (entry): entry is { impression: Impression; slot: number } => entry.impression !== undefined,
    )
  if (placed.length === 0) return { width: 1, height: 1, pixels: Buffer.from([255]), boxes: [] }
  const windowWidth = Math.max(...placed.map(p => p.impression.width))
  const windowHeight = Math.max(...placed.map(p => p.impression.height))
  const drops = placed.map(p => (unit === 'single' ? 0 : (DROP[p.impression.finger.position] ?? 0)))
  const lift = Math.min(...drops)
  const slots = unit === 'single' ? 1 : order.length
  const width = 2 * MARGIN + (slots - 1) * PITCH + windowWidth
  const height = 2 * MARGIN + windowHeight + Math.max(...drops) - lift
  const pixels = Buffer.alloc(width * height, 255)
  const boxes: SlapBox[] = []
  for (const [index, { impression, slot }] of placed.entries()) {
    const image = renderImage(impression)
    const left = MARGIN + slot * PITCH
    const top = MARGIN + (drops[index] ?? 0) - lift
    for (let y = 0; y < image.height; y += 1) {
      const row = (top + y) * width + left
      for (let x = 0; x < image.width; x += 1) {
        const value = image.pixels[y * image.width + x] ?? 0
        if (value < (pixels[row + x] ?? 0)) pixels[row + x] = value
      }
    }
    boxes.push({
      position: impression.finger.position,
      x: left,
      y: top,
      width: image.width,
      height: image.height,
    })
  }
  if (scale === 1) return { width, height, pixels, boxes }
  const outWidth = Math.max(1, Math.round(width * scale))
  const outHeight = Math.max(1, Math.round(height * scale))
  return {
    ...resampleImage({ width, height, pixels }, outWidth, outHeight),
    boxes: boxes.map(box => ({
      position: box.position,
      x: Math.round(box.x * scale),
      y: Math.round(box.y * scale),
      width: Math.round(box.width * scale),
      height: Math.round(box.height * scale),
    })),
  }
}
