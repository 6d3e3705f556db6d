import type { DeviceSummary } from '../../agent/services/devices/device-registry'

/**
 * What a typical workstation has attached. The HTTP baseline answers with this list; the agent
 * lists as many simulated devices, so ListDevices carries a similar amount of data on either side.
 */
export const BENCH_DEVICES: readonly DeviceSummary[] = [
  {
    id: 'acs-acr1281u:RR554-001',
    driverId: 'acs-acr1281u',
    driverName: 'ACS ACR1281U-C1 DualBoost II',
    kind: 'card-encoder',
    info: {
      kind: 'pcsc',
      path: 'ACS ACR1281 1S Dual Reader 00 00',
      vendorId: 0x072f,
      productId: 0x2224,
      serialNumber: 'RR554-001',
      product: 'ACR1281U',
      provider: 'pcsc',
    },
    status: { state: 'ready' },
  },
  {
    id: 'hid-omnikey-5422:5A1B2C3D',
    driverId: 'hid-omnikey-5422',
    driverName: 'HID OMNIKEY 5422',
    kind: 'card-encoder',
    info: {
      kind: 'pcsc',
      path: 'HID Global OMNIKEY 5422 Smartcard Reader 01 00',
      vendorId: 0x076b,
      productId: 0x5422,
      serialNumber: '5A1B2C3D',
      product: 'OMNIKEY 5422',
      provider: 'pcsc',
    },
    status: { state: 'busy', operation: 'transmit' },
  },
  {
    id: 'futronic-fs88h:FS88H-00042',
    driverId: 'futronic-fs88h',
    driverName: 'Futronic FS88H',
    kind: 'fingerprint-scanner',
    info: {
      kind: 'hid',
      path: '/dev/hidraw3',
      vendorId: 0x1491,
      productId: 0x0020,
      serialNumber: 'FS88H-00042',
      product: 'FS88H',
      provider: 'hid',
    },
    status: { state: 'ready' },
  },
  {
    id: 'evolis-primacy2:E2P-0913',
    driverId: 'evolis-primacy2',
    driverName: 'Evolis Primacy 2',
    kind: 'card-printer',
    info: {
      kind: 'serial',
      path: '/dev/ttyUSB0',
      vendorId: 0x0f2d,
      productId: 0x0200,
      serialNumber: 'E2P-0913',
      product: 'Primacy 2',
      provider: 'serial',
    },
    status: { state: 'attention', code: 'BAD_STATE', message: 'ribbon low' },
  },
]

/** A device as the HTTP baseline sends it: the protobuf Device's fields, as JSON names and strings. */
export function deviceRecord(device: DeviceSummary): Readonly<Record<string, unknown>> {
  const { info, status } = device
  return {
    id: device.id,
    driverId: device.driverId,
    driverName: device.driverName,
    kind: device.kind,
    transport: info.kind,
    path: info.path,
    vendorId: info.vendorId ?? 0,
    productId: info.productId ?? 0,
    serialNumber: info.serialNumber ?? '',
    product: info.product ?? '',
    status,
  }
}
