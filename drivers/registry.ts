import type { DriverDescriptor } from './core/driver'
import { IDSTATION_HID_DESCRIPTOR } from './fingerprint/idstation-hid'
import { R30X_DESCRIPTOR } from './fingerprint/r30x'
import { EVOLIS_DESCRIPTOR } from './printer/evolis'
import { IDSTATION_PAGE_DESCRIPTOR } from './printer/idstation-page'
import { PcscReaderDevice } from './smartcard/readers/pcsc-reader-device'

/**
 * Every driver the agent knows, as data (libfprint's driver list). matchDriver() picks among
 * them by table and score; adding a device model is adding a row here.
 */
export const DRIVERS: readonly DriverDescriptor[] = [
  IDSTATION_HID_DESCRIPTOR,
  // Serial ports are matched by a path that names the module; see the descriptor.
  R30X_DESCRIPTOR,
  EVOLIS_DESCRIPTOR,
  IDSTATION_PAGE_DESCRIPTOR,
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
