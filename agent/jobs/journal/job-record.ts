import type { ErrorCode } from '../../../drivers/core/error-codes'

/** What a job does. Issuance workflows add their kinds here as they land. */
export const JOB_KINDS = ['personalize-card', 'issue-id-card', 'issue-passport'] as const
export type JobKind = (typeof JOB_KINDS)[number]

/** ICAO 9303 document formats: TD1 is the ID-card size, TD3 the passport booklet. */
export const DOCUMENT_TYPES = ['TD1', 'TD3'] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

/**
 * The job state machine: `accepted → running → succeeded | failed | canceled | spoiled`.
 * `interrupted` is set at start-up for jobs a crash left `accepted` or `running`; an operator
 * resolves it to `spoiled` (document number released) or `succeeded` (chip confirmed issued).
 */
export const JOB_STATES = [
  'accepted',
  'running',
  'interrupted',
  'succeeded',
  'failed',
  'canceled',
  'spoiled',
] as const
export type JobState = (typeof JOB_STATES)[number]

/** States a job never leaves. */
export const TERMINAL_STATES: readonly JobState[] = ['succeeded', 'failed', 'canceled', 'spoiled']

/** States a crash leaves behind: the process died while the job could touch a device. */
export const LIVE_STATES: readonly JobState[] = ['accepted', 'running']

/** How an operator closes an interrupted job. */
export type Resolution = 'spoiled' | 'issued'

/** A PII-free failure: the code from the catalogue, a message for people and the step that failed. */
export interface JobFailure {
  readonly code: ErrorCode
  readonly message: string
  readonly failedStep: string
}

/**
 * The PII-free summary kept for a finished job (chip serial, APDU count, passive-auth outcome…).
 * Flat scalars only, like error details, so nobody stores a data group here by accident.
 */
export type JobResultSummary = Readonly<Record<string, string | number | boolean>>

/** Who closed an interrupted job, when, and as what. */
export interface JobResolution {
  readonly resolution: Resolution
  readonly operator: string
  readonly at: number
  readonly note: string | null
}

/** One job as the journal holds it. Nothing here is personal data. */
export interface JobRecord {
  readonly id: string
  readonly kind: JobKind
  /** The client scope the idempotency key belongs to (e.g. the client key name). */
  readonly scope: string
  readonly idempotencyKey: string
  /** HMAC of the caller's request digest, to tell a replay from a reused key. */
  readonly requestHash: string
  /** HMAC of the document number under the station key; the number itself is never stored. */
  readonly documentRef: string
  readonly documentType: DocumentType
  readonly deviceId: string
  readonly state: JobState
  readonly step: string | null
  readonly percent: number
  /** Hex of the chip's unique id, once bound. */
  readonly chipSerial: string | null
  /** Set, and committed, before the first write APDU: from then on the card may carry data. */
  readonly wroteToChip: boolean
  readonly error: JobFailure | null
  readonly result: JobResultSummary | null
  readonly resolution: JobResolution | null
  /** 1 for the first job of this document number, 2 for the next attempt after a failure… */
  readonly attempt: number
  readonly createdAt: number
  readonly updatedAt: number
}

/** What a journal entry did to the job. */
export type JobAction =
  | 'begin'
  | 'start'
  | 'step'
  | 'bind-chip'
  | 'mark-writing'
  | 'succeed'
  | 'fail'
  | 'cancel'
  | 'interrupt'
  | 'resolve'

/** One append-only line of a job's history. */
export interface JobEventRecord {
  readonly jobId: string
  /** 1, 2, 3… within the job. */
  readonly seq: number
  readonly at: number
  readonly action: JobAction
  readonly fromState: JobState | null
  readonly toState: JobState
  readonly step: string | null
  readonly detail: JobResultSummary
}

export function isTerminal(state: JobState): boolean {
  return TERMINAL_STATES.includes(state)
}
