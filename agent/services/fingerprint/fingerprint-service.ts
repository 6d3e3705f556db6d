import type { Clock } from '../../../drivers/core/clock'
import type { DeviceDriver } from '../../../drivers/core/driver'
import { AgentError, toAgentError } from '../../../drivers/core/errors'
import {
  DEVICE_MATCH_THRESHOLD,
  isFingerprintScanner,
  type CaptureOutcome,
  type CapturedFinger,
  type FingerprintScanner,
  type ScannerInfo,
} from '../../../drivers/core/fingerprint'
import type { Logger } from '../../../drivers/core/logger'
import { v1 } from '../../../protocol'
import { fingerImageRecord } from '../../biometrics/finger-image-record'
import { encodeGreyPng } from '../../imaging/png'
import type { SessionEvents } from '../../server/session-events'
import { sessionOf, type CommandHandler, type RequestContext } from '../../server/handler'
import type { LeaseTable } from '../../server/leases'
import { requireLease } from '../../server/require-lease'
import { planCapture, type CapturePlan } from './capture-request'
import { EnrolmentStore, type EnrolledFinger } from './enrolment-store'
import type { FingerMatcher } from './finger-matcher'

export interface FingerprintServiceOptions {
  readonly source: { driver?(id: string): DeviceDriver | undefined; get(id: string): unknown }
  readonly leases: LeaseTable
  /** Preview frames are fingerprint images: they go to the capturing session alone. */
  readonly sessionEvents: Pick<SessionEvents, 'send'>
  readonly logger: Logger
  readonly clock: Clock
  readonly matcher: FingerMatcher
}

const UNITS: Readonly<Record<string, v1.CaptureUnit>> = {
  single: v1.CaptureUnit.CAPTURE_UNIT_SINGLE_FINGER,
  'left-slap': v1.CaptureUnit.CAPTURE_UNIT_LEFT_SLAP,
  'right-slap': v1.CaptureUnit.CAPTURE_UNIT_RIGHT_SLAP,
  'two-thumbs': v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS,
}

interface Running {
  readonly transactionId: string
  /** The key that started the capture: only it, or a technician, may cancel it. */
  readonly keyName: string
  readonly controller: AbortController
}

/**
 * Fingerprint readers for front-ends: info, self-test, and capture with MOSIP SBI registration
 * semantics (unit, declared exceptions against the count, requested quality, a timeout that
 * returns the best frame, retries, live preview frames to the capturing session only, an
 * explicit cancel by its own key, one capture per
 * device) plus a duplicate check within the enrolment. Images go back as ISO/IEC 19794-4
 * records and PNG previews, as reply attachments; templates stay in memory, never in a log.
 */
export class FingerprintService {
  private readonly running = new Map<string, Running>()
  private readonly enrolments: EnrolmentStore

  constructor(private readonly options: FingerprintServiceOptions) {
    this.enrolments = new EnrolmentStore(() => options.clock.monotonic())
  }

  handlers(): {
    getScannerInfo: CommandHandler<'getScannerInfo'>
    selfTestScanner: CommandHandler<'selfTestScanner'>
    captureFingerprints: CommandHandler<'captureFingerprints'>
    cancelCapture: CommandHandler<'cancelCapture'>
  } {
    return {
      getScannerInfo: {
        requiresSession: true,
        run: async (body, context) => {
          const info = await this.scanner(body.deviceId ?? '').info({ signal: context.signal })
          return { result: wireInfo(info) }
        },
      },
      selfTestScanner: {
        requiresSession: true,
        run: async (body, context) => {
          const deviceId = body.deviceId ?? ''
          requireLease(this.options.leases, deviceId, context)
          const result = await this.scanner(deviceId).selfTest({ signal: context.signal })
          return { result: { passed: result.passed, checks: { ...result.checks } } }
        },
      },
      captureFingerprints: {
        requiresSession: true,
        run: (body, context) => this.capture(body, context),
      },
      cancelCapture: {
        requiresSession: true,
        run: (body, context) => {
          const deviceId = body.deviceId ?? ''
          const running = this.running.get(deviceId)
          if (running === undefined || running.transactionId !== (body.transactionId ?? '')) {
            throw new AgentError('BAD_STATE', 'no such capture is running', {
              details: { deviceId, reason: 'no-capture' },
            })
          }
          const session = sessionOf(context)
          if (session.role !== 'technician' && session.keyName !== running.keyName) {
            throw new AgentError(
              'PERMISSION_DENIED',
              'CancelCapture is for the client that started the capture',
              { details: { deviceId, reason: 'not-capture-starter' } },
            )
          }
          running.controller.abort(new AgentError('CANCELED', 'canceled by CancelCapture'))
          return { result: {} }
        },
      },
    }
  }

  /** The reader's capability, or DEVICE_NOT_FOUND / DEVICE_UNSUPPORTED. */
  scanner(deviceId: string): FingerprintScanner {
    if (this.options.source.get(deviceId) === undefined) {
      throw new AgentError('DEVICE_NOT_FOUND', 'no device has this id', { details: { deviceId } })
    }
    const driver = this.options.source.driver?.(deviceId)
    if (driver === undefined || !isFingerprintScanner(driver)) {
      throw new AgentError('DEVICE_UNSUPPORTED', 'the device is not a fingerprint reader', {
        details: { deviceId },
      })
    }
    return driver.fingerprint
  }

  private async capture(
    body: v1.ICaptureFingerprints,
    context: RequestContext,
  ): Promise<{ result: v1.ICaptureFingerprintsResult; attachments: Buffer[] }> {
    const { clock, logger, sessionEvents } = this.options
    const session = sessionOf(context)
    const started = clock.monotonic()
    const deviceId = body.deviceId ?? ''
    const scanner = this.scanner(deviceId)
    requireLease(this.options.leases, deviceId, context)
    const plan = planCapture(body)
    if (this.running.has(deviceId)) {
      throw new AgentError('DEVICE_BUSY', 'a capture is already running on this reader', {
        details: { deviceId, reason: 'capture-running' },
      })
    }
    const controller = new AbortController()
    this.running.set(deviceId, {
      transactionId: plan.transactionId,
      keyName: session.keyName,
      controller,
    })
    const signal = AbortSignal.any([context.signal, controller.signal])
    logger.info('fingerprint capture started', {
      event: 'fingerprint.capture-started',
      deviceId,
      requestId: context.requestId,
      count: plan.positions.length,
    })
    try {
      const info = await scanner.info({ signal })
      let outcome: CaptureOutcome
      let retriesUsed = 0
      let deviceMs = 0
      let sequence = 0
      let deviceCallMs = 0
      for (;;) {
        const callStarted = clock.monotonic()
        outcome = await scanner.capture(
          {
            unit: plan.unit,
            positions: plan.positions,
            timeoutMs: plan.timeoutMs,
            requestedScore: plan.requestedScore,
            previewFps: plan.previewFps,
            signal,
          },
          frame => {
            if (plan.previewFps === 0) return
            sequence += 1
            sessionEvents.send(session, {
              fingerprintPreview: {
                deviceId,
                transactionId: plan.transactionId,
                sequence,
                width: frame.width,
                height: frame.height,
                pixels: frame.pixels,
                quality: frame.quality.map(item => ({
                  position: item.position,
                  score: item.score,
                })),
              },
            })
          },
        )
        deviceCallMs += clock.monotonic() - callStarted
        if (outcome.kind !== 'canceled') deviceMs += outcome.deviceMs
        if (outcome.kind !== 'retry' || retriesUsed >= plan.retries) break
        retriesUsed += 1
      }
      const result = await this.assemble(plan, info, scanner, deviceId, outcome)
      const agentMs = Math.round(clock.monotonic() - started)
      logger.info('fingerprint capture ended', {
        event: 'fingerprint.captured',
        deviceId,
        requestId: context.requestId,
        state: outcome.kind,
        count: result.fingers.filter(f => f.status === v1.FingerStatus.FINGER_STATUS_CAPTURED)
          .length,
        durationMs: agentMs,
      })
      if (result.duplicates.length > 0) {
        logger.info('duplicate finger in enrolment', {
          event: 'fingerprint.duplicate',
          deviceId,
          requestId: context.requestId,
          count: result.duplicates.length,
        })
      }
      return {
        result: {
          transactionId: plan.transactionId,
          outcome: result.outcome,
          metThreshold: result.metThreshold,
          fingers: result.fingers,
          duplicates: result.duplicates,
          deviceMs: Math.round(deviceMs),
          agentMs,
          retriesUsed,
          deviceCallMs: Math.round(deviceCallMs),
        },
        attachments: result.attachments,
      }
    } catch (error) {
      if (signal.aborted && context.signal.aborted) throw toAgentError(signal.reason)
      const failure = toAgentError(error)
      // Nobody here canceled: the registry closed the transport because the reader left, which
      // may beat the socket's own hang-up. The client sees one answer for an unplug either way.
      if (failure.code === 'TRANSPORT_CANCELED' && !signal.aborted) {
        throw new AgentError('TRANSPORT_DISCONNECTED', 'the reader went away during the capture', {
          details: { deviceId, reason: 'device-removed' },
          cause: failure,
        })
      }
      throw failure
    } finally {
      this.running.delete(deviceId)
    }
  }

  private async assemble(
    plan: CapturePlan,
    info: ScannerInfo,
    scanner: FingerprintScanner,
    deviceId: string,
    outcome: CaptureOutcome,
  ) {
    const { matcher } = this.options
    const fingers: v1.ICapturedFingerprint[] = []
    const attachments: Buffer[] = []
    const enrolled: EnrolledFinger[] = []
    const captured = outcome.kind === 'captured' ? outcome.fingers : []
    let metThreshold = outcome.kind === 'captured'
    for (const position of plan.unitFingers) {
      const reason = plan.exceptions.get(position)
      if (reason !== undefined) {
        fingers.push({
          position: wirePosition(position),
          status: v1.FingerStatus.FINGER_STATUS_EXCEPTION_DECLARED,
          exceptionReason: reason,
        })
        continue
      }
      const finger = captured.find(item => item.position === position)
      if (finger === undefined) {
        fingers.push({
          position: wirePosition(position),
          status: v1.FingerStatus.FINGER_STATUS_NOT_DETECTED,
        })
        metThreshold = false
        continue
      }
      const quality = finger.quality ?? matcher.quality(finger)
      // A score equal to the requested one passes (MOSIP's rule).
      if (quality < plan.requestedScore) metThreshold = false
      attachments.push(fingerImageRecord(finger, quality))
      const recordAttachment = attachments.length
      attachments.push(encodeGreyPng(finger.width, finger.height, finger.pixels))
      const pngAttachment = attachments.length
      const template = templateOf(finger, info, deviceId, matcher)
      enrolled.push({
        transactionId: plan.transactionId,
        position,
        template: template.bytes,
        comparator: template.comparator,
      })
      fingers.push({
        position: wirePosition(position),
        status: v1.FingerStatus.FINGER_STATUS_CAPTURED,
        qualityScore: Math.round(quality),
        qualityMethod: finger.quality === undefined ? matcher.qualityMethod : 'device',
        recordAttachment,
        pngAttachment,
        width: finger.width,
        height: finger.height,
        resolutionPpi: finger.resolutionPpi,
        templateSource: template.source,
      })
    }
    const duplicates =
      plan.enrolmentId === '' || enrolled.length === 0
        ? []
        : await this.duplicates(plan, enrolled, scanner)
    if (plan.enrolmentId !== '' && enrolled.length > 0) {
      this.enrolments.record(plan.enrolmentId, enrolled)
    }
    const kind =
      outcome.kind === 'captured'
        ? v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_CAPTURED
        : outcome.kind === 'canceled'
          ? v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_CANCELED
          : v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_NO_FINGER
    return { outcome: kind, metThreshold, fingers, attachments, duplicates }
  }

  /** Every new finger against the others of this capture and the enrolment's earlier ones. */
  private async duplicates(
    plan: CapturePlan,
    fresh: readonly EnrolledFinger[],
    scanner: FingerprintScanner,
  ): Promise<v1.IDuplicateFinger[]> {
    const earlier = this.enrolments
      .fingers(plan.enrolmentId)
      .filter(finger => finger.transactionId !== plan.transactionId)
    const found: v1.IDuplicateFinger[] = []
    for (const [index, finger] of fresh.entries()) {
      for (const other of [...fresh.slice(0, index), ...earlier]) {
        if (other.comparator !== finger.comparator) continue
        const iso = finger.comparator === 'iso'
        const score = iso
          ? this.options.matcher.compare(finger.template, other.template)
          : ((await scanner.compare?.(finger.template, other.template)) ?? 0)
        // Each comparison is judged by its own comparator's decision threshold.
        if (score >= (iso ? this.options.matcher.threshold : DEVICE_MATCH_THRESHOLD)) {
          found.push({
            position: wirePosition(finger.position),
            matchesPosition: wirePosition(other.position),
            matchesTransactionId: other.transactionId,
            score: Math.round(score),
          })
        }
      }
    }
    return found
  }
}

function templateOf(
  finger: CapturedFinger,
  info: ScannerInfo,
  deviceId: string,
  matcher: FingerMatcher,
): { bytes: Buffer; source: string; comparator: string } {
  if (finger.template !== undefined && info.deviceTemplates) {
    return { bytes: finger.template, source: 'device', comparator: 'iso' }
  }
  if (finger.template !== undefined && info.deviceMatch) {
    return { bytes: finger.template, source: 'device', comparator: `device:${deviceId}` }
  }
  return { bytes: matcher.extract(finger), source: 'agent', comparator: 'iso' }
}

/** ISO/IEC 19794-4 record: one plain live-scan view, uncompressed 8-bit grey. */

function wireInfo(info: ScannerInfo): v1.IGetScannerInfoResult {
  return {
    model: info.model,
    serialNumber: info.serialNumber,
    firmware: info.firmware,
    units: info.units.map(unit => UNITS[unit] ?? v1.CaptureUnit.CAPTURE_UNIT_UNSPECIFIED),
    resolutionPpi: info.resolutionPpi,
    deviceTemplates: info.deviceTemplates,
    deviceQuality: info.deviceQuality,
    deviceMatch: info.deviceMatch,
  }
}

/** ISO 19794-4 position codes 0–10 are the FingerPosition enum's numbers. */
function wirePosition(position: number): v1.FingerPosition {
  return POSITIONS[position] ?? v1.FingerPosition.FINGER_POSITION_UNKNOWN
}

const POSITIONS: readonly v1.FingerPosition[] = [
  v1.FingerPosition.FINGER_POSITION_UNKNOWN,
  v1.FingerPosition.FINGER_POSITION_RIGHT_THUMB,
  v1.FingerPosition.FINGER_POSITION_RIGHT_INDEX,
  v1.FingerPosition.FINGER_POSITION_RIGHT_MIDDLE,
  v1.FingerPosition.FINGER_POSITION_RIGHT_RING,
  v1.FingerPosition.FINGER_POSITION_RIGHT_LITTLE,
  v1.FingerPosition.FINGER_POSITION_LEFT_THUMB,
  v1.FingerPosition.FINGER_POSITION_LEFT_INDEX,
  v1.FingerPosition.FINGER_POSITION_LEFT_MIDDLE,
  v1.FingerPosition.FINGER_POSITION_LEFT_RING,
  v1.FingerPosition.FINGER_POSITION_LEFT_LITTLE,
]
