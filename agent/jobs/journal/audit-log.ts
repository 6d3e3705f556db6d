import type Database from 'better-sqlite3'
import type { JournalHasher } from './document-ref'
import type { JobAction, JobResultSummary } from './job-record'
import type { JobRow } from './job-rows'
import {
  canonicalFields,
  GENESIS_HASH,
  hashAuditRecord,
  type AuditEvent,
  type AuditRecord,
  type AuditRecordBody,
} from './audit-record'
import type { JournalStatements } from './statements'

/** An `audit_log` row as SQLite returns it. */
export interface AuditRow {
  readonly seq: number
  readonly at: number
  readonly station: string
  readonly event: AuditEvent
  readonly job_id: string
  readonly kind: string
  readonly device_id: string
  readonly chip_serial: string | null
  readonly document_ref: string
  readonly operator: string | null
  readonly fields: string
  readonly prev_hash: string
  readonly hash: string
  readonly mac: string
}

/** What a transition contributes to its audit record; the chain adds seq, hashes and MAC. */
interface AuditEntry {
  readonly event: AuditEvent
  readonly operator: string | null
  readonly fields: JobResultSummary
}

/**
 * The audit entry of one journal transition, or null for one the trail leaves out (steps).
 * Fields are copied by name from values the journal has already checked to be PII-free
 * scalars; free text (error messages, resolution notes) stays in the jobs table.
 */
function auditEntry(action: JobAction, after: JobRow, detail: JobResultSummary): AuditEntry | null {
  switch (action) {
    case 'begin':
      return {
        event: 'job.accepted',
        operator: after.scope,
        fields: { attempt: after.attempt, documentType: after.document_type },
      }
    case 'start':
      return { event: 'job.started', operator: null, fields: {} }
    case 'step':
      return null
    case 'bind-chip':
      return {
        event: 'job.chip-bound',
        operator: null,
        fields: typeof detail.replaced === 'string' ? { replaced: detail.replaced } : {},
      }
    case 'mark-writing':
      return { event: 'job.writing', operator: null, fields: {} }
    case 'succeed':
      return {
        event: 'job.succeeded',
        operator: null,
        fields: after.result === null ? {} : (JSON.parse(after.result) as JobResultSummary),
      }
    case 'fail':
      return {
        event: after.state === 'spoiled' ? 'job.spoiled' : 'job.failed',
        operator: null,
        fields: { code: after.error_code ?? '', failedStep: after.error_step ?? '' },
      }
    case 'cancel':
      return { event: 'job.canceled', operator: null, fields: { atStep: after.step ?? '' } }
    case 'interrupt':
      return {
        event: 'job.interrupted',
        operator: null,
        fields: { step: after.step ?? '', wroteToChip: after.wrote_to_chip === 1 },
      }
    case 'resolve':
      return {
        event: 'job.resolved',
        operator: after.resolved_by,
        fields: { resolution: after.resolution ?? '', state: after.state },
      }
  }
}

/**
 * Appends the audit record of a transition, chained to the last record. Runs inside the
 * journal's immediate transaction, so the record and the change commit together or not at all,
 * and no other writer can take the same seq.
 */
export function appendAuditRecord(
  statements: JournalStatements,
  hasher: JournalHasher,
  station: string,
  transition: {
    readonly action: JobAction
    readonly after: JobRow
    readonly detail: JobResultSummary
    readonly at: number
  },
): void {
  const { action, after, detail, at } = transition
  const entry = auditEntry(action, after, detail)
  if (entry === null) return
  const last = statements.lastAudit.get()
  const body: AuditRecordBody = {
    seq: (last?.seq ?? 0) + 1,
    at,
    station,
    event: entry.event,
    jobId: after.id,
    kind: after.kind,
    deviceId: after.device_id,
    chipSerial: after.chip_serial,
    documentRef: after.document_ref,
    operator: entry.operator,
    fields: entry.fields,
    prevHash: last?.hash ?? GENESIS_HASH,
  }
  const hash = hashAuditRecord(body)
  statements.insertAudit.run({
    seq: body.seq,
    at: body.at,
    station: body.station,
    event: body.event,
    job_id: body.jobId,
    kind: body.kind,
    device_id: body.deviceId,
    chip_serial: body.chipSerial,
    document_ref: body.documentRef,
    operator: body.operator,
    fields: canonicalFields(body.fields),
    prev_hash: body.prevHash,
    hash,
    mac: hasher.auditMac(hash),
  })
}

export function toAuditRecord(row: AuditRow): AuditRecord {
  return {
    seq: row.seq,
    at: row.at,
    station: row.station,
    event: row.event,
    jobId: row.job_id,
    kind: row.kind,
    deviceId: row.device_id,
    chipSerial: row.chip_serial,
    documentRef: row.document_ref,
    operator: row.operator,
    fields: JSON.parse(row.fields) as JobResultSummary,
    prevHash: row.prev_hash,
    hash: row.hash,
    mac: row.mac,
  }
}

/** The records from `sinceSeq` on, oldest first, one at a time (a long trail is never all in memory). */
export function* readAuditRecords(db: Database.Database, sinceSeq = 1): Generator<AuditRecord> {
  const rows = db
    .prepare<[number], AuditRow>('SELECT * FROM audit_log WHERE seq >= ? ORDER BY seq')
    .iterate(sinceSeq)
  for (const row of rows) yield toAuditRecord(row)
}
