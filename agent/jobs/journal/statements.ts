import type Database from 'better-sqlite3'
import type { AuditRow } from './audit-log'
import type { JobEventRow, JobRow } from './job-rows'

/** The states in which a job holds its document number (consumed, in progress or blocked). */
export const DOCUMENT_HOLDING_STATES_SQL = "('accepted', 'running', 'interrupted', 'succeeded')"

/** The columns a transition may change; the rest of a job row is fixed at `begin`. */
export type MutableJobColumns = Pick<
  JobRow,
  | 'state'
  | 'step'
  | 'percent'
  | 'chip_serial'
  | 'wrote_to_chip'
  | 'error_code'
  | 'error_message'
  | 'error_step'
  | 'result'
  | 'resolution'
  | 'resolved_by'
  | 'resolved_at'
  | 'resolution_note'
  | 'updated_at'
>

/** Every statement the journal runs, prepared once per connection. */
export function prepareStatements(db: Database.Database) {
  return {
    jobById: db.prepare<[string], JobRow>('SELECT * FROM jobs WHERE id = ?'),
    jobByKey: db.prepare<[string, string], JobRow>(
      'SELECT * FROM jobs WHERE scope = ? AND idempotency_key = ?',
    ),
    documentHolder: db.prepare<[string], JobRow>(
      `SELECT * FROM jobs WHERE document_ref = ? AND state IN ${DOCUMENT_HOLDING_STATES_SQL}
       ORDER BY seq LIMIT 1`,
    ),
    documentJobCount: db.prepare<[string], { readonly count: number }>(
      'SELECT COUNT(*) AS count FROM jobs WHERE document_ref = ?',
    ),
    // Mirrors the jobs_chip_holder index: a chip is free again only if nothing was written to it.
    chipHolder: db.prepare<[string, string], JobRow>(
      `SELECT * FROM jobs WHERE chip_serial = ? AND id <> ?
         AND NOT (state IN ('failed', 'canceled') AND wrote_to_chip = 0)
       ORDER BY seq LIMIT 1`,
    ),
    liveJobs: db.prepare<[], JobRow>(
      "SELECT * FROM jobs WHERE state IN ('accepted', 'running') ORDER BY seq",
    ),
    insertJob: db.prepare<[JobRow]>(
      `INSERT INTO jobs (id, kind, scope, idempotency_key, request_hash, document_ref,
         document_type, device_id, state, step, percent, chip_serial, wrote_to_chip, error_code,
         error_message, error_step, result, resolution, resolved_by, resolved_at, resolution_note,
         attempt, created_at, updated_at)
       VALUES (@id, @kind, @scope, @idempotency_key, @request_hash, @document_ref,
         @document_type, @device_id, @state, @step, @percent, @chip_serial, @wrote_to_chip,
         @error_code, @error_message, @error_step, @result, @resolution, @resolved_by,
         @resolved_at, @resolution_note, @attempt, @created_at, @updated_at)`,
    ),
    updateJob: db.prepare<[MutableJobColumns & { readonly id: string }]>(
      `UPDATE jobs SET state = @state, step = @step, percent = @percent,
         chip_serial = @chip_serial, wrote_to_chip = @wrote_to_chip, error_code = @error_code,
         error_message = @error_message, error_step = @error_step, result = @result,
         resolution = @resolution, resolved_by = @resolved_by, resolved_at = @resolved_at,
         resolution_note = @resolution_note, updated_at = @updated_at
       WHERE id = @id`,
    ),
    nextEventSeq: db.prepare<[string], { readonly seq: number }>(
      'SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM job_events WHERE job_id = ?',
    ),
    insertEvent: db.prepare<[JobEventRow]>(
      `INSERT INTO job_events (job_id, seq, at, action, from_state, to_state, step, detail)
       VALUES (@job_id, @seq, @at, @action, @from_state, @to_state, @step, @detail)`,
    ),
    events: db.prepare<[string], JobEventRow>(
      'SELECT * FROM job_events WHERE job_id = ? ORDER BY seq',
    ),
    lastAudit: db.prepare<[], Pick<AuditRow, 'seq' | 'hash'>>(
      'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1',
    ),
    insertAudit: db.prepare<[AuditRow]>(
      `INSERT INTO audit_log (seq, at, station, event, job_id, kind, device_id, chip_serial,
         document_ref, operator, fields, prev_hash, hash, mac)
       VALUES (@seq, @at, @station, @event, @job_id, @kind, @device_id, @chip_serial,
         @document_ref, @operator, @fields, @prev_hash, @hash, @mac)`,
    ),
    metaValue: db.prepare<[string], { readonly value: string }>(
      'SELECT value FROM journal_meta WHERE name = ?',
    ),
    insertMeta: db.prepare<[string, string]>(
      'INSERT OR IGNORE INTO journal_meta (name, value) VALUES (?, ?)',
    ),
  }
}

export type JournalStatements = ReturnType<typeof prepareStatements>
