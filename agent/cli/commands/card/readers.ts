import { v1 } from '../../../../protocol/messages'
import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { deviceRow } from '../../device-rows'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { cardView } from './card-view'

/** `idstation card readers`: the PC/SC readers and whether each holds a card. */
export const CARD_READERS_COMMAND: CliLeafCommand = {
  name: 'readers',
  summary: 'list the PC/SC readers (card encoders) and their cards',
  usage: 'Usage: idstation card readers [--json]',
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    if (positionals.length > 0) throw new UsageError('card readers takes no positional arguments')
    const rows = await withAgent(context, async client => {
      const devices = await client.listDevices(v1.DeviceKind.DEVICE_KIND_CARD_ENCODER)
      return Promise.all(
        devices.map(async device => {
          const row = deviceRow(device)
          const card = cardView(row.id, await client.getCardInfo(row.id))
          return { id: row.id, reader: row.path, state: row.state, holder: row.holder, card }
        }),
      )
    })
    if (context.json) context.output.json(rows)
    else if (rows.length === 0) context.output.print('no readers')
    else
      context.output.table(
        ['id', 'reader', 'state', 'lease', 'card'],
        rows.map(row => [
          row.id,
          row.reader,
          row.state,
          row.holder,
          row.card.present ? row.card.atr : '-',
        ]),
      )
    return EXIT_CODES.ok
  },
}
