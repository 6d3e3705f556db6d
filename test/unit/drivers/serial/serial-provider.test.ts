import assert from 'node:assert/strict'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SerialProvider } from '../../../../drivers/serial/serial-provider'
import { RecordingLogger } from '../../../support/recording-logger'
import { eventually, nextValue } from '../../../support/wait-for'

describe('SerialProvider', function () {
  let dir: string
  let logger: RecordingLogger
  let controller: AbortController

  beforeEach(async function () {
    dir = await mkdtemp(join(tmpdir(), 'idstation-serial-'))
    logger = new RecordingLogger()
    controller = new AbortController()
  })

  afterEach(async function () {
    controller.abort()
    await rm(dir, { recursive: true, force: true })
  })

  it('treats a failing enumeration as no system ports and warns once', async function () {
    const provider = new SerialProvider({
      logger,
      listPorts: () => Promise.reject(new Error('spawn udevadm ENOENT')),
    })
    assert.deepEqual(await provider.list(), [])
    assert.deepEqual(await provider.list(), [])
    const warnings = logger.withEvent('provider.unavailable')
    assert.equal(warnings.length, 1)
    assert.equal(warnings[0]?.level, 'warn')
  })

  it('retries a failing enumeration only every enumerationRetryMs, and logs its recovery', async function () {
    let clock = 1000
    let calls = 0
    let failing = true
    const provider = new SerialProvider({
      logger,
      paths: [join(dir, 'printer')],
      enumerationRetryMs: 30_000,
      now: () => clock,
      listPorts: () => {
        calls += 1
        return failing
          ? Promise.reject(new Error('spawn udevadm ENOENT'))
          : Promise.resolve([{ path: '/dev/ttyUSB0' }])
      },
    })
    await writeFile(join(dir, 'printer'), '')
    for (let poll = 0; poll < 5; poll += 1) {
      assert.deepEqual(
        (await provider.list()).map(info => info.path),
        [join(dir, 'printer')],
        'the configured path stays listed while enumeration fails',
      )
      clock += 500
    }
    assert.equal(calls, 1, 'four polls within 30 s did not enumerate again')
    clock = 1000 + 30_000
    failing = false
    assert.deepEqual(
      (await provider.list()).map(info => info.path),
      ['/dev/ttyUSB0', join(dir, 'printer')],
    )
    assert.equal(calls, 2)
    assert.equal(logger.withEvent('provider.recovered').length, 1)
    await provider.list()
    assert.equal(calls, 3, 'a working enumeration runs at every poll')
  })

  it('survives the real enumeration on this machine', async function () {
    const provider = new SerialProvider({ logger })
    const ports = await provider.list()
    assert.ok(Array.isArray(ports))
  })

  it('maps enumerated ports, with USB ids parsed from hex', async function () {
    const provider = new SerialProvider({
      listPorts: () =>
        Promise.resolve([
          { path: '/dev/ttyUSB0', vendorId: '0403', productId: '6001', serialNumber: 'A10' },
          { path: '/dev/ttyS0', vendorId: 'zz' },
        ]),
    })
    assert.deepEqual(await provider.list(), [
      {
        kind: 'serial',
        path: '/dev/ttyUSB0',
        vendorId: 0x0403,
        productId: 0x6001,
        serialNumber: 'A10',
        provider: 'serial',
      },
      { kind: 'serial', path: '/dev/ttyS0', provider: 'serial' },
    ])
  })

  it('lists a configured path while it exists, once even when also enumerated', async function () {
    const pty = join(dir, 'printer')
    const provider = new SerialProvider({
      paths: [pty, '/dev/ttyUSB0'],
      listPorts: () => Promise.resolve([{ path: '/dev/ttyUSB0' }]),
    })
    assert.deepEqual(
      (await provider.list()).map(info => info.path),
      ['/dev/ttyUSB0'],
    )
    await writeFile(pty, '')
    assert.deepEqual(
      (await provider.list()).map(info => info.path),
      ['/dev/ttyUSB0', pty],
    )
  })

  it('watch() reports a configured path appearing and going away', async function () {
    const pty = join(dir, 'printer')
    let listings = 0
    const provider = new SerialProvider({
      paths: [pty],
      pollIntervalMs: 10,
      listPorts: () => {
        listings += 1
        return Promise.resolve([])
      },
    })
    const changes = provider.watch(controller.signal)[Symbol.asyncIterator]()
    const attached = nextValue(changes, 2000, 'the pty to appear')
    // Only a change after the baseline listing is reported; the second listing marks its end.
    await eventually(() => listings >= 2, 2000, 'the baseline listing')
    await writeFile(pty, '')
    assert.deepEqual(await attached, {
      type: 'attached',
      info: { kind: 'serial', path: pty, provider: 'serial' },
    })
    const detached = nextValue(changes, 2000, 'the pty to go away')
    await rm(pty)
    assert.equal((await detached).type, 'detached')
  })
})
