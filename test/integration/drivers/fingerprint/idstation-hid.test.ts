import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SYSTEM_CLOCK } from '../../../../drivers/core/clock'
import { AgentError } from '../../../../drivers/core/errors'
import type { CaptureRequest } from '../../../../drivers/core/fingerprint'
import { NULL_LOGGER } from '../../../../drivers/core/logger'
import {
  IDSTATION_HID_DESCRIPTOR,
  type IdstationHidScanner,
} from '../../../../drivers/fingerprint/idstation-hid'
import { DRIVERS } from '../../../../drivers/registry'
import { DirectoryProvider } from '../../../../drivers/simulated/directory-provider'
import type { PortChange, PortInfo } from '../../../../drivers/transport/types'
import {
  startFingerprintSimulator,
  type FingerprintSimulator,
} from '../../../support/fingerprint-simulator'
import { eventually, nextValue } from '../../../support/wait-for'

// The driver that ships, over the simulated seam that ships: a simulator process announced in a
// directory, found by DirectoryProvider, reached through SocketReportTransport.

// Starting a Node + tsx process takes seconds on a loaded CI machine.
const PROCESS_TIMEOUT_MS = 30_000
const CAPTURE_MS = 600

const RIGHT_FOUR: CaptureRequest = {
  unit: 'right-slap',
  positions: [2, 3, 4, 5],
  timeoutMs: 10_000,
  requestedScore: 40,
  previewFps: 15,
}

function expectCode(code: string, reason?: string): (error: unknown) => boolean {
  return error => {
    assert.ok(error instanceof AgentError, `an AgentError, got ${String(error)}`)
    assert.equal(error.code, code, error.message)
    if (reason !== undefined) assert.equal(error.details.reason, reason)
    return true
  }
}

interface Plugged {
  readonly simulator: FingerprintSimulator
  readonly driver: IdstationHidScanner
  readonly info: PortInfo
  readonly changes: AsyncIterator<PortChange>
}

class CountingProvider extends DirectoryProvider {
  listings = 0
  override async list(): Promise<readonly PortInfo[]> {
    const ports = await super.list()
    this.listings += 1
    return ports
  }
}

describe('idstation-hid driver with a simulator process', function () {
  this.timeout(4 * PROCESS_TIMEOUT_MS)
  const cleanups: (() => Promise<void>)[] = []

  /** `fingers`: the reader's finger source; 'stand-in' where no finger is imaged anyway. */
  async function plug(serial: string, fingers: 'synthetic' | 'stand-in'): Promise<Plugged> {
    const dir = await mkdtemp(join(tmpdir(), 'idstation-fp-'))
    const provider = new CountingProvider({ dir, pollIntervalMs: 50 })
    const controller = new AbortController()
    const changes = provider.watch(controller.signal)[Symbol.asyncIterator]()
    const attached = nextValue(changes, PROCESS_TIMEOUT_MS, 'the simulator to announce itself')
    await eventually(() => provider.listings >= 1, 5000, 'the baseline listing')
    const simulator = startFingerprintSimulator([
      '--dir',
      dir,
      '--name',
      'fp',
      '--kind',
      'fingerprint-scanner',
      '--serial',
      serial,
      '--capture-ms',
      String(CAPTURE_MS),
      '--fingers',
      fingers,
    ])
    const opened: { driver?: IdstationHidScanner } = {}
    cleanups.push(async () => {
      controller.abort()
      await opened.driver?.close()
      await simulator.stop('SIGKILL')
      await rm(dir, { recursive: true, force: true })
    })
    const change = await attached
    assert.equal(change.type, 'attached')
    // The registry's choice for this port is this driver.
    const matching = DRIVERS.filter(descriptor =>
      descriptor.idTable.some(
        row =>
          'vendorId' in row &&
          row.vendorId === change.info.vendorId &&
          row.productId === change.info.productId,
      ),
    )
    assert.deepEqual(matching, [IDSTATION_HID_DESCRIPTOR])
    const transport = await provider.open(change.info)
    const driver = IDSTATION_HID_DESCRIPTOR.create(transport, {
      logger: NULL_LOGGER,
      clock: SYSTEM_CLOCK,
      options: {},
    })
    opened.driver = driver
    await driver.open()
    return { simulator, driver, info: change.info, changes }
  }

  afterEach(async function () {
    for (const cleanup of cleanups.splice(0)) await cleanup()
  })

  it('answers GET_INFO, captures a right four with previews, and times out with no finger', async function () {
    const { simulator, driver } = await plug('SIM-I1', 'synthetic')
    const info = await driver.fingerprint.info()
    assert.equal(info.serialNumber, 'SIM-I1')
    assert.deepEqual(info.units, ['single', 'left-slap', 'right-slap', 'two-thumbs'])

    await simulator.control(
      { cmd: 'present', identity: 'applicant-7', profile: 'good' },
      'presented',
    )
    const arrivals: number[] = []
    const started = performance.now()
    const outcome = await driver.fingerprint.capture(RIGHT_FOUR, () => {
      arrivals.push(performance.now())
    })
    const hostMs = performance.now() - started
    assert.equal(outcome.kind, 'captured')
    assert.equal(outcome.metThreshold, true)
    assert.deepEqual(
      outcome.fingers.map(finger => finger.position),
      [2, 3, 4, 5],
    )
    assert.ok(
      outcome.fingers.every(finger => finger.pixels.length === finger.width * finger.height),
    )
    assert.ok(outcome.deviceMs >= CAPTURE_MS, `deviceMs ${outcome.deviceMs}`)
    assert.ok(hostMs >= outcome.deviceMs)
    // The previews of the whole capture, at the device's pace: at least 10 per second.
    assert.ok(arrivals.length >= 5, `${arrivals.length} previews`)
    const spanMs = (arrivals.at(-1) ?? 0) - (arrivals[0] ?? 0)
    const fps = ((arrivals.length - 1) * 1000) / spanMs
    assert.ok(fps >= 10, `${fps.toFixed(1)} previews per second`)

    await simulator.control({ cmd: 'lift' }, 'lifted')
    const ended = simulator.next(line => line.event === 'capture-ended')
    const empty = await driver.fingerprint.capture({ ...RIGHT_FOUR, timeoutMs: 500 })
    assert.equal(empty.kind, 'no-finger')
    assert.ok(empty.deviceMs >= 500)
    assert.equal((await ended).status, 'NO_FINGER')
  })

  it('fails on a corrupted report with TRANSPORT_IO bad-crc and carries on', async function () {
    const { simulator, driver } = await plug('SIM-I2', 'stand-in')
    await simulator.control({ cmd: 'corrupt-next-report' }, 'corrupt-armed')
    await assert.rejects(driver.fingerprint.info(), expectCode('TRANSPORT_IO', 'bad-crc'))
    assert.equal((await driver.fingerprint.info()).serialNumber, 'SIM-I2')
  })

  it('fails a capture with TRANSPORT_DISCONNECTED when the reader is unplugged mid-capture', async function () {
    const { simulator, driver, info, changes } = await plug('SIM-I3', 'stand-in')
    let unplugged: Promise<unknown> | undefined
    const capture = driver.fingerprint.capture(RIGHT_FOUR, () => {
      unplugged ??= simulator.control({ cmd: 'unplug' }, 'unplugging')
    })
    await assert.rejects(capture, expectCode('TRANSPORT_DISCONNECTED'))
    await unplugged
    await simulator.exited
    assert.equal(simulator.child.exitCode, 0)
    assert.deepEqual(driver.status(), { state: 'disconnected' })
    // The unplug removed the announcement: the provider reports the hot-unplug.
    assert.deepEqual(await nextValue(changes, PROCESS_TIMEOUT_MS, 'the detach'), {
      type: 'detached',
      info,
    })
  })
})
