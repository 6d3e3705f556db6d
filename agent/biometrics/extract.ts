import {
  ANALYSIS_PPI,
  analyseBlocks,
  atAnalysisResolution,
  checkImage,
  erodeBlocks,
  type BlockField,
  type GreyImage,
} from './image'
import type { MinutiaKind } from './iso19794-2'
import type { Minutia, MinutiaeTemplate } from './template'

/*
 * Minutiae from an image, for readers that send no template (an R30x module's 256 × 288 upload,
 * our simulator's images when it is told not to compute one). The classical pipeline:
 *
 * 1. Bring the image to 500 ppi; compute the block field (image.ts): ridge orientation,
 *    coherence, contrast and the foreground.
 * 2. Enhance: average each pixel with its neighbours along the local ridge direction, which
 *    keeps ridges and valleys apart but smooths noise and bridges small breaks.
 * 3. Binarise against the local mean (a 17 × 17 window, about two ridge periods), drop specks
 *    and fill pinholes.
 * 4. Thin to one-pixel ridges (Zhang and Suen, 1984).
 * 5. Crossing number on the skeleton: 1 is a ridge ending, 3 a bifurcation.
 * 6. Direction by tracing the skeleton from the minutia: into the ridge for an ending, between
 *    the two arms for a bifurcation; then snapped to the block orientation when they agree.
 * 7. Remove what is not a minutia: anything near the edge of the finger, spurs (an ending whose
 *    ridge reaches a fork within a few pixels), short ridges and islands (an ending that reaches
 *    another end), bridges and lakes (two forks joined closely), broken ridges (two endings facing
 *    each other across a gap), and clusters.
 *
 * It is tuned for plain 500 ppi live-scan images; it is not an NBIS MINDTCT.
 */

export interface ExtractOptions {
  /** Resolution of the image; default 500. Other resolutions are resampled to 500 first. */
  readonly resolutionPpi?: number
}

/** Along-ridge smoothing half-length, pixels. */
const SMOOTH_REACH = 4
/** Half-size of the local-mean window for binarisation. */
const MEAN_RADIUS = 8
/** Connected specks (ridge or valley) smaller than this are flipped. */
const SPECK = 20
/** How far the direction of a minutia is traced along its ridge, pixels. */
const TRACE = 12
/** Spur, short ridge and bridge lengths, pixels. */
const SHORT_BRANCH = 10
/** Endings closer than this that face each other are one broken ridge. */
const GAP = 16
/** Minutiae closer than this to each other are clutter. */
const CLUTTER = 6
/** Blocks eroded off the foreground before minutiae are kept. */
const BORDER_BLOCKS = 2

const TWO_PI = 2 * Math.PI

/** Neighbour offsets in the order P2…P9 (north, then clockwise). */
const NX = [0, 1, 1, 1, 0, -1, -1, -1] as const
const NY = [-1, -1, 0, 1, 1, 1, 0, -1] as const

interface Found {
  x: number
  y: number
  type: MinutiaKind
  /** Traced direction, pixel vector. */
  dx: number
  dy: number
  removed: boolean
  /** Where the trace stopped and why (for endings), or the shortest branch (bifurcations). */
  stop: 'length' | 'end' | 'junction'
  stopX: number
  stopY: number
  stopLength: number
}

/** Extracts minutiae; coordinates are pixels at 500 ppi in the (resampled) image. */
export function extractMinutiae(image: GreyImage, options: ExtractOptions = {}): MinutiaeTemplate {
  checkImage(image)
  const working = atAnalysisResolution(image, options.resolutionPpi ?? ANALYSIS_PPI)
  const field = analyseBlocks(working)
  const ridges = binarise(working, field)
  removeSpecks(ridges, working.width, working.height)
  thin(ridges, working.width, working.height)
  const found = findMinutiae(ridges, working.width, working.height, field)
  prune(found)
  const minutiae: Minutia[] = []
  for (const m of found) {
    if (m.removed) continue
    minutiae.push({
      x: m.x,
      y: m.y,
      angle: finalAngle(m, field),
      type: m.type,
      quality: minutiaQuality(m, field),
    })
  }
  return { minutiae }
}

function blockAt(field: BlockField, x: number, y: number): number {
  const c = Math.min(field.columns - 1, Math.max(0, Math.floor(x / field.block)))
  const r = Math.min(field.rows - 1, Math.max(0, Math.floor(y / field.block)))
  return r * field.columns + c
}

/** 1 = ridge pixel, in the foreground only. */
function binarise(image: GreyImage, field: BlockField): Uint8Array {
  const { width, height, pixels } = image
  // Along-ridge average, sampling the nearest pixels on a line through each pixel.
  const smoothed = new Float64Array(width * height)
  const steps = 2 * SMOOTH_REACH + 1
  const offsetsX = new Int32Array(field.columns * field.rows * steps)
  const offsetsY = new Int32Array(field.columns * field.rows * steps)
  for (let cell = 0; cell < field.columns * field.rows; cell += 1) {
    const theta = field.orientation[cell] ?? 0
    for (let t = -SMOOTH_REACH; t <= SMOOTH_REACH; t += 1) {
      offsetsX[cell * steps + t + SMOOTH_REACH] = Math.round(t * Math.cos(theta))
      offsetsY[cell * steps + t + SMOOTH_REACH] = Math.round(t * Math.sin(theta))
    }
  }
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const cell = blockAt(field, x, y)
      let total = 0
      let n = 0
      for (let s = 0; s < steps; s += 1) {
        const sx = x + (offsetsX[cell * steps + s] ?? 0)
        const sy = y + (offsetsY[cell * steps + s] ?? 0)
        if (sx < 0 || sy < 0 || sx >= width || sy >= height) continue
        total += pixels[sy * width + sx] ?? 0
        n += 1
      }
      smoothed[y * width + x] = total / n
    }
  }
  // Local mean through an integral image.
  const integral = new Float64Array((width + 1) * (height + 1))
  for (let y = 0; y < height; y += 1) {
    let rowSum = 0
    for (let x = 0; x < width; x += 1) {
      rowSum += smoothed[y * width + x] ?? 0
      integral[(y + 1) * (width + 1) + x + 1] = (integral[y * (width + 1) + x + 1] ?? 0) + rowSum
    }
  }
  const ridges = new Uint8Array(width * height)
  for (let y = 0; y < height; y += 1) {
    const y0 = Math.max(0, y - MEAN_RADIUS)
    const y1 = Math.min(height, y + MEAN_RADIUS + 1)
    for (let x = 0; x < width; x += 1) {
      if (field.foreground[blockAt(field, x, y)] !== 1) continue
      const x0 = Math.max(0, x - MEAN_RADIUS)
      const x1 = Math.min(width, x + MEAN_RADIUS + 1)
      const area = (x1 - x0) * (y1 - y0)
      const windowSum =
        (integral[y1 * (width + 1) + x1] ?? 0) -
        (integral[y0 * (width + 1) + x1] ?? 0) -
        (integral[y1 * (width + 1) + x0] ?? 0) +
        (integral[y0 * (width + 1) + x0] ?? 0)
      if ((smoothed[y * width + x] ?? 0) < windowSum / area) ridges[y * width + x] = 1
    }
  }
  return ridges
}

/** Flips 8-connected ridge specks and 4-connected valley pinholes smaller than SPECK pixels. */
function removeSpecks(ridges: Uint8Array, width: number, height: number): void {
  const seen = new Uint8Array(ridges.length)
  // One buffer serves as the stack and as the list of the component's pixels: pixels are
  // appended when first seen and the walk reads them in order (a queue), so it never shrinks.
  const queue = new Int32Array(ridges.length)
  for (const value of [1, 0] as const) {
    seen.fill(0)
    const eight = value === 1
    for (let start = 0; start < ridges.length; start += 1) {
      if (ridges[start] !== value || seen[start] === 1) continue
      let head = 0
      let tail = 0
      let touchesEdge = false
      seen[start] = 1
      queue[tail++] = start
      while (head < tail) {
        const at = queue[head++] ?? 0
        const y = (at / width) | 0
        const x = at - y * width
        if (x === 0 || y === 0 || x === width - 1 || y === height - 1) {
          touchesEdge = true
          continue
        }
        for (let k = 0; k < 8; k += eight ? 1 : 2) {
          const other = at + (NY[k] ?? 0) * width + (NX[k] ?? 0)
          if (ridges[other] === value && seen[other] === 0) {
            seen[other] = 1
            queue[tail++] = other
          }
        }
      }
      if (tail < SPECK && !(value === 0 && touchesEdge)) {
        for (let i = 0; i < tail; i += 1) ridges[queue[i] ?? 0] = value === 1 ? 0 : 1
      }
    }
  }
}

/** Zhang–Suen thinning, in place: ridges become 8-connected lines one pixel wide. */
function thin(ridges: Uint8Array, width: number, height: number): void {
  let candidates: number[] = []
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1)
      if (ridges[y * width + x] === 1) candidates.push(y * width + x)
  }
  // Pixels on the image edge cannot be judged (missing neighbours): clear them once.
  for (let x = 0; x < width; x += 1) {
    ridges[x] = 0
    ridges[(height - 1) * width + x] = 0
  }
  for (let y = 0; y < height; y += 1) {
    ridges[y * width] = 0
    ridges[y * width + width - 1] = 0
  }
  const remove: number[] = []
  for (let changed = true; changed;) {
    changed = false
    for (const pass of [0, 1] as const) {
      remove.length = 0
      for (const at of candidates) {
        if (ridges[at] !== 1) continue
        const p2 = ridges[at - width] ?? 0
        const p3 = ridges[at - width + 1] ?? 0
        const p4 = ridges[at + 1] ?? 0
        const p5 = ridges[at + width + 1] ?? 0
        const p6 = ridges[at + width] ?? 0
        const p7 = ridges[at + width - 1] ?? 0
        const p8 = ridges[at - 1] ?? 0
        const p9 = ridges[at - width - 1] ?? 0
        const b = p2 + p3 + p4 + p5 + p6 + p7 + p8 + p9
        if (b < 2 || b > 6) continue
        const a =
          Number(p2 === 0 && p3 === 1) +
          Number(p3 === 0 && p4 === 1) +
          Number(p4 === 0 && p5 === 1) +
          Number(p5 === 0 && p6 === 1) +
          Number(p6 === 0 && p7 === 1) +
          Number(p7 === 0 && p8 === 1) +
          Number(p8 === 0 && p9 === 1) +
          Number(p9 === 0 && p2 === 1)
        if (a !== 1) continue
        if (
          pass === 0
            ? p2 * p4 * p6 !== 0 || p4 * p6 * p8 !== 0
            : p2 * p4 * p8 !== 0 || p2 * p6 * p8 !== 0
        )
          continue
        remove.push(at)
      }
      for (const at of remove) ridges[at] = 0
      if (remove.length > 0) changed = true
    }
    candidates = candidates.filter(at => ridges[at] === 1)
  }
}

function neighbourBits(skeleton: Uint8Array, width: number, at: number): number[] {
  return [
    skeleton[at - width] ?? 0,
    skeleton[at - width + 1] ?? 0,
    skeleton[at + 1] ?? 0,
    skeleton[at + width + 1] ?? 0,
    skeleton[at + width] ?? 0,
    skeleton[at + width - 1] ?? 0,
    skeleton[at - 1] ?? 0,
    skeleton[at - width - 1] ?? 0,
  ]
}

/**
 * Follows the skeleton from `from` through `first` for up to TRACE pixels, never revisiting the
 * pixels in `blocked`. Stops at an end, at a junction (more than one way on), or at the length.
 */
function trace(
  skeleton: Uint8Array,
  width: number,
  height: number,
  from: number,
  first: number,
  blocked: ReadonlySet<number>,
): { x: number; y: number; length: number; stop: 'length' | 'end' | 'junction' } {
  const visited = new Set<number>(blocked)
  visited.add(from)
  let at = first
  let length = 1
  for (;;) {
    visited.add(at)
    const y = Math.floor(at / width)
    const x = at - y * width
    if (length >= TRACE) return { x, y, length, stop: 'length' }
    if (x <= 0 || y <= 0 || x >= width - 1 || y >= height - 1) return { x, y, length, stop: 'end' }
    const ways: number[] = []
    for (let k = 0; k < 8; k += 1) {
      const other = (y + (NY[k] ?? 0)) * width + x + (NX[k] ?? 0)
      if (skeleton[other] === 1 && !visited.has(other)) ways.push(other)
    }
    if (ways.length === 0) return { x, y, length, stop: 'end' }
    // Two adjacent ways on (a corner of the staircase) are one path; three or more, or two
    // apart, are a junction.
    const distinct = ways.filter(
      w =>
        !ways.some(v => v !== w && isFourNeighbour(v, w, width) && isFourNeighbour(v, at, width)),
    )
    if (distinct.length > 1 || ways.length > 2) return { x, y, length, stop: 'junction' }
    // Prefer the 4-neighbour step when two adjacent pixels continue the line.
    const next = ways.find(w => isFourNeighbour(w, at, width)) ?? ways[0] ?? 0
    length += 1
    at = next
  }
}

function isFourNeighbour(a: number, b: number, width: number): boolean {
  const d = Math.abs(a - b)
  return d === 1 || d === width
}

function findMinutiae(
  skeleton: Uint8Array,
  width: number,
  height: number,
  field: BlockField,
): Found[] {
  const inner = erodeBlocks(field.foreground, field.columns, field.rows, BORDER_BLOCKS)
  const found: Found[] = []
  for (let y = 2; y < height - 2; y += 1) {
    for (let x = 2; x < width - 2; x += 1) {
      const at = y * width + x
      if (skeleton[at] !== 1) continue
      if (inner[blockAt(field, x, y)] !== 1) continue
      const bits = neighbourBits(skeleton, width, at)
      let crossings = 0
      for (let k = 0; k < 8; k += 1)
        crossings += Math.abs((bits[k] ?? 0) - (bits[(k + 1) % 8] ?? 0))
      crossings /= 2
      if (crossings !== 1 && crossings !== 3) continue
      // One pixel of each run of set neighbours starts a branch; a 4-neighbour if the run has one.
      const starts: number[] = []
      for (let k = 0; k < 8; k += 1) {
        if (bits[k] !== 1 || bits[(k + 7) % 8] === 1) continue
        let best = k
        for (let j = k; bits[j % 8] === 1 && j < k + 8; j += 1) if ((j % 8) % 2 === 0) best = j % 8
        starts.push((y + (NY[best] ?? 0)) * width + x + (NX[best] ?? 0))
      }
      const blocked = new Set<number>()
      for (let k = 0; k < 8; k += 1)
        if (bits[k] === 1) blocked.add((y + (NY[k] ?? 0)) * width + x + (NX[k] ?? 0))
      const traces = starts.map(start => {
        const others = new Set(blocked)
        others.delete(start)
        return trace(skeleton, width, height, at, start, others)
      })
      if (crossings === 1) {
        const t = traces[0]
        if (t === undefined) continue
        found.push({
          x,
          y,
          type: 'ridge-ending',
          dx: t.x - x,
          dy: t.y - y,
          removed: false,
          stop: t.stop,
          stopX: t.x,
          stopY: t.y,
          stopLength: t.length,
        })
      } else {
        if (traces.length !== 3) continue
        // The two arms point the same way; the stem the other. The direction is between the arms.
        const [v0, v1, v2] = traces.map(t => {
          const vx = t.x - x
          const vy = t.y - y
          const n = Math.hypot(vx, vy) || 1
          return { vx: vx / n, vy: vy / n }
        })
        if (v0 === undefined || v1 === undefined || v2 === undefined) continue
        let armA = v0
        let armB = v1
        let bestDot = v0.vx * v1.vx + v0.vy * v1.vy
        for (const [p, q] of [
          [v0, v2],
          [v1, v2],
        ] as const) {
          const dot = p.vx * q.vx + p.vy * q.vy
          if (dot > bestDot) {
            bestDot = dot
            armA = p
            armB = q
          }
        }
        const shortest = traces.reduce((s, t) => (t.length < s.length ? t : s))
        found.push({
          x,
          y,
          type: 'bifurcation',
          dx: armA.vx + armB.vx,
          dy: armA.vy + armB.vy,
          removed: false,
          stop: shortest.stop,
          stopX: shortest.x,
          stopY: shortest.y,
          stopLength: shortest.length,
        })
      }
    }
  }
  return found
}

/** Marks false minutiae removed (see the module comment, step 7). */
function prune(found: Found[]): void {
  const near = (a: Found, x: number, y: number, r: number) => Math.hypot(a.x - x, a.y - y) <= r
  for (const m of found) {
    if (m.type !== 'ridge-ending' || m.stopLength > SHORT_BRANCH) continue
    if (m.stop === 'junction') {
      // A spur: the ending and the fork it hangs from.
      m.removed = true
      for (const other of found) {
        if (other.type === 'bifurcation' && near(other, m.stopX, m.stopY, 3)) other.removed = true
      }
    } else if (m.stop === 'end') {
      // A short ridge or a dot: both its ends.
      m.removed = true
      for (const other of found) {
        if (other.type === 'ridge-ending' && near(other, m.stopX, m.stopY, 3)) other.removed = true
      }
    }
  }
  for (const m of found) {
    if (m.type !== 'bifurcation' || m.stop !== 'junction' || m.stopLength > SHORT_BRANCH) continue
    // A bridge or a lake: two forks joined by a short branch.
    m.removed = true
    for (const other of found) {
      if (other.type === 'bifurcation' && near(other, m.stopX, m.stopY, 3)) other.removed = true
    }
  }
  for (const [i, a] of found.entries()) {
    for (const b of found.slice(i + 1)) {
      const distance = Math.hypot(a.x - b.x, a.y - b.y)
      if (distance < CLUTTER) {
        a.removed = true
        b.removed = true
        continue
      }
      if (a.type !== 'ridge-ending' || b.type !== 'ridge-ending' || distance > GAP) continue
      // Facing each other across a gap: each one's ridge runs away from the other.
      const ux = (b.x - a.x) / distance
      const uy = (b.y - a.y) / distance
      const na = Math.hypot(a.dx, a.dy) || 1
      const nb = Math.hypot(b.dx, b.dy) || 1
      const awayA = -(a.dx * ux + a.dy * uy) / na
      const awayB = (b.dx * ux + b.dy * uy) / nb
      if (awayA > 0.7 && awayB > 0.7) {
        a.removed = true
        b.removed = true
      }
    }
  }
}

/**
 * The minutia angle (ISO convention: radians counter-clockwise as seen, y down): the block's ridge
 * axis, pointed the way the trace went, when the two agree within 35°; the trace otherwise.
 */
function finalAngle(m: Found, field: BlockField): number {
  const traced = Math.atan2(-m.dy, m.dx)
  const cell = blockAt(field, m.x, m.y)
  const axis = field.orientation[cell] ?? 0
  let along = Math.atan2(-Math.sin(axis), Math.cos(axis))
  if (Math.cos(along - traced) < 0) along += Math.PI
  const chosen = Math.cos(along - traced) > Math.cos((35 * Math.PI) / 180) ? along : traced
  const wrapped = chosen % TWO_PI
  return wrapped < 0 ? wrapped + TWO_PI : wrapped
}

/** 0–100 from the block's coherence and contrast: a clear, regular neighbourhood is sure. */
function minutiaQuality(m: Found, field: BlockField): number {
  const cell = blockAt(field, m.x, m.y)
  const contrast = Math.min(1, (field.deviation[cell] ?? 0) / 60)
  return Math.round(100 * Math.min(1, (field.coherence[cell] ?? 0) * 1.2) * contrast)
}
