import {
  FINGER_HEIGHT,
  FINGER_WIDTH,
  continuousPhase,
  drawPattern,
  phaseGradient,
  type Ellipse,
  type FingerPattern,
} from './finger-pattern'
import { Prng } from './prng'

/**
 * Synthetic fingers for the fingerprint simulator: deterministic per (identity, finger
 * position), so the same finger matches itself across captures and different fingers do not.
 *
 * A finger is a ridge flow (finger-pattern.ts) plus a master set of 30–60 minutiae. The image is
 * cos ψ with ψ = ψc + Σ sₙ·arg(z − pₙ): each minutia is a phase singularity ("spiral phase",
 * as in Larkin and Fletcher's and Feng and Jain's fingerprint reconstructions), where one ridge
 * more starts on one side than on the other, so every minutia of the set is exactly where the
 * rendered ridges end or fork. A capture (an impression) moves, turns and slightly warps the
 * finger, jitters each minutia, drops some and invents others as a device's extractor would, and
 * carries the quality profile that sets the image's contrast, blur and noise.
 *
 * Conventions shared with the 19794-2 encoder: pixels at 500 ppi, x right and y down from the
 * top-left corner; a minutia angle is in radians counter-clockwise from the x axis as seen on the
 * image (so its direction vector is (cos θ, −sin θ) in pixel coordinates), and points to the side
 * with more ridges: along the ridge, away from its end, for a ridge ending; between the two
 * branches for a bifurcation (the ANSI/INCITS 378 and ISO/IEC 19794-2 placement).
 */

export { FINGER_HEIGHT, FINGER_WIDTH } from './finger-pattern'

export type MinutiaType = 'ridge-ending' | 'bifurcation'

export interface Minutia {
  readonly x: number
  readonly y: number
  /** Radians in [0, 2π), counter-clockwise from +x as seen on the image. */
  readonly angle: number
  readonly type: MinutiaType
  /** 0–100: how sure the (simulated) extractor is of it. */
  readonly quality: number
}

/** A master minutia: where the finger has it, and the winding of its phase singularity. */
export interface MasterMinutia extends Minutia {
  readonly polarity: 1 | -1
}

export interface SyntheticFinger {
  readonly identity: string
  /** ISO/IEC 19794-4 finger position, 1–10. */
  readonly position: number
  readonly pattern: FingerPattern
  /** Finger frame: FINGER_WIDTH × FINGER_HEIGHT, finger centred, no rotation. */
  readonly minutiae: readonly MasterMinutia[]
}

export type QualityProfile = 'good' | 'fair' | 'poor'

/** How one capture placed the finger on the sensor window. */
export interface Placement {
  /** Radians, counter-clockwise as seen on the image, about the finger centre. */
  readonly rotation: number
  readonly dx: number
  readonly dy: number
  /** Quadratic skin warp: (x, y) displacement coefficients of X², XY, Y² (pixels). */
  readonly warp: readonly [number, number, number, number, number, number]
  /** Contact size relative to a normal press. */
  readonly pressure: number
}

/** The image-side parameters of a capture, fixed by its profile and seed. */
export interface ImageParameters {
  /** Ridge darkness at full contact, grey levels. */
  readonly contrast: number
  /** Sharpness of the ridge profile: below 1 the ridges are soft (blurred). */
  readonly sharpness: number
  /** Sensor noise, grey levels (standard deviation scale). */
  readonly noise: number
  /** Amplitude of the wet/dry blotches that thicken or break ridges. */
  readonly moisture: number
  /** Seed of the per-pixel noise and blotch field. */
  readonly noiseSeed: number
  /** Blotch field, a coarse grid of values in [-1, 1] interpolated over the window. */
  readonly blotches: Float64Array
  readonly blotchColumns: number
  readonly blotchRows: number
}

/** A phase singularity as placed in the image window (every master minutia, visible or not). */
export interface PlacedSingularity {
  readonly x: number
  readonly y: number
  readonly polarity: 1 | -1
}

export interface Impression {
  readonly finger: SyntheticFinger
  readonly captureSeed: number
  readonly profile: QualityProfile
  /** The sensor window in pixels; the finger frame is centred in it. */
  readonly width: number
  readonly height: number
  readonly placement: Placement
  readonly image: ImageParameters
  readonly singularities: readonly PlacedSingularity[]
  /** The master minutiae that fall inside the window and the contact area: what the image shows. */
  readonly trueMinutiae: readonly Minutia[]
  /** What the device reports: the true ones less those it missed, plus spurious ones. */
  readonly minutiae: readonly Minutia[]
  /** The device's quality score, 0–100. */
  readonly quality: number
}

export interface ImpressionOptions {
  /** Sensor window, pixels; default FINGER_WIDTH × FINGER_HEIGHT. */
  readonly width?: number
  readonly height?: number
}

const TWO_PI = 2 * Math.PI
/** Closest two master minutiae may be: about two ridge periods, as in real prints. */
const MIN_SPACING = 17
/** Closest two may end up after settling; the later of a closer pair is dropped. */
const SETTLED_SPACING = 11
/** Master minutiae keep this far inside the normal contact outline. */
const OUTLINE_MARGIN = 14

function wrapAngle(angle: number): number {
  const wrapped = angle % TWO_PI
  return wrapped < 0 ? wrapped + TWO_PI : wrapped
}

/** Wraps into (−π, π]. */
function wrapSigned(angle: number): number {
  const wrapped = wrapAngle(angle)
  return wrapped > Math.PI ? wrapped - TWO_PI : wrapped
}

function insideEllipse(
  x: number,
  y: number,
  e: { cx: number; cy: number; rx: number; ry: number },
  margin: number,
): boolean {
  const nx = (x - e.cx) / Math.max(1, e.rx - margin)
  const ny = (y - e.cy) / Math.max(1, e.ry - margin)
  return nx * nx + ny * ny <= 1
}

/**
 * The finger for (identity, position 1–10): its ridge flow and master minutiae. Pure and
 * deterministic: the same arguments give the same finger.
 */
export function createFinger(identity: string, position: number): SyntheticFinger {
  if (!Number.isInteger(position) || position < 1 || position > 10) {
    throw new RangeError(`finger position must be 1–10, got ${position}`)
  }
  const random = Prng.from('idstation-synthetic-finger', identity, position)
  const pattern = drawPattern(random)
  return { identity, position, pattern, minutiae: placeMinutiae(pattern, random) }
}

interface Draft {
  x: number
  y: number
  side: 1 | -1
  polarity: 1 | -1
  dirX: number
  dirY: number
  target: number
  type: MinutiaType
}

function placeMinutiae(pattern: FingerPattern, random: Prng): MasterMinutia[] {
  const wanted = random.int(30, 60)
  const drafts: Draft[] = []
  const { outline } = pattern
  for (let attempt = 0; drafts.length < wanted && attempt < wanted * 80; attempt += 1) {
    const x = random.uniform(outline.cx - outline.rx, outline.cx + outline.rx)
    const y = random.uniform(outline.cy - outline.ry, outline.cy + outline.ry)
    if (!insideEllipse(x, y, outline, OUTLINE_MARGIN)) continue
    if (y > pattern.baseY + 20) continue
    if (Math.hypot(x - pattern.coreX, y - pattern.coreY) < 16) continue
    if (drafts.some(d => Math.hypot(d.x - x, d.y - y) < MIN_SPACING)) continue
    const type: MinutiaType = random.chance(0.55) ? 'ridge-ending' : 'bifurcation'
    drafts.push({
      x,
      y,
      side: random.chance(0.5) ? 1 : -1,
      polarity: 1,
      dirX: 1,
      dirY: 0,
      // Ridge centres are where ψ ≡ 0, valley centres where ψ ≡ π (see the module comment).
      target: type === 'ridge-ending' ? 0 : Math.PI,
      type,
    })
  }
  settle(pattern, drafts, 1, 4)
  // Settling moves a point by up to half a ridge period; two that end up closer than this make a
  // knot rather than two minutiae. Drop the later one and settle the rest again, until none is.
  let spaced = drafts
  for (let round = 0; round < 6; round += 1) {
    const kept: Draft[] = []
    for (const draft of spaced) {
      if (kept.every(d => Math.hypot(d.x - draft.x, d.y - draft.y) >= SETTLED_SPACING)) {
        kept.push(draft)
      }
    }
    if (kept.length === spaced.length) break
    spaced = kept
    // The last round keeps the spacing even if the windings are left slightly unsettled.
    if (round < 5) settle(pattern, spaced, 0, 2)
  }
  return spaced.map(d => ({
    x: d.x,
    y: d.y,
    angle: wrapAngle(Math.atan2(-d.dirY, d.dirX)),
    type: d.type,
    quality: 100,
    polarity: d.polarity,
  }))
}

/**
 * Settles each singularity so the ridge or valley that ends at it runs out along its direction,
 * which is what makes it the ending or bifurcation it was drawn as. Moving a point across the
 * ridges by δ shifts its phase by |∇ψ|·δ; the others' windings move a little with it, so a few
 * sweeps are needed. Sweeps before `firstCoupled` ignore the other windings (a first guess).
 */
function settle(
  pattern: FingerPattern,
  drafts: Draft[],
  firstCoupled: number,
  sweeps: number,
): void {
  for (let sweep = 0; sweep < sweeps; sweep += 1) {
    for (const [index, draft] of drafts.entries()) {
      let { gx, gy } = phaseGradient(pattern, draft.x, draft.y)
      let phase = continuousPhase(pattern, draft.x, draft.y)
      for (const [other, o] of drafts.entries()) {
        if (other === index || sweep < firstCoupled) continue
        const vx = draft.x - o.x
        const vy = draft.y - o.y
        const r2 = vx * vx + vy * vy
        phase += o.polarity * Math.atan2(vy, vx)
        gx -= (o.polarity * vy) / r2
        gy += (o.polarity * vx) / r2
      }
      const magnitude = Math.hypot(gx, gy)
      if (magnitude < 1e-6) continue
      const nx = gx / magnitude
      const ny = gy / magnitude
      // Along the ridge, on the side drawn for this minutia.
      draft.dirX = -ny * draft.side
      draft.dirY = nx * draft.side
      // The side the direction points to gains a ridge when the winding turns from it towards ∇ψ.
      draft.polarity = draft.dirX * ny - draft.dirY * nx >= 0 ? 1 : -1
      const error = wrapSigned(
        phase + draft.polarity * Math.atan2(draft.dirY, draft.dirX) - draft.target,
      )
      draft.x -= (error / magnitude) * nx
      draft.y -= (error / magnitude) * ny
    }
  }
}

interface ProfileSpec {
  readonly rotationSigma: number
  readonly shiftSigma: number
  readonly warp: number
  readonly jitterSigma: number
  readonly angleSigma: number
  readonly missing: readonly [number, number]
  readonly spurious: readonly [number, number]
  readonly pressure: readonly [number, number]
  readonly contrast: readonly [number, number]
  readonly sharpness: readonly [number, number]
  readonly noise: readonly [number, number]
  readonly moisture: readonly [number, number]
  readonly quality: readonly [number, number]
  readonly minutiaQuality: readonly [number, number]
}

const DEG = Math.PI / 180

/**
 * What each profile does to a capture. Good is a clean, well-pressed finger; poor is dry or wet,
 * pressed lightly, placed carelessly. The reported quality ranges do not overlap, as a device's
 * would not for captures this different.
 */
const PROFILES: Readonly<Record<QualityProfile, ProfileSpec>> = {
  good: {
    rotationSigma: 5 * DEG,
    shiftSigma: 6,
    warp: 1.5,
    jitterSigma: 1,
    angleSigma: 4 * DEG,
    missing: [0.05, 0.08],
    spurious: [0, 0.03],
    pressure: [0.95, 1.05],
    contrast: [190, 225],
    sharpness: [1.4, 1.8],
    noise: [4, 7],
    moisture: [0.05, 0.15],
    quality: [78, 96],
    minutiaQuality: [70, 100],
  },
  fair: {
    rotationSigma: 7 * DEG,
    shiftSigma: 9,
    warp: 2.5,
    jitterSigma: 1.6,
    angleSigma: 7 * DEG,
    missing: [0.08, 0.14],
    spurious: [0.02, 0.06],
    pressure: [0.88, 1],
    contrast: [130, 170],
    sharpness: [0.9, 1.2],
    noise: [10, 15],
    moisture: [0.25, 0.4],
    quality: [50, 74],
    minutiaQuality: [45, 90],
  },
  poor: {
    rotationSigma: 9 * DEG,
    shiftSigma: 12,
    warp: 3.5,
    jitterSigma: 2.4,
    angleSigma: 10 * DEG,
    missing: [0.14, 0.2],
    spurious: [0.05, 0.1],
    pressure: [0.78, 0.92],
    contrast: [75, 110],
    sharpness: [0.55, 0.8],
    noise: [18, 26],
    moisture: [0.45, 0.65],
    quality: [15, 45],
    minutiaQuality: [20, 70],
  },
}

/**
 * One capture of the finger: where it landed, what the image will look like and the minutiae the
 * device reports. Deterministic per (finger, captureSeed, profile).
 */
export function captureImpression(
  finger: SyntheticFinger,
  captureSeed: number,
  profile: QualityProfile,
  options: ImpressionOptions = {},
): Impression {
  const width = options.width ?? FINGER_WIDTH
  const height = options.height ?? FINGER_HEIGHT
  const spec = PROFILES[profile]
  const random = Prng.from(
    'idstation-impression',
    finger.identity,
    finger.position,
    captureSeed,
    profile,
  )
  const span = (range: readonly [number, number]) => random.uniform(range[0], range[1])
  const placement: Placement = {
    rotation: random.clippedNormal(spec.rotationSigma, 15 * DEG),
    dx: random.clippedNormal(spec.shiftSigma, 20),
    dy: random.clippedNormal(spec.shiftSigma, 20),
    warp: [
      random.uniform(-spec.warp, spec.warp),
      random.uniform(-spec.warp, spec.warp),
      random.uniform(-spec.warp, spec.warp),
      random.uniform(-spec.warp, spec.warp),
      random.uniform(-spec.warp, spec.warp),
      random.uniform(-spec.warp, spec.warp),
    ],
    pressure: span(spec.pressure),
  }
  const blotchColumns = Math.ceil(width / 32) + 2
  const blotchRows = Math.ceil(height / 32) + 2
  const blotches = new Float64Array(blotchColumns * blotchRows)
  for (let i = 0; i < blotches.length; i += 1) blotches[i] = random.uniform(-1, 1)
  const image: ImageParameters = {
    contrast: span(spec.contrast),
    sharpness: span(spec.sharpness),
    noise: span(spec.noise),
    moisture: span(spec.moisture),
    noiseSeed: random.nextUint32() | 0,
    blotches,
    blotchColumns,
    blotchRows,
  }
  const frame = frameOf(placement, width, height, finger.pattern.outline)
  const singularities: PlacedSingularity[] = []
  const trueMinutiae: Minutia[] = []
  for (const minutia of finger.minutiae) {
    const placed = frame.toWindow(minutia.x, minutia.y)
    const x = placed.x + random.clippedNormal(spec.jitterSigma, 4)
    const y = placed.y + random.clippedNormal(spec.jitterSigma, 4)
    const angle = wrapAngle(
      minutia.angle +
        placement.rotation +
        random.clippedNormal(spec.angleSigma, 3 * spec.angleSigma),
    )
    singularities.push({ x, y, polarity: minutia.polarity })
    if (!frame.visible(x, y)) continue
    trueMinutiae.push({
      x,
      y,
      angle,
      type: minutia.type,
      quality: Math.round(span(spec.minutiaQuality)),
    })
  }
  const missing = span(spec.missing)
  const reported = trueMinutiae.filter(() => !random.chance(missing))
  const spuriousCount = Math.round(span(spec.spurious) * trueMinutiae.length)
  for (let added = 0, attempt = 0; added < spuriousCount && attempt < 500; attempt += 1) {
    const x = random.uniform(0, width)
    const y = random.uniform(0, height)
    if (!frame.visible(x, y)) continue
    const u = frame.toFinger(x, y)
    const { gx, gy } = phaseGradient(finger.pattern, u.x, u.y)
    // A false minutia still follows the ridge flow, as the ones a real extractor invents do.
    const along = Math.atan2(-gx, -gy) + (random.chance(0.5) ? Math.PI : 0)
    reported.push({
      x,
      y,
      angle: wrapAngle(along + placement.rotation),
      type: random.chance(0.5) ? 'ridge-ending' : 'bifurcation',
      quality: Math.round(span([spec.minutiaQuality[0] * 0.5, spec.minutiaQuality[1] * 0.7])),
    })
    added += 1
  }
  const coverage = Math.min(
    1,
    (placement.pressure - spec.pressure[0]) / (spec.pressure[1] - spec.pressure[0]),
  )
  const clarity = (image.contrast - spec.contrast[0]) / (spec.contrast[1] - spec.contrast[0])
  const quality = Math.round(
    spec.quality[0] + (spec.quality[1] - spec.quality[0]) * (0.5 * coverage + 0.5 * clarity),
  )
  return {
    finger,
    captureSeed,
    profile,
    width,
    height,
    placement,
    image,
    singularities,
    trueMinutiae,
    minutiae: reported,
    quality,
  }
}

/** Maps between the finger frame and the sensor window of one placement. */
export interface Frame {
  toWindow(x: number, y: number): { x: number; y: number }
  toFinger(x: number, y: number): { x: number; y: number }
  /** Inside the window and well inside the contact area: where minutiae can be seen. */
  visible(x: number, y: number): boolean
  /** Signed distance inside the pressed contact outline, finger frame, pixels. */
  contact(fx: number, fy: number): number
}

/** Minutiae this close to the window edge or the contact edge are not visible. */
const VISIBLE_MARGIN = 8

export function frameOf(
  placement: Placement,
  width: number,
  height: number,
  outline: Ellipse,
): Frame {
  const cx = FINGER_WIDTH / 2
  const cy = FINGER_HEIGHT / 2
  const ox = (width - FINGER_WIDTH) / 2 + placement.dx
  const oy = (height - FINGER_HEIGHT) / 2 + placement.dy
  const cos = Math.cos(placement.rotation)
  const sin = Math.sin(placement.rotation)
  const [wxx, wxy, wyy, vxx, vxy, vyy] = placement.warp
  const warpX = (x: number, y: number) => {
    const nx = (x - cx) / cx
    const ny = (y - cy) / cy
    return wxx * nx * nx + wxy * nx * ny + wyy * ny * ny
  }
  const warpY = (x: number, y: number) => {
    const nx = (x - cx) / cx
    const ny = (y - cy) / cy
    return vxx * nx * nx + vxy * nx * ny + vyy * ny * ny
  }
  const pressure = placement.pressure
  const contact = (fx: number, fy: number) => contactDistance(outline, pressure, fx, fy)
  const toFinger = (x: number, y: number) => {
    const dx = x - ox - cx
    const dy = y - oy - cy
    // Inverse of the visual counter-clockwise rotation (y down), then the warp undone by one
    // fixed-point step, exact enough for a displacement of a few pixels.
    const wx = dx * cos - dy * sin + cx
    const wy = dx * sin + dy * cos + cy
    return { x: wx - warpX(wx, wy), y: wy - warpY(wx, wy) }
  }
  return {
    toWindow(x, y) {
      const wx = x + warpX(x, y) - cx
      const wy = y + warpY(x, y) - cy
      return { x: wx * cos + wy * sin + cx + ox, y: -wx * sin + wy * cos + cy + oy }
    },
    toFinger,
    contact,
    visible(x, y) {
      if (x < VISIBLE_MARGIN || y < VISIBLE_MARGIN) return false
      if (x > width - VISIBLE_MARGIN || y > height - VISIBLE_MARGIN) return false
      const u = toFinger(x, y)
      return contact(u.x, u.y) > VISIBLE_MARGIN
    },
  }
}

/**
 * Signed distance inside the pressed contact area, finger frame: the finger's outline scaled by
 * the pressure about its centre, so a light press touches a smaller oval of the same finger.
 */
export function contactDistance(
  outline: Ellipse,
  pressure: number,
  fx: number,
  fy: number,
): number {
  const rx = outline.rx * pressure
  const ry = outline.ry * pressure
  const dx = fx - outline.cx
  const dy = fy - outline.cy
  const r = Math.sqrt(dx * dx + dy * dy)
  if (r < 1e-9) return Math.min(rx, ry)
  return (rx * ry * r) / Math.sqrt(ry * ry * dx * dx + rx * rx * dy * dy) - r
}
