import type { CaptureUnit } from '../../../drivers/core/fingerprint'
import { AgentError } from '../../../drivers/core/errors'
import { v1 } from '../../../protocol'

/** A CaptureFingerprints request, checked: what the device is asked for and what was declared. */
export interface CapturePlan {
  readonly transactionId: string
  readonly unit: CaptureUnit
  /** The unit's fingers, ISO positions, in order. */
  readonly unitFingers: readonly number[]
  /** The fingers to capture: the unit's less the exceptions. */
  readonly positions: readonly number[]
  readonly exceptions: ReadonlyMap<number, v1.ExceptionReason>
  readonly requestedScore: number
  readonly timeoutMs: number
  readonly previewFps: number
  readonly enrolmentId: string
  readonly retries: number
}

const UNITS: Readonly<Record<number, { unit: CaptureUnit; fingers: readonly number[] }>> = {
  [v1.CaptureUnit.CAPTURE_UNIT_LEFT_SLAP]: { unit: 'left-slap', fingers: [7, 8, 9, 10] },
  [v1.CaptureUnit.CAPTURE_UNIT_RIGHT_SLAP]: { unit: 'right-slap', fingers: [2, 3, 4, 5] },
  [v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS]: { unit: 'two-thumbs', fingers: [1, 6] },
}

const TRANSACTION_ID = /^[A-Za-z0-9-]{4,50}$/
const ENROLMENT_ID = /^[A-Za-z0-9-]{0,50}$/
const DEFAULT_TIMEOUT_MS = 10_000
const MAX_TIMEOUT_MS = 300_000
const MAX_PREVIEW_FPS = 30
const MAX_RETRIES = 5

function invalid(field: string, reason: string, message: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', message, { details: { field, reason } })
}

/**
 * Checks a capture request the way MOSIP SBI checks RCAPTURE: the unit and its fingers, every
 * exception inside the unit and declared once, `count` equal to the fingers left (MOSIP
 * 109/113/116), a score 0–100, a bounded timeout and preview rate. INVALID_ARGUMENT names the
 * field; nothing reaches the device before this passes.
 */
export function planCapture(body: v1.ICaptureFingerprints): CapturePlan {
  const transactionId = body.transactionId ?? ''
  if (!TRANSACTION_ID.test(transactionId)) {
    throw invalid('transaction_id', 'pattern', 'transaction_id must be 4–50 of A-Z a-z 0-9 -')
  }
  const unitCode = body.unit ?? v1.CaptureUnit.CAPTURE_UNIT_UNSPECIFIED
  let unit: CaptureUnit
  let unitFingers: readonly number[]
  if (unitCode === v1.CaptureUnit.CAPTURE_UNIT_SINGLE_FINGER) {
    // The enum's numbers are the ISO 19794-4 position codes.
    const finger: number = body.finger ?? 0
    if (finger < 1 || finger > 10) {
      throw invalid('finger', 'required', 'SINGLE_FINGER needs the finger position (1–10)')
    }
    unit = 'single'
    unitFingers = [finger]
  } else {
    const known = UNITS[unitCode]
    if (known === undefined) throw invalid('unit', 'unspecified', 'name the capture unit')
    unit = known.unit
    unitFingers = known.fingers
  }
  const exceptions = new Map<number, v1.ExceptionReason>()
  for (const exception of body.exceptions ?? []) {
    const position: number = exception.position ?? 0
    if (!unitFingers.includes(position)) {
      throw invalid('exceptions', 'not-in-unit', 'an exception names a finger outside the unit')
    }
    if (exceptions.has(position)) {
      throw invalid('exceptions', 'duplicate', 'a finger is declared missing twice')
    }
    const reason = exception.reason ?? v1.ExceptionReason.EXCEPTION_REASON_UNSPECIFIED
    if (reason === v1.ExceptionReason.EXCEPTION_REASON_UNSPECIFIED) {
      throw invalid('exceptions', 'no-reason', 'an exception needs its reason')
    }
    exceptions.set(position, reason)
  }
  const positions = unitFingers.filter(position => !exceptions.has(position))
  if ((body.count ?? 0) !== positions.length) {
    throw invalid(
      'count',
      'count-mismatch',
      `count must be the unit's ${unitFingers.length} fingers less ${exceptions.size} exception(s): ${positions.length}`,
    )
  }
  if (positions.length === 0) {
    throw invalid('exceptions', 'nothing-to-capture', 'every finger of the unit is an exception')
  }
  const requestedScore = body.requestedScore ?? 0
  if (requestedScore > 100) throw invalid('requested_score', 'range', 'requested_score is 0–100')
  const timeoutMs = body.timeoutMs || DEFAULT_TIMEOUT_MS
  if (timeoutMs > MAX_TIMEOUT_MS) {
    throw invalid('timeout_ms', 'range', `timeout_ms is at most ${MAX_TIMEOUT_MS}`)
  }
  const previewFps = body.previewFps ?? 0
  if (previewFps > MAX_PREVIEW_FPS) {
    throw invalid('preview_fps', 'range', `preview_fps is at most ${MAX_PREVIEW_FPS}`)
  }
  const enrolmentId = body.enrolmentId ?? ''
  if (!ENROLMENT_ID.test(enrolmentId)) {
    throw invalid('enrolment_id', 'pattern', 'enrolment_id is up to 50 of A-Z a-z 0-9 -')
  }
  const retries = body.retries ?? 0
  if (retries > MAX_RETRIES) throw invalid('retries', 'range', `retries is at most ${MAX_RETRIES}`)
  return {
    transactionId,
    unit,
    unitFingers,
    positions,
    exceptions,
    requestedScore,
    timeoutMs,
    previewFps,
    enrolmentId,
    retries,
  }
}
