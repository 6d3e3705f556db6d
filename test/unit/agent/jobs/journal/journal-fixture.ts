import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ErrorCode } from '../../../../../drivers/core/error-codes'
import { AgentError, type ErrorDetails } from '../../../../../drivers/core/errors'
import {
  JobJournal,
  type BeginRequest,
  type JobRecord,
  type JournalOptions,
} from '../../../../../agent/jobs/journal'

/** Distinctive enough that finding it in a file cannot be a coincidence. */
export const DOCUMENT_NUMBER = 'ZQ7X41K9W'
export const OTHER_DOCUMENT_NUMBER = 'LM3C88T20'
export const CHIP = '04A1B2C3D4E5F6'
export const OTHER_CHIP = '04FFEEDDCCBBAA'

/** A clock that moves one second per reading, so every timestamp differs and is predictable. */
export function steppingClock(start = 1_700_000_000_000): { now(): number } {
  let time = start
  return {
    now: () => {
      time += 1000
      return time
    },
  }
}

/** Ids job-0001, job-0002…: the order they were made in. */
export function counterIds(): () => string {
  let next = 0
  return () => {
    next += 1
    return `job-${String(next).padStart(4, '0')}`
  }
}

/** A temporary directory per test, removed after it. */
export class TempDir {
  readonly path = mkdtempSync(join(tmpdir(), 'idstation-journal-'))

  file(...parts: string[]): string {
    return join(this.path, ...parts)
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true })
  }
}

export function databasePath(dir: TempDir): string {
  return dir.file('data', 'journal.db')
}

export function openJournal(dir: TempDir, options: JournalOptions = {}): JobJournal {
  return JobJournal.open(databasePath(dir), {
    clock: steppingClock(),
    newId: counterIds(),
    platform: 'linux',
    ...options,
  })
}

/** The digest a service would compute over its canonical request. */
export function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}

export function beginRequest(overrides: Partial<BeginRequest> = {}): BeginRequest {
  const documentNumber = overrides.documentNumber ?? DOCUMENT_NUMBER
  // Derived, not the number itself: a key is stored in clear (the no-PII test would catch it).
  const idempotencyKey =
    overrides.idempotencyKey ?? `key-${digest(documentNumber).toString('hex').slice(0, 16)}`
  return {
    kind: 'personalize-card',
    idempotencyKey,
    requestHash: digest(`${idempotencyKey}|${documentNumber}`),
    documentNumber,
    documentType: 'TD1',
    deviceId: 'pcsc:Virtual Reader 0',
    ...overrides,
  }
}

/** Begins and starts a job, binds `chip` and marks it written: the state before the first write APDU. */
export function jobWriting(
  journal: JobJournal,
  overrides: Partial<BeginRequest> = {},
  chip = CHIP,
): JobRecord {
  const { job } = journal.begin(beginRequest(overrides))
  journal.start(job.id)
  journal.step(job.id, 'write-data-groups', 40)
  journal.bindChip(job.id, chip)
  return journal.markWriting(job.id)
}

/** Asserts that `run` throws an AgentError with `code` and, when given, these details. */
export function throwsAgentError(
  run: () => unknown,
  code: ErrorCode,
  details?: ErrorDetails,
): AgentError {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  assert.ok(caught instanceof AgentError, `expected an AgentError ${code}, got ${String(caught)}`)
  assert.equal(caught.code, code, caught.message)
  if (details !== undefined) {
    for (const [name, value] of Object.entries(details)) assert.equal(caught.details[name], value)
  }
  return caught
}

/** Rows in the two tables, to prove a call wrote nothing. */
export function counts(journal: JobJournal): { jobs: number; events: number } {
  const jobs = journal.list({ limit: 1000 })
  return {
    jobs: jobs.length,
    events: jobs.reduce((sum, job) => sum + journal.events(job.id).length, 0),
  }
}
