import assert from 'node:assert/strict'
import { SYSTEM_CLOCK } from '../../../../../drivers/core/clock'
import type { DeviceStatus } from '../../../../../drivers/core/driver'
import { AgentError } from '../../../../../drivers/core/errors'
import type {
  CaptureOutcome,
  CaptureRequest,
  PreviewFrame,
} from '../../../../../drivers/core/fingerprint'
import { NULL_LOGGER } from '../../../../../drivers/core/logger'
import { R30X_DESCRIPTOR, type R30xScanner } from '../../../../../drivers/fingerprint/r30x'
import { R30xModule, type ModuleOptions } from '../../../../../simulators/fingerprint/r30x/module'
import { MemoryByteStream } from '../../../../support/memory-byte-stream'

interface Rig {
  readonly driver: R30xScanner
  readonly module: R30xModule
  readonly stream: MemoryByteStream
  /** The name of every command the module received, in order. */
  readonly commands: string[]
  /** Runs `action` once, when the module receives the named command. */
  on(command: string, action: () => void): void
}

function rig(
  options: {
    readonly module?: ModuleOptions
    readonly driver?: Record<string, unknown>
    readonly chunkSize?: number
  } = {},
): Rig {
  const stream = new MemoryByteStream(
    { kind: 'serial', path: '/dev/r30x' },
    options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize },
  )
  const commands: string[] = []
  const hooks = new Map<string, () => void>()
  const module = new R30xModule(
    bytes => {
      stream.far.write(bytes)
    },
    {
      ...options.module,
      onCommand: name => {
        commands.push(name)
        const hook = hooks.get(name)
        hooks.delete(name)
        hook?.()
      },
    },
  )
  stream.far.onData(bytes => {
    module.receive(bytes)
  })
  const driver = R30X_DESCRIPTOR.create(stream, {
    logger: NULL_LOGGER,
    clock: SYSTEM_CLOCK,
    options: { pollIntervalMs: 20, ...options.driver },
  })
  return { driver, module, stream, commands, on: (command, action) => hooks.set(command, action) }
}

function request(fields: Partial<CaptureRequest> = {}): CaptureRequest {
  return {
    unit: 'single',
    positions: [2],
    timeoutMs: 1000,
    requestedScore: 40,
    previewFps: 0,
    ...fields,
  }
}

function captured(outcome: CaptureOutcome): Extract<CaptureOutcome, { kind: 'captured' }> {
  assert.equal(outcome.kind, 'captured')
  return outcome
}

function template(outcome: CaptureOutcome): Buffer {
  const finger = captured(outcome).fingers[0]
  assert.ok(finger?.template !== undefined)
  return finger.template
}

/** An assert.rejects predicate for an AgentError with `code` and these details. */
function agentError(code: string, details: Record<string, unknown> = {}) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof AgentError, `an AgentError, not ${String(error)}`)
    assert.equal(error.code, code, error.message)
    for (const [key, value] of Object.entries(details)) assert.equal(error.details[key], value, key)
    return true
  }
}

describe('R30xScanner against the in-process module simulator', function () {
  describe('opening', function () {
    it('verifies the password, reads the parameters and reports ready', async function () {
      const { driver, commands } = rig()
      const statuses: DeviceStatus[] = []
      driver.events.on('status', status => statuses.push(status))
      await driver.open()
      assert.deepEqual(commands, ['vfy-pwd', 'read-sys-para'])
      assert.deepEqual(
        statuses.map(status => status.state),
        ['opening', 'ready'],
      )
      assert.equal(driver.id, 'r30x:/dev/r30x')
    })

    it('skips the 0x55 "ready" byte an R503 sends after power-up', async function () {
      const { driver, stream } = rig()
      await stream.open()
      stream.far.write(Uint8Array.of(0x55))
      await driver.open()
      assert.equal(driver.status().state, 'ready')
    })

    it('fails with the module confirmation when the password is wrong', async function () {
      const { driver, stream } = rig({ module: { password: 0x1234 } })
      await assert.rejects(
        driver.open(),
        agentError('DEVICE_OFFLINE', {
          confirmation: 0x13,
          confirmationName: 'wrong-password',
          instruction: 'vfy-pwd',
        }),
      )
      assert.equal(driver.status().state, 'error')
      assert.equal(stream.state, 'closed')
    })

    it('opens with the configured password and address', async function () {
      const { driver } = rig({
        module: { password: 0x1234, address: 0x12345678 },
        driver: { password: 0x1234, address: 0x12345678 },
      })
      await driver.open()
      const info = await driver.fingerprint.info()
      assert.equal(info.serialNumber, 'address-12345678')
    })

    it('times out when the module answers another address', async function () {
      const { driver } = rig({ module: { address: 1 }, driver: { replyTimeoutMs: 100 } })
      await assert.rejects(driver.open(), agentError('TRANSPORT_TIMEOUT', { step: 'vfy-pwd' }))
    })

    it('refuses invalid options with CONFIG_INVALID naming the key', function () {
      assert.throws(
        () => rig({ driver: { replyTimeoutMs: 0 } }),
        agentError('CONFIG_INVALID', { key: 'replyTimeoutMs' }),
      )
      assert.throws(
        () => rig({ driver: { password: -1 } }),
        agentError('CONFIG_INVALID', { key: 'password' }),
      )
    })

    it('refuses calls before open with DEVICE_OFFLINE not-open', async function () {
      const { driver } = rig()
      await assert.rejects(
        driver.fingerprint.info(),
        agentError('DEVICE_OFFLINE', { reason: 'not-open' }),
      )
    })
  })

  describe('once open', function () {
    let r: Rig
    beforeEach(async function () {
      r = rig()
      await r.driver.open()
    })
    afterEach(async function () {
      await r.driver.close()
    })

    it('describes the module from ReadSysPara', async function () {
      assert.deepEqual(await r.driver.fingerprint.info(), {
        model: 'R30x-family fingerprint module (ZFM protocol)',
        serialNumber: 'address-ffffffff',
        firmware: 'system-id-0009',
        units: ['single'],
        resolutionPpi: 500,
        deviceTemplates: false,
        deviceQuality: false,
        deviceMatch: true,
      })
    })

    it('passes its self-test', async function () {
      assert.deepEqual(await r.driver.fingerprint.selfTest(), {
        passed: true,
        checks: { handshake: 'ok', parameters: 'ok', password: 'verified' },
      })
    })

    it('captures a present finger: a 256 × 288 image and the module character file', async function () {
      r.module.present('alice', 2)
      const previews: PreviewFrame[] = []
      const outcome = captured(
        await r.driver.fingerprint.capture(request(), frame => previews.push(frame)),
      )
      const [finger] = outcome.fingers
      assert.ok(finger !== undefined)
      assert.equal(outcome.fingers.length, 1)
      assert.equal(outcome.metThreshold, true)
      assert.deepEqual(
        [finger.position, finger.width, finger.height, finger.resolutionPpi],
        [2, 256, 288, 500],
      )
      assert.equal(finger.pixels.length, 256 * 288)
      assert.equal(finger.quality, undefined)
      assert.equal(finger.template?.length, 512)
      // Dark ridges and white ground, every value a multiple of 17 (4-bit ×17).
      const values = [...new Set(finger.pixels)]
      assert.ok(values.some(value => value <= 102) && values.includes(255))
      assert.ok(values.every(value => value % 17 === 0))
      assert.equal(previews.length, 0)
      assert.deepEqual(r.commands.slice(2), ['gen-img', 'img2tz', 'up-image', 'up-char'])
    })

    it('delivers the captured image once as a preview when previews are asked for', async function () {
      r.module.present('alice', 2)
      const previews: PreviewFrame[] = []
      const outcome = captured(
        await r.driver.fingerprint.capture(request({ previewFps: 5 }), frame =>
          previews.push(frame),
        ),
      )
      assert.equal(previews.length, 1)
      assert.deepEqual(
        [previews[0]?.sequence, previews[0]?.width, previews[0]?.height, previews[0]?.quality],
        [0, 256, 288, []],
      )
      assert.deepEqual(previews[0]?.pixels, outcome.fingers[0]?.pixels)
    })

    it('returns the same images for the same captures, different for another finger', async function () {
      r.module.present('alice', 2)
      const first = captured(await r.driver.fingerprint.capture(request()))
      const again = captured(await r.driver.fingerprint.capture(request()))
      // Each capture places the finger anew; a second module replays the first exactly.
      assert.notDeepEqual(first.fingers[0]?.pixels, again.fingers[0]?.pixels)
      const replay = rig()
      await replay.driver.open()
      replay.module.present('alice', 2)
      const replayed = captured(await replay.driver.fingerprint.capture(request()))
      assert.deepEqual(replayed.fingers[0]?.pixels, first.fingers[0]?.pixels)
      await replay.driver.close()
      r.module.present('alice', 3)
      const other = captured(await r.driver.fingerprint.capture(request({ positions: [3] })))
      assert.notDeepEqual(first.fingers[0]?.pixels, other.fingers[0]?.pixels)
    })

    it('polls until the timeout and reports no finger', async function () {
      const outcome = await r.driver.fingerprint.capture(request({ timeoutMs: 100 }))
      assert.equal(outcome.kind, 'no-finger')
      assert.ok(outcome.deviceMs >= 100)
      const polls = r.commands.filter(name => name === 'gen-img').length
      assert.ok(polls >= 2, `${polls} polls`)
      assert.equal(r.driver.status().state, 'ready')
    })

    it('looks once with a timeout of 0', async function () {
      const outcome = await r.driver.fingerprint.capture(request({ timeoutMs: 0 }))
      assert.equal(outcome.kind, 'no-finger')
      assert.deepEqual(r.commands.slice(2), ['gen-img'])
    })

    it('takes a finger that arrives while it polls', async function () {
      r.on('gen-img', () => {
        r.module.present('bob', 2)
      })
      const outcome = captured(await r.driver.fingerprint.capture(request()))
      assert.equal(outcome.fingers[0]?.pixels.length, 256 * 288)
    })

    it('asks for a retry when the image is too poor for features', async function () {
      r.module.present('alice', 2, true)
      const outcome = await r.driver.fingerprint.capture(request())
      assert.equal(outcome.kind, 'retry')
      assert.equal(outcome.reason, 'remove-and-retry')
      assert.ok(!r.commands.includes('up-image'), 'no image upload for a poor image')
    })

    it('scores two captures of one finger high and different fingers low', async function () {
      r.module.present('alice', 2)
      const a1 = template(await r.driver.fingerprint.capture(request()))
      const a2 = template(await r.driver.fingerprint.capture(request()))
      assert.notDeepEqual(a1, a2, 'each capture has its own noise')
      r.module.present('bob', 2)
      const b = template(await r.driver.fingerprint.capture(request()))
      r.module.present('alice', 7)
      const otherFinger = template(await r.driver.fingerprint.capture(request({ positions: [7] })))
      const compare = (a: Buffer, b: Buffer): Promise<number> => r.driver.fingerprint.compare!(a, b)
      const same = await compare(a1, a2)
      assert.ok(same >= 80, `same finger ${same}`)
      assert.equal(await compare(a1, a1), 100)
      assert.ok((await compare(a1, b)) < 50)
      assert.ok((await compare(a1, otherFinger)) < 50)
      assert.deepEqual(r.commands.slice(-3), ['down-char', 'down-char', 'match'])
    })

    it('throws the module confirmation for a character file it refuses', async function () {
      r.module.present('alice', 2)
      const good = template(await r.driver.fingerprint.capture(request()))
      await assert.rejects(
        r.driver.fingerprint.compare!(Buffer.alloc(10), good),
        agentError('INVALID_ARGUMENT', {
          confirmation: 0x0c,
          confirmationName: 'invalid-template',
          instruction: 'match',
        }),
      )
      // Bytes of the right size that are not a character file just do not match.
      assert.equal(await r.driver.fingerprint.compare!(Buffer.alloc(512), good), 0)
    })

    it('refuses empty or oversized templates before sending anything', async function () {
      const before = r.commands.length
      await assert.rejects(
        r.driver.fingerprint.compare!(Buffer.alloc(0), Buffer.alloc(512)),
        agentError('INVALID_ARGUMENT', { field: 'a' }),
      )
      await assert.rejects(
        r.driver.fingerprint.compare!(Buffer.alloc(512), Buffer.alloc(5000)),
        agentError('INVALID_ARGUMENT', { field: 'b' }),
      )
      assert.equal(r.commands.length, before)
    })

    it('refuses capture requests the module cannot take', async function () {
      await assert.rejects(
        r.driver.fingerprint.capture(request({ unit: 'left-slap', positions: [7, 8, 9, 10] })),
        agentError('INVALID_ARGUMENT', { field: 'unit' }),
      )
      await assert.rejects(
        r.driver.fingerprint.capture(request({ positions: [1, 2] })),
        agentError('INVALID_ARGUMENT', { field: 'positions' }),
      )
      await assert.rejects(
        r.driver.fingerprint.capture(request({ timeoutMs: -1 })),
        agentError('INVALID_ARGUMENT', { field: 'timeoutMs' }),
      )
    })

    it('is busy for everything else while a capture runs', async function () {
      const capture = r.driver.fingerprint.capture(request({ timeoutMs: 100 }))
      assert.deepEqual(r.driver.status(), { state: 'busy', operation: 'capture' })
      await assert.rejects(r.driver.fingerprint.info(), agentError('DEVICE_BUSY'))
      await assert.rejects(r.driver.fingerprint.capture(request()), agentError('DEVICE_BUSY'))
      assert.equal((await capture).kind, 'no-finger')
      assert.equal(r.driver.status().state, 'ready')
    })

    it('resolves canceled when aborted while polling, and carries on', async function () {
      const controller = new AbortController()
      r.on('gen-img', () => {
        controller.abort()
      })
      const outcome = await r.driver.fingerprint.capture(
        request({ timeoutMs: 5000, signal: controller.signal }),
      )
      assert.deepEqual(outcome, { kind: 'canceled' })
      r.module.present('alice', 2)
      assert.equal((await r.driver.fingerprint.capture(request())).kind, 'captured')
    })

    it('resolves canceled when aborted during the image upload; the next command skips its tail', async function () {
      r.module.present('alice', 2)
      const controller = new AbortController()
      r.on('up-image', () => {
        controller.abort()
      })
      const outcome = await r.driver.fingerprint.capture(request({ signal: controller.signal }))
      assert.deepEqual(outcome, { kind: 'canceled' })
      assert.equal((await r.driver.fingerprint.info()).deviceMatch, true)
      assert.equal((await r.driver.fingerprint.capture(request())).kind, 'captured')
    })

    it('resolves canceled at once for a signal already aborted', async function () {
      const outcome = await r.driver.fingerprint.capture(request({ signal: AbortSignal.abort() }))
      assert.deepEqual(outcome, { kind: 'canceled' })
      assert.equal(r.commands.length, 2)
    })

    for (const what of ['checksum', 'header'] as const) {
      it(`throws TRANSPORT_IO bad-${what} for a corrupt reply, then recovers`, async function () {
        r.module.corruptNext(what)
        await assert.rejects(
          r.driver.fingerprint.info(),
          agentError('TRANSPORT_IO', { reason: `bad-${what}`, step: 'read-sys-para' }),
        )
        assert.equal((await r.driver.fingerprint.info()).units[0], 'single')
      })
    }

    it('throws bad-checksum for a corrupt data packet mid-image, then captures again', async function () {
      r.module.present('alice', 2)
      r.on('up-image', () => {
        // The acknowledge and 10 data packets pass, the 11th is spoiled.
        r.module.corruptNext('checksum', 11)
      })
      await assert.rejects(
        r.driver.fingerprint.capture(request()),
        agentError('TRANSPORT_IO', { reason: 'bad-checksum', step: 'up-image' }),
      )
      assert.equal(r.driver.status().state, 'ready')
      assert.equal((await r.driver.fingerprint.capture(request())).kind, 'captured')
    })

    it('times out with TRANSPORT_TIMEOUT when the module stops answering', async function () {
      const quick = rig({ driver: { replyTimeoutMs: 80 } })
      await quick.driver.open()
      quick.stream.far.mute = true
      await assert.rejects(
        quick.driver.fingerprint.info(),
        agentError('TRANSPORT_TIMEOUT', { step: 'read-sys-para' }),
      )
      quick.stream.far.mute = false
      assert.equal((await quick.driver.fingerprint.info()).deviceMatch, true)
      await quick.driver.close()
    })

    it('drops a reply that comes after its timeout, so it cannot answer the next command', async function () {
      const quick = rig({ driver: { replyTimeoutMs: 80 } })
      await quick.driver.open()
      quick.stream.far.hold = true
      await assert.rejects(
        quick.driver.fingerprint.signal({ led: 'green' }),
        agentError('TRANSPORT_TIMEOUT', { step: 'aura-led-config' }),
      )
      // The aura acknowledge (OK, no data) arrives now; taken for ReadSysPara's it is malformed.
      await quick.stream.far.release()
      assert.equal((await quick.driver.fingerprint.info()).firmware, 'system-id-0009')
      await quick.driver.close()
    })

    it('fails a capture with TRANSPORT_DISCONNECTED when the port goes away', async function () {
      r.on('gen-img', () => {
        r.stream.disconnect()
      })
      await assert.rejects(
        r.driver.fingerprint.capture(request({ timeoutMs: 5000 })),
        agentError('TRANSPORT_DISCONNECTED'),
      )
      assert.equal(r.driver.status().state, 'disconnected')
      await assert.rejects(r.driver.fingerprint.info(), agentError('TRANSPORT_DISCONNECTED'))
    })

    it('lights the aura ring', async function () {
      await r.driver.fingerprint.signal({ led: 'green', beep: 1 })
      assert.deepEqual(r.module.status().led, { control: 0x03, colour: 0x04 })
      await r.driver.fingerprint.signal({ led: 'red' })
      assert.deepEqual(r.module.status().led, { control: 0x03, colour: 0x01 })
      await r.driver.fingerprint.signal({ led: 'off' })
      assert.equal(r.module.status().led.control, 0x04)
      await r.driver.fingerprint.signal({ beep: 2 })
      assert.equal(r.commands.filter(name => name === 'aura-led-config').length, 3)
    })
  })

  it('makes signal() a no-op on a module without an aura ring', async function () {
    const { driver, commands } = rig({ module: { aura: false } })
    await driver.open()
    await driver.fingerprint.signal({ led: 'blue' })
    await driver.fingerprint.signal({ led: 'green' })
    assert.equal(commands.filter(name => name === 'aura-led-config').length, 1)
    await driver.close()
  })

  for (const packetSize of [32, 256] as const) {
    it(`captures and compares with ${packetSize}-byte data packets`, async function () {
      const { driver, module } = rig({ module: { packetSize } })
      await driver.open()
      module.present('carol', 1)
      const a = template(await driver.fingerprint.capture(request({ positions: [1] })))
      const b = template(await driver.fingerprint.capture(request({ positions: [1] })))
      assert.ok((await driver.fingerprint.compare!(a, b)) >= 80)
      await driver.close()
    })
  }

  it('reassembles packets the line splits into 7-byte reads', async function () {
    const { driver, module } = rig({ chunkSize: 7 })
    await driver.open()
    module.present('dave', 6)
    const outcome = captured(await driver.fingerprint.capture(request({ positions: [6] })))
    assert.equal(outcome.fingers[0]?.pixels.length, 256 * 288)
    await driver.close()
  })
})
