import type { DriverDescriptor } from '../../core/driver'
import { R30xScanner } from './driver'

/**
 * The last component of a serial path that names an R30x-family module: `r30x`, `r305`, `r307`,
 * `r503`, `zfm…`, `as608`, `fpm10a`, anywhere in it, any case. Serial ports carry no identity
 * of their own (the module sits behind a generic CH340 or CP210x USB-UART bridge), so the
 * operator names the port: a udev rule's SYMLINK+="r30x", or a configured pty such as the
 * simulator's link (providers.serial.paths).
 */
export const R30X_PATH_PATTERN =
  /(?:^|[/\\])[^/\\]*(?:r30[0-9x]|r50[0-9x]|zfm|as608|fpm10a)[^/\\]*$/i

/**
 * The R30x/ZFM serial module driver. Matched by path only: telling a module from any other
 * device on an unnamed port would need a probe (a ReadSysPara or Handshake packet at 57600 baud
 * and its acknowledge), which DeviceMatch cannot express yet. A named port is specific, so the
 * score beats the generic drivers.
 */
export const R30X_DESCRIPTOR: DriverDescriptor<R30xScanner> = {
  id: 'r30x',
  fullName: 'R30x/ZFM serial fingerprint module (R305, R307, R503, ZFM-20, AS608, FPM10A)',
  kind: 'fingerprint-scanner',
  transport: 'serial',
  idTable: [{ path: R30X_PATH_PATTERN }],
  score: () => 60,
  create: (transport, context) => new R30xScanner(R30X_DESCRIPTOR, transport, context),
}
