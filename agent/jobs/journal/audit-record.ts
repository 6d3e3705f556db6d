import { createHash } from 'node:crypto'
import type { JobResultSummary } from './job-record'

/**
 * The audit catalogue: one name per journal transition that matters to the central system.
 * Step announcements are progress, not issuance events, and stay in `job_events` only.
 */
export const AUDIT_EVENTS = [
  'job.accepted',
  'job.started',
  'job.chip-bound',
  'job.writing',
  'job.succeeded',
  'job.failed',
  'job.spoiled',
  'job.canceled',
  'job.interrupted',
  'job.resolved',
] as const
export type AuditEvent = (typeof AUDIT_EVENTS)[number]

/** The `prev_hash` of record 1: a value no SHA-256 output is expected to take. */
export const GENESIS_HASH = '0'.repeat(64)

/** Names this encoding, so a future layout can never produce the same bytes as this one. */
const DOMAIN = 'idstation/audit-record/v1'

/**
 * One record of the audit trail. Ids, references and PII-free scalars only: the document number
 * appears as the journal's HMAC (`documentRef`), never in clear.
 */
export interface AuditRecord {
  /** 1, 2, 3… over the whole journal, without gaps. */
  readonly seq: number
  /** Milliseconds since the epoch, from the same clock as the journal. */
  readonly at: number
  /** The personalization system's serial (config `personalization.stationSerial`). */
  readonly station: string
  readonly event: AuditEvent
  readonly jobId: string
  readonly kind: string
  readonly deviceId: string
  readonly chipSerial: string | null
  readonly documentRef: string
  /** The client key that asked for the job, or the operator who resolved it. */
  readonly operator: string | null
  /** PII-free scalars: error code and step, result summary, resolution… */
  readonly fields: JobResultSummary
  readonly prevHash: string
  /** SHA-256 (hex) of `encodeAuditRecord`, prevHash included. */
  readonly hash: string
  /** HMAC-SHA256 (hex) of the hash under the station key; see docs/audit-trail.md. */
  readonly mac: string
}

/** What the hash covers: everything except the hash and the MAC themselves. */
export type AuditRecordBody = Omit<AuditRecord, 'hash' | 'mac'>

/** Sorted keys, JSON scalars as `JSON.stringify` writes them: one text per set of fields. */
export function canonicalFields(fields: JobResultSummary): string {
  const sorted: Record<string, string | number | boolean> = {}
  for (const key of Object.keys(fields).sort())
    sorted[key] = fields[key] as string | number | boolean
  return JSON.stringify(sorted)
}

type Field = string | number | null

function encodeField(value: Field): Buffer {
  if (value === null) return Buffer.from([0])
  const [type, text] = typeof value === 'number' ? [2, String(value)] : [1, value]
  const bytes = Buffer.from(text, 'utf8')
  const header = Buffer.alloc(5)
  header.writeUInt8(type, 0)
  header.writeUInt32BE(bytes.length, 1)
  return Buffer.concat([header, bytes])
}

/**
 * The canonical bytes of a record: the domain label then each field in a fixed order, each as
 * a type byte (0 null, 1 UTF-8 text, 2 integer as decimal text) and, unless null, a 4-byte
 * big-endian length and the bytes. Length prefixes make every record one unambiguous string.
 */
export function encodeAuditRecord(record: AuditRecordBody): Buffer {
  const fields: Field[] = [
    DOMAIN,
    record.seq,
    record.at,
    record.station,
    record.event,
    record.jobId,
    record.kind,
    record.deviceId,
    record.chipSerial,
    record.documentRef,
    record.operator,
    canonicalFields(record.fields),
    record.prevHash,
  ]
  return Buffer.concat(fields.map(encodeField))
}

/** SHA-256 of the canonical encoding, lower-case hex. */
export function hashAuditRecord(record: AuditRecordBody): string {
  return createHash('sha256').update(encodeAuditRecord(record)).digest('hex')
}
