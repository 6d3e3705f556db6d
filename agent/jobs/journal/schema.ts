import type Database from 'better-sqlite3'
import { AgentError } from '../../../drivers/core/errors'

/** One schema step. `version` is the `user_version` the database has once `sql` has run. */
export interface Migration {
  readonly version: number
  readonly sql: string
}

/**
 * The journal's schema history; append only, never edit a shipped step. The audit trail is a
 * step in this same list, so one `user_version` covers both and they share transactions.
 *
 * Version 1:
 * - `jobs.seq` orders jobs as they were accepted, whatever ids the generator makes.
 * - Three unique indexes are the last line behind the up-front checks in journal.ts:
 *   one job per (scope, idempotency key); one holder per document reference among the states
 *   that consume or block a number; one job per chip serial, except jobs that failed or were
 *   canceled before any write.
 * - `job_events` is append-only; triggers refuse UPDATE and DELETE.
 * - `journal_meta` holds the key check, so a replaced key file is refused.
 *
 * Version 2: `audit_log`, the hash-chained audit trail (docs/audit-trail.md), written in the
 * transaction of the change it records; triggers refuse UPDATE and DELETE. Jobs from before it
 * have no records: the chain starts at the first transition after the upgrade.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE journal_meta (
        name  TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE jobs (
        seq             INTEGER PRIMARY KEY,
        id              TEXT    NOT NULL UNIQUE,
        kind            TEXT    NOT NULL,
        scope           TEXT    NOT NULL,
        idempotency_key TEXT    NOT NULL,
        request_hash    TEXT    NOT NULL,
        document_ref    TEXT    NOT NULL,
        document_type   TEXT    NOT NULL,
        device_id       TEXT    NOT NULL,
        state           TEXT    NOT NULL CHECK (state IN
                          ('accepted', 'running', 'interrupted', 'succeeded', 'failed', 'canceled', 'spoiled')),
        step            TEXT,
        percent         INTEGER NOT NULL DEFAULT 0 CHECK (percent BETWEEN 0 AND 100),
        chip_serial     TEXT,
        wrote_to_chip   INTEGER NOT NULL DEFAULT 0 CHECK (wrote_to_chip IN (0, 1)),
        error_code      TEXT,
        error_message   TEXT,
        error_step      TEXT,
        result          TEXT,
        resolution      TEXT CHECK (resolution IN ('spoiled', 'issued')),
        resolved_by     TEXT,
        resolved_at     INTEGER,
        resolution_note TEXT,
        attempt         INTEGER NOT NULL CHECK (attempt >= 1),
        created_at      INTEGER NOT NULL,
        updated_at      INTEGER NOT NULL,
        CHECK (wrote_to_chip = 0 OR chip_serial IS NOT NULL)
      ) STRICT;

      CREATE UNIQUE INDEX jobs_idempotency ON jobs (scope, idempotency_key);

      CREATE UNIQUE INDEX jobs_document_holder ON jobs (document_ref)
        WHERE state IN ('accepted', 'running', 'interrupted', 'succeeded');

      CREATE UNIQUE INDEX jobs_chip_holder ON jobs (chip_serial)
        WHERE chip_serial IS NOT NULL
          AND NOT (state IN ('failed', 'canceled') AND wrote_to_chip = 0);

      CREATE INDEX jobs_document ON jobs (document_ref);
      CREATE INDEX jobs_state ON jobs (state, seq);

      CREATE TABLE job_events (
        job_id     TEXT    NOT NULL REFERENCES jobs (id),
        seq        INTEGER NOT NULL CHECK (seq >= 1),
        at         INTEGER NOT NULL,
        action     TEXT    NOT NULL,
        from_state TEXT,
        to_state   TEXT    NOT NULL,
        step       TEXT,
        detail     TEXT    NOT NULL DEFAULT '{}',
        PRIMARY KEY (job_id, seq)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER job_events_no_update BEFORE UPDATE ON job_events
      BEGIN SELECT RAISE(ABORT, 'job_events is append-only'); END;

      CREATE TRIGGER job_events_no_delete BEFORE DELETE ON job_events
      BEGIN SELECT RAISE(ABORT, 'job_events is append-only'); END;
    `,
  },
  {
    version: 2,
    sql: `
      CREATE TABLE audit_log (
        seq          INTEGER PRIMARY KEY CHECK (seq >= 1),
        at           INTEGER NOT NULL,
        station      TEXT    NOT NULL,
        event        TEXT    NOT NULL,
        job_id       TEXT    NOT NULL,
        kind         TEXT    NOT NULL,
        device_id    TEXT    NOT NULL,
        chip_serial  TEXT,
        document_ref TEXT    NOT NULL,
        operator     TEXT,
        fields       TEXT    NOT NULL DEFAULT '{}',
        prev_hash    TEXT    NOT NULL,
        hash         TEXT    NOT NULL,
        mac          TEXT    NOT NULL
      ) STRICT;

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `,
  },
]

/** The schema version this code writes. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((latest, step) => Math.max(latest, step.version), 0)

/**
 * Brings the database up to `SCHEMA_VERSION` in one immediate transaction, so two processes
 * opening a new journal at once cannot both migrate it.
 *
 * @throws AgentError `CONFIG_INVALID` for a journal written by a newer agent.
 */
export function migrate(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
): void {
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number
    const latest = migrations.reduce((max, step) => Math.max(max, step.version), 0)
    if (current > latest) {
      throw new AgentError(
        'CONFIG_INVALID',
        `journal schema version ${current} is newer than this agent understands (${latest})`,
        { details: { schemaVersion: current, supported: latest } },
      )
    }
    for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
      if (step.version <= current) continue
      db.exec(step.sql)
      // user_version is part of the transaction: a crash leaves the old version and no tables.
      db.pragma(`user_version = ${step.version}`)
    }
  }).immediate()
}
