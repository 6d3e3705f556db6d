import type { DeviceKind, DeviceStatus } from '../../../drivers/core/driver'
import type { CardPresence, TransportKind } from '../../../drivers/transport/types'
import { errorCodeNumber, v1 } from '../../../protocol'
import type { Lease } from '../../server/leases'
import type { DeviceSummary } from './device-registry'

const KINDS: Record<DeviceKind, v1.DeviceKind> = {
  'card-encoder': v1.DeviceKind.DEVICE_KIND_CARD_ENCODER,
  'fingerprint-scanner': v1.DeviceKind.DEVICE_KIND_FINGERPRINT_SCANNER,
  'card-printer': v1.DeviceKind.DEVICE_KIND_CARD_PRINTER,
  'page-printer': v1.DeviceKind.DEVICE_KIND_PAGE_PRINTER,
}

const TRANSPORTS: Record<TransportKind, v1.TransportKind> = {
  pcsc: v1.TransportKind.TRANSPORT_KIND_PCSC,
  hid: v1.TransportKind.TRANSPORT_KIND_HID,
  serial: v1.TransportKind.TRANSPORT_KIND_SERIAL,
}

/** The wire kind for a driver kind, and back (undefined for UNSPECIFIED). */
export function wireKind(kind: DeviceKind): v1.DeviceKind {
  return KINDS[kind]
}

export function kindFromWire(kind: v1.DeviceKind): DeviceKind | undefined {
  return (Object.keys(KINDS) as DeviceKind[]).find(name => KINDS[name] === kind)
}

export function wireStatus(status: DeviceStatus): v1.IDeviceStatus {
  switch (status.state) {
    case 'closed':
      return { state: v1.DeviceState.DEVICE_STATE_CLOSED }
    case 'opening':
      return { state: v1.DeviceState.DEVICE_STATE_OPENING }
    case 'ready':
      return { state: v1.DeviceState.DEVICE_STATE_READY }
    case 'disconnected':
      return { state: v1.DeviceState.DEVICE_STATE_DISCONNECTED }
    case 'busy':
      return { state: v1.DeviceState.DEVICE_STATE_BUSY, operation: status.operation }
    case 'attention':
    case 'error':
      return {
        state:
          status.state === 'attention'
            ? v1.DeviceState.DEVICE_STATE_ATTENTION
            : v1.DeviceState.DEVICE_STATE_FAULT,
        code: errorCodeNumber(status.code),
        message: status.message,
      }
  }
}

export function wireLease(lease: Lease): v1.ILease {
  return {
    leaseId: lease.leaseId,
    deviceId: lease.deviceId,
    holder: lease.holder,
    acquiredAtMs: lease.acquiredAt,
  }
}

export function wireCard(card: CardPresence): v1.ICardSlot {
  return card.present ? { present: true, atr: card.atr } : { present: false }
}

/**
 * Where a device sits in the configured printer ↔ encoder wiring: a printer's encoders by
 * station, or the printer and station an encoder serves.
 */
export interface StationPairing {
  readonly stationEncoders?: readonly { readonly station: string; readonly encoderId: string }[]
  readonly printer?: { readonly printerId: string; readonly station: string }
}

/** The wire Device: what the registry knows, who holds it and, for a reader, its card. */
export function wireDevice(
  device: DeviceSummary,
  lease: Lease | undefined,
  card?: CardPresence,
  pairing: StationPairing = {},
): v1.IDevice {
  const { info } = device
  return {
    id: device.id,
    driverId: device.driverId,
    driverName: device.driverName,
    kind: wireKind(device.kind),
    transport: TRANSPORTS[info.kind],
    path: info.path,
    vendorId: info.vendorId ?? 0,
    productId: info.productId ?? 0,
    serialNumber: info.serialNumber ?? '',
    product: info.product ?? '',
    status: wireStatus(device.status),
    ...(lease ? { lease: wireLease(lease) } : {}),
    ...(card ? { card: wireCard(card) } : {}),
    ...(pairing.stationEncoders ? { stationEncoders: [...pairing.stationEncoders] } : {}),
    ...(pairing.printer
      ? { printerId: pairing.printer.printerId, printerStation: pairing.printer.station }
      : {}),
  }
}
