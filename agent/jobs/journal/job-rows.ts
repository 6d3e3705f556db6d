import type { ErrorCode } from '../../../drivers/core/error-codes'
import type {
  DocumentType,
  JobAction,
  JobEventRecord,
  JobKind,
  JobRecord,
  JobResultSummary,
  JobState,
  Resolution,
} from './job-record'

/** A `jobs` row as SQLite returns it. The schema's CHECKs and the writers keep the unions true. */
export interface JobRow {
  readonly seq: number
  readonly id: string
  readonly kind: JobKind
  readonly scope: string
  readonly idempotency_key: string
  readonly request_hash: string
  readonly document_ref: string
  readonly document_type: DocumentType
  readonly device_id: string
  readonly state: JobState
  readonly step: string | null
  readonly percent: number
  readonly chip_serial: string | null
  readonly wrote_to_chip: 0 | 1
  readonly error_code: ErrorCode | null
  readonly error_message: string | null
  readonly error_step: string | null
  readonly result: string | null
  readonly resolution: Resolution | null
  readonly resolved_by: string | null
  readonly resolved_at: number | null
  readonly resolution_note: string | null
  readonly attempt: number
  readonly created_at: number
  readonly updated_at: number
}

/** A `job_events` row as SQLite returns it. */
export interface JobEventRow {
  readonly job_id: string
  readonly seq: number
  readonly at: number
  readonly action: JobAction
  readonly from_state: JobState | null
  readonly to_state: JobState
  readonly step: string | null
  readonly detail: string
}

function parseSummary(text: string): JobResultSummary {
  return JSON.parse(text) as JobResultSummary
}

export function toJobRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    scope: row.scope,
    idempotencyKey: row.idempotency_key,
    requestHash: row.request_hash,
    documentRef: row.document_ref,
    documentType: row.document_type,
    deviceId: row.device_id,
    state: row.state,
    step: row.step,
    percent: row.percent,
    chipSerial: row.chip_serial,
    wroteToChip: row.wrote_to_chip === 1,
    error:
      row.error_code === null
        ? null
        : {
            code: row.error_code,
            message: row.error_message ?? '',
            failedStep: row.error_step ?? '',
          },
    result: row.result === null ? null : parseSummary(row.result),
    resolution:
      row.resolution === null
        ? null
        : {
            resolution: row.resolution,
            operator: row.resolved_by ?? '',
            at: row.resolved_at ?? 0,
            note: row.resolution_note,
          },
    attempt: row.attempt,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function toJobEventRecord(row: JobEventRow): JobEventRecord {
  return {
    jobId: row.job_id,
    seq: row.seq,
    at: row.at,
    action: row.action,
    fromState: row.from_state,
    toState: row.to_state,
    step: row.step,
    detail: parseSummary(row.detail),
  }
}

/** The row of a job just accepted: nothing bound, nothing written, no outcome yet. */
export function newJobRow(fields: {
  readonly id: string
  readonly kind: JobKind
  readonly scope: string
  readonly idempotencyKey: string
  readonly requestHash: string
  readonly documentRef: string
  readonly documentType: DocumentType
  readonly deviceId: string
  readonly attempt: number
  readonly now: number
}): JobRow {
  return {
    seq: 0,
    id: fields.id,
    kind: fields.kind,
    scope: fields.scope,
    idempotency_key: fields.idempotencyKey,
    request_hash: fields.requestHash,
    document_ref: fields.documentRef,
    document_type: fields.documentType,
    device_id: fields.deviceId,
    state: 'accepted',
    step: null,
    percent: 0,
    chip_serial: null,
    wrote_to_chip: 0,
    error_code: null,
    error_message: null,
    error_step: null,
    result: null,
    resolution: null,
    resolved_by: null,
    resolved_at: null,
    resolution_note: null,
    attempt: fields.attempt,
    created_at: fields.now,
    updated_at: fields.now,
  }
}
