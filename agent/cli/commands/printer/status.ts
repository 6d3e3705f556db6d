import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { needsAttention, printerStatusView, printLines, statusLines } from './printer-view'

/**
 * `idstation printer status <device>`: what the printer is and its state, asked now (no lease,
 * so it works while a job runs). Exits 1 when it needs a person: attention or faults.
 */
export const PRINTER_STATUS_COMMAND: CliLeafCommand = {
  name: 'status',
  summary: 'a printer: model, raster, medium position, attention, faults, counters',
  usage: [
    'Usage: idstation printer status <device> [--json]',
    'Exits 0 when the printer is ready, 1 when it shows attention conditions or faults.',
  ].join('\n'),
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    const [deviceId, ...extra] = positionals
    if (deviceId === undefined || extra.length > 0) {
      throw new UsageError('printer status takes one device id')
    }
    const { info, status } = await withAgent(context, client => client.getPrinterStatus(deviceId))
    const view = {
      deviceId,
      model: info?.model ?? '',
      serialNumber: info?.serialNumber ?? '',
      firmware: info?.firmware ?? '',
      medium: info?.medium ?? '',
      stations: info?.stations ?? [],
      faces: info?.faces ?? [],
      dpi: info?.dpi ?? 0,
      widthPx: info?.widthPx ?? 0,
      heightPx: info?.heightPx ?? 0,
      status: printerStatusView(status),
    }
    if (context.json) context.output.json(view)
    else {
      printLines(
        line => {
          context.output.print(line)
        },
        [
          ['device', deviceId],
          ['model', view.model],
          ['serial', view.serialNumber],
          ['firmware', view.firmware],
          ['medium', view.medium],
          ['stations', view.stations.join(', ') || '-'],
          ['faces', view.faces.join(', ')],
          ['raster', `${view.widthPx} × ${view.heightPx} px at ${view.dpi} dpi`],
          ...statusLines(view.status),
        ],
      )
    }
    return needsAttention(view.status) ? EXIT_CODES.failure : EXIT_CODES.ok
  },
}
