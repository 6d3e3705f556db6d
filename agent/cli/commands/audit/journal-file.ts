import path from 'node:path'
import { defaultKeyPath, openAuditReader, type AuditReader } from '../../../jobs/journal'
import type { CliContext } from '../../command'

/** The options both audit commands take to find the journal and its key. */
export const JOURNAL_OPTIONS = {
  journal: { type: 'string' },
  key: { type: 'string' },
} as const

/**
 * Opens the audit trail read-only from `--journal` (default: config `journal.path`) with the key
 * from `--key` (default: `journal.key` beside it). Reads the file directly, so it works with the
 * agent stopped or running.
 */
export function openJournalAudit(
  context: CliContext,
  values: { readonly journal?: string | undefined; readonly key?: string | undefined },
): AuditReader {
  const journal =
    values.journal === undefined
      ? context.config.journal.path
      : path.resolve(context.cwd, values.journal)
  const key =
    values.key === undefined ? defaultKeyPath(journal) : path.resolve(context.cwd, values.key)
  return openAuditReader(journal, key)
}
