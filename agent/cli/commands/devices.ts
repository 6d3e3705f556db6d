import { watchDevices } from '../../../protocol/client/device-watcher'
import type { CliContext, CliLeafCommand } from '../command'
import { withAgent } from '../connect'
import { DEVICE_HEADERS, deviceCells, deviceRow } from '../device-rows'
import { EXIT_CODES, type ExitCode } from '../exit-codes'
import { parseCommandArgs } from '../parse-command-args'
import { UsageError } from '../usage-error'
import { renderTable } from '../render-table'

const CLEAR = '\x1b[H\x1b[2J'

/** `idstation devices [--watch]`: the device table, once or kept current from events. */
export const DEVICES_COMMAND: CliLeafCommand = {
  name: 'devices',
  summary: 'list devices; --watch keeps the table current as devices come and go',
  usage: [
    'Usage: idstation devices [--watch] [--json]',
    '',
    '  --watch   follow the event stream until Ctrl-C. On a terminal the table is redrawn;',
    '            otherwise (and with --json) one line per change is printed:',
    '            {"change":"attached|detached|status|snapshot","seq":N,"device":{...}}',
  ].join('\n'),
  async run(context) {
    const { values, positionals } = parseCommandArgs(context.args, { watch: { type: 'boolean' } })
    if (positionals.length > 0) throw new UsageError('devices takes no positional arguments')
    if (values.watch === true) return watch(context)
    const devices = await withAgent(context, client => client.listDevices())
    const rows = devices.map(deviceRow)
    if (context.json) context.output.json(rows)
    else if (rows.length === 0) context.output.print('no devices')
    else context.output.table(DEVICE_HEADERS, rows.map(deviceCells))
    return EXIT_CODES.ok
  },
}

async function watch(context: CliContext): Promise<ExitCode> {
  const redraw = !context.json && process.stdout.isTTY
  // Heartbeats keep the session alive while the command only listens.
  await withAgent(
    context,
    async client => {
      for await (const view of watchDevices(client, context.signal)) {
        const { change } = view
        if (redraw) {
          const rows = [...view.devices.values()].map(deviceRow)
          context.output.print(
            `${CLEAR}devices (seq ${view.seq}, last change: ${change.type})\n\n${rows.length ? renderTable(DEVICE_HEADERS, rows.map(deviceCells)) : 'no devices\n'}`,
          )
          continue
        }
        const line =
          change.type === 'snapshot'
            ? {
                change: 'snapshot',
                seq: view.seq,
                devices: [...view.devices.values()].map(deviceRow),
              }
            : change.type === 'detached'
              ? { change: 'detached', seq: view.seq, deviceId: change.deviceId }
              : { change: change.type, seq: view.seq, device: deviceRow(change.device) }
        if (context.json) context.output.print(JSON.stringify(line))
        else if (line.change === 'snapshot')
          context.output.print(`snapshot seq=${view.seq}: ${view.devices.size} device(s)`)
        else
          context.output.print(
            `${line.change} seq=${view.seq} ${'deviceId' in line ? line.deviceId : deviceCells(line.device as ReturnType<typeof deviceRow>).join('  ')}`,
          )
      }
    },
    { heartbeat: true },
  )
  return EXIT_CODES.ok
}
