import type { DriverDescriptor } from '../../core/driver'
import { PagePrinter } from './driver'

/**
 * The last component of a serial path that names a passport data-page printer:
 * `page-printer` or `passport-printer` anywhere in it, any case. The printer's USB CDC port
 * carries no identity a provider lists, so the operator names it (a udev SYMLINK, or a
 * configured path such as the simulator's link).
 */
export const PAGE_PRINTER_PATH_PATTERN =
  /(?:^|[/\\])[^/\\]*(?:page-printer|passport-printer)[^/\\]*$/i

/** The idstation page-printer protocol driver; a named port is specific, so it scores 60. */
export const IDSTATION_PAGE_DESCRIPTOR: DriverDescriptor<PagePrinter> = {
  id: 'idstation-page',
  fullName: 'Passport data-page printer (idstation page-printer protocol)',
  kind: 'page-printer',
  transport: 'serial',
  idTable: [{ path: PAGE_PRINTER_PATH_PATTERN }],
  score: () => 60,
  create: (transport, context) => new PagePrinter(IDSTATION_PAGE_DESCRIPTOR, transport, context),
}
