import assert from 'node:assert/strict'
import { FingerprintService } from '../../../../agent/services/fingerprint/fingerprint-service'
import type { FingerMatcher } from '../../../../agent/services/fingerprint/finger-matcher'
import type { EventPayload } from '../../../../agent/server/event-stream'
import type { RequestContext } from '../../../../agent/server/handler'
import { LeaseTable } from '../../../../agent/server/leases'
import type { Session } from '../../../../agent/server/sessions'
import { SYSTEM_CLOCK } from '../../../../drivers/core/clock'
import { AgentError, TransportError } from '../../../../drivers/core/errors'
import type {
  CaptureOutcome,
  CaptureRequest,
  FingerprintScanner,
  PreviewFrame,
  ScannerInfo,
} from '../../../../drivers/core/fingerprint'
import { NULL_LOGGER } from '../../../../drivers/core/logger'
import { decodeFingerImageRecord } from '../../../../agent/icao/biometrics'
import { v1 } from '../../../../protocol'

const DEVICE = 'fp:1'

const INFO: ScannerInfo = {
  model: 'fake',
  serialNumber: 'S1',
  firmware: '1',
  units: ['single', 'left-slap', 'right-slap', 'two-thumbs'],
  resolutionPpi: 500,
  deviceTemplates: true,
  deviceQuality: true,
  deviceMatch: false,
}

/** A scanner that answers from a script; a finger's "identity" is its template's first byte. */
class ScriptedScanner implements FingerprintScanner {
  requests: CaptureRequest[] = []
  next: (
    request: CaptureRequest,
    preview?: (frame: PreviewFrame) => void,
  ) => Promise<CaptureOutcome> = request =>
    Promise.resolve(this.hand(request.positions, position => position, 80))

  hand(
    positions: readonly number[],
    identity: (p: number) => number,
    quality: number,
  ): CaptureOutcome {
    return {
      kind: 'captured',
      metThreshold: true,
      deviceMs: 400,
      fingers: positions.map(position => ({
        position,
        width: 8,
        height: 10,
        resolutionPpi: 500,
        pixels: Buffer.alloc(80, 0x80),
        quality,
        template: Buffer.from([identity(position)]),
      })),
    }
  }
  info(): Promise<ScannerInfo> {
    return Promise.resolve(INFO)
  }
  selfTest() {
    return Promise.resolve({ passed: true, checks: { sensor: 'ok' } })
  }
  capture(request: CaptureRequest, preview?: (frame: PreviewFrame) => void) {
    this.requests.push(request)
    return this.next(request, preview)
  }
  signal(): Promise<void> {
    return Promise.resolve()
  }
}

const MATCHER: FingerMatcher = {
  threshold: 50,
  qualityMethod: 'test',
  quality: () => 42,
  extract: () => Buffer.from([0]),
  compare: (a, b) => (a[0] === b[0] ? 90 : 10),
}

function session(id: string): Session {
  return {
    id,
    routingId: Buffer.from(id),
    keyName: id,
    publicKey: '',
    keyFingerprint: '00',
    role: 'operator',
    apiLevel: 1,
    clientName: id,
    openedAt: 0,
    lastSeen: 0,
    inFlight: new Map(),
  }
}

function context(s: Session, signal = new AbortController().signal): RequestContext {
  return {
    session: s,
    routingId: s.routingId,
    requestId: 'r',
    idempotencyKey: '',
    signal,
    attachments: [],
    logger: NULL_LOGGER,
  }
}

const isCode = (code: string, reason?: string) => (error: unknown) =>
  error instanceof AgentError &&
  error.code === code &&
  (reason === undefined || error.details.reason === reason)

describe('agent/services/fingerprint (scripted scanner)', () => {
  let scanner: ScriptedScanner
  let events: { to: string; payload: EventPayload }[]
  let leases: LeaseTable
  let handlers: ReturnType<FingerprintService['handlers']>
  const me = session('operator-1')

  beforeEach(async () => {
    scanner = new ScriptedScanner()
    events = []
    leases = new LeaseTable(() => 0)
    await leases.acquire(DEVICE, me)
    const driver = { fingerprint: scanner }
    const service = new FingerprintService({
      source: { get: id => (id === DEVICE ? {} : undefined), driver: () => driver as never },
      leases,
      sessionEvents: {
        send: (to, payload) => {
          events.push({ to: to.id, payload })
          return true
        },
      },
      logger: NULL_LOGGER,
      clock: SYSTEM_CLOCK,
      matcher: MATCHER,
    })
    handlers = service.handlers()
  })

  const capture = (body: v1.ICaptureFingerprints, who = me, signal?: AbortSignal) =>
    Promise.resolve(
      handlers.captureFingerprints.run({ deviceId: DEVICE, ...body }, context(who, signal)),
    )

  it('captures a right slap with one declared missing finger, and returns a record per finger', async () => {
    const out = await capture({
      transactionId: 'tx-right',
      unit: v1.CaptureUnit.CAPTURE_UNIT_RIGHT_SLAP,
      exceptions: [
        {
          position: v1.FingerPosition.FINGER_POSITION_RIGHT_RING,
          reason: v1.ExceptionReason.EXCEPTION_REASON_BANDAGED,
        },
      ],
      count: 3,
      requestedScore: 80,
    })
    assert.deepEqual(scanner.requests[0]?.positions, [2, 3, 5])
    const result = out.result
    assert.equal(result.outcome, v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_CAPTURED)
    assert.equal(result.metThreshold, true, 'a score equal to the requested one passes')
    assert.deepEqual(
      result.fingers?.map(f => [f.position, f.status]),
      [
        [2, v1.FingerStatus.FINGER_STATUS_CAPTURED],
        [3, v1.FingerStatus.FINGER_STATUS_CAPTURED],
        [4, v1.FingerStatus.FINGER_STATUS_EXCEPTION_DECLARED],
        [5, v1.FingerStatus.FINGER_STATUS_CAPTURED],
      ],
    )
    const first = result.fingers[0]
    const record = decodeFingerImageRecord(out.attachments![(first?.recordAttachment ?? 0) - 1]!)
    assert.equal(record.fingers[0]?.position, 2)
    assert.equal(record.fingers[0].quality, 80)
    assert.equal(
      out.attachments![(first?.pngAttachment ?? 0) - 1]?.subarray(1, 4).toString(),
      'PNG',
    )
  })

  it('refuses a count that does not match the exceptions, before the device is touched', async () => {
    await assert.rejects(
      capture({
        transactionId: 'tx-bad',
        unit: v1.CaptureUnit.CAPTURE_UNIT_LEFT_SLAP,
        count: 4,
        exceptions: [
          {
            position: v1.FingerPosition.FINGER_POSITION_LEFT_INDEX,
            reason: v1.ExceptionReason.EXCEPTION_REASON_AMPUTATED,
          },
        ],
      }),
      isCode('INVALID_ARGUMENT', 'count-mismatch'),
    )
    await assert.rejects(
      capture({
        transactionId: 'tx-bad',
        unit: v1.CaptureUnit.CAPTURE_UNIT_LEFT_SLAP,
        count: 3,
        exceptions: [
          {
            position: v1.FingerPosition.FINGER_POSITION_RIGHT_INDEX,
            reason: v1.ExceptionReason.EXCEPTION_REASON_AMPUTATED,
          },
        ],
      }),
      isCode('INVALID_ARGUMENT', 'not-in-unit'),
    )
    await assert.rejects(
      capture({ transactionId: 'x', unit: v1.CaptureUnit.CAPTURE_UNIT_RIGHT_SLAP, count: 4 }),
      isCode('INVALID_ARGUMENT', 'pattern'),
    )
    assert.equal(scanner.requests.length, 0)
  })

  it('answers DEVICE_BUSY to a client capturing on a reader another client holds', async () => {
    await assert.rejects(
      capture(
        { transactionId: 'tx-other', unit: v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS, count: 2 },
        session('other'),
      ),
      isCode('DEVICE_BUSY'),
    )
  })

  it('returns the best frame at the timeout with met_threshold false, and no-finger as a value', async () => {
    scanner.next = request =>
      Promise.resolve({ ...scanner.hand(request.positions, p => p, 55), metThreshold: false })
    const best = await capture({
      transactionId: 'tx-best',
      unit: v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS,
      count: 2,
      requestedScore: 60,
    })
    assert.equal(best.result.metThreshold, false)
    assert.deepEqual(
      best.result.fingers?.map(f => f.qualityScore),
      [55, 55],
    )
    scanner.next = () => Promise.resolve({ kind: 'no-finger', deviceMs: 1000 })
    const none = await capture({
      transactionId: 'tx-none',
      unit: v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS,
      count: 2,
    })
    assert.equal(none.result.outcome, v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_NO_FINGER)
    assert.deepEqual(
      none.result.fingers?.map(f => f.status),
      [3, 3],
    )
  })

  it('retries a capture the device asks to retry, up to the request’s retries', async () => {
    let calls = 0
    scanner.next = request => {
      calls += 1
      return Promise.resolve(
        calls < 3
          ? { kind: 'retry', reason: 'too-short', deviceMs: 100 }
          : scanner.hand(request.positions, p => p, 90),
      )
    }
    const out = await capture({
      transactionId: 'tx-retry',
      unit: v1.CaptureUnit.CAPTURE_UNIT_SINGLE_FINGER,
      finger: v1.FingerPosition.FINGER_POSITION_RIGHT_INDEX,
      count: 1,
      retries: 2,
    })
    assert.equal(out.result.outcome, v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_CAPTURED)
    assert.equal(out.result.retriesUsed, 2)
  })

  it('sends preview frames with the transaction id to the capturing session only', async () => {
    scanner.next = (request, preview) => {
      for (let i = 0; i < 3; i += 1) {
        preview?.({
          sequence: i,
          width: 2,
          height: 2,
          pixels: Buffer.alloc(4),
          quality: [{ position: 2, score: 30 + i }],
        })
      }
      return Promise.resolve(scanner.hand(request.positions, p => p, 90))
    }
    await capture({
      transactionId: 'tx-preview',
      unit: v1.CaptureUnit.CAPTURE_UNIT_SINGLE_FINGER,
      finger: v1.FingerPosition.FINGER_POSITION_RIGHT_INDEX,
      count: 1,
      previewFps: 10,
    })
    await new Promise(resolve => setImmediate(resolve))
    assert.deepEqual(new Set(events.map(e => e.to)), new Set([me.id]))
    const previews = events.flatMap(e =>
      e.payload.fingerprintPreview ? [e.payload.fingerprintPreview] : [],
    )
    assert.deepEqual(
      previews.map(p => [p.transactionId, p.sequence, p.quality?.[0]?.score]),
      [
        ['tx-preview', 1, 30],
        ['tx-preview', 2, 31],
        ['tx-preview', 3, 32],
      ],
    )
  })

  it('reports the same finger twice and swapped hands within an enrolment, as values', async () => {
    // Right slap: fingers 2–5 are identities 2–5.
    await capture({
      transactionId: 'tx-r',
      unit: v1.CaptureUnit.CAPTURE_UNIT_RIGHT_SLAP,
      count: 4,
      enrolmentId: 'enr-1',
    })
    // Left slap with the hands swapped: the device sees the right hand again.
    scanner.next = request => Promise.resolve(scanner.hand(request.positions, p => p - 5, 90))
    const left = await capture({
      transactionId: 'tx-l',
      unit: v1.CaptureUnit.CAPTURE_UNIT_LEFT_SLAP,
      count: 4,
      enrolmentId: 'enr-1',
    })
    const pairs = left.result.duplicates?.map(d => [
      d.position,
      d.matchesPosition,
      d.matchesTransactionId,
    ])
    assert.deepEqual(pairs, [
      [7, 2, 'tx-r'],
      [8, 3, 'tx-r'],
      [9, 4, 'tx-r'],
      [10, 5, 'tx-r'],
    ])
    // Another enrolment is not compared with this one.
    const other = await capture({
      transactionId: 'tx-o',
      unit: v1.CaptureUnit.CAPTURE_UNIT_LEFT_SLAP,
      count: 4,
      enrolmentId: 'enr-2',
    })
    assert.deepEqual(other.result.duplicates, [])
  })

  it('cancels a running capture with CancelCapture', async () => {
    scanner.next = request =>
      new Promise(resolve => {
        request.signal?.addEventListener('abort', () => {
          resolve({ kind: 'canceled' })
        })
      })
    const running = capture({
      transactionId: 'tx-cancel',
      unit: v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS,
      count: 2,
    })
    await new Promise(resolve => setImmediate(resolve))
    await assert.rejects(
      capture({
        transactionId: 'tx-second',
        unit: v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS,
        count: 2,
      }),
      isCode('DEVICE_BUSY', 'capture-running'),
    )
    await handlers.cancelCapture.run({ deviceId: DEVICE, transactionId: 'tx-cancel' }, context(me))
    const out = await running
    assert.equal(out.result.outcome, v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_CANCELED)
  })

  it("refuses another operator's CancelCapture with PERMISSION_DENIED; a technician may cancel", async () => {
    scanner.next = request =>
      new Promise(resolve => {
        request.signal?.addEventListener('abort', () => {
          resolve({ kind: 'canceled' })
        })
      })
    const running = capture({
      transactionId: 'tx-mine',
      unit: v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS,
      count: 2,
    })
    await new Promise(resolve => setImmediate(resolve))
    const body = { deviceId: DEVICE, transactionId: 'tx-mine' }
    await assert.rejects(
      Promise.resolve().then(() =>
        handlers.cancelCapture.run(body, context(session('operator-2'))),
      ),
      isCode('PERMISSION_DENIED', 'not-capture-starter'),
    )
    assert.equal(scanner.requests.at(-1)?.signal?.aborted, false)
    const technician: Session = { ...session('technician-1'), role: 'technician' }
    await handlers.cancelCapture.run(body, context(technician))
    const out = await running
    assert.equal(out.result.outcome, v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_CANCELED)
  })

  it('answers TRANSPORT_DISCONNECTED when the reader leaves mid-capture, whichever side notices first', async () => {
    scanner.next = () =>
      Promise.reject(new TransportError('TRANSPORT_CANCELED', 'simulated HID transport closed'))
    await assert.rejects(
      capture({ transactionId: 'tx-gone', unit: v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS, count: 2 }),
      isCode('TRANSPORT_DISCONNECTED', 'device-removed'),
    )
  })
})
