import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { cardView } from './card-view'

/** `idstation card atr <device>`: the card's ATR, parsed. */
export const CARD_ATR_COMMAND: CliLeafCommand = {
  name: 'atr',
  summary: 'show the ATR of the card in a reader: protocols and historical bytes',
  usage: [
    'Usage: idstation card atr <device> [--json]',
    '',
    'Exits 1 when the reader holds no card.',
  ].join('\n'),
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    const [deviceId, ...rest] = positionals
    if (deviceId === undefined || rest.length > 0) {
      throw new UsageError('card atr takes one device id')
    }
    const view = cardView(
      deviceId,
      await withAgent(context, client => client.getCardInfo(deviceId)),
    )
    if (context.json) context.output.json(view)
    else if (!view.present) context.output.print(`${deviceId}: no card`)
    else {
      context.output.print(`atr         ${view.atr}`)
      context.output.print(`protocols   ${view.protocols.join(' ') || '(ATR does not parse)'}`)
      context.output.print(
        `historical  ${view.historicalBytes}${view.historicalText === undefined ? '' : `  "${view.historicalText}"`}`,
      )
    }
    return view.present ? EXIT_CODES.ok : EXIT_CODES.failure
  },
}
