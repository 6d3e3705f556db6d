import type { CliCommandGroup } from '../../command'
import {
  PRINTER_EJECT_COMMAND,
  PRINTER_REJECT_COMMAND,
  PRINTER_TEST_CARD_COMMAND,
} from './maintenance'
import { PRINTER_STATUS_COMMAND } from './status'

/** `idstation printer …`: card and passport printers. */
export const PRINTER_COMMAND: CliCommandGroup = {
  name: 'printer',
  summary: 'card and passport printers: status, test-card, eject, reject',
  subcommands: [
    PRINTER_STATUS_COMMAND,
    PRINTER_TEST_CARD_COMMAND,
    PRINTER_EJECT_COMMAND,
    PRINTER_REJECT_COMMAND,
  ],
}
