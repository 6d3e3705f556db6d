import Database from 'better-sqlite3'
import { AgentError } from '../../../drivers/core/errors'
import { readAuditRecords } from './audit-log'
import type { AuditRecord } from './audit-record'
import { verifyAuditChain, type AuditVerification } from './audit-verify'
import { JournalHasher } from './document-ref'
import { readStationKeyFile } from './station-key'

/** A read-only view of a journal's audit trail, for tools that run beside the agent. */
export interface AuditReader {
  /** Why MACs cannot be checked (the key file is unreadable), or undefined when they can. */
  readonly macUnavailable: string | undefined
  records(sinceSeq?: number): Iterable<AuditRecord>
  verify(): AuditVerification
  close(): void
}

/**
 * Opens the journal read-only: WAL lets it read a consistent snapshot while the agent writes,
 * and nothing here can change the file. The station key beside it is used, when readable, to
 * check the records' MACs; a key that is not the journal's own is refused rather than ignored,
 * since every MAC would then look forged.
 *
 * @throws AgentError `CONFIG_INVALID` when the file cannot be opened as a journal or the key is
 *   the wrong one; `BAD_STATE` when the journal predates the audit trail.
 */
export function openAuditReader(path: string, keyPath: string): AuditReader {
  let db: Database.Database
  try {
    db = new Database(path, { readonly: true, fileMustExist: true })
    db.pragma('busy_timeout = 5000')
  } catch (error) {
    const code = (error as { code?: string }).code ?? 'failed'
    throw new AgentError('CONFIG_INVALID', `job journal ${path} cannot be opened (${code})`, {
      cause: error,
      details: { path },
    })
  }
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit_log'")
      .get()
    if (table === undefined) {
      throw new AgentError(
        'BAD_STATE',
        `job journal ${path} has no audit trail yet; start the agent once to upgrade it`,
        { details: { path, reason: 'no-audit-log' } },
      )
    }
    const hasher = loadHasher(db, keyPath)
    return {
      macUnavailable: typeof hasher === 'string' ? hasher : undefined,
      records: sinceSeq => readAuditRecords(db, sinceSeq),
      verify: () =>
        verifyAuditChain(
          db,
          typeof hasher === 'string' ? {} : { mac: hash => hasher.auditMac(hash) },
        ),
      close: () => db.close(),
    }
  } catch (error) {
    db.close()
    throw error
  }
}

/** The station key's hasher, or the reason it cannot be had. */
function loadHasher(db: Database.Database, keyPath: string): JournalHasher | string {
  let key: Buffer
  try {
    key = readStationKeyFile(keyPath)
  } catch (error) {
    return error instanceof Error ? error.message : `journal key file ${keyPath} unreadable`
  }
  const hasher = new JournalHasher(key)
  const stored = db
    .prepare<[], { value: string }>("SELECT value FROM journal_meta WHERE name = 'key-check'")
    .get()
  if (stored?.value !== hasher.keyCheck()) {
    throw new AgentError(
      'CONFIG_INVALID',
      `journal key file ${keyPath} is not the key this journal was created with`,
      { details: { path: keyPath } },
    )
  }
  return hasher
}
