import assert from 'node:assert/strict'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SYSTEM_CLOCK } from '../../../../../drivers/core/clock'
import type { DeviceStatus } from '../../../../../drivers/core/driver'
import { AgentError } from '../../../../../drivers/core/errors'
import type {
  CaptureOutcome,
  CaptureRequest,
  PreviewFrame,
} from '../../../../../drivers/core/fingerprint'
import { NULL_LOGGER } from '../../../../../drivers/core/logger'
import {
  IDSTATION_HID_DESCRIPTOR,
  type IdstationHidScanner,
} from '../../../../../drivers/fingerprint/idstation-hid'
import { SocketReportTransport } from '../../../../../drivers/simulated/socket-report-transport'
import type { PortInfo } from '../../../../../drivers/transport/types'
import {
  ECHO_DEVICE,
  serveReports,
  type ReportServer,
} from '../../../../../simulators/device/report-server'
import {
  HidFingerprintDevice,
  type CaptureEnded,
} from '../../../../../simulators/fingerprint/hid-device'
import { waitForEvent } from '../../../../support/wait-for'

// The driver against the virtual reader's state machine, in this process, through the real
// simulated seam (SocketReportTransport ↔ report server on a Unix socket), so a test can reach
// the platen and the faults directly and wait on the device's own events.

const CAPTURE_MS = 60
const INFO: PortInfo = {
  kind: 'hid',
  path: 'simulated:component',
  vendorId: 0x1209,
  productId: 0x4944,
  serialNumber: 'SIM-C1',
  provider: 'simulated',
}

const RIGHT_FOUR: CaptureRequest = {
  unit: 'right-slap',
  positions: [2, 3, 4, 5],
  timeoutMs: 5000,
  requestedScore: 40,
  previewFps: 20,
}

function expectCode(code: string, reason?: string): (error: unknown) => boolean {
  return error => {
    assert.ok(error instanceof AgentError, `an AgentError, got ${String(error)}`)
    assert.equal(error.code, code, error.message)
    if (reason !== undefined) assert.equal(error.details.reason, reason)
    return true
  }
}

function captured(outcome: CaptureOutcome): Extract<CaptureOutcome, { kind: 'captured' }> {
  assert.equal(outcome.kind, 'captured')
  return outcome
}

describe('idstation-hid driver against the virtual reader', function () {
  let dir: string
  let device: HidFingerprintDevice
  let server: ReportServer
  let socketPath: string
  const drivers: IdstationHidScanner[] = []

  async function connect(): Promise<IdstationHidScanner> {
    const transport = new SocketReportTransport(INFO, socketPath)
    const driver = IDSTATION_HID_DESCRIPTOR.create(transport, {
      logger: NULL_LOGGER,
      clock: SYSTEM_CLOCK,
      options: {},
    })
    drivers.push(driver)
    await driver.open()
    return driver
  }

  /** Runs `action` once, on the first preview frame of the capture it observes. */
  function onFirstPreview(action: () => void): (frame: PreviewFrame) => void {
    let done = false
    return () => {
      if (done) return
      done = true
      action()
    }
  }

  beforeEach(async function () {
    dir = await mkdtemp(join(tmpdir(), 'idstation-hid-'))
    socketPath = join(dir, 'reader.sock')
    device = new HidFingerprintDevice({ serialNumber: 'SIM-C1', captureMs: CAPTURE_MS })
    server = serveReports(device)
    server.listen(socketPath)
    await once(server, 'listening')
  })

  afterEach(async function () {
    for (const driver of drivers.splice(0)) await driver.close()
    device.stop()
    server.dropConnections()
    server.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('opens with GET_INFO and reports what the reader can do', async function () {
    const driver = await connect()
    assert.deepEqual(driver.status(), { state: 'ready' })
    assert.equal(driver.id, 'idstation-virtual-fingerprint:SIM-C1')
    assert.deepEqual(await driver.fingerprint.info(), {
      model: 'IDS-FP4',
      serialNumber: 'SIM-C1',
      firmware: '1.0.0',
      units: ['single', 'left-slap', 'right-slap', 'two-thumbs'],
      resolutionPpi: 500,
      deviceTemplates: true,
      deviceQuality: true,
      deviceMatch: false,
    })
  })

  it('captures a right four with previews, images, qualities and templates', async function () {
    const driver = await connect()
    device.present('applicant-7', 'good')
    const previews: PreviewFrame[] = []
    const statuses: DeviceStatus[] = []
    driver.events.on('status', status => statuses.push(status))
    const outcome = captured(
      await driver.fingerprint.capture(RIGHT_FOUR, frame => previews.push(frame)),
    )
    assert.equal(outcome.metThreshold, true)
    assert.ok(outcome.deviceMs >= CAPTURE_MS, `deviceMs ${outcome.deviceMs}`)
    assert.deepEqual(
      outcome.fingers.map(finger => finger.position),
      [2, 3, 4, 5],
    )
    for (const finger of outcome.fingers) {
      assert.equal(finger.pixels.length, finger.width * finger.height)
      assert.equal(finger.resolutionPpi, 500)
      assert.ok((finger.quality ?? 0) >= 40)
      assert.equal(finger.template?.subarray(0, 4).toString('latin1'), 'FMR\0')
      // The record names the position it was captured as.
      assert.equal(finger.template[24], finger.position)
    }
    assert.ok(previews.length >= 1)
    const [first] = previews
    assert.equal(first?.width, 96)
    assert.equal(first.height, 80)
    assert.equal(first.pixels.length, 96 * 80)
    assert.deepEqual(
      first.quality.map(entry => entry.position),
      [2, 3, 4, 5],
    )
    assert.deepEqual(
      previews.map(frame => frame.sequence),
      previews.map((_, index) => index),
    )
    assert.deepEqual(statuses, [{ state: 'busy', operation: 'capture' }, { state: 'ready' }])
  })

  it('waits for a finger that arrives during the capture', async function () {
    const driver = await connect()
    const outcome = await driver.fingerprint.capture(
      { unit: 'single', positions: [7], timeoutMs: 5000, requestedScore: 40, previewFps: 10 },
      onFirstPreview(() => {
        device.present('applicant-3')
      }),
    )
    assert.deepEqual(
      captured(outcome).fingers.map(finger => finger.position),
      [7],
    )
  })

  it('ends with no-finger when nothing touches the platen before the timeout', async function () {
    const driver = await connect()
    const outcome = await driver.fingerprint.capture({ ...RIGHT_FOUR, timeoutMs: 150 })
    assert.equal(outcome.kind, 'no-finger')
    assert.ok(outcome.deviceMs >= 150)
  })

  it('returns the best frame at the timeout when the score is never reached', async function () {
    const driver = await connect()
    device.present('applicant-7', 'poor')
    const outcome = captured(
      await driver.fingerprint.capture({ ...RIGHT_FOUR, timeoutMs: 200, previewFps: 0 }),
    )
    assert.equal(outcome.metThreshold, false)
    assert.ok(outcome.fingers.every(finger => (finger.quality ?? 100) < 40))
    assert.ok(outcome.deviceMs >= 200)
  })

  it('reports scripted retries as values and a sensor error as DEVICE_OFFLINE', async function () {
    const driver = await connect()
    device.present('applicant-7')
    device.fault('retry-too-short')
    device.fault('retry-center-finger')
    device.fault('error')
    const single: CaptureRequest = { ...RIGHT_FOUR, unit: 'single', positions: [2] }
    const tooShort = await driver.fingerprint.capture(single)
    assert.equal(tooShort.kind === 'retry' && tooShort.reason, 'too-short')
    const centre = await driver.fingerprint.capture(single)
    assert.equal(centre.kind === 'retry' && centre.reason, 'center-finger')
    // An armed sensor error also shows in the self-test.
    const selfTest = await driver.fingerprint.selfTest()
    assert.equal(selfTest.passed, false)
    assert.equal(selfTest.checks.sensor, 'error')
    await assert.rejects(
      driver.fingerprint.capture(single),
      expectCode('DEVICE_OFFLINE', 'sensor-error'),
    )
    assert.deepEqual(await driver.fingerprint.selfTest(), {
      passed: true,
      checks: { sensor: 'ok', led: 'ok', firmware: '1.0.0' },
    })
    assert.equal((await driver.fingerprint.capture(single)).kind, 'captured')
  })

  it('sends CANCEL when the signal aborts and resolves canceled', async function () {
    const driver = await connect()
    const controller = new AbortController()
    const ended = waitForEvent<[CaptureEnded]>(device.events, 'capture-ended')
    const outcome = await driver.fingerprint.capture(
      { ...RIGHT_FOUR, signal: controller.signal },
      onFirstPreview(() => {
        controller.abort()
      }),
    )
    assert.deepEqual(outcome, { kind: 'canceled' })
    assert.equal((await ended)[0].status, 'CANCELED')
    assert.equal((await driver.fingerprint.info()).serialNumber, 'SIM-C1')
    // Already aborted: nothing is sent.
    const aborted = { ...RIGHT_FOUR, signal: AbortSignal.abort() }
    assert.deepEqual(await driver.fingerprint.capture(aborted), { kind: 'canceled' })
  })

  it('fails a command with TRANSPORT_IO bad-crc on a corrupted report, then resynchronises', async function () {
    const driver = await connect()
    device.corruptNextReport()
    await assert.rejects(driver.fingerprint.info(), expectCode('TRANSPORT_IO', 'bad-crc'))
    assert.equal((await driver.fingerprint.info()).model, 'IDS-FP4')
  })

  it('fails a capture on a corrupted preview and stops the reader with CANCEL', async function () {
    const driver = await connect()
    const ended = waitForEvent<[CaptureEnded]>(device.events, 'capture-ended')
    await assert.rejects(
      driver.fingerprint.capture(
        RIGHT_FOUR,
        onFirstPreview(() => {
          device.corruptNextReport()
        }),
      ),
      expectCode('TRANSPORT_IO', 'bad-crc'),
    )
    assert.equal((await ended)[0].status, 'CANCELED')
    device.present('applicant-7')
    assert.equal((await driver.fingerprint.capture(RIGHT_FOUR)).kind, 'captured')
  })

  it('fails a corrupted result with bad-crc and drops the rest of the upload', async function () {
    const driver = await connect()
    device.present('applicant-7')
    // No previews: the next report after the start is the CAPTURE_RESULT, then its chunks follow.
    const capture = driver.fingerprint.capture({ ...RIGHT_FOUR, previewFps: 0 })
    await waitForEvent(device.events, 'capture-started')
    device.corruptNextReport()
    await assert.rejects(capture, expectCode('TRANSPORT_IO', 'bad-crc'))
    assert.equal((await driver.fingerprint.info()).model, 'IDS-FP4')
  })

  it('is busy for a second capture or command while one capture runs', async function () {
    const driver = await connect()
    const controller = new AbortController()
    let checked: Promise<void> | undefined
    const outcome = await driver.fingerprint.capture(
      { ...RIGHT_FOUR, signal: controller.signal },
      onFirstPreview(() => {
        checked = (async () => {
          await assert.rejects(driver.fingerprint.capture(RIGHT_FOUR), expectCode('DEVICE_BUSY'))
          await assert.rejects(driver.fingerprint.info(), expectCode('DEVICE_BUSY'))
          await assert.rejects(driver.fingerprint.selfTest(), expectCode('DEVICE_BUSY'))
          await assert.rejects(
            driver.fingerprint.signal({ led: 'green' }),
            expectCode('DEVICE_BUSY'),
          )
        })().finally(() => {
          controller.abort()
        })
      }),
    )
    await checked
    assert.equal(outcome.kind, 'canceled')
  })

  it('maps the reader answering BUSY to another host to DEVICE_BUSY', async function () {
    const first = await connect()
    const second = await connect()
    const controller = new AbortController()
    let checked: Promise<void> | undefined
    await first.fingerprint.capture(
      { ...RIGHT_FOUR, signal: controller.signal },
      onFirstPreview(() => {
        checked = (async () => {
          await assert.rejects(second.fingerprint.info(), expectCode('DEVICE_BUSY'))
          await assert.rejects(second.fingerprint.capture(RIGHT_FOUR), expectCode('DEVICE_BUSY'))
        })().finally(() => {
          controller.abort()
        })
      }),
    )
    await checked
    assert.equal((await second.fingerprint.info()).model, 'IDS-FP4')
  })

  it('fails a capture with TRANSPORT_DISCONNECTED when the reader is unplugged', async function () {
    const driver = await connect()
    const disconnected = waitForEvent<[DeviceStatus]>(
      driver.events,
      'status',
      status => status.state === 'disconnected',
    )
    await assert.rejects(
      driver.fingerprint.capture(
        RIGHT_FOUR,
        onFirstPreview(() => {
          server.dropConnections()
        }),
      ),
      expectCode('TRANSPORT_DISCONNECTED'),
    )
    await disconnected
    assert.deepEqual(driver.status(), { state: 'disconnected' })
    await assert.rejects(driver.fingerprint.info(), expectCode('TRANSPORT_DISCONNECTED'))
  })

  it('times out on a sleeping reader and drops its late answer', async function () {
    const driver = await connect()
    device.fault('sleep', 300)
    await assert.rejects(
      driver.fingerprint.info({ timeoutMs: 50 }),
      expectCode('TRANSPORT_TIMEOUT'),
    )
    // Held until the reader wakes, answered after the stale one, which is dropped.
    assert.equal((await driver.fingerprint.info()).serialNumber, 'SIM-C1')
  })

  it('images the other hand when the hands are swapped', async function () {
    const driver = await connect()
    device.present('applicant-9')
    const left = captured(
      await driver.fingerprint.capture({ ...RIGHT_FOUR, unit: 'left-slap', positions: [7, 8] }),
    )
    device.swapHands(true)
    const right = captured(await driver.fingerprint.capture({ ...RIGHT_FOUR, positions: [2, 3] }))
    const minutiae = (template: Buffer | undefined): Buffer | undefined =>
      template?.subarray(24 + 4)
    assert.deepEqual(
      right.fingers.map(finger => finger.position),
      [2, 3],
    )
    // Recorded as 2 and 3, but the same minutiae as the left 7 and 8 captured before.
    assert.deepEqual(minutiae(right.fingers[0]?.template), minutiae(left.fingers[0]?.template))
    assert.deepEqual(minutiae(right.fingers[1]?.template), minutiae(left.fingers[1]?.template))
    device.swapHands(false)
    const straight = captured(await driver.fingerprint.capture({ ...RIGHT_FOUR, positions: [2] }))
    assert.notDeepEqual(
      minutiae(straight.fingers[0]?.template),
      minutiae(left.fingers[0]?.template),
    )
  })

  it('sets the LED and beeps', async function () {
    const driver = await connect()
    const led = waitForEvent<[string]>(device.events, 'led')
    const beep = waitForEvent<[number]>(device.events, 'beep')
    await driver.fingerprint.signal({ led: 'green', beep: 2 })
    assert.deepEqual(await led, ['green'])
    assert.deepEqual(await beep, [2])
  })

  it('refuses requests out of range before sending anything', async function () {
    const driver = await connect()
    const refused: CaptureRequest[] = [
      { ...RIGHT_FOUR, positions: [7] },
      { ...RIGHT_FOUR, positions: [] },
      { ...RIGHT_FOUR, positions: [2, 2] },
      { ...RIGHT_FOUR, unit: 'single', positions: [1, 2] },
      { ...RIGHT_FOUR, timeoutMs: 0 },
      { ...RIGHT_FOUR, requestedScore: 101 },
      { ...RIGHT_FOUR, previewFps: 31 },
    ]
    for (const request of refused) {
      await assert.rejects(driver.fingerprint.capture(request), expectCode('INVALID_ARGUMENT'))
    }
    await assert.rejects(driver.fingerprint.signal({ beep: 11 }), expectCode('INVALID_ARGUMENT'))
    device.present('applicant-7')
    assert.equal((await driver.fingerprint.capture(RIGHT_FOUR)).kind, 'captured')
  })

  it('fails to open a device that does not speak the protocol, with the reason', async function () {
    const echoPath = join(dir, 'echo.sock')
    const echo = serveReports(ECHO_DEVICE)
    echo.listen(echoPath)
    await once(echo, 'listening')
    try {
      const driver = IDSTATION_HID_DESCRIPTOR.create(new SocketReportTransport(INFO, echoPath), {
        logger: NULL_LOGGER,
        clock: SYSTEM_CLOCK,
        options: {},
      })
      // The echoed GET_INFO is 65 bytes: not an input report of this protocol.
      await assert.rejects(driver.open(), expectCode('TRANSPORT_IO', 'malformed'))
      assert.deepEqual(driver.status(), {
        state: 'error',
        code: 'TRANSPORT_IO',
        message: 'report of 65 bytes, not 64',
      })
    } finally {
      echo.dropConnections()
      echo.close()
    }
  })

  it('validates its configuration slice and its transport', function () {
    const create = (options: Record<string, unknown>) =>
      IDSTATION_HID_DESCRIPTOR.create(new SocketReportTransport(INFO, socketPath), {
        logger: NULL_LOGGER,
        clock: SYSTEM_CLOCK,
        options,
      })
    assert.throws(() => create({ commandTimeoutMs: 0 }), expectCode('CONFIG_INVALID'))
    assert.throws(() => create({ captureGraceMs: '5s' }), expectCode('CONFIG_INVALID'))
    assert.equal(create({ commandTimeoutMs: 500, captureGraceMs: 1000 }).status().state, 'closed')
    // Only the kind is looked at before refusing.
    const serial = { kind: 'serial', info: INFO }
    assert.throws(
      () =>
        IDSTATION_HID_DESCRIPTOR.create(serial as never, {
          logger: NULL_LOGGER,
          clock: SYSTEM_CLOCK,
          options: {},
        }),
      expectCode('INTERNAL'),
    )
  })

  it('gives a capture aborted while queued behind another command back as canceled', async function () {
    const driver = await connect()
    device.fault('sleep', 100)
    const controller = new AbortController()
    const selfTest = driver.fingerprint.selfTest()
    const capture = driver.fingerprint.capture({ ...RIGHT_FOUR, signal: controller.signal })
    controller.abort()
    assert.deepEqual(await capture, { kind: 'canceled' })
    assert.equal((await selfTest).passed, true)
    assert.equal(device.describe().capturing, false)
  })
})
