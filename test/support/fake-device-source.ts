import { EventEmitter } from 'node:events'
import type { DeviceDriver, DeviceKind, DeviceStatus } from '../../drivers/core/driver'
import type { FingerprintScanner } from '../../drivers/core/fingerprint'
import type { ApduTransportEvents, CardPresence } from '../../drivers/transport/types'
import type { DeviceSummary, RegistryEvent } from '../../agent/services/devices/device-registry'
import type { DeviceSource } from '../../agent/services/devices/device-service'

/** A DeviceSource driven by the test: attach, detach and status changes emit like the registry. */
export class FakeDeviceSource implements DeviceSource {
  readonly events = new EventEmitter<{ change: [event: RegistryEvent] }>()
  private readonly devices = new Map<string, DeviceSummary>()
  private readonly drivers = new Map<string, DeviceDriver>()

  driver(id: string): DeviceDriver | undefined {
    return this.drivers.get(id)
  }

  /** A card encoder whose slot the test fills and empties; it answers no APDUs. */
  attachReader(id: string): FakeCardSlot {
    const slot = new FakeCardSlot()
    const driver = { id, apdu: slot, maxCommandLength: 261 } as unknown as DeviceDriver
    this.drivers.set(id, driver)
    this.attach(id, 'card-encoder')
    return slot
  }

  /** A fingerprint reader whose captures `scanner` scripts. */
  attachScanner(id: string, scanner: FingerprintScanner): void {
    this.drivers.set(id, { id, fingerprint: scanner } as unknown as DeviceDriver)
    this.attach(id, 'fingerprint-scanner')
  }

  list(filter?: { readonly kind?: DeviceKind }): readonly DeviceSummary[] {
    return [...this.devices.values()]
      .filter(device => filter?.kind === undefined || device.kind === filter.kind)
      .sort((a, b) => a.id.localeCompare(b.id))
  }

  get(id: string): DeviceSummary | undefined {
    return this.devices.get(id)
  }

  attach(id: string, kind: DeviceKind = 'fingerprint-scanner'): DeviceSummary {
    const device: DeviceSummary = {
      id,
      driverId: id.split(':')[0] ?? id,
      driverName: 'Test device',
      kind,
      info: { kind: 'hid', path: `/dev/test/${id}`, vendorId: 0x1209, productId: 0x4944 },
      status: { state: 'ready' },
    }
    this.devices.set(id, device)
    this.events.emit('change', { type: 'attached', device })
    return device
  }

  detach(id: string): void {
    const device = this.devices.get(id)
    if (!device) return
    this.devices.delete(id)
    this.drivers.delete(id)
    this.events.emit('change', { type: 'detached', deviceId: id, device })
  }

  setStatus(id: string, status: DeviceStatus): void {
    const device = this.devices.get(id)
    if (!device) return
    const next = { ...device, status }
    this.devices.set(id, next)
    this.events.emit('change', { type: 'status', device: next })
  }
}

/** The presence half of an ApduTransport, which is all the device and card services read. */
export class FakeCardSlot {
  readonly kind = 'pcsc'
  readonly events = new EventEmitter<ApduTransportEvents>()
  card: CardPresence = { present: false }

  set(presence: CardPresence): void {
    this.card = presence
    this.events.emit('card', presence)
  }
}
