import { AgentError } from '../../../../drivers/core/errors'
import type {
  CaptureUnit,
  CapturedFinger,
  FingerprintScanner,
  ScannerInfo,
} from '../../../../drivers/core/fingerprint'
import { cropFingerCentre, fingerImageRecord } from '../../../biometrics/finger-image-record'
import type { FingerprintPlan } from './issue-request'

/** Room for record headers within the data group's budget. */
const RECORD_OVERHEAD = 64
/** Captures of one unit before a low score or a missing finger fails the job. */
const ATTEMPTS = 3

export interface CaptureFingersOptions {
  readonly scanner: FingerprintScanner
  readonly plan: FingerprintPlan
  /** The agent's quality score for devices that give none. */
  readonly quality: (finger: CapturedFinger) => number
  /** Bytes the records may take together (DG3's share of the chip file). */
  readonly budgetBytes: number
  readonly signal: AbortSignal
  /** 0–1 as units complete. */
  readonly progress: (fraction: number) => void
}

/**
 * The job's own capture: the planned fingers, each at or above the requested score, as ISO/IEC
 * 19794-4 records cut to fit the chip. A single-finger device takes them one by one; a slap
 * device takes the slap (or thumbs) holding them. A finger that stays missing or below the score
 * after three tries fails the step before any card is fed.
 */
export async function captureFingers(options: CaptureFingersOptions): Promise<Buffer[]> {
  const { scanner, plan, signal } = options
  const info = await scanner.info({ signal })
  const groups = groupByUnit(plan.positions, info)
  const maxPixels = Math.floor(options.budgetBytes / plan.positions.length) - RECORD_OVERHEAD
  const byPosition = new Map<number, Buffer>()
  for (const [index, group] of groups.entries()) {
    const fingers = await captureGroup(options, group)
    for (const finger of fingers) {
      const quality = finger.quality ?? options.quality(finger)
      byPosition.set(
        finger.position,
        fingerImageRecord(cropFingerCentre(finger, maxPixels), quality),
      )
    }
    options.progress((index + 1) / groups.length)
  }
  return plan.positions.map(position => byPosition.get(position) ?? Buffer.alloc(0))
}

interface UnitGroup {
  readonly unit: CaptureUnit
  readonly positions: readonly number[]
}

function groupByUnit(positions: readonly number[], info: ScannerInfo): UnitGroup[] {
  if (info.units.includes('single')) {
    return positions.map(position => ({ unit: 'single', positions: [position] }))
  }
  const groups = new Map<CaptureUnit, number[]>()
  for (const position of positions) {
    const unit: CaptureUnit =
      position === 1 || position === 6 ? 'two-thumbs' : position <= 5 ? 'right-slap' : 'left-slap'
    if (!info.units.includes(unit)) {
      throw new AgentError('DEVICE_UNSUPPORTED', 'the fingerprint reader cannot take this finger', {
        details: { reason: 'unit-unsupported', position },
      })
    }
    groups.set(unit, [...(groups.get(unit) ?? []), position])
  }
  return [...groups].map(([unit, grouped]) => ({ unit, positions: grouped }))
}

async function captureGroup(
  options: CaptureFingersOptions,
  group: UnitGroup,
): Promise<CapturedFinger[]> {
  const { plan, signal } = options
  let problem = 'no-finger'
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const outcome = await options.scanner.capture({
      unit: group.unit,
      positions: group.positions,
      timeoutMs: plan.timeoutMs,
      requestedScore: plan.requestedScore,
      previewFps: 0,
      signal,
    })
    if (outcome.kind === 'canceled') throw new AgentError('CANCELED', 'capture canceled')
    if (outcome.kind !== 'captured') {
      problem = outcome.kind === 'retry' ? outcome.reason : 'no-finger'
      continue
    }
    const fingers = group.positions.map(position =>
      outcome.fingers.find(finger => finger.position === position),
    )
    if (fingers.some(finger => finger === undefined)) {
      problem = 'finger-missing'
      continue
    }
    const found = fingers as CapturedFinger[]
    const low = found.some(
      finger => (finger.quality ?? options.quality(finger)) < plan.requestedScore,
    )
    if (!low) return found
    problem = 'low-quality'
  }
  throw new AgentError('BAD_STATE', 'the fingerprints did not reach the requested quality', {
    details: { reason: problem, step: 'capture-fingerprints' },
  })
}
