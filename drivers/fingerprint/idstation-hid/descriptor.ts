import type { DriverDescriptor } from '../../core/driver'
import { IdstationHidScanner } from './driver'

/**
 * Readers speaking docs/hid-fingerprint-protocol.md. The id predates this driver (the registry
 * listed the simulated reader under it before it had commands) and is kept because device ids
 * (`${driverId}:${serial}`) are what clients and journals hold.
 */
export const IDSTATION_HID_DESCRIPTOR: DriverDescriptor<IdstationHidScanner> = {
  id: 'idstation-virtual-fingerprint',
  fullName: 'idstation HID fingerprint reader',
  kind: 'fingerprint-scanner',
  transport: 'hid',
  // pid.codes test VID 0x1209 with product 0x4944 ("ID"): the simulator's identity.
  idTable: [{ vendorId: 0x1209, productId: 0x4944 }],
  score: () => 80,
  create: (transport, context) =>
    new IdstationHidScanner(IDSTATION_HID_DESCRIPTOR, transport, context),
}
