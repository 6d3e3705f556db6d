import type { DriverDescriptor } from '../../core/driver'
import { EvolisPrinter } from './driver'

/**
 * A serial path whose last component names an Evolis printer (`evolis`, any case): a udev
 * rule's SYMLINK+="evolis-primacy", or the simulator's link. The serial port carries no identity
 * of its own, so the operator names it (providers.serial.paths), as for r30x.
 */
export const EVOLIS_PATH_PATTERN = /(?:^|[/\\])[^/\\]*evolis[^/\\]*$/i

export const EVOLIS_DESCRIPTOR: DriverDescriptor<EvolisPrinter> = {
  id: 'evolis',
  fullName: 'Evolis card printer, legacy Esc command language (Pebble, Dualys, Primacy…)',
  kind: 'card-printer',
  transport: 'serial',
  idTable: [{ path: EVOLIS_PATH_PATTERN }],
  score: () => 60,
  create: (transport, context) => new EvolisPrinter(EVOLIS_DESCRIPTOR, transport, context),
}
