import { AgentError } from '../../drivers/core/errors'

/**
 * Image analysis shared by minutiae extraction (extract.ts) and the quality score (quality.ts):
 * resampling to the template resolution, and a block field of contrast, ridge orientation,
 * orientation coherence and foreground. Pure functions of the pixels.
 */

/** An 8-bit grey image, row by row: 0 black (ridge), 255 white (background). */
export interface GreyImage {
  readonly width: number
  readonly height: number
  readonly pixels: Uint8Array
}

/** The resolution templates and the block field work at. */
export const ANALYSIS_PPI = 500

export function checkImage(image: GreyImage): void {
  const { width, height, pixels } = image
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 16 || height < 16) {
    throw new AgentError('INVALID_ARGUMENT', 'fingerprint image is too small', {
      details: { field: 'image', reason: 'out-of-range' },
    })
  }
  if (pixels.length !== width * height) {
    throw new AgentError('INVALID_ARGUMENT', 'fingerprint image size disagrees with its pixels', {
      details: { field: 'image', reason: 'bad-length' },
    })
  }
}

/**
 * The image at 500 ppi (bilinear), so ridge periods, block sizes and tolerances mean the same
 * whatever the reader. At 500 ppi already it is returned as it is.
 */
export function atAnalysisResolution(image: GreyImage, resolutionPpi: number): GreyImage {
  if (!(resolutionPpi > 0)) {
    throw new AgentError('INVALID_ARGUMENT', 'fingerprint image resolution must be positive', {
      details: { field: 'resolutionPpi', reason: 'out-of-range' },
    })
  }
  if (Math.abs(resolutionPpi - ANALYSIS_PPI) < 1) return image
  const scale = ANALYSIS_PPI / resolutionPpi
  const width = Math.max(16, Math.round(image.width * scale))
  const height = Math.max(16, Math.round(image.height * scale))
  const pixels = new Uint8Array(width * height)
  for (let y = 0; y < height; y += 1) {
    const sy = Math.min(image.height - 1, Math.max(0, (y + 0.5) / scale - 0.5))
    const y0 = Math.floor(sy)
    const y1 = Math.min(image.height - 1, y0 + 1)
    const fy = sy - y0
    for (let x = 0; x < width; x += 1) {
      const sx = Math.min(image.width - 1, Math.max(0, (x + 0.5) / scale - 0.5))
      const x0 = Math.floor(sx)
      const x1 = Math.min(image.width - 1, x0 + 1)
      const fx = sx - x0
      const top =
        (image.pixels[y0 * image.width + x0] ?? 0) * (1 - fx) +
        (image.pixels[y0 * image.width + x1] ?? 0) * fx
      const bottom =
        (image.pixels[y1 * image.width + x0] ?? 0) * (1 - fx) +
        (image.pixels[y1 * image.width + x1] ?? 0) * fx
      pixels[y * width + x] = Math.round(top * (1 - fy) + bottom * fy)
    }
  }
  return { width, height, pixels }
}

/** Per-block statistics over a BLOCK-pixel grid; the window of each block is twice its size. */
export interface BlockField {
  readonly block: number
  readonly columns: number
  readonly rows: number
  readonly mean: Float64Array
  /** Standard deviation of the grey levels: ridge contrast. */
  readonly deviation: Float64Array
  /** Ridge direction, radians in [0, π), atan2 of image (dy, dx) (y down). */
  readonly orientation: Float64Array
  /** 0–1: how much one direction dominates the gradients (1 for perfectly parallel ridges). */
  readonly coherence: Float64Array
  /** 1 where the block holds finger, 0 background. */
  readonly foreground: Uint8Array
}

export const BLOCK = 8
/** Below this grey-level deviation a block is background (a sensor's noise stays under it). */
const MIN_DEVIATION = 9
/** Below this coherence a block is noise, not ridges. */
const MIN_COHERENCE = 0.2

/**
 * The block field: Sobel gradients summed into a structure tensor over a 2·BLOCK window around
 * each block, smoothed once more over the 3 × 3 neighbouring blocks (as doubled-angle vectors, so
 * opposite gradients reinforce), plus mean and deviation. Foreground is contrast and coherence,
 * reduced to the largest connected region with its holes filled.
 */
export function analyseBlocks(image: GreyImage): BlockField {
  const { width, height, pixels } = image
  const columns = Math.ceil(width / BLOCK)
  const rows = Math.ceil(height / BLOCK)
  const cells = columns * rows
  const sum = new Float64Array(cells)
  const sumSquares = new Float64Array(cells)
  const count = new Float64Array(cells)
  const gxx = new Float64Array(cells)
  const gyy = new Float64Array(cells)
  const gxy = new Float64Array(cells)
  for (let y = 0; y < height; y += 1) {
    const row = Math.floor(y / BLOCK) * columns
    for (let x = 0; x < width; x += 1) {
      const cell = row + Math.floor(x / BLOCK)
      const value = pixels[y * width + x] ?? 0
      sum[cell] = (sum[cell] ?? 0) + value
      sumSquares[cell] = (sumSquares[cell] ?? 0) + value * value
      count[cell] = (count[cell] ?? 0) + 1
      if (x === 0 || y === 0 || x === width - 1 || y === height - 1) continue
      const at = y * width + x
      const nw = pixels[at - width - 1] ?? 0
      const n = pixels[at - width] ?? 0
      const ne = pixels[at - width + 1] ?? 0
      const w = pixels[at - 1] ?? 0
      const e = pixels[at + 1] ?? 0
      const sw = pixels[at + width - 1] ?? 0
      const s = pixels[at + width] ?? 0
      const se = pixels[at + width + 1] ?? 0
      const gx = ne + 2 * e + se - nw - 2 * w - sw
      const gy = sw + 2 * s + se - nw - 2 * n - ne
      gxx[cell] = (gxx[cell] ?? 0) + gx * gx
      gyy[cell] = (gyy[cell] ?? 0) + gy * gy
      gxy[cell] = (gxy[cell] ?? 0) + gx * gy
    }
  }
  const mean = new Float64Array(cells)
  const deviation = new Float64Array(cells)
  const orientation = new Float64Array(cells)
  const coherence = new Float64Array(cells)
  const rough = new Uint8Array(cells)
  for (let r = 0; r < rows; r += 1) {
    for (let c = 0; c < columns; c += 1) {
      const cell = r * columns + c
      const n = count[cell] ?? 0
      mean[cell] = (sum[cell] ?? 0) / n
      deviation[cell] = Math.sqrt(Math.max(0, (sumSquares[cell] ?? 0) / n - (mean[cell] ?? 0) ** 2))
      // Tensor over the 3 × 3 blocks around: a 24-pixel window, two to three ridge periods.
      let a = 0
      let b = 0
      let d = 0
      for (let dr = -1; dr <= 1; dr += 1) {
        for (let dc = -1; dc <= 1; dc += 1) {
          const rr = r + dr
          const cc = c + dc
          if (rr < 0 || cc < 0 || rr >= rows || cc >= columns) continue
          const other = rr * columns + cc
          a += gxx[other] ?? 0
          b += gyy[other] ?? 0
          d += gxy[other] ?? 0
        }
      }
      const energy = a + b
      coherence[cell] = energy > 0 ? Math.sqrt((a - b) ** 2 + 4 * d * d) / energy : 0
      // The dominant gradient direction is ½·atan2(2d, a − b); ridges run across it.
      let ridge = 0.5 * Math.atan2(2 * d, a - b) + Math.PI / 2
      if (ridge >= Math.PI) ridge -= Math.PI
      if (ridge < 0) ridge += Math.PI
      orientation[cell] = ridge
      rough[cell] =
        (deviation[cell] ?? 0) >= MIN_DEVIATION && (coherence[cell] ?? 0) >= MIN_COHERENCE ? 1 : 0
    }
  }
  return {
    block: BLOCK,
    columns,
    rows,
    mean,
    deviation,
    orientation,
    coherence,
    foreground: largestRegionFilled(rough, columns, rows),
  }
}

/** The largest 4-connected region of 1s, with every hole (0s not reaching the edge) filled. */
function largestRegionFilled(mask: Uint8Array, columns: number, rows: number): Uint8Array {
  const label = new Int32Array(mask.length).fill(-1)
  const stack: number[] = []
  let bestLabel = -1
  let bestSize = 0
  let next = 0
  for (let start = 0; start < mask.length; start += 1) {
    if (mask[start] !== 1 || label[start] !== -1) continue
    let size = 0
    label[start] = next
    stack.push(start)
    while (stack.length > 0) {
      const cell = stack.pop()
      if (cell === undefined) break
      size += 1
      const r = Math.floor(cell / columns)
      const c = cell - r * columns
      for (const [rr, cc] of [
        [r - 1, c],
        [r + 1, c],
        [r, c - 1],
        [r, c + 1],
      ] as const) {
        if (rr < 0 || cc < 0 || rr >= rows || cc >= columns) continue
        const other = rr * columns + cc
        if (mask[other] === 1 && label[other] === -1) {
          label[other] = next
          stack.push(other)
        }
      }
    }
    if (size > bestSize) {
      bestSize = size
      bestLabel = next
    }
    next += 1
  }
  // Background is what the edge reaches without crossing the region; the rest is finger.
  const outside = new Uint8Array(mask.length)
  for (let cell = 0; cell < mask.length; cell += 1) {
    const r = Math.floor(cell / columns)
    const c = cell - r * columns
    const edge = r === 0 || c === 0 || r === rows - 1 || c === columns - 1
    if (edge && label[cell] !== bestLabel && outside[cell] === 0) {
      outside[cell] = 1
      stack.push(cell)
    }
  }
  while (stack.length > 0) {
    const cell = stack.pop()
    if (cell === undefined) break
    const r = Math.floor(cell / columns)
    const c = cell - r * columns
    for (const [rr, cc] of [
      [r - 1, c],
      [r + 1, c],
      [r, c - 1],
      [r, c + 1],
    ] as const) {
      if (rr < 0 || cc < 0 || rr >= rows || cc >= columns) continue
      const other = rr * columns + cc
      if (outside[other] === 0 && label[other] !== bestLabel) {
        outside[other] = 1
        stack.push(other)
      }
    }
  }
  const result = new Uint8Array(mask.length)
  if (bestLabel < 0) return result
  for (let cell = 0; cell < mask.length; cell += 1) result[cell] = outside[cell] === 1 ? 0 : 1
  return result
}

/** Shrinks a block mask by `steps` blocks (4-neighbour erosion); the image edge counts as out. */
export function erodeBlocks(
  mask: Uint8Array,
  columns: number,
  rows: number,
  steps: number,
): Uint8Array {
  let current = mask
  for (let step = 0; step < steps; step += 1) {
    const next = new Uint8Array(current.length)
    for (let r = 0; r < rows; r += 1) {
      for (let c = 0; c < columns; c += 1) {
        const cell = r * columns + c
        if (current[cell] !== 1) continue
        const inside =
          r > 0 &&
          c > 0 &&
          r < rows - 1 &&
          c < columns - 1 &&
          current[cell - 1] === 1 &&
          current[cell + 1] === 1 &&
          current[cell - columns] === 1 &&
          current[cell + columns] === 1
        next[cell] = inside ? 1 : 0
      }
    }
    current = next
  }
  return current
}
