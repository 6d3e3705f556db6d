import { closeSync, mkdirSync, openSync } from 'node:fs'
import { dirname } from 'node:path'
import Database from 'better-sqlite3'
import { AgentError } from '../../../drivers/core/errors'

/** How long a write waits for another connection (e.g. the CLI) to release the lock. */
const BUSY_TIMEOUT_MS = 5000

/**
 * Opens the journal database with the durability the journal promises: WAL, so a commit is
 * one append; `synchronous = FULL`, so that append is on disk (fsync) before the commit returns
 * and a power cut cannot undo a transition the caller has acted upon.
 *
 * The file is created 0600 before SQLite sees it, in a directory created 0700; SQLite gives
 * its -wal and -shm files the database file's mode.
 *
 * @throws AgentError `CONFIG_INVALID` when the path cannot be opened as a WAL database.
 */
export function openDatabase(path: string): Database.Database {
  let db: Database.Database
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 })
    // 'a' creates with the mode when missing and never truncates an existing journal.
    closeSync(openSync(path, 'a', 0o600))
    db = new Database(path, { fileMustExist: true })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'failed'
    throw new AgentError('CONFIG_INVALID', `job journal ${path} cannot be opened (${code})`, {
      cause: error,
      details: { path },
    })
  }
  try {
    const mode = db.pragma('journal_mode = WAL', { simple: true })
    if (mode !== 'wal') throw new Error(`journal_mode is ${String(mode)}, not wal`)
    db.pragma('synchronous = FULL')
    db.pragma('foreign_keys = ON')
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`)
    return db
  } catch (error) {
    db.close()
    throw new AgentError('CONFIG_INVALID', `job journal ${path} cannot use WAL mode`, {
      cause: error,
      details: { path },
    })
  }
}
