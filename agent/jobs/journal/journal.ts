import { dirname, join } from 'node:path'
import type Database from 'better-sqlite3'
import { SYSTEM_CLOCK, type Clock } from '../../../drivers/core/clock'
import { AgentError } from '../../../drivers/core/errors'
import { appendAuditRecord, readAuditRecords } from './audit-log'
import type { AuditRecord } from './audit-record'
import { verifyAuditChain, type AuditVerification } from './audit-verify'
import { JournalHasher } from './document-ref'
import { createJobIdGenerator, type JobIdGenerator } from './job-id'
import type {
  DocumentType,
  JobAction,
  JobEventRecord,
  JobFailure,
  JobKind,
  JobRecord,
  JobResultSummary,
  JobState,
  Resolution,
} from './job-record'
import { newJobRow, toJobEventRecord, toJobRecord, type JobRow } from './job-rows'
import { listJobRows, type ListQuery } from './list-jobs'
import {
  chipAlreadyUsed,
  documentHeld,
  idempotencyConflict,
  illegalTransition,
  jobNotFound,
  journalClosed,
  storageFailure,
} from './journal-errors'
import { openDatabase } from './open-database'
import { migrate } from './schema'
import { ensureStationKeyFile } from './station-key'
import { prepareStatements, type JournalStatements, type MutableJobColumns } from './statements'
import {
  checkDeviceId,
  checkDocumentType,
  checkFailure,
  checkKind,
  checkNote,
  checkOperator,
  checkPercent,
  checkRequestDigest,
  checkStep,
  checkToken,
  normalizeChipSerial,
  summaryJson,
} from './validate'

/** The idempotency scope of callers that do not name one. */
export const DEFAULT_SCOPE = 'default'

const KEY_CHECK = 'key-check'

/** The station name in audit records when the caller gives none (tests, tools). */
export const UNNAMED_STATION = 'unnamed-station'

/** Where the station key lives when `keyPath` is not given: beside the database. */
export function defaultKeyPath(databasePath: string): string {
  return join(dirname(databasePath), 'journal.key')
}

export type { ListQuery }

export interface JournalOptions {
  /** The station key file; defaults to `journal.key` in the database's directory. */
  readonly keyPath?: string
  readonly clock?: Pick<Clock, 'now'>
  readonly newId?: JobIdGenerator
  /** The personalization system's serial, written to every audit record. */
  readonly stationSerial?: string
  /** For the key file permission check; tests pass 'linux' or 'win32'. */
  readonly platform?: NodeJS.Platform
}

/** A request to start a job. The document number is hashed at once and never stored. */
export interface BeginRequest {
  readonly kind: JobKind
  /** Who the idempotency key belongs to, e.g. the client key name; defaults to `DEFAULT_SCOPE`. */
  readonly scope?: string
  /**
   * The client's token, stored in clear (1-128 of `A-Z a-z 0-9 . _ : ~ + / = -`): clients must
   * not derive it from personal data such as the document number.
   */
  readonly idempotencyKey: string
  /**
   * The caller's digest (e.g. SHA-256, 16-64 bytes) of the canonical request, covering every
   * field that makes it a different request, kind included; stored only as an HMAC.
   */
  readonly requestHash: Uint8Array
  readonly documentNumber: string
  readonly documentType: DocumentType
  readonly deviceId: string
}

export interface BeginResult {
  /** The new job, or the first job made with this idempotency key, whatever its state. */
  readonly job: JobRecord
  /** False for a replay: nothing was written and no card may be touched for it. */
  readonly created: boolean
}

/**
 * The issuance journal: every job and each of its transitions, in SQLite.
 *
 * Contract: every mutating method is a single immediate transaction that has committed (and,
 * with WAL and `synchronous = FULL`, reached the disk) when it returns. A workflow therefore
 * calls the method, and only then performs the device action it announces; a crash in between
 * leaves a journal that says at least as much as the card. Methods are synchronous on purpose:
 * nothing can interleave between a check and the write it guards, in this process or another.
 *
 * Refusals are `AgentError`s: `JOB_NOT_FOUND`, `BAD_STATE` (illegal transition), the uniqueness
 * codes (`IDEMPOTENCY_CONFLICT`, `DOCUMENT_ALREADY_ISSUED`, `DOCUMENT_BLOCKED`,
 * `CHIP_ALREADY_USED`), `INVALID_ARGUMENT`, and `INTERNAL` when SQLite fails (nothing committed).
 */
export class JobJournal {
  private readonly statements: JournalStatements
  private closed = false

  private constructor(
    private readonly db: Database.Database,
    private readonly hasher: JournalHasher,
    private readonly clock: Pick<Clock, 'now'>,
    private readonly newId: JobIdGenerator,
    private readonly station: string,
  ) {
    this.statements = prepareStatements(db)
  }

  /**
   * Opens (creating when missing) the journal at `path` and its station key. Does not touch
   * jobs: the agent calls `recoverInterrupted()` next, before it accepts requests.
   *
   * @throws AgentError `CONFIG_INVALID` for an unusable path, a key file that is missing for an
   *   existing journal, readable by others or not the one the journal was made with, or a
   *   schema newer than this code.
   */
  static open(path: string, options: JournalOptions = {}): JobJournal {
    const clock = options.clock ?? SYSTEM_CLOCK
    const db = openDatabase(path)
    try {
      migrate(db)
      const keyPath = options.keyPath ?? defaultKeyPath(path)
      const hasher = JobJournal.loadKey(db, keyPath, options.platform)
      return new JobJournal(
        db,
        hasher,
        clock,
        options.newId ?? createJobIdGenerator(clock),
        options.stationSerial ?? UNNAMED_STATION,
      )
    } catch (error) {
      db.close()
      throw error
    }
  }

  /** Reads the key, refusing one that is not the key this journal's hashes were made with. */
  private static loadKey(
    db: Database.Database,
    keyPath: string,
    platform: NodeJS.Platform | undefined,
  ): JournalHasher {
    const { metaValue, insertMeta } = prepareStatements(db)
    const stored = metaValue.get(KEY_CHECK)?.value
    const { key } = ensureStationKeyFile(keyPath, {
      mayCreate: stored === undefined,
      ...(platform === undefined ? {} : { platform }),
    })
    const hasher = new JournalHasher(key)
    // INSERT OR IGNORE then read back: of two processes creating a journal, one check wins.
    insertMeta.run(KEY_CHECK, hasher.keyCheck())
    if (metaValue.get(KEY_CHECK)?.value !== hasher.keyCheck()) {
      throw new AgentError(
        'CONFIG_INVALID',
        `journal key file ${keyPath} is not the key this journal was created with; restore the original`,
        { details: { path: keyPath } },
      )
    }
    return hasher
  }

  /**
   * Records a new job in state `accepted`, or returns the first job made with this idempotency
   * key (`created: false`, nothing written) when the request is the same.
   *
   * @throws `IDEMPOTENCY_CONFLICT` when the key was used for a different request;
   *   `DOCUMENT_ALREADY_ISSUED` when a job succeeded with this document number (or an operator
   *   confirmed it issued); `DOCUMENT_BLOCKED` while an interrupted job holds it; `BAD_STATE`
   *   (`reason: 'document-in-progress'`) while another job is accepted or running with it.
   */
  begin(request: BeginRequest): BeginResult {
    const kind = checkKind(request.kind)
    const scope = checkToken('scope', request.scope ?? DEFAULT_SCOPE)
    const idempotencyKey = checkToken('idempotencyKey', request.idempotencyKey)
    const documentType = checkDocumentType(request.documentType)
    const deviceId = checkDeviceId(request.deviceId)
    const requestHash = this.hasher.requestHash(checkRequestDigest(request.requestHash))
    const documentRef = this.hasher.documentRef(request.documentNumber)
    return this.write(() => {
      const existing = this.statements.jobByKey.get(scope, idempotencyKey)
      if (existing !== undefined) {
        // The digest covers the whole request (kind included); the document check is a second
        // line against a caller whose digest leaves the number out.
        const same = existing.request_hash === requestHash && existing.document_ref === documentRef
        if (!same) throw idempotencyConflict(existing)
        return { job: toJobRecord(existing), created: false }
      }
      const holder = this.statements.documentHolder.get(documentRef)
      if (holder !== undefined) throw documentHeld(holder)
      const now = this.now()
      const previous = this.statements.documentJobCount.get(documentRef)?.count ?? 0
      const row = newJobRow({
        id: this.newId(),
        kind,
        scope,
        idempotencyKey,
        requestHash,
        documentRef,
        documentType,
        deviceId,
        attempt: previous + 1,
        now,
      })
      this.statements.insertJob.run(row)
      this.appendEvent(row, 'begin', row, { attempt: row.attempt }, now)
      return { job: this.require(row.id), created: true }
    })
  }

  /** `accepted → running`. */
  start(jobId: string): JobRecord {
    return this.write(() => {
      const row = this.requireState(jobId, 'start', ['accepted'])
      return this.apply(row, 'start', { state: 'running' })
    })
  }

  /**
   * Announces the step the job is about to run. A new step name is a history event; a percent
   * change within the same step only updates the job.
   */
  step(jobId: string, name: string, percent: number): JobRecord {
    checkStep('step', name)
    checkPercent(percent)
    return this.write(() => {
      const row = this.requireState(jobId, 'step', ['running'])
      if (row.step === name) return this.apply(row, null, { percent })
      return this.apply(row, 'step', { step: name, percent }, { percent })
    })
  }

  /**
   * Binds the chip in the encoder to the job, before anything is written to it. Binding the
   * same serial again is a no-op; a different serial replaces it only while nothing was written
   * (a card swapped before personalisation).
   *
   * @throws `CHIP_ALREADY_USED` when another job holds the serial: any job except one that
   *   failed or was canceled before writing. `BAD_STATE` when the job is not running or already
   *   wrote to another chip.
   */
  bindChip(jobId: string, chipSerial: string): JobRecord {
    const serial = normalizeChipSerial(chipSerial)
    return this.write(() => {
      const row = this.requireState(jobId, 'bind-chip', ['running'])
      if (row.chip_serial === serial) return toJobRecord(row)
      if (row.wrote_to_chip === 1) throw illegalTransition(row, 'bind-chip', 'chip-written')
      const holder = this.statements.chipHolder.get(serial, jobId)
      if (holder !== undefined) throw chipAlreadyUsed(holder, serial)
      const detail =
        row.chip_serial === null
          ? { chipSerial: serial }
          : { chipSerial: serial, replaced: row.chip_serial }
      return this.apply(row, 'bind-chip', { chip_serial: serial }, detail)
    })
  }

  /**
   * Records that the next APDU writes to the bound chip. Call it, and let it return, before the
   * first write: from then on the chip stays bound even if the job fails, and a failure is
   * `spoiled`. A second call is a no-op.
   *
   * @throws `BAD_STATE` when the job is not running or has no chip bound.
   */
  markWriting(jobId: string): JobRecord {
    return this.write(() => {
      const row = this.requireState(jobId, 'mark-writing', ['running'])
      if (row.chip_serial === null) throw illegalTransition(row, 'mark-writing', 'no-chip-bound')
      if (row.wrote_to_chip === 1) return toJobRecord(row)
      return this.apply(row, 'mark-writing', { wrote_to_chip: 1 }, { chipSerial: row.chip_serial })
    })
  }

  /**
   * `running → succeeded` with a PII-free summary. The document number stays consumed.
   *
   * @throws `BAD_STATE` when the job is not running or never marked a chip as written.
   */
  succeed(jobId: string, result: JobResultSummary): JobRecord {
    const json = summaryJson('result', result)
    return this.write(() => {
      const row = this.requireState(jobId, 'succeed', ['running'])
      if (row.wrote_to_chip === 0) throw illegalTransition(row, 'succeed', 'nothing-written')
      return this.apply(row, 'succeed', { state: 'succeeded', percent: 100, result: json })
    })
  }

  /**
   * Ends an accepted or running job in failure. It ends `spoiled` when the caller says so or
   * when `markWriting` was committed (the card may carry partial data: it goes to the reject
   * bin), `failed` otherwise. Either way the document number is free for a new attempt.
   */
  fail(jobId: string, failure: JobFailure, options: { readonly spoiled: boolean }): JobRecord {
    const error = checkFailure(failure)
    return this.write(() => {
      const row = this.requireState(jobId, 'fail', ['accepted', 'running'])
      const state = options.spoiled || row.wrote_to_chip === 1 ? 'spoiled' : 'failed'
      const change = {
        state,
        error_code: error.code,
        error_message: error.message,
        error_step: error.failedStep,
      } as const
      return this.apply(row, 'fail', change, { code: error.code, failedStep: error.failedStep })
    })
  }

  /** `accepted | running → canceled`, remembering the step it stopped at. */
  cancel(jobId: string, atStep: string): JobRecord {
    checkStep('atStep', atStep)
    return this.write(() => {
      const row = this.requireState(jobId, 'cancel', ['accepted', 'running'])
      return this.apply(row, 'cancel', { state: 'canceled', step: atStep }, { atStep })
    })
  }

  /**
   * Marks every job a previous process left `accepted` or `running` as `interrupted`, keeping
   * its step and chip serial, and returns them. Only the process that owns the devices calls
   * this, once at start-up before it accepts requests: another process would interrupt jobs
   * that are still running.
   */
  recoverInterrupted(): readonly JobRecord[] {
    return this.write(() =>
      this.statements.liveJobs
        .all()
        .map(row =>
          this.apply(
            row,
            'interrupt',
            { state: 'interrupted' },
            { wroteToChip: row.wrote_to_chip === 1 },
          ),
        ),
    )
  }

  /**
   * Closes an interrupted job after an operator looked at the card: `spoiled` frees the document
   * number for a new attempt; `issued` (the chip carries the document) moves the job to
   * `succeeded` and the number stays consumed. The note is operator text kept in the journal:
   * it must not hold personal data.
   *
   * @throws `JOB_NOT_FOUND`; `BAD_STATE` when the job is not interrupted, or for `issued` when
   *   the job never marked a chip as written (nothing can have been written).
   */
  resolve(jobId: string, resolution: Resolution, operator: string, note?: string): JobRecord {
    checkOperator(operator)
    if (note !== undefined) checkNote(note)
    return this.write(() => {
      const row = this.requireState(jobId, 'resolve', ['interrupted'])
      if (resolution === 'issued' && row.wrote_to_chip === 0) {
        throw illegalTransition(row, 'resolve', 'nothing-written')
      }
      const now = this.now()
      const change = {
        state: resolution === 'spoiled' ? 'spoiled' : 'succeeded',
        resolution,
        resolved_by: operator,
        resolved_at: now,
        resolution_note: note ?? null,
      } as const
      return this.apply(row, 'resolve', change, { resolution, operator }, now)
    })
  }

  /** @throws `JOB_NOT_FOUND` */
  get(jobId: string): JobRecord {
    this.assertOpen()
    return this.require(jobId)
  }

  /** The job made with this idempotency key in this scope, if any. */
  findByIdempotencyKey(
    idempotencyKey: string,
    scope: string = DEFAULT_SCOPE,
  ): JobRecord | undefined {
    this.assertOpen()
    const row = this.statements.jobByKey.get(scope, idempotencyKey)
    return row === undefined ? undefined : toJobRecord(row)
  }

  /**
   * Jobs newest first. Page with `before`: the id of the last job of the previous page.
   *
   * @throws `JOB_NOT_FOUND` for an unknown `before`; `INVALID_ARGUMENT` for a bad limit or state.
   */
  list(query: ListQuery = {}): readonly JobRecord[] {
    this.assertOpen()
    return listJobRows(this.db, query).map(toJobRecord)
  }

  /** The job's history, oldest first. @throws `JOB_NOT_FOUND` */
  events(jobId: string): readonly JobEventRecord[] {
    this.assertOpen()
    this.requireRow(jobId)
    return this.statements.events.all(jobId).map(toJobEventRecord)
  }

  /** Audit records from `sinceSeq` on, oldest first. */
  auditRecords(sinceSeq = 1): readonly AuditRecord[] {
    this.assertOpen()
    return [...readAuditRecords(this.db, sinceSeq)]
  }

  /** Checks the whole audit chain, MACs included (this process holds the station key). */
  verifyAudit(): AuditVerification {
    this.assertOpen()
    return verifyAuditChain(this.db, { mac: hash => this.hasher.auditMac(hash) })
  }

  /** Closes the database; later calls throw `BAD_STATE`. Safe to call twice. */
  close(): void {
    if (this.closed) return
    this.closed = true
    this.db.close()
  }

  /** Runs `body` as one immediate transaction: committed on return, rolled back on a throw. */
  private write<T>(body: () => T): T {
    this.assertOpen()
    try {
      return this.db.transaction(body).immediate()
    } catch (error) {
      if (error instanceof AgentError) throw error
      throw storageFailure(error)
    }
  }

  /**
   * Updates the job and, when `action` is given, appends the history line and its audit record,
   * in the caller's transaction. Returns the job as committed.
   */
  private apply(
    row: JobRow,
    action: JobAction | null,
    change: Partial<Omit<MutableJobColumns, 'updated_at'>>,
    detail: JobResultSummary = {},
    now: number = this.now(),
  ): JobRecord {
    const next: JobRow = { ...row, ...change, updated_at: now }
    this.statements.updateJob.run(next)
    if (action !== null) this.appendEvent(row, action, next, detail, now)
    return toJobRecord(next)
  }

  private appendEvent(
    before: JobRow,
    action: JobAction,
    after: JobRow,
    detail: JobResultSummary,
    now: number,
  ): void {
    const seq = this.statements.nextEventSeq.get(after.id)?.seq ?? 1
    this.statements.insertEvent.run({
      job_id: after.id,
      seq,
      at: now,
      action,
      from_state: action === 'begin' ? null : before.state,
      to_state: after.state,
      step: after.step,
      detail: JSON.stringify(detail),
    })
    appendAuditRecord(this.statements, this.hasher, this.station, {
      action,
      after,
      detail,
      at: now,
    })
  }

  private requireState(jobId: string, action: string, allowed: readonly JobState[]): JobRow {
    const row = this.requireRow(jobId)
    if (!allowed.includes(row.state)) throw illegalTransition(row, action)
    return row
  }

  private requireRow(jobId: string): JobRow {
    const row = this.statements.jobById.get(jobId)
    if (row === undefined) throw jobNotFound(jobId)
    return row
  }

  private require(jobId: string): JobRecord {
    return toJobRecord(this.requireRow(jobId))
  }

  private assertOpen(): void {
    if (this.closed) throw journalClosed()
  }

  private now(): number {
    return Math.trunc(this.clock.now())
  }
}
