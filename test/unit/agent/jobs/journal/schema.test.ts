import assert from 'node:assert/strict'
import Database from 'better-sqlite3'
import { SCHEMA_VERSION } from '../../../../../agent/jobs/journal'
import { openDatabase } from '../../../../../agent/jobs/journal/open-database'
import { migrate, MIGRATIONS } from '../../../../../agent/jobs/journal/schema'
import {
  CHIP,
  databasePath,
  jobWriting,
  openJournal,
  TempDir,
  throwsAgentError,
} from './journal-fixture'

/** Inserts a copy of job-0001 under a new id and key with `changes`, bypassing the journal's checks. */
function insertCopy(
  db: Database.Database,
  id: string,
  changes: Record<string, string | number | null>,
): void {
  const original = db
    .prepare<[], Record<string, unknown>>("SELECT * FROM jobs WHERE id = 'job-0001'")
    .get()
  const row = { ...original, state: 'accepted', ...changes, id, idempotency_key: id }
  Reflect.deleteProperty(row, 'seq')
  const columns = Object.keys(row)
  db.prepare(
    `INSERT INTO jobs (${columns.join(', ')}) VALUES (${columns.map(name => `@${name}`).join(', ')})`,
  ).run(row)
}

function violatesUnique(column: string, run: () => void): void {
  assert.throws(run, (error: unknown) => {
    assert.equal((error as { code?: unknown }).code, 'SQLITE_CONSTRAINT_UNIQUE')
    assert.match((error as Error).message, new RegExp(`jobs\\.${column}`))
    return true
  })
}

describe('journal schema', function () {
  let dir: TempDir

  beforeEach(function () {
    dir = new TempDir()
  })

  afterEach(function () {
    dir.remove()
  })

  it('opens in WAL mode with synchronous FULL and foreign keys', function () {
    const db = openDatabase(databasePath(dir))
    try {
      assert.equal(db.pragma('journal_mode', { simple: true }), 'wal')
      assert.equal(db.pragma('synchronous', { simple: true }), 2)
      assert.equal(db.pragma('foreign_keys', { simple: true }), 1)
    } finally {
      db.close()
    }
  })

  describe('with a journal on disk', function () {
    let raw: Database.Database

    beforeEach(function () {
      const journal = openJournal(dir)
      jobWriting(journal)
      journal.close()
      raw = new Database(databasePath(dir))
    })

    afterEach(function () {
      raw.close()
    })

    it('records the schema version', function () {
      assert.equal(raw.pragma('user_version', { simple: true }), SCHEMA_VERSION)
      assert.equal(SCHEMA_VERSION, MIGRATIONS.at(-1)?.version)
    })

    it('enforces one holder per document reference, even behind the journal’s back', function () {
      const unbound = { chip_serial: null, wrote_to_chip: 0 }
      for (const state of ['accepted', 'running', 'interrupted', 'succeeded']) {
        violatesUnique('document_ref', () => {
          insertCopy(raw, `copy-${state}`, { ...unbound, state })
        })
      }
      insertCopy(raw, 'copy-failed', { ...unbound, state: 'failed' })
      insertCopy(raw, 'copy-canceled', { ...unbound, state: 'canceled' })
      insertCopy(raw, 'copy-spoiled', { ...unbound, state: 'spoiled' })
    })

    it('enforces one job per chip except those that ended before writing', function () {
      const elsewhere = { document_ref: 'other', chip_serial: CHIP }
      for (const state of ['running', 'interrupted', 'succeeded', 'spoiled']) {
        violatesUnique('chip_serial', () => {
          insertCopy(raw, `copy-${state}`, { ...elsewhere, state, wrote_to_chip: 0 })
        })
      }
      violatesUnique('chip_serial', () => {
        insertCopy(raw, 'copy-written', { ...elsewhere, state: 'failed', wrote_to_chip: 1 })
      })
      insertCopy(raw, 'copy-failed', { ...elsewhere, state: 'failed', wrote_to_chip: 0 })
      insertCopy(raw, 'copy-canceled', { ...elsewhere, state: 'canceled', wrote_to_chip: 0 })
    })

    it('enforces one job per idempotency key and scope', function () {
      violatesUnique('idempotency_key', () => {
        insertCopy(raw, 'copy', { document_ref: 'other', chip_serial: null, wrote_to_chip: 0 })
        raw
          .prepare(
            "UPDATE jobs SET idempotency_key = (SELECT idempotency_key FROM jobs WHERE id = 'job-0001') WHERE id = 'copy'",
          )
          .run()
      })
    })

    it('keeps job_events append-only', function () {
      assert.throws(
        () => raw.prepare("UPDATE job_events SET to_state = 'succeeded'").run(),
        /append-only/,
      )
      assert.throws(() => raw.prepare('DELETE FROM job_events').run(), /append-only/)
    })

    it('refuses a journal written by a newer schema', function () {
      raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
      throwsAgentError(() => openJournal(dir), 'CONFIG_INVALID', {
        schemaVersion: SCHEMA_VERSION + 1,
      })
    })
  })

  it('applies only the migrations past the stored version, in order', function () {
    const db = new Database(':memory:')
    try {
      migrate(db, [
        { version: 2, sql: 'ALTER TABLE t ADD COLUMN b INTEGER' },
        { version: 1, sql: 'CREATE TABLE t (a INTEGER)' },
      ])
      assert.equal(db.pragma('user_version', { simple: true }), 2)
      migrate(db, [
        { version: 1, sql: 'CREATE TABLE t (a INTEGER)' },
        { version: 2, sql: 'ALTER TABLE t ADD COLUMN b INTEGER' },
        { version: 3, sql: 'CREATE TABLE u (c INTEGER)' },
      ])
      assert.equal(db.pragma('user_version', { simple: true }), 3)
    } finally {
      db.close()
    }
  })

  it('leaves the old version when a migration fails halfway', function () {
    const db = new Database(':memory:')
    try {
      assert.throws(() => {
        migrate(db, [{ version: 1, sql: 'CREATE TABLE t (a INTEGER); CREATE TABLE broken (' }])
      })
      assert.equal(db.pragma('user_version', { simple: true }), 0)
      const tables = db
        .prepare<[], { count: number }>(
          "SELECT COUNT(*) AS count FROM sqlite_master WHERE name = 't'",
        )
        .get()
      assert.equal(tables?.count, 0)
    } finally {
      db.close()
    }
  })
})
