import assert from 'node:assert/strict'
import type { FingerprintScanner } from '../../../../drivers/core/fingerprint'
import { v1, type AgentEvent } from '../../../../protocol'
import { startServer, type ServerFixture } from '../../../support/agent-fixture'
import { eventually } from '../../../support/wait-for'

const SCANNER = 'fp:1'

/** A reader that shows three preview frames, then reports no finger. */
const scanner: FingerprintScanner = {
  info: () =>
    Promise.resolve({
      model: 'test',
      serialNumber: 'T-1',
      firmware: '1',
      units: ['single'],
      resolutionPpi: 500,
      deviceTemplates: false,
      deviceQuality: true,
      deviceMatch: false,
    }),
  selfTest: () => Promise.resolve({ passed: true, checks: {} }),
  capture: (_request, preview) => {
    for (let sequence = 1; sequence <= 3; sequence += 1) {
      preview?.({
        sequence,
        width: 4,
        height: 2,
        pixels: Buffer.alloc(8, 0x40 + sequence),
        quality: [{ position: 2, score: 10 * sequence }],
      })
    }
    return Promise.resolve({ kind: 'no-finger', deviceMs: 1 })
  },
  signal: () => Promise.resolve(),
}

describe('agent server: personal data reaches only its own session (ipc + CURVE)', () => {
  let fixture: ServerFixture
  let stop: AbortController

  beforeEach(async () => {
    fixture = await startServer({ events: { heartbeatIntervalMs: 100, sendHighWaterMark: 1000 } })
    fixture.source.attachScanner(SCANNER, scanner)
    stop = new AbortController()
  })
  afterEach(async () => {
    stop.abort()
    await fixture.stop()
  })

  it("sends A's fingerprint previews to A alone; B, subscribed to everything, sees none", async () => {
    const a = await fixture.connect('operator')
    const b = await fixture.connect('technician')
    const seenByB: AgentEvent[] = []
    void (async () => {
      for await (const event of b.events([''], stop.signal)) seenByB.push(event)
    })().catch(() => undefined)
    const privateToB: v1.Event[] = []
    b.onSessionEvent(event => privateToB.push(event))
    await eventually(() => seenByB.length > 0, 2000, "B's subscription to deliver a heartbeat")

    await a.claimDevice(SCANNER)
    const previews: v1.FingerprintPreview[] = []
    const { result } = await a.captureFingerprints(
      {
        deviceId: SCANNER,
        transactionId: 'tx-private',
        unit: v1.CaptureUnit.CAPTURE_UNIT_SINGLE_FINGER,
        finger: v1.FingerPosition.FINGER_POSITION_RIGHT_INDEX,
        count: 1,
        previewFps: 10,
        timeoutMs: 1000,
      },
      { onPreview: preview => previews.push(preview) },
    )
    assert.equal(result.outcome, v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_NO_FINGER)
    // The frames travel before the reply on A's own connection, so they are all here.
    assert.deepEqual(
      previews.map(p => [p.transactionId, p.sequence, p.pixels.length]),
      [
        ['tx-private', 1, 8],
        ['tx-private', 2, 8],
        ['tx-private', 3, 8],
      ],
    )
    // Events arrive in order: a heartbeat sent after the capture ended would follow any
    // preview published on the XPUB.
    const endedAt = Date.now()
    await eventually(
      () => seenByB.some(e => e.event.heartbeat && e.event.timeMs >= endedAt),
      2000,
      'a heartbeat after the capture',
    )
    assert.deepEqual(
      seenByB.filter(e => e.event.fingerprintPreview),
      [],
      'no preview on the XPUB',
    )
    assert.deepEqual(privateToB, [], 'no preview for B on its own connection')
  })
})
