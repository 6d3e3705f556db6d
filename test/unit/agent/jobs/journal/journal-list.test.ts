import assert from 'node:assert/strict'
import type { JobJournal } from '../../../../../agent/jobs/journal'
import { beginRequest, openJournal, TempDir, throwsAgentError } from './journal-fixture'

describe('JobJournal queries', function () {
  let dir: TempDir
  let journal: JobJournal

  beforeEach(function () {
    dir = new TempDir()
    journal = openJournal(dir)
    for (const number of ['AB1', 'AB2', 'AB3', 'AB4', 'AB5']) {
      journal.begin(beginRequest({ documentNumber: number, idempotencyKey: `key-${number}` }))
    }
    journal.start('job-0002')
    journal.start('job-0004')
  })

  afterEach(function () {
    journal.close()
    dir.remove()
  })

  function ids(jobs: readonly { id: string }[]): string[] {
    return jobs.map(job => job.id)
  }

  it('lists newest first and pages with the last id as cursor', function () {
    assert.deepEqual(ids(journal.list()), [
      'job-0005',
      'job-0004',
      'job-0003',
      'job-0002',
      'job-0001',
    ])
    const first = journal.list({ limit: 2 })
    assert.deepEqual(ids(first), ['job-0005', 'job-0004'])
    const second = journal.list({ limit: 2, before: first.at(-1)?.id ?? '' })
    assert.deepEqual(ids(second), ['job-0003', 'job-0002'])
    assert.deepEqual(ids(journal.list({ limit: 2, before: 'job-0001' })), [])
  })

  it('filters by state, with the cursor', function () {
    assert.deepEqual(ids(journal.list({ states: ['running'] })), ['job-0004', 'job-0002'])
    assert.deepEqual(ids(journal.list({ states: ['running'], before: 'job-0004' })), ['job-0002'])
    assert.deepEqual(ids(journal.list({ states: ['succeeded', 'interrupted'] })), [])
  })

  it('refuses a bad limit, an unknown state and an unknown cursor', function () {
    throwsAgentError(() => journal.list({ limit: 0 }), 'INVALID_ARGUMENT', { field: 'limit' })
    throwsAgentError(() => journal.list({ limit: 1001 }), 'INVALID_ARGUMENT', { field: 'limit' })
    const states = ['done'] as unknown as readonly 'running'[]
    throwsAgentError(() => journal.list({ states }), 'INVALID_ARGUMENT', { field: 'states' })
    throwsAgentError(() => journal.list({ before: 'job-9999' }), 'JOB_NOT_FOUND')
  })

  it('finds a job by idempotency key', function () {
    assert.equal(journal.findByIdempotencyKey('key-AB3')?.id, 'job-0003')
    assert.equal(journal.findByIdempotencyKey('key-none'), undefined)
  })
})
