import type { Prng } from './prng'

/**
 * The ridge flow of a synthetic finger, as a continuous phase ψc(x, y): ridge centres lie where
 * ψc ≡ 0 (mod 2π), valley centres where ψc ≡ π. The orientation field is the direction normal to
 * ∇ψc and the local ridge period is 2π / |∇ψc|; both are read off this one function, so the image
 * and the minutiae cannot disagree about where the ridges run.
 *
 * ψc is 2π/period times a distance-like function D (|∇D| ≈ 1), built from distances to a few
 * curves, because the level sets of a distance are evenly spaced, as ridges are:
 *  - the outer field: distance inward from the contact outline (ridges that follow the finger
 *    tip) softly merged with the distance to a base line near the distal crease (the horizontal
 *    ridges at the bottom), bulged upward for arches;
 *  - a loop: distance to a ray leaving the core towards the side it opens to (nested U shapes);
 *  - a whorl: distance to a short segment through its centre (nested ovals), optionally turned
 *    into a spiral by one winding of the phase.
 * The pattern field and the outer field are merged with a smooth minimum; where their level sets
 * meet at an angle the ridges form the triangular meeting points that deltas look like.
 *
 * Coordinates are image pixels at 500 ppi (x right, y down) in the finger's own frame, a
 * FINGER_WIDTH × FINGER_HEIGHT canvas with the finger centred in it.
 */

export const FINGER_WIDTH = 320
export const FINGER_HEIGHT = 400

/** Henry-style pattern classes, in roughly their population frequencies. */
export type PatternClass = 'plain-arch' | 'tented-arch' | 'left-loop' | 'right-loop' | 'whorl'

export interface Ellipse {
  readonly cx: number
  readonly cy: number
  readonly rx: number
  readonly ry: number
}

export interface FingerPattern {
  readonly patternClass: PatternClass
  /** Ridge period in pixels (about 0.45 mm at 500 ppi). */
  readonly period: number
  /** Constant phase, radians: which ridge passes exactly where. */
  readonly phaseOffset: number
  /** The contact area of a normal press, finger frame. */
  readonly outline: Ellipse
  /** y of the base line the bottom ridges run parallel to. */
  readonly baseY: number
  /** Upward bulge of the base ridges (arches), pixels, and its half-width. */
  readonly archHeight: number
  readonly archWidth: number
  /** Core (loops), centre (whorls) or apex (arches). */
  readonly coreX: number
  readonly coreY: number
  /** Loops: direction of the ray the loop wraps around (radians, atan2 of image dy, dx). */
  readonly loopDirection: number
  /** Whorls: half-length and direction of the centre segment; spiral winding −1, 0 or 1. */
  readonly whorlHalfLength: number
  readonly whorlDirection: number
  readonly whorlSpiral: number
  /** Offset added to the pattern distance before the merge: how far the pattern reaches. */
  readonly patternReach: number
}

/** Width of the smooth minimum, pixels: how round the meeting of two ridge systems is. */
export const FLOW_BLEND = 7

export function drawPattern(random: Prng): FingerPattern {
  const patternClass = random.pick<PatternClass>([
    ['plain-arch', 5],
    ['tented-arch', 4],
    ['left-loop', 32],
    ['right-loop', 30],
    ['whorl', 29],
  ])
  const outline: Ellipse = {
    cx: FINGER_WIDTH / 2 + random.uniform(-6, 6),
    cy: FINGER_HEIGHT / 2 + random.uniform(-10, 6),
    rx: random.uniform(122, 140),
    ry: random.uniform(170, 190),
  }
  const coreX = outline.cx + random.uniform(-25, 25)
  const coreY = outline.cy + random.uniform(-40, 10)
  const side = patternClass === 'left-loop' ? -1 : 1
  const tented = patternClass === 'tented-arch'
  return {
    patternClass,
    period: random.uniform(8.6, 10.2),
    phaseOffset: random.uniform(0, 2 * Math.PI),
    outline,
    baseY: outline.cy + outline.ry * random.uniform(0.72, 0.88),
    archHeight: tented ? random.uniform(90, 120) : random.uniform(60, 110),
    archWidth: tented ? random.uniform(45, 60) : random.uniform(90, 130),
    coreX,
    coreY,
    // Loops open sideways and down: the ray leaves the core at 10–50° below the horizontal.
    loopDirection: side < 0 ? Math.PI - random.uniform(0.17, 0.87) : random.uniform(0.17, 0.87),
    whorlHalfLength: random.uniform(0, 14),
    whorlDirection: random.uniform(0, Math.PI),
    whorlSpiral:
      patternClass === 'whorl'
        ? random.pick([
            [-1, 1],
            [0, 2],
            [1, 1],
          ])
        : 0,
    patternReach: random.uniform(-8, 18),
  }
}

/** Smooth minimum (polynomial, width k): min(a, b) away from a ≈ b, rounded within k of it. */
function smoothMin(a: number, b: number, k: number): number {
  const h = Math.max(k - Math.abs(a - b), 0)
  return Math.min(a, b) - (h * h) / (4 * k)
}

/** Distance inward from the ellipse outline along the ray from its centre (exact on the axes). */
function insideOutline(e: Ellipse, x: number, y: number): number {
  const dx = x - e.cx
  const dy = y - e.cy
  const r = Math.sqrt(dx * dx + dy * dy)
  if (r < 1e-9) return Math.min(e.rx, e.ry)
  const reach = (e.rx * e.ry * r) / Math.sqrt(e.ry * e.ry * dx * dx + e.rx * e.rx * dy * dy)
  return reach - r
}

/**
 * The smooth ingredients of D at (x, y): the outer field, and the coordinates along and across the
 * loop ray or whorl segment, measured from the core. D itself has a crease on the ray (ridges
 * fold there), so a renderer that samples on a grid interpolates these and takes the distance
 * per pixel, which keeps the fold sharp.
 */
export interface FlowParts {
  readonly outer: number
  readonly along: number
  readonly across: number
}

export function flowParts(p: FingerPattern, x: number, y: number): FlowParts {
  const ax = (x - p.coreX) / p.archWidth
  const bump = p.archHeight * Math.exp(-ax * ax)
  // Height above the bulged base line, divided by the line's slope factor: a first-order
  // distance, so ridges over a steep tent are no denser than elsewhere.
  const slope = (2 * ax * bump) / p.archWidth
  const base = (p.baseY - y - bump) / Math.sqrt(1 + slope * slope)
  const outer = smoothMin(insideOutline(p.outline, x, y), base, FLOW_BLEND)
  const direction = p.patternClass === 'whorl' ? p.whorlDirection : p.loopDirection
  const ux = Math.cos(direction)
  const uy = Math.sin(direction)
  const dx = x - p.coreX
  const dy = y - p.coreY
  return { outer, along: dx * ux + dy * uy, across: dy * ux - dx * uy }
}

/** D from its parts: the nearer of the outer field and the pattern (pushed out by its reach). */
export function flowDistance(
  p: FingerPattern,
  outer: number,
  along: number,
  across: number,
): number {
  switch (p.patternClass) {
    case 'plain-arch':
    case 'tented-arch':
      return outer
    case 'left-loop':
    case 'right-loop': {
      // Distance to the ray from the core: nested U shapes around it.
      const behind = Math.min(0, along)
      return smoothMin(
        Math.sqrt(behind * behind + across * across) + p.patternReach,
        outer,
        FLOW_BLEND,
      )
    }
    case 'whorl': {
      // Distance to the segment through the centre: nested ovals.
      const beyond = along - Math.max(-p.whorlHalfLength, Math.min(p.whorlHalfLength, along))
      return smoothMin(
        Math.sqrt(beyond * beyond + across * across) + p.patternReach,
        outer,
        FLOW_BLEND,
      )
    }
  }
}

/** The distance-like function D; ψc = 2π·D/period + offset (+ the whorl winding). */
export function patternDistance(p: FingerPattern, x: number, y: number): number {
  const parts = flowParts(p, x, y)
  return flowDistance(p, parts.outer, parts.along, parts.across)
}

/**
 * ψc at (x, y), finger frame, radians, not reduced modulo 2π. A spiral whorl adds one winding
 * around its centre (a phase singularity, like a minutia at the centre): the 2π jump of atan2
 * is invisible in cos ψ, and ∇ψc stays smooth away from the centre.
 */
export function continuousPhase(p: FingerPattern, x: number, y: number): number {
  const phase = phaseOfDistance(p, patternDistance(p, x, y))
  if (p.whorlSpiral === 0) return phase
  return phase + p.whorlSpiral * Math.atan2(y - p.coreY, x - p.coreX)
}

/** ψc without the whorl winding, from D. */
export function phaseOfDistance(p: FingerPattern, distance: number): number {
  return (2 * Math.PI * distance) / p.period + p.phaseOffset
}

/** ∇ψc, radians per pixel: central differences of the smooth part, the winding analytically. */
export function phaseGradient(p: FingerPattern, x: number, y: number): { gx: number; gy: number } {
  const h = 0.5
  const scale = (2 * Math.PI) / p.period / (2 * h)
  let gx = (patternDistance(p, x + h, y) - patternDistance(p, x - h, y)) * scale
  let gy = (patternDistance(p, x, y + h) - patternDistance(p, x, y - h)) * scale
  if (p.whorlSpiral !== 0) {
    const dx = x - p.coreX
    const dy = y - p.coreY
    const r2 = Math.max(dx * dx + dy * dy, 1e-6)
    gx -= (p.whorlSpiral * dy) / r2
    gy += (p.whorlSpiral * dx) / r2
  }
  return { gx, gy }
}

/**
 * The orientation and frequency field at (x, y): the ridge direction (radians, 0…π, image
 * atan2 convention) and the local ridge period in pixels.
 */
export function ridgeField(
  p: FingerPattern,
  x: number,
  y: number,
): { orientation: number; period: number } {
  const { gx, gy } = phaseGradient(p, x, y)
  const magnitude = Math.hypot(gx, gy)
  let orientation = Math.atan2(gy, gx) + Math.PI / 2
  if (orientation >= Math.PI) orientation -= Math.PI
  if (orientation < 0) orientation += Math.PI
  return { orientation, period: magnitude > 1e-9 ? (2 * Math.PI) / magnitude : Infinity }
}
