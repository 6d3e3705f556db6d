import fs from 'node:fs'
import path from 'node:path'
import type { CliLeafCommand } from '../../command'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { JOURNAL_OPTIONS, openJournalAudit } from './journal-file'

/**
 * `idstation audit export`: the records as JSON lines, hashes included, so the central system
 * can verify the chain itself and continue it from the last record it holds.
 */
export const AUDIT_EXPORT_COMMAND: CliLeafCommand = {
  name: 'export',
  summary: 'write the audit records as JSON lines for the central system',
  usage: [
    'Usage: idstation audit export [--since SEQ] [--out FILE] [--journal FILE] [--key FILE]',
    '  --since  first record to write (default 1); give the last seq you hold to re-check the link',
    '  --out    write to FILE (created 0600, replaced if present) instead of stdout',
  ].join('\n'),
  // eslint-disable-next-line @typescript-eslint/require-await -- the command contract is async
  async run(context) {
    const { positionals, values } = parseCommandArgs(context.args, {
      ...JOURNAL_OPTIONS,
      since: { type: 'string' },
      out: { type: 'string' },
    })
    if (positionals.length > 0) throw new UsageError('audit export takes no positional arguments')
    const since = values.since === undefined ? 1 : Number(values.since)
    if (!Number.isSafeInteger(since) || since < 1) {
      throw new UsageError('--since is a record number from 1')
    }
    const reader = openJournalAudit(context, values)
    try {
      if (values.out === undefined) {
        for (const record of reader.records(since)) context.output.print(JSON.stringify(record))
        return EXIT_CODES.ok
      }
      const file = path.resolve(context.cwd, values.out)
      const fd = fs.openSync(file, 'w', 0o600)
      let count = 0
      try {
        for (const record of reader.records(since)) {
          fs.writeSync(fd, `${JSON.stringify(record)}\n`)
          count += 1
        }
        fs.fsyncSync(fd)
      } finally {
        fs.closeSync(fd)
      }
      context.output.error(`exported ${String(count)} audit records to ${file}`)
      return EXIT_CODES.ok
    } finally {
      reader.close()
    }
  },
}
