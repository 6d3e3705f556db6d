import assert from 'node:assert/strict'
import type { JobJournal } from '../../../../../agent/jobs/journal'
import {
  beginRequest,
  counts,
  digest,
  DOCUMENT_NUMBER,
  jobWriting,
  openJournal,
  OTHER_CHIP,
  TempDir,
  throwsAgentError,
} from './journal-fixture'

describe('JobJournal.begin', function () {
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

  it('records a new job as accepted, attempt 1, with a begin event', function () {
    const { job, created } = journal.begin(beginRequest())
    assert.equal(created, true)
    assert.equal(job.id, 'job-0001')
    assert.equal(job.state, 'accepted')
    assert.equal(job.attempt, 1)
    assert.equal(job.chipSerial, null)
    assert.match(job.documentRef, /^[0-9a-f]{64}$/)
    assert.deepEqual(journal.get(job.id), job)
    const events = journal.events(job.id)
    assert.equal(events.length, 1)
    assert.deepEqual(
      { action: events[0]?.action, from: events[0]?.fromState, to: events[0]?.toState },
      { action: 'begin', from: null, to: 'accepted' },
    )
  })

  it('replays an idempotency key: the first job comes back and nothing is written', function () {
    const first = journal.begin(beginRequest())
    journal.start(first.job.id)
    const before = counts(journal)
    const replay = journal.begin(beginRequest())
    assert.equal(replay.created, false)
    assert.equal(replay.job.id, first.job.id)
    assert.equal(replay.job.state, 'running')
    assert.deepEqual(counts(journal), before)
  })

  it('replays a succeeded job instead of refusing its document number', function () {
    const job = jobWriting(journal)
    const done = journal.succeed(job.id, { chipSerial: job.chipSerial ?? '', apduCount: 31 })
    const replay = journal.begin(beginRequest())
    assert.equal(replay.created, false)
    assert.deepEqual(replay.job, done)
  })

  it('refuses an idempotency key reused for a different request', function () {
    const { job } = journal.begin(beginRequest())
    const before = counts(journal)
    throwsAgentError(
      () => journal.begin(beginRequest({ requestHash: digest('another request') })),
      'IDEMPOTENCY_CONFLICT',
      { jobId: job.id },
    )
    assert.deepEqual(counts(journal), before)
  })

  it('refuses a reused key whose document number differs even when the digest matches', function () {
    journal.begin(beginRequest({ idempotencyKey: 'k-1', requestHash: digest('same') }))
    throwsAgentError(
      () =>
        journal.begin(
          beginRequest({
            idempotencyKey: 'k-1',
            requestHash: digest('same'),
            documentNumber: 'AB1',
          }),
        ),
      'IDEMPOTENCY_CONFLICT',
    )
  })

  it('keeps idempotency keys apart per client scope', function () {
    const mine = journal.begin(beginRequest({ scope: 'front-desk', idempotencyKey: 'k-1' }))
    const theirs = journal.begin(
      beginRequest({ scope: 'van-7', idempotencyKey: 'k-1', documentNumber: 'AB1' }),
    )
    assert.equal(theirs.created, true)
    assert.notEqual(theirs.job.id, mine.job.id)
    assert.equal(journal.findByIdempotencyKey('k-1', 'van-7')?.id, theirs.job.id)
    assert.equal(journal.findByIdempotencyKey('k-1'), undefined)
  })

  it('refuses a document number that a succeeded job issued', function () {
    const job = jobWriting(journal)
    journal.succeed(job.id, { apduCount: 31 })
    throwsAgentError(
      () => journal.begin(beginRequest({ idempotencyKey: 'second-try' })),
      'DOCUMENT_ALREADY_ISSUED',
      { jobId: job.id },
    )
  })

  it('refuses a document number another job is still issuing', function () {
    const { job } = journal.begin(beginRequest())
    throwsAgentError(
      () => journal.begin(beginRequest({ idempotencyKey: 'second-try' })),
      'BAD_STATE',
      { jobId: job.id, reason: 'document-in-progress' },
    )
  })

  it('treats MRZ fillers and case as the same document number', function () {
    journal.begin(beginRequest())
    throwsAgentError(
      () =>
        journal.begin(
          beginRequest({
            idempotencyKey: 'second-try',
            documentNumber: `${DOCUMENT_NUMBER.toLowerCase()}<<`,
          }),
        ),
      'BAD_STATE',
    )
  })

  it('frees the document number after a failed attempt and counts the next attempt', function () {
    const { job } = journal.begin(beginRequest())
    journal.start(job.id)
    journal.fail(
      job.id,
      { code: 'CARD_NOT_BLANK', message: 'card is personalised', failedStep: 'identify-chip' },
      { spoiled: false },
    )
    const retry = journal.begin(beginRequest({ idempotencyKey: 'second-try' }))
    assert.equal(retry.created, true)
    assert.equal(retry.job.attempt, 2)
  })

  it('frees the document number after a spoiled card and after a cancel', function () {
    const spoiled = jobWriting(journal)
    journal.fail(
      spoiled.id,
      { code: 'CARD_WRITE_FAILED', message: 'file full', failedStep: 'write-data-groups' },
      { spoiled: true },
    )
    const { job: canceled } = journal.begin(beginRequest({ idempotencyKey: 'second-try' }))
    journal.cancel(canceled.id, 'feed-card')
    const third = jobWriting(journal, { idempotencyKey: 'third-try' }, OTHER_CHIP)
    assert.equal(third.attempt, 3)
  })

  it('refuses malformed input without echoing the document number', function () {
    throwsAgentError(
      () => journal.begin(beginRequest({ idempotencyKey: 'has space' })),
      'INVALID_ARGUMENT',
      { field: 'idempotencyKey' },
    )
    throwsAgentError(
      () => journal.begin(beginRequest({ idempotencyKey: 'k'.repeat(129) })),
      'INVALID_ARGUMENT',
    )
    throwsAgentError(
      () => journal.begin(beginRequest({ requestHash: new Uint8Array(4) })),
      'INVALID_ARGUMENT',
      { field: 'requestHash' },
    )
    const error = throwsAgentError(
      () => journal.begin(beginRequest({ idempotencyKey: 'k-2', documentNumber: 'SMITH JOHN' })),
      'INVALID_ARGUMENT',
      { field: 'documentNumber' },
    )
    assert.ok(!error.message.includes('SMITH'))
    assert.ok(!JSON.stringify(error.details).includes('SMITH'))
    assert.deepEqual(counts(journal), { jobs: 0, events: 0 })
  })
})
