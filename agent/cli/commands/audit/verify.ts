import type { CliLeafCommand } from '../../command'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { JOURNAL_OPTIONS, openJournalAudit } from './journal-file'

/** `idstation audit verify`: walks the hash chain and names the first record that breaks it. */
export const AUDIT_VERIFY_COMMAND: CliLeafCommand = {
  name: 'verify',
  summary: 'check the audit trail: exit 0 when intact, 1 naming the first bad record',
  usage: [
    'Usage: idstation audit verify [--journal FILE] [--key FILE] [--json]',
    '  --journal  the journal database (default: config journal.path); opened read-only',
    '  --key      the station key (default: journal.key beside the journal); without a',
    '             readable key the chain is checked but not its MACs',
    '  Reasons: gap, bad-genesis, prev-mismatch, hash-mismatch, mac-mismatch',
  ].join('\n'),
  // eslint-disable-next-line @typescript-eslint/require-await -- the command contract is async
  async run(context) {
    const { positionals, values } = parseCommandArgs(context.args, JOURNAL_OPTIONS)
    if (positionals.length > 0) throw new UsageError('audit verify takes no positional arguments')
    const reader = openJournalAudit(context, values)
    try {
      const result = reader.verify()
      if (context.json) {
        context.output.json(result)
      } else {
        if (reader.macUnavailable !== undefined) {
          context.output.error(`MACs not checked: ${reader.macUnavailable}`)
        }
        const macs = result.macChecked ? 'MACs checked' : 'MACs not checked'
        if (result.firstBad === undefined) {
          const last = result.last === undefined ? 'empty' : `last seq ${String(result.last.seq)}`
          context.output.print(
            `audit trail intact: ${String(result.records)} records, ${last} (${macs})`,
          )
        } else {
          context.output.print(
            `audit trail broken at seq ${String(result.firstBad.seq)}: ${result.firstBad.reason} (${macs})`,
          )
        }
      }
      return result.ok ? EXIT_CODES.ok : EXIT_CODES.failure
    } finally {
      reader.close()
    }
  },
}
