import assert from 'node:assert/strict'
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { matchDriver } from '../../../../agent/services/devices/match-driver'
import { SYSTEM_CLOCK } from '../../../../drivers/core/clock'
import { AgentError } from '../../../../drivers/core/errors'
import type { CaptureOutcome, CaptureRequest } from '../../../../drivers/core/fingerprint'
import {
  isFingerprintScanner,
  type FingerprintScannerDriver,
} from '../../../../drivers/core/fingerprint'
import { NULL_LOGGER } from '../../../../drivers/core/logger'
import { DRIVERS } from '../../../../drivers/registry'
import { SerialProvider } from '../../../../drivers/serial/serial-provider'
import { startR30xSimulator, type R30xSimulatorProcess } from '../../../support/r30x-process'
import { startPtyPair, type PtyPair } from '../../../support/socat-pty'

/** What the agent does with a configured serial path: list it, match a driver, open it. */
async function openScanner(
  path: string,
  options: Readonly<Record<string, unknown>> = {},
): Promise<FingerprintScannerDriver> {
  const provider = new SerialProvider({ paths: [path], listPorts: () => Promise.resolve([]) })
  const info = (await provider.list()).find(port => port.path === path)
  assert.ok(info !== undefined, `${path} is listed`)
  const descriptor = matchDriver(info, DRIVERS)
  assert.equal(descriptor?.id, 'r30x')
  const driver = descriptor.create(await provider.open(info), {
    logger: NULL_LOGGER,
    clock: SYSTEM_CLOCK,
    options: { pollIntervalMs: 20, ...options },
  })
  assert.ok(isFingerprintScanner(driver))
  await driver.open()
  return driver
}

function request(fields: Partial<CaptureRequest> = {}): CaptureRequest {
  return {
    unit: 'single',
    positions: [2],
    timeoutMs: 2000,
    requestedScore: 0,
    previewFps: 0,
    ...fields,
  }
}

function template(outcome: CaptureOutcome): Buffer {
  assert.equal(outcome.kind, 'captured')
  const bytes = outcome.fingers[0]?.template
  assert.ok(bytes !== undefined)
  return bytes
}

function isAgentError(codes: readonly string[]) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof AgentError, `an AgentError, not ${String(error)}`)
    assert.ok(codes.includes(error.code), `${error.code}: ${error.message}`)
    return true
  }
}

describe('R30x driver over a real pty, serialport and the simulator process', function () {
  describe('simulator making its own pty (--link)', function () {
    let dir: string
    let simulator: R30xSimulatorProcess
    let driver: FingerprintScannerDriver

    beforeEach(async function () {
      dir = await mkdtemp(join(tmpdir(), 'idstation-r30x-'))
      simulator = await startR30xSimulator(['--link', join(dir, 'r30x')])
      // Long enough that only the port hanging up can end a command whose module died.
      driver = await openScanner(simulator.path, { replyTimeoutMs: 10_000 })
    })

    afterEach(async function () {
      await driver.close()
      await simulator.stop()
      await rm(dir, { recursive: true, force: true })
    })

    it('reports what the module is', async function () {
      const info = await driver.fingerprint.info()
      assert.equal(info.model, 'R30x-family fingerprint module (ZFM protocol)')
      assert.deepEqual(info.units, ['single'])
      assert.equal(info.resolutionPpi, 500)
      assert.deepEqual(
        [info.deviceTemplates, info.deviceQuality, info.deviceMatch],
        [false, false, true],
      )
      assert.equal(driver.status().state, 'ready')
    })

    it('captures a finger present on the sensor as a 256 × 288 image', async function () {
      await simulator.control({ cmd: 'present', identity: 'alice', position: 2 })
      const outcome = await driver.fingerprint.capture(request())
      assert.equal(outcome.kind, 'captured')
      const [finger] = outcome.fingers
      assert.deepEqual(
        [finger?.width, finger?.height, finger?.pixels.length],
        [256, 288, 256 * 288],
      )
      assert.equal(finger?.template?.length, 512)
    })

    it('reports no finger when none comes before the timeout', async function () {
      const outcome = await driver.fingerprint.capture(request({ timeoutMs: 150 }))
      assert.equal(outcome.kind, 'no-finger')
      assert.ok(outcome.deviceMs >= 150)
    })

    it('scores the same finger high and a different finger low on the module', async function () {
      await simulator.control({ cmd: 'present', identity: 'alice', position: 2 })
      const first = template(await driver.fingerprint.capture(request()))
      const second = template(await driver.fingerprint.capture(request()))
      await simulator.control({ cmd: 'present', identity: 'bob', position: 2 })
      const other = template(await driver.fingerprint.capture(request()))
      const same = await driver.fingerprint.compare!(first, second)
      const different = await driver.fingerprint.compare!(first, other)
      assert.ok(same >= 80, `same finger ${same}`)
      assert.ok(different < 50, `different finger ${different}`)
    })

    it('throws TRANSPORT_IO bad-checksum for a corrupted reply and carries on', async function () {
      await simulator.control({ cmd: 'corrupt-next' })
      await assert.rejects(driver.fingerprint.info(), (error: unknown) => {
        assert.ok(error instanceof AgentError)
        assert.equal(error.code, 'TRANSPORT_IO')
        assert.equal(error.details.reason, 'bad-checksum')
        return true
      })
      assert.equal((await driver.fingerprint.info()).deviceMatch, true)
    })

    it('fails a capture with TRANSPORT_DISCONNECTED when the simulator is killed mid-capture', async function () {
      // SIGKILL closes socat's stdin; socat exits and the host's pty hangs up: an unplug.
      const polling = simulator.nextCommand('gen-img')
      const capture = driver.fingerprint.capture(request({ timeoutMs: 20_000 }))
      await polling
      await simulator.stop('SIGKILL')
      await assert.rejects(capture, isAgentError(['TRANSPORT_DISCONNECTED']))
      assert.equal(driver.status().state, 'disconnected')
      await assert.rejects(driver.fingerprint.info(), isAgentError(['TRANSPORT_DISCONNECTED']))
    })
  })

  describe('simulator on one end of a socat pair (--pty)', function () {
    let pty: PtyPair
    let simulator: R30xSimulatorProcess
    let driver: FingerprintScannerDriver

    beforeEach(async function () {
      pty = await startPtyPair()
      // The host end gets a name the registry matches, as a udev rule would give it.
      const host = join(pty.dir, 'r30x')
      await symlink(pty.a, host)
      simulator = await startR30xSimulator(['--pty', pty.b])
      driver = await openScanner(host, { replyTimeoutMs: 300 })
    })

    afterEach(async function () {
      await driver.close()
      await simulator.stop()
      await pty.dispose()
    })

    it('captures and compares the same way', async function () {
      await simulator.control({ cmd: 'present', identity: 'carol', position: 7 })
      const first = template(await driver.fingerprint.capture(request({ positions: [7] })))
      const second = template(await driver.fingerprint.capture(request({ positions: [7] })))
      assert.ok((await driver.fingerprint.compare!(first, second)) >= 80)
    })

    it('times out typed when the simulator is killed mid-capture (the pty stays open)', async function () {
      const polling = simulator.nextCommand('gen-img')
      const capture = driver.fingerprint.capture(request({ timeoutMs: 10_000 }))
      await polling
      await simulator.stop('SIGKILL')
      await assert.rejects(capture, isAgentError(['TRANSPORT_TIMEOUT']))
    })
  })
})
