import assert from 'node:assert/strict'
import type { JobJournal } from '../../../../../agent/jobs/journal'
import {
  beginRequest,
  CHIP,
  jobWriting,
  openJournal,
  OTHER_CHIP,
  TempDir,
  throwsAgentError,
} from './journal-fixture'

describe('JobJournal recovery and resolution', function () {
  let dir: TempDir
  let journal: JobJournal

  beforeEach(function () {
    dir = new TempDir()
    journal = openJournal(dir)
  })

  afterEach(function () {
    journal.close()
    dir.remove()
  })

  /** Leaves one job mid-write and one accepted, then "restarts": close, reopen, recover. */
  function crashAndRestart(): { writing: string; accepted: string; finished: string } {
    const finished = jobWriting(journal, { documentNumber: 'DONE1' }, OTHER_CHIP)
    journal.succeed(finished.id, {})
    const writing = jobWriting(journal)
    const { job: accepted } = journal.begin(beginRequest({ documentNumber: 'AB1' }))
    journal.close()
    journal = openJournal(dir, { newId: () => 'job-after-restart' })
    return { writing: writing.id, accepted: accepted.id, finished: finished.id }
  }

  it('marks jobs left accepted or running as interrupted after a reopen, keeping chip and step', function () {
    const { writing, accepted, finished } = crashAndRestart()
    const recovered = journal.recoverInterrupted()
    assert.deepEqual(
      recovered.map(job => job.id),
      [writing, accepted],
    )
    const job = journal.get(writing)
    assert.equal(job.state, 'interrupted')
    assert.equal(job.chipSerial, CHIP)
    assert.equal(job.step, 'write-data-groups')
    assert.equal(job.wroteToChip, true)
    const last = journal.events(writing).at(-1)
    assert.deepEqual(
      { action: last?.action, from: last?.fromState, to: last?.toState, detail: last?.detail },
      { action: 'interrupt', from: 'running', to: 'interrupted', detail: { wroteToChip: true } },
    )
    assert.equal(journal.get(accepted).state, 'interrupted')
    assert.equal(journal.get(finished).state, 'succeeded')
    assert.deepEqual(journal.recoverInterrupted(), [])
  })

  it('blocks the document number of an interrupted job', function () {
    const { writing } = crashAndRestart()
    journal.recoverInterrupted()
    throwsAgentError(
      () => journal.begin(beginRequest({ idempotencyKey: 'retry' })),
      'DOCUMENT_BLOCKED',
      { jobId: writing },
    )
    assert.equal(journal.begin(beginRequest()).job.id, writing, 'a replay still answers')
  })

  it('releases the document number when an operator resolves the job as spoiled', function () {
    const { writing } = crashAndRestart()
    journal.recoverInterrupted()
    const resolved = journal.resolve(writing, 'spoiled', 'supervisor-key', 'card in reject bin')
    assert.equal(resolved.state, 'spoiled')
    assert.deepEqual(resolved.resolution, {
      resolution: 'spoiled',
      operator: 'supervisor-key',
      at: resolved.updatedAt,
      note: 'card in reject bin',
    })
    const retry = journal.begin(beginRequest({ idempotencyKey: 'retry' }))
    assert.equal(retry.created, true)
    assert.equal(retry.job.attempt, 2)
    journal.start(retry.job.id)
    throwsAgentError(() => journal.bindChip(retry.job.id, CHIP), 'CHIP_ALREADY_USED', {
      jobId: writing,
    })
  })

  it('consumes the document number when an operator resolves the job as issued', function () {
    const { writing } = crashAndRestart()
    journal.recoverInterrupted()
    const resolved = journal.resolve(writing, 'issued', 'cli')
    assert.equal(resolved.state, 'succeeded')
    assert.equal(resolved.resolution?.resolution, 'issued')
    assert.equal(resolved.resolution.note, null)
    assert.deepEqual(journal.events(writing).at(-1)?.detail, {
      resolution: 'issued',
      operator: 'cli',
    })
    throwsAgentError(
      () => journal.begin(beginRequest({ idempotencyKey: 'retry' })),
      'DOCUMENT_ALREADY_ISSUED',
      { jobId: writing },
    )
  })

  it('refuses to resolve a job that is not interrupted, twice, or issued without a write', function () {
    const { accepted } = crashAndRestart()
    const other = journal.begin(beginRequest({ documentNumber: 'AB2' })).job
    throwsAgentError(() => journal.resolve(other.id, 'spoiled', 'cli'), 'BAD_STATE')
    journal.recoverInterrupted()
    throwsAgentError(() => journal.resolve(accepted, 'issued', 'cli'), 'BAD_STATE', {
      reason: 'nothing-written',
    })
    journal.resolve(accepted, 'spoiled', 'cli')
    throwsAgentError(() => journal.resolve(accepted, 'spoiled', 'cli'), 'BAD_STATE', {
      state: 'spoiled',
    })
    throwsAgentError(() => journal.resolve('job-9999', 'spoiled', 'cli'), 'JOB_NOT_FOUND')
    throwsAgentError(() => journal.resolve(other.id, 'spoiled', 'two words'), 'INVALID_ARGUMENT')
  })
})
