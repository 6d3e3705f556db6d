import assert from 'node:assert/strict'
import type { Device } from 'node-hid'
import { HidProvider } from '../../../../drivers/hid/hid-provider'
import type { PortChange } from '../../../../drivers/transport/types'
import { RecordingLogger } from '../../../support/recording-logger'
import { nextValue, withTimeout } from '../../../support/wait-for'

function device(path: string | undefined, extra: Partial<Device> = {}): Device {
  return { vendorId: 0x1209, productId: 0x4944, release: 1, interface: 0, path, ...extra }
}

describe('HidProvider', function () {
  let devices: Device[]
  let failing: boolean
  let listings: number
  let controller: AbortController
  const logger = new RecordingLogger()

  function provider(): HidProvider {
    return new HidProvider({
      pollIntervalMs: 5,
      logger,
      listDevices: () => {
        listings += 1
        return failing ? Promise.reject(new Error('hidapi failed')) : Promise.resolve([...devices])
      },
    })
  }

  beforeEach(function () {
    devices = []
    failing = false
    listings = 0
    logger.records.length = 0
    controller = new AbortController()
  })

  afterEach(function () {
    controller.abort()
  })

  it('maps node-hid devices to PortInfo and skips devices without a path', async function () {
    devices = [
      device('/dev/hidraw0', { serialNumber: 'S1', product: 'Reader', manufacturer: 'X' }),
      device(undefined),
      device('/dev/hidraw1', { serialNumber: '' }),
    ]
    assert.deepEqual(await provider().list(), [
      {
        kind: 'hid',
        path: '/dev/hidraw0',
        vendorId: 0x1209,
        productId: 0x4944,
        serialNumber: 'S1',
        product: 'Reader',
        provider: 'hid',
      },
      { kind: 'hid', path: '/dev/hidraw1', vendorId: 0x1209, productId: 0x4944, provider: 'hid' },
    ])
  })

  it('yields only changes after watch() starts, detachments by path', async function () {
    devices = [device('/dev/hidraw0')]
    const changes = provider().watch(controller.signal)[Symbol.asyncIterator]()
    const first = nextValue(changes, 2000, 'attach of hidraw1')
    // Let the baseline listing happen before the change, so hidraw0 must not be reported.
    while (listings < 2) await new Promise(resolve => setImmediate(resolve))
    devices = [device('/dev/hidraw0'), device('/dev/hidraw1')]
    const attached: PortChange = await first
    assert.equal(attached.type, 'attached')
    assert.equal(attached.info.path, '/dev/hidraw1')

    devices = [device('/dev/hidraw1')]
    const detached = await nextValue(changes, 2000, 'detach of hidraw0')
    assert.deepEqual([detached.type, detached.info.path], ['detached', '/dev/hidraw0'])
  })

  it('keeps the last snapshot while listing fails and logs the failure once', async function () {
    devices = [device('/dev/hidraw0')]
    const changes = provider().watch(controller.signal)[Symbol.asyncIterator]()
    const next = nextValue(changes, 2000, 'detach after recovery')
    while (listings < 1) await new Promise(resolve => setImmediate(resolve))
    failing = true
    const failedFrom = listings
    while (listings < failedFrom + 3) await new Promise(resolve => setImmediate(resolve))
    devices = []
    failing = false
    const change = await next
    assert.deepEqual([change.type, change.info.path], ['detached', '/dev/hidraw0'])
    assert.equal(logger.withEvent('provider.unavailable').length, 1)
    assert.equal(logger.withEvent('provider.recovered').length, 1)
  })

  it('ends the iteration when the signal aborts', async function () {
    const changes = provider().watch(controller.signal)[Symbol.asyncIterator]()
    const pending = changes.next()
    controller.abort()
    const result = await withTimeout(pending, 2000, 'the end of the watch')
    assert.equal(result.done, true)
  })
})
