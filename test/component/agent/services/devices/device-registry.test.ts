import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import {
  DeviceRegistry,
  type DeviceRegistryOptions,
  type RegistryEvent,
} from '../../../../../agent/services/devices/device-registry'
import { BasicDevice } from '../../../../../drivers/core/basic-device'
import type {
  DeviceDriver,
  DeviceDriverEvents,
  DeviceStatus,
  DriverContext,
  DriverDescriptor,
} from '../../../../../drivers/core/driver'
import { TransportError } from '../../../../../drivers/core/errors'
import type { CloseReason } from '../../../../../drivers/transport/close-reason'
import type { AnyTransport, PortInfo } from '../../../../../drivers/transport/types'
import { MemoryProvider } from '../../../../support/memory-provider'
import { RecordingLogger } from '../../../../support/recording-logger'
import { eventually, waitForEvent } from '../../../../support/wait-for'

const SCANNER: PortInfo = {
  kind: 'hid',
  path: '/dev/hidraw3',
  vendorId: 0x1209,
  productId: 0x4944,
  serialNumber: 'FP-0001',
  product: 'idstation virtual fingerprint reader',
}
const READER: PortInfo = { kind: 'pcsc', path: 'Virtual PCD 00 00' }
const KEYBOARD: PortInfo = {
  kind: 'hid',
  path: '/dev/hidraw9',
  vendorId: 0x046d,
  productId: 0xc31c,
  serialNumber: 'KB-SECRET-123',
  product: 'USB Keyboard',
}

/** A driver whose status the test sets directly; it records the context it was given. */
class ScriptedDriver implements DeviceDriver {
  readonly id: string
  readonly info: PortInfo
  readonly events = new EventEmitter<DeviceDriverEvents>()
  current: DeviceStatus = { state: 'closed' }
  closed = 0
  readonly closeReasons: (CloseReason | undefined)[] = []

  constructor(
    readonly descriptor: DriverDescriptor,
    transport: AnyTransport,
    readonly context: DriverContext,
  ) {
    this.info = transport.info
    this.id = `${descriptor.id}:${transport.info.path}`
  }
  /** Emits even when unchanged: the registry must not pass repeats on. */
  emit(status: DeviceStatus): void {
    this.current = status
    this.events.emit('status', status)
  }
  open(): Promise<void> {
    this.emit({ state: 'ready' })
    return Promise.resolve()
  }
  close(reason?: CloseReason): Promise<void> {
    this.closed += 1
    this.closeReasons.push(reason)
    return Promise.resolve()
  }
  status(): DeviceStatus {
    return this.current
  }
}

const FINGERPRINT_DRIVER: DriverDescriptor = {
  id: 'test-fingerprint',
  fullName: 'Test fingerprint reader',
  kind: 'fingerprint-scanner',
  transport: 'hid',
  idTable: [{ vendorId: 0x1209, productId: 0x4944 }],
  create: (transport, context) => new BasicDevice(FINGERPRINT_DRIVER, transport, context),
}
const drivers: ScriptedDriver[] = []
const READER_DRIVER: DriverDescriptor = {
  id: 'test-reader',
  fullName: 'Test reader',
  kind: 'card-encoder',
  transport: 'pcsc',
  idTable: [{ readerName: /^Virtual PCD/ }],
  create: (transport, context) => {
    const driver = new ScriptedDriver(READER_DRIVER, transport, context)
    drivers.push(driver)
    return driver
  },
}

describe('DeviceRegistry', function () {
  let provider: MemoryProvider
  let logger: RecordingLogger
  let registry: DeviceRegistry
  let changes: RegistryEvent[]

  function makeRegistry(options: Partial<DeviceRegistryOptions> = {}): DeviceRegistry {
    registry = new DeviceRegistry({
      providers: [provider],
      drivers: [FINGERPRINT_DRIVER, READER_DRIVER],
      logger,
      watchRestartDelayMs: 10,
      ...options,
    })
    registry.events.on('change', event => changes.push(event))
    return registry
  }

  function summaryOf(event: RegistryEvent): string {
    return event.type === 'detached'
      ? `detached ${event.deviceId}`
      : `${event.type} ${event.device.id} ${event.device.status.state}`
  }

  beforeEach(function () {
    provider = new MemoryProvider()
    logger = new RecordingLogger()
    changes = []
    drivers.length = 0
  })

  afterEach(async function () {
    await registry.stop()
  })

  it('lists, matches and opens the ports present at start', async function () {
    provider.plug(READER)
    provider.plug(SCANNER)
    await makeRegistry().start()

    assert.deepEqual(
      registry.list().map(device => [device.id, device.driverId, device.kind, device.status.state]),
      [
        ['test-fingerprint:FP-0001', 'test-fingerprint', 'fingerprint-scanner', 'ready'],
        ['test-reader:Virtual PCD 00 00', 'test-reader', 'card-encoder', 'ready'],
      ],
    )
    assert.deepEqual(
      registry.list({ kind: 'card-encoder' }).map(device => device.id),
      ['test-reader:Virtual PCD 00 00'],
    )
    const scanner = registry.get('test-fingerprint:FP-0001')
    assert.equal(scanner?.driverName, 'Test fingerprint reader')
    assert.deepEqual(scanner.info, SCANNER)
    assert.ok(registry.driver('test-fingerprint:FP-0001') instanceof BasicDevice)
    assert.equal(registry.get('nope'), undefined)
    assert.deepEqual(changes.map(summaryOf).sort(), [
      'attached test-fingerprint:FP-0001 closed',
      'attached test-reader:Virtual PCD 00 00 closed',
      'status test-fingerprint:FP-0001 opening',
      'status test-fingerprint:FP-0001 ready',
      'status test-reader:Virtual PCD 00 00 ready',
    ])
  })

  it('follows hot-plug: attach, open, disconnect and detach, each once', async function () {
    await makeRegistry().start()
    const ready = waitForEvent<[RegistryEvent]>(
      registry.events,
      'change',
      event => event.type === 'status' && event.device.status.state === 'ready',
    )
    provider.plug(SCANNER)
    await ready

    const disconnected = waitForEvent<[RegistryEvent]>(
      registry.events,
      'change',
      event => event.type === 'status' && event.device.status.state === 'disconnected',
    )
    const detached = waitForEvent<[RegistryEvent]>(
      registry.events,
      'change',
      event => event.type === 'detached',
    )
    provider.unplug(SCANNER.path)
    await disconnected
    const [event] = await detached
    assert.equal(event.type === 'detached' ? event.device.status.state : '', 'disconnected')
    assert.deepEqual(changes.map(summaryOf), [
      'attached test-fingerprint:FP-0001 closed',
      'status test-fingerprint:FP-0001 opening',
      'status test-fingerprint:FP-0001 ready',
      'status test-fingerprint:FP-0001 disconnected',
      'detached test-fingerprint:FP-0001',
    ])
    assert.deepEqual(registry.list(), [])
    assert.equal(provider.transports[0]?.closes, 1)
    assert.deepEqual(
      logger.records
        .map(record => record.fields.event)
        .filter(name => String(name).startsWith('device.')),
      [
        'device.attached',
        'device.status-changed',
        'device.status-changed',
        'device.status-changed',
        'device.detached',
      ],
    )
  })

  it('closes the driver of a device that left as detached, and at stop as closed', async function () {
    provider.plug(READER)
    provider.plug({ ...READER, path: 'Virtual PCD 00 01' })
    await makeRegistry().start()
    const detached = waitForEvent<[RegistryEvent]>(
      registry.events,
      'change',
      event => event.type === 'detached',
    )
    provider.unplug(READER.path)
    await detached
    await eventually(() => drivers[0]?.closed === 1, 2000, 'the detached driver closed')
    await registry.stop()
    // Only the detach says the device is gone, so only its pending I/O fails disconnected.
    assert.deepEqual(
      drivers.map(driver => driver.closeReasons),
      [['detached'], ['closed']],
    )
  })

  it('does not re-emit a status the driver repeats', async function () {
    provider.plug(READER)
    await makeRegistry().start()
    const driver = drivers[0]!
    changes.length = 0
    driver.emit({ state: 'busy', operation: 'transmit' })
    driver.emit({ state: 'busy', operation: 'transmit' })
    driver.emit({ state: 'attention', code: 'DEVICE_OFFLINE', message: 'no card' })
    driver.emit({ state: 'attention', code: 'DEVICE_OFFLINE', message: 'no card' })
    driver.emit({ state: 'ready' })
    assert.deepEqual(
      changes.map(event => event.device.status),
      [
        { state: 'busy', operation: 'transmit' },
        { state: 'attention', code: 'DEVICE_OFFLINE', message: 'no card' },
        { state: 'ready' },
      ],
    )
    assert.deepEqual(registry.get(driver.id)?.status, { state: 'ready' })
  })

  it('logs a port without a driver once, without its serial number, and does not list it', async function () {
    provider.plug(KEYBOARD)
    await makeRegistry().start()
    provider.breakWatch(new Error('relist'))
    // The restart re-lists the keyboard; it must not be logged again.
    await eventually(() => provider.watchCalls === 2 && provider.activeWatches === 1)
    provider.plug(READER)
    await eventually(() => registry.list().length === 1, 2000, 'the reader')

    const unsupported = logger.withEvent('device.unsupported')
    assert.equal(unsupported.length, 1)
    assert.deepEqual(
      { ...unsupported[0]!.fields, component: undefined },
      {
        event: 'device.unsupported',
        path: KEYBOARD.path,
        provider: 'memory',
        component: undefined,
      },
    )
    assert.equal(unsupported[0]!.level, 'info')
    const everything = JSON.stringify(logger.records)
    assert.ok(!everything.includes('KB-SECRET-123'), 'the serial number reached a log line')
    assert.equal(registry.get('test-fingerprint:KB-SECRET-123'), undefined)
  })

  it('keeps a device whose open fails, with status error and its code, and logs it', async function () {
    provider.openErrors.set(
      SCANNER.path,
      new TransportError('TRANSPORT_OPEN_FAILED', 'permission denied'),
    )
    provider.plug(SCANNER)
    await makeRegistry().start()
    assert.deepEqual(registry.get('test-fingerprint:FP-0001')?.status, {
      state: 'error',
      code: 'TRANSPORT_OPEN_FAILED',
      message: 'permission denied',
    })
    const failures = logger.withEvent('device.open-failed')
    assert.ok(failures.length >= 1)
    assert.ok(failures.every(record => record.fields.code === 'TRANSPORT_OPEN_FAILED'))
  })

  it('restarts a watch that throws and catches up with what changed meanwhile', async function () {
    provider.plug(SCANNER)
    await makeRegistry().start()
    await eventually(() => provider.activeWatches === 1, 2000, 'the first watch')
    provider.breakWatch(new Error('udev went away'))
    // Changed while nobody watched: only the re-listing after the restart can see these.
    provider.ports.delete(SCANNER.path)
    provider.ports.set(READER.path, READER)
    await eventually(
      () =>
        registry.list().length === 1 && registry.get('test-reader:Virtual PCD 00 00') !== undefined,
      2000,
      'the re-listing',
    )
    assert.equal(provider.watchCalls, 2)
    assert.deepEqual(changes.filter(event => event.type !== 'status').map(summaryOf), [
      'attached test-fingerprint:FP-0001 closed',
      'detached test-fingerprint:FP-0001',
      'attached test-reader:Virtual PCD 00 00 closed',
    ])
    await eventually(() => provider.activeWatches === 1, 2000, 'the restarted watch')
    const plugged = waitForEvent(
      registry.events,
      'change',
      (event: RegistryEvent) => event.type === 'attached',
    )
    provider.plug(SCANNER)
    await plugged
    assert.equal(logger.withEvent('provider.unavailable').length, 1)
    assert.equal(logger.withEvent('provider.recovered').length, 1)
  })

  it('starts even when a provider cannot list, and recovers when it can', async function () {
    provider.listError = new TransportError('TRANSPORT_UNAVAILABLE', 'pcscd is down')
    provider.ports.set(READER.path, READER)
    await makeRegistry().start()
    assert.deepEqual(registry.list(), [])
    assert.equal(logger.withEvent('provider.unavailable')[0]?.fields.code, 'TRANSPORT_UNAVAILABLE')
    provider.listError = undefined
    provider.breakWatch(new Error('restart'))
    await eventually(() => registry.list().length === 1, 2000, 'the reader after recovery')
    assert.equal(logger.withEvent('provider.recovered').length, 1)
  })

  it('uses only allowed drivers and hands each its own options', async function () {
    provider.plug(SCANNER)
    provider.plug(READER)
    await makeRegistry({
      allow: ['test-reader'],
      driverOptions: { 'test-reader': { presencePollMs: 250 }, other: { x: 1 } },
    }).start()
    assert.deepEqual(
      registry.list().map(device => device.id),
      ['test-reader:Virtual PCD 00 00'],
    )
    assert.deepEqual(drivers[0]?.context.options, { presencePollMs: 250 })
  })

  it('stop() closes every driver, ends the watches, and is idempotent', async function () {
    provider.plug(SCANNER)
    provider.plug(READER)
    await makeRegistry().start()
    await eventually(() => provider.activeWatches === 1, 2000, 'the watch')
    changes.length = 0
    await Promise.all([registry.stop(), registry.stop()])
    await registry.stop()
    assert.equal(provider.activeWatches, 0)
    assert.equal(provider.transports.find(t => t.info.path === SCANNER.path)?.closes, 1)
    assert.equal(drivers[0]?.closed, 1)
    provider.plug({ ...SCANNER, path: '/dev/hidraw4', serialNumber: 'FP-0002' })
    assert.deepEqual(changes, [])
    await registry.start()
    assert.deepEqual(changes, [])
  })
})
