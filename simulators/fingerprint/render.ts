import { FLOW_BLEND, flowParts } from './finger-pattern'
import { hashNoise } from './prng'
import { frameOf, type Impression } from './synthetic-finger'

/** An 8-bit grey image, row by row: 0 is a black ridge, 255 white background. */
export interface GreyImage {
  readonly width: number
  readonly height: number
  readonly pixels: Buffer
}

/** Paper white under the platen: a little below 255, as a real sensor's background is. */
const BACKGROUND = 248
const BLOTCH_CELL = 32

function smoothstep(edge0: number, edge1: number, value: number): number {
  const t = Math.max(0, Math.min(1, (value - edge0) / (edge1 - edge0)))
  return t * t * (3 - 2 * t)
}

/**
 * The capture's image at its window size, or scaled to width × height (box-averaged from the
 * full-size render, for preview frames).
 *
 * Each pixel maps back to the finger frame for the ridge flow ψc, and adds the windings of every
 * placed minutia (visible or not: a minutia just outside the window still shifts the ridges
 * inside it, as on a real finger). The windings are one complex product per pixel, one factor per
 * minutia, so a single atan-free normalisation gives cos ψ: arg Π(z − pₙ)^(±1) = Σ ±arg(z − pₙ),
 * with a conjugate standing in for the inverse. The rotation of the capture turns every arg by the
 * same angle; adding it back once keeps the ridges where the finger has them.
 */
export function renderImage(
  impression: Impression,
  width: number = impression.width,
  height: number = impression.height,
): GreyImage {
  const full = renderFull(impression)
  if (width === impression.width && height === impression.height) return full
  return resampleImage(full, width, height)
}

/** Grid step, pixels, at which the smooth parts (ridge flow, contact) are evaluated. */
const GRID = 4
/** Tiles of TILE × TILE pixels share one far-field expansion of the windings. */
const TILE = 16
/** Windings closer than this to a tile's centre are multiplied in exactly. */
const NEAR = 52

function renderFull(impression: Impression): GreyImage {
  const { width, height, placement, image, singularities, finger } = impression
  const pattern = finger.pattern
  const frame = frameOf(placement, width, height, pattern.outline)
  // A spiral whorl's winding is one more singularity, at the centre, never jittered.
  const windings = [...singularities]
  if (pattern.whorlSpiral !== 0) {
    const centre = frame.toWindow(pattern.coreX, pattern.coreY)
    windings.push({ ...centre, polarity: pattern.whorlSpiral > 0 ? 1 : -1 })
  }
  const count = windings.length
  const sx = new Float64Array(count)
  const sy = new Float64Array(count)
  const sp = new Float64Array(count)
  let winding = 0
  for (const [index, s] of windings.entries()) {
    sx[index] = s.x
    sy[index] = s.y
    sp[index] = s.polarity
    winding += s.polarity
  }
  const turn = placement.rotation * winding
  // The ridge flow and the contact distance vary slowly: sample them on a grid and interpolate,
  // which leaves the per-pixel work to the windings and one cos/sin.
  const columns = Math.ceil(width / GRID) + 2
  const rows = Math.ceil(height / GRID) + 2
  const outerGrid = new Float64Array(columns * rows)
  const alongGrid = new Float64Array(columns * rows)
  const acrossGrid = new Float64Array(columns * rows)
  const touchGrid = new Float64Array(columns * rows)
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const u = frame.toFinger(column * GRID, row * GRID)
      const parts = flowParts(pattern, u.x, u.y)
      const at = row * columns + column
      outerGrid[at] = parts.outer
      alongGrid[at] = parts.along
      acrossGrid[at] = parts.across
      touchGrid[at] = frame.contact(u.x, u.y)
    }
  }
  const { contrast, sharpness, noise, moisture, noiseSeed, blotches, blotchColumns } = image
  const kind =
    pattern.patternClass === 'whorl'
      ? 2
      : pattern.patternClass === 'left-loop' || pattern.patternClass === 'right-loop'
        ? 1
        : 0
  const halfLength = pattern.whorlHalfLength
  const reach = pattern.patternReach
  const blend = FLOW_BLEND
  const toPhase = (2 * Math.PI) / pattern.period
  const phaseOffset = pattern.phaseOffset
  const pixels = Buffer.alloc(width * height)
  const near = new Int32Array(count)
  for (let top = 0; top < height; top += TILE) {
    for (let left = 0; left < width; left += TILE) {
      // Windings far from the tile change slowly across it: their summed arg is a quadratic in
      // the offset from the tile centre (error below 0.01 rad each). Near ones are multiplied
      // in exactly, per pixel.
      const cx = left + TILE / 2
      const cy = top + TILE / 2
      let nearCount = 0
      let f0 = 0
      let fx = 0
      let fy = 0
      let fxx = 0
      let fxy = 0
      let fyy = 0
      for (let n = 0; n < count; n += 1) {
        const dx = cx - (sx[n] ?? 0)
        const dy = cy - (sy[n] ?? 0)
        const r2 = dx * dx + dy * dy
        if (r2 < NEAR * NEAR) {
          near[nearCount] = n
          nearCount += 1
          continue
        }
        const s = sp[n] ?? 0
        const r4 = r2 * r2
        f0 += s * Math.atan2(dy, dx)
        fx -= (s * dy) / r2
        fy += (s * dx) / r2
        fxx += (s * dx * dy) / r4
        fxy += (s * (dy * dy - dx * dx)) / r4
        fyy -= (s * dx * dy) / r4
      }
      const bottom = Math.min(height, top + TILE)
      const right = Math.min(width, left + TILE)
      for (let y = top; y < bottom; y += 1) {
        const by = y / BLOTCH_CELL
        const blotchRow = Math.floor(by)
        const fby = by - blotchRow
        const gy = y / GRID
        const gridRow = Math.floor(gy)
        const fgy = gy - gridRow
        const ey = y - cy
        for (let x = left; x < right; x += 1) {
          const gx = x / GRID
          const gridColumn = Math.floor(gx)
          const fgx = gx - gridColumn
          const g = gridRow * columns + gridColumn
          const w00 = (1 - fgx) * (1 - fgy)
          const w01 = fgx * (1 - fgy)
          const w10 = (1 - fgx) * fgy
          const w11 = fgx * fgy
          const inside =
            (touchGrid[g] ?? 0) * w00 +
            (touchGrid[g + 1] ?? 0) * w01 +
            (touchGrid[g + columns] ?? 0) * w10 +
            (touchGrid[g + columns + 1] ?? 0) * w11
          const index = y * width + x
          const grain = noise * hashNoise(x, y, noiseSeed)
          if (inside < -3) {
            pixels[index] = clampByte(BACKGROUND + 0.4 * grain)
            continue
          }
          // Π (z − pₙ), or its conjugate for a negative winding: arg of the product is the
          // signed sum of the args. A handful of factors cannot overflow.
          let re = 1
          let im = 0
          for (let k = 0; k < nearCount; k += 1) {
            const n = near[k] ?? 0
            const dx = x - (sx[n] ?? 0)
            const dy = (y - (sy[n] ?? 0)) * (sp[n] ?? 0)
            const nr = re * dx - im * dy
            im = re * dy + im * dx
            re = nr
          }
          const magnitude = Math.sqrt(re * re + im * im)
          const ex = x - cx
          const outer =
            (outerGrid[g] ?? 0) * w00 +
            (outerGrid[g + 1] ?? 0) * w01 +
            (outerGrid[g + columns] ?? 0) * w10 +
            (outerGrid[g + columns + 1] ?? 0) * w11
          let distance = outer
          if (kind !== 0) {
            // flowDistance, inlined: this loop runs 128,000 times per image.
            const along =
              (alongGrid[g] ?? 0) * w00 +
              (alongGrid[g + 1] ?? 0) * w01 +
              (alongGrid[g + columns] ?? 0) * w10 +
              (alongGrid[g + columns + 1] ?? 0) * w11
            const across =
              (acrossGrid[g] ?? 0) * w00 +
              (acrossGrid[g + 1] ?? 0) * w01 +
              (acrossGrid[g + columns] ?? 0) * w10 +
              (acrossGrid[g + columns + 1] ?? 0) * w11
            const off =
              kind === 1
                ? Math.min(0, along)
                : along - Math.max(-halfLength, Math.min(halfLength, along))
            const own = Math.sqrt(off * off + across * across) + reach
            const h = Math.max(blend - Math.abs(own - outer), 0)
            distance = Math.min(own, outer) - (h * h) / (4 * blend)
          }
          const phase =
            distance * toPhase +
            phaseOffset +
            turn +
            f0 +
            fx * ex +
            fy * ey +
            fxx * ex * ex +
            fxy * ex * ey +
            fyy * ey * ey
          const cosPsi =
            magnitude > 0 ? (Math.cos(phase) * re - Math.sin(phase) * im) / magnitude : 0
          const bx = x / BLOTCH_CELL
          const blotchColumn = Math.floor(bx)
          const fbx = bx - blotchColumn
          const at = blotchRow * blotchColumns + blotchColumn
          const blotch =
            ((blotches[at] ?? 0) * (1 - fbx) + (blotches[at + 1] ?? 0) * fbx) * (1 - fby) +
            ((blotches[at + blotchColumns] ?? 0) * (1 - fbx) +
              (blotches[at + blotchColumns + 1] ?? 0) * fbx) *
              fby
          const ridge = Math.max(
            0,
            Math.min(1, 0.5 + 0.5 * sharpness * (cosPsi + moisture * blotch)),
          )
          // Lighter towards the contact edge, where the finger touches with less pressure.
          const touch = smoothstep(-3, 3, inside) * (0.55 + 0.45 * smoothstep(0, 45, inside))
          pixels[index] = clampByte(BACKGROUND - touch * contrast * ridge + grain)
        }
      }
    }
  }
  return { width, height, pixels }
}

function clampByte(value: number): number {
  return value <= 0 ? 0 : value >= 255 ? 255 : Math.round(value)
}

/** Area-average resampling: every output pixel is the mean of the input pixels it covers. */
export function resampleImage(source: GreyImage, width: number, height: number): GreyImage {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`bad image size ${width}×${height}`)
  }
  const pixels = Buffer.alloc(width * height)
  const scaleX = source.width / width
  const scaleY = source.height / height
  for (let y = 0; y < height; y += 1) {
    const y0 = Math.floor(y * scaleY)
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * scaleY))
    for (let x = 0; x < width; x += 1) {
      const x0 = Math.floor(x * scaleX)
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * scaleX))
      let sum = 0
      let n = 0
      for (let yy = y0; yy < Math.min(y1, source.height); yy += 1) {
        for (let xx = x0; xx < Math.min(x1, source.width); xx += 1) {
          sum += source.pixels[yy * source.width + xx] ?? 0
          n += 1
        }
      }
      pixels[y * width + x] = n === 0 ? BACKGROUND : Math.round(sum / n)
    }
  }
  return { width, height, pixels }
}
