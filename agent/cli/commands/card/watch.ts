import { TOPICS, v1 } from '../../../../protocol/messages'
import type { CliLeafCommand } from '../../command'
import { withAgent } from '../../connect'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { cardView, hex } from './card-view'

/**
 * `idstation card watch`: one line per card inserted or removed, after one line per reader with
 * its card as it is now. Lines are JSON with --json (one document per line, for scripts).
 */
export const CARD_WATCH_COMMAND: CliLeafCommand = {
  name: 'watch',
  summary: 'print cards as they are inserted and removed, until Ctrl-C',
  usage: [
    'Usage: idstation card watch [--json]',
    '',
    'With --json, one line per reader first, then one per change:',
    '  {"change":"current|inserted|removed","deviceId":"…","atr":"…","seq":N}',
  ].join('\n'),
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    if (positionals.length > 0) throw new UsageError('card watch takes no positional arguments')
    const emit = (line: {
      change: string
      deviceId: string
      present: boolean
      atr: string
      seq?: number
    }): void => {
      if (context.json) context.output.print(JSON.stringify(line))
      else
        context.output.print(
          `${line.change}${line.seq === undefined ? '' : ` seq=${line.seq}`} ${line.deviceId}${line.present ? ` ${line.atr}` : ''}`,
        )
    }
    await withAgent(
      context,
      async client => {
        // Subscribe before reading the current state, so no change falls between the two.
        const events = client.events([TOPICS.devices], context.signal)[Symbol.asyncIterator]()
        const first = events.next()
        for (const device of await client.listDevices(v1.DeviceKind.DEVICE_KIND_CARD_ENCODER)) {
          const view = cardView(device.id ?? '', await client.getCardInfo(device.id ?? ''))
          emit({ change: 'current', deviceId: view.deviceId, present: view.present, atr: view.atr })
        }
        for (let next = await first; next.done !== true; next = await events.next()) {
          const change = next.value.event.cardPresenceChanged
          if (!change) continue
          emit({
            change: change.present ? 'inserted' : 'removed',
            deviceId: change.deviceId ?? '',
            present: change.present ?? false,
            atr: hex(change.atr),
            seq: next.value.event.seq,
          })
        }
      },
      { heartbeat: true },
    )
    return EXIT_CODES.ok
  },
}
