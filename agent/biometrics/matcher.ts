import type { MinutiaeTemplate } from './template'

/*
 * The agent's minutiae matcher: local structures to find where two prints may line up, then a
 * global count of minutiae that agree under that alignment.
 *
 * 1. Local structure. Each minutia is described by its K nearest neighbours, each as (distance,
 *    direction of the neighbour seen from the minutia, difference of the two minutia angles),
 *    all relative to the minutia's own angle: invariant to where and how the finger was placed.
 *    Two minutiae are similar when many of their neighbours agree within tolerances.
 * 2. Alignment. The most similar pairs (angles at most 75° apart) are the candidate anchors;
 *    each fixes a rotation (angle difference) and translation (anchor onto anchor). Under each,
 *    every minutia of one print is paired one-to-one, greedily by cost, with a minutia of the
 *    other within a distance and angle tolerance; the anchor with the most pairs wins, and its
 *    transform is refined by least squares over those pairs and paired again (skin stretches;
 *    one anchor is not exact).
 * 3. Score. m pairs out of the nA and nB minutiae that lie in the area both prints cover:
 *    100 · m · s / (nA · nB), where s ≤ m weighs each pair by how well its neighbourhoods agree:
 *    about the fraction of each print's minutiae found in the other, multiplied. The counts
 *    have a floor so that two small overlapping corners cannot score high.
 *
 * Everything is deterministic (ties broken by index) and allocation-light; a comparison of two
 * 50-minutia templates takes well under a millisecond once both are prepared.
 */

/** Scores at or above it are the same finger (chosen by bench/fingerprint-matcher.ts). */
export const MATCH_THRESHOLD = 12

const NEIGHBOURS = 6
/** Local tolerances: distance (pixels, plus a fraction of it), direction and angle (radians). */
const LOCAL_DISTANCE = 7
const LOCAL_DISTANCE_FRACTION = 0.08
const LOCAL_DIRECTION = 0.3
const LOCAL_ANGLE = 0.35
/**
 * Two captures of a finger on a flat sensor are never turned further apart than this (a slap's
 * hands lean 20–25° each way): anchors implying more are not tried, which also skips about half
 * of the local comparisons.
 */
const MAX_ROTATION = (75 * Math.PI) / 180
/** Anchors tried. */
const CANDIDATES = 14
/** Global pairing tolerances. */
const PAIR_DISTANCE = 12
const PAIR_ANGLE = 0.4
/** Overlap counts below this are raised to it. */
const COUNT_FLOOR = 20
/**
 * Each pair counts by how well its neighbourhoods agree too: SUPPORT_BASE + SUPPORT_GAIN · local
 * similarity, at most 1. Pairs that line up by chance (likely: minutiae follow the ridge flow,
 * and flows look alike across fingers of one pattern class) have neighbourhoods that do not.
 */
const SUPPORT_BASE = 0.2
const SUPPORT_GAIN = 2
/** Margin around a print's minutiae that still counts as the area it covers, pixels. */
const COVER_MARGIN = 12

const TWO_PI = 2 * Math.PI

/** A template with its local structures computed once; compare many times. */
export interface PreparedTemplate {
  readonly count: number
  readonly x: Float64Array
  readonly y: Float64Array
  readonly angle: Float64Array
  /** count × NEIGHBOURS × 3: distance, direction, angle difference; NaN where absent. */
  readonly local: Float64Array
  /** Bounding box of the minutiae. */
  readonly minX: number
  readonly minY: number
  readonly maxX: number
  readonly maxY: number
}

function wrap(angle: number): number {
  const wrapped = angle % TWO_PI
  return wrapped < 0 ? wrapped + TWO_PI : wrapped
}

/** |a − b| on the circle, in [0, π], for a and b already in [0, 2π). */
function angleDistance(a: number, b: number): number {
  const d = a > b ? a - b : b - a
  return d > Math.PI ? TWO_PI - d : d
}

export function prepareTemplate(template: MinutiaeTemplate): PreparedTemplate {
  const count = template.minutiae.length
  const x = new Float64Array(count)
  const y = new Float64Array(count)
  const angle = new Float64Array(count)
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const [i, m] of template.minutiae.entries()) {
    x[i] = m.x
    y[i] = m.y
    angle[i] = wrap(m.angle)
    minX = Math.min(minX, m.x)
    minY = Math.min(minY, m.y)
    maxX = Math.max(maxX, m.x)
    maxY = Math.max(maxY, m.y)
  }
  const local = new Float64Array(count * NEIGHBOURS * 3).fill(Number.NaN)
  // The K nearest of each minutia by insertion into a short sorted list (ties: lower index).
  const nearest = new Int32Array(NEIGHBOURS)
  const nearestDistance = new Float64Array(NEIGHBOURS)
  for (let i = 0; i < count; i += 1) {
    let kept = 0
    for (let j = 0; j < count; j += 1) {
      if (j === i) continue
      const d = Math.hypot((x[j] ?? 0) - (x[i] ?? 0), (y[j] ?? 0) - (y[i] ?? 0))
      if (kept === NEIGHBOURS && d >= (nearestDistance[NEIGHBOURS - 1] ?? 0)) continue
      let slot = kept < NEIGHBOURS ? kept++ : NEIGHBOURS - 1
      while (slot > 0 && (nearestDistance[slot - 1] ?? 0) > d) {
        nearestDistance[slot] = nearestDistance[slot - 1] ?? 0
        nearest[slot] = nearest[slot - 1] ?? 0
        slot -= 1
      }
      nearestDistance[slot] = d
      nearest[slot] = j
    }
    for (let k = 0; k < kept; k += 1) {
      const j = nearest[k] ?? 0
      const at = (i * NEIGHBOURS + k) * 3
      local[at] = nearestDistance[k] ?? 0
      // Direction of the neighbour as seen on the image (y down), relative to the minutia.
      local[at + 1] = wrap(
        Math.atan2((y[i] ?? 0) - (y[j] ?? 0), (x[j] ?? 0) - (x[i] ?? 0)) - (angle[i] ?? 0),
      )
      local[at + 2] = wrap((angle[j] ?? 0) - (angle[i] ?? 0))
    }
  }
  return { count, x, y, angle, local, minX, minY, maxX, maxY }
}

/** 0–1: how well the neighbourhoods of minutia i of a and minutia j of b agree. */
function localSimilarity(a: PreparedTemplate, i: number, b: PreparedTemplate, j: number): number {
  let used = 0
  let total = 0
  for (let k = 0; k < NEIGHBOURS; k += 1) {
    const at = (i * NEIGHBOURS + k) * 3
    const d = a.local[at] ?? 0
    if (Number.isNaN(d)) break
    const direction = a.local[at + 1] ?? 0
    const angle = a.local[at + 2] ?? 0
    const tolerance = LOCAL_DISTANCE + LOCAL_DISTANCE_FRACTION * d
    let best = 0
    let bestK = -1
    for (let l = 0; l < NEIGHBOURS; l += 1) {
      if ((used >> l) & 1) continue
      const bt = (j * NEIGHBOURS + l) * 3
      const dd = Math.abs((b.local[bt] ?? 0) - d)
      if (!(dd <= tolerance)) continue
      const dDirection = angleDistance(b.local[bt + 1] ?? 0, direction)
      if (dDirection > LOCAL_DIRECTION) continue
      const dAngle = angleDistance(b.local[bt + 2] ?? 0, angle)
      if (dAngle > LOCAL_ANGLE) continue
      const fit = 1 - (dd / tolerance + dDirection / LOCAL_DIRECTION + dAngle / LOCAL_ANGLE) / 3
      if (fit > best) {
        best = fit
        bestK = l
      }
    }
    if (bestK >= 0) {
      used |= 1 << bestK
      total += best
    }
  }
  return total / NEIGHBOURS
}

/** A rigid transform of a's frame onto b's: visual counter-clockwise rotation, then shift. */
interface Rigid {
  readonly cos: number
  readonly sin: number
  readonly rotation: number
  readonly tx: number
  readonly ty: number
}

function anchorTransform(a: PreparedTemplate, i: number, b: PreparedTemplate, j: number): Rigid {
  const rotation = (b.angle[j] ?? 0) - (a.angle[i] ?? 0)
  const cos = Math.cos(rotation)
  const sin = Math.sin(rotation)
  // y grows downwards, so a visual counter-clockwise turn maps (x, y) to (x·c + y·s, −x·s + y·c).
  const rx = (a.x[i] ?? 0) * cos + (a.y[i] ?? 0) * sin
  const ry = -(a.x[i] ?? 0) * sin + (a.y[i] ?? 0) * cos
  return { cos, sin, rotation, tx: (b.x[j] ?? 0) - rx, ty: (b.y[j] ?? 0) - ry }
}

/** Work arrays reused across comparisons of one call. */
interface Scratch {
  tx: Float64Array
  ty: Float64Array
  pairA: Int32Array
  pairB: Int32Array
  pairCost: Float64Array
  order: Int32Array
  takenA: Uint8Array
  takenB: Uint8Array
  matchA: Int32Array
  matchB: Int32Array
}

function scratchFor(a: PreparedTemplate, b: PreparedTemplate): Scratch {
  const pairs = a.count * b.count
  return {
    tx: new Float64Array(a.count),
    ty: new Float64Array(a.count),
    pairA: new Int32Array(pairs),
    pairB: new Int32Array(pairs),
    pairCost: new Float64Array(pairs),
    order: new Int32Array(pairs),
    takenA: new Uint8Array(a.count),
    takenB: new Uint8Array(b.count),
    matchA: new Int32Array(Math.min(a.count, b.count)),
    matchB: new Int32Array(Math.min(a.count, b.count)),
  }
}

/** Pairs a (moved by t) with b one-to-one, cheapest first; returns the number of pairs. */
function pairUp(a: PreparedTemplate, b: PreparedTemplate, t: Rigid, s: Scratch): number {
  let candidates = 0
  for (let k = 0; k < a.count; k += 1) {
    const px = (a.x[k] ?? 0) * t.cos + (a.y[k] ?? 0) * t.sin + t.tx
    const py = -(a.x[k] ?? 0) * t.sin + (a.y[k] ?? 0) * t.cos + t.ty
    s.tx[k] = px
    s.ty[k] = py
    const pa = wrap((a.angle[k] ?? 0) + t.rotation)
    for (let l = 0; l < b.count; l += 1) {
      const dx = (b.x[l] ?? 0) - px
      if (dx > PAIR_DISTANCE || dx < -PAIR_DISTANCE) continue
      const dy = (b.y[l] ?? 0) - py
      if (dy > PAIR_DISTANCE || dy < -PAIR_DISTANCE) continue
      const d = Math.sqrt(dx * dx + dy * dy)
      if (d > PAIR_DISTANCE) continue
      const dAngle = angleDistance(b.angle[l] ?? 0, pa)
      if (dAngle > PAIR_ANGLE) continue
      s.pairA[candidates] = k
      s.pairB[candidates] = l
      s.pairCost[candidates] = d / PAIR_DISTANCE + dAngle / PAIR_ANGLE
      s.order[candidates] = candidates
      candidates += 1
    }
  }
  const order = s.order.subarray(0, candidates)
  order.sort((p, q) => (s.pairCost[p] ?? 0) - (s.pairCost[q] ?? 0) || p - q)
  s.takenA.fill(0)
  s.takenB.fill(0)
  let matched = 0
  for (const p of order) {
    const k = s.pairA[p] ?? 0
    const l = s.pairB[p] ?? 0
    if (s.takenA[k] || s.takenB[l]) continue
    s.takenA[k] = 1
    s.takenB[l] = 1
    s.matchA[matched] = k
    s.matchB[matched] = l
    matched += 1
  }
  return matched
}

/** Least-squares rigid transform over the current pairs (2-D Procrustes, no scaling). */
function refine(a: PreparedTemplate, b: PreparedTemplate, matched: number, s: Scratch): Rigid {
  let ax = 0
  let ay = 0
  let bx = 0
  let by = 0
  for (let p = 0; p < matched; p += 1) {
    const k = s.matchA[p] ?? 0
    const l = s.matchB[p] ?? 0
    ax += a.x[k] ?? 0
    ay += a.y[k] ?? 0
    bx += b.x[l] ?? 0
    by += b.y[l] ?? 0
  }
  ax /= matched
  ay /= matched
  bx /= matched
  by /= matched
  let sxx = 0
  let sxy = 0
  for (let p = 0; p < matched; p += 1) {
    const k = s.matchA[p] ?? 0
    const l = s.matchB[p] ?? 0
    const ux = (a.x[k] ?? 0) - ax
    const uy = (a.y[k] ?? 0) - ay
    const vx = (b.x[l] ?? 0) - bx
    const vy = (b.y[l] ?? 0) - by
    sxx += ux * vx + uy * vy
    sxy += uy * vx - ux * vy
  }
  const rotation = Math.atan2(sxy, sxx)
  const cos = Math.cos(rotation)
  const sin = Math.sin(rotation)
  return {
    cos,
    sin,
    rotation,
    tx: bx - (ax * cos + ay * sin),
    ty: by - (-ax * sin + ay * cos),
  }
}

/** Minutiae of a (moved by t) inside b's covered box, and of b inside a's moved box. */
function overlapCounts(a: PreparedTemplate, b: PreparedTemplate, s: Scratch): [number, number] {
  let inB = 0
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (let k = 0; k < a.count; k += 1) {
    const px = s.tx[k] ?? 0
    const py = s.ty[k] ?? 0
    minX = Math.min(minX, px)
    minY = Math.min(minY, py)
    maxX = Math.max(maxX, px)
    maxY = Math.max(maxY, py)
    if (
      px >= b.minX - COVER_MARGIN &&
      px <= b.maxX + COVER_MARGIN &&
      py >= b.minY - COVER_MARGIN &&
      py <= b.maxY + COVER_MARGIN
    ) {
      inB += 1
    }
  }
  let inA = 0
  for (let l = 0; l < b.count; l += 1) {
    const px = b.x[l] ?? 0
    const py = b.y[l] ?? 0
    if (
      px >= minX - COVER_MARGIN &&
      px <= maxX + COVER_MARGIN &&
      py >= minY - COVER_MARGIN &&
      py <= maxY + COVER_MARGIN
    ) {
      inA += 1
    }
  }
  return [inB, inA]
}

/**
 * Similarity of two fingers, 0–100; at or above MATCH_THRESHOLD they are the same finger.
 * Symmetric up to the choice of anchors; deterministic.
 */
export function compareTemplates(
  first: PreparedTemplate | MinutiaeTemplate,
  second: PreparedTemplate | MinutiaeTemplate,
): number {
  const a = 'local' in first ? first : prepareTemplate(first)
  const b = 'local' in second ? second : prepareTemplate(second)
  if (a.count < 2 || b.count < 2) return 0
  // The best anchors by local similarity, kept sorted (insertion into a short list).
  const topScore = new Float64Array(CANDIDATES).fill(-1)
  const topA = new Int32Array(CANDIDATES)
  const topB = new Int32Array(CANDIDATES)
  for (let i = 0; i < a.count; i += 1) {
    const ai = a.angle[i] ?? 0
    for (let j = 0; j < b.count; j += 1) {
      if (angleDistance(ai, b.angle[j] ?? 0) > MAX_ROTATION) continue
      const similarity = localSimilarity(a, i, b, j)
      if (similarity <= (topScore[CANDIDATES - 1] ?? 0)) continue
      let slot = CANDIDATES - 1
      while (slot > 0 && (topScore[slot - 1] ?? 0) < similarity) {
        topScore[slot] = topScore[slot - 1] ?? 0
        topA[slot] = topA[slot - 1] ?? 0
        topB[slot] = topB[slot - 1] ?? 0
        slot -= 1
      }
      topScore[slot] = similarity
      topA[slot] = i
      topB[slot] = j
    }
  }
  const scratch = scratchFor(a, b)
  let bestMatched = 0
  let best: Rigid | undefined
  for (let c = 0; c < CANDIDATES; c += 1) {
    if ((topScore[c] ?? 0) <= 0) break
    const t = anchorTransform(a, topA[c] ?? 0, b, topB[c] ?? 0)
    const matched = pairUp(a, b, t, scratch)
    if (matched > bestMatched) {
      bestMatched = matched
      best = t
    }
  }
  if (best === undefined || bestMatched < 2) return 0
  let matched = pairUp(a, b, best, scratch)
  if (matched >= 3) {
    const refined = refine(a, b, matched, scratch)
    const again = pairUp(a, b, refined, scratch)
    if (again >= matched) matched = again
    else pairUp(a, b, best, scratch)
  }
  const [inB, inA] = overlapCounts(a, b, scratch)
  let support = 0
  for (let p = 0; p < matched; p += 1) {
    support += Math.min(
      1,
      SUPPORT_BASE +
        SUPPORT_GAIN * localSimilarity(a, scratch.matchA[p] ?? 0, b, scratch.matchB[p] ?? 0),
    )
  }
  const score = (matched * support) / (Math.max(inB, COUNT_FLOOR) * Math.max(inA, COUNT_FLOOR))
  return Math.min(100, Math.round(100 * score * 10) / 10)
}
