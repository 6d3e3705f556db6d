import { BasicDevice } from './core/basic-device'
import type { DriverDescriptor } from './core/driver'
import { PcscReaderDevice } from './smartcard/readers/pcsc-reader-device'

/**
 * Every driver the agent knows, as data (libfprint's driver list). matchDriver() picks among
 * them by table and score; adding a device model is adding a row here.
 */
export const DRIVERS: readonly DriverDescriptor[] = [
  basicDescriptor({
    id: 'idstation-virtual-fingerprint',
    fullName: 'idstation virtual fingerprint reader',
    kind: 'fingerprint-scanner',
    transport: 'hid',
    // pid.codes test VID 0x1209 with product 0x4944 ("ID"): the simulator's identity.
    idTable: [{ vendorId: 0x1209, productId: 0x4944 }],
    score: () => 80,
  }),
  readerDescriptor({
    id: 'generic-pcsc-reader',
    fullName: 'Generic PC/SC reader',
    kind: 'card-encoder',
    transport: 'pcsc',
    idTable: [{ readerName: /./ }],
    // Any reader will do, but any specific driver should win.
    score: () => 10,
    // pcsc-lite's MAX_BUFFER_SIZE_EXTENDED; the reader itself may take less.
    maxCommandLength: 65548,
  }),
  readerDescriptor({
    id: 'vpcd-reader',
    fullName: 'vsmartcard virtual PC/SC reader (vpcd)',
    kind: 'card-encoder',
    transport: 'pcsc',
    idTable: [{ readerName: /^Virtual PCD/ }],
    score: () => 60,
    // vpcd frames carry at most 0xFFFF bytes.
    maxCommandLength: 65535,
  }),
]

// Until a family has its own driver class, its descriptor creates a BasicDevice.
function basicDescriptor(fields: Omit<DriverDescriptor, 'create'>): DriverDescriptor {
  const descriptor: DriverDescriptor = {
    ...fields,
    create: (transport, context) => new BasicDevice(descriptor, transport, context),
  }
  return descriptor
}

function readerDescriptor(
  fields: Omit<DriverDescriptor, 'create'> & { readonly maxCommandLength: number },
): DriverDescriptor {
  const { maxCommandLength, ...rest } = fields
  const descriptor: DriverDescriptor = {
    ...rest,
    create: (transport, context) =>
      new PcscReaderDevice(descriptor, transport, context, maxCommandLength),
  }
  return descriptor
}
