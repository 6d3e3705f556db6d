import assert from 'node:assert/strict'
import type { JobJournal, JobRecord } from '../../../../../agent/jobs/journal'
import {
  beginRequest,
  CHIP,
  jobWriting,
  openJournal,
  TempDir,
  throwsAgentError,
} from './journal-fixture'

const FAILURE = {
  code: 'CARD_WRITE_FAILED',
  message: 'file full',
  failedStep: 'write-sod',
} as const

describe('JobJournal transitions', function () {
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

  it('walks accepted → running → succeeded and keeps every transition in order', function () {
    const { job } = journal.begin(beginRequest())
    journal.start(job.id)
    journal.step(job.id, 'identify-chip', 5)
    journal.bindChip(job.id, CHIP)
    journal.step(job.id, 'write-data-groups', 20)
    journal.markWriting(job.id)
    journal.step(job.id, 'write-data-groups', 60)
    const done = journal.succeed(job.id, { chipSerial: CHIP, apduCount: 42, passiveAuth: 'ok' })
    assert.equal(done.state, 'succeeded')
    assert.equal(done.percent, 100)
    assert.deepEqual(done.result, { chipSerial: CHIP, apduCount: 42, passiveAuth: 'ok' })
    assert.equal(done.createdAt < done.updatedAt, true)
    const history = journal.events(job.id)
    assert.deepEqual(
      history.map(event => [event.seq, event.action, event.fromState, event.toState, event.step]),
      [
        [1, 'begin', null, 'accepted', null],
        [2, 'start', 'accepted', 'running', null],
        [3, 'step', 'running', 'running', 'identify-chip'],
        [4, 'bind-chip', 'running', 'running', 'identify-chip'],
        [5, 'step', 'running', 'running', 'write-data-groups'],
        [6, 'mark-writing', 'running', 'running', 'write-data-groups'],
        [7, 'succeed', 'running', 'succeeded', 'write-data-groups'],
      ],
    )
    assert.equal(journal.get(job.id).percent, 100)
  })

  it('updates percent within a step without adding history', function () {
    const { job } = journal.begin(beginRequest())
    journal.start(job.id)
    journal.step(job.id, 'write-data-groups', 10)
    const before = journal.events(job.id).length
    assert.equal(journal.step(job.id, 'write-data-groups', 70).percent, 70)
    assert.equal(journal.events(job.id).length, before)
  })

  it('records a failure with its code and step, and a cancel with its step', function () {
    const { job: failing } = journal.begin(beginRequest({ documentNumber: 'AB1' }))
    const failed = journal.fail(
      failing.id,
      { ...FAILURE, failedStep: 'acquire-device' },
      {
        spoiled: false,
      },
    )
    assert.equal(failed.state, 'failed')
    assert.deepEqual(failed.error, { ...FAILURE, failedStep: 'acquire-device' })
    const { job: canceling } = journal.begin(beginRequest({ documentNumber: 'AB2' }))
    journal.start(canceling.id)
    const canceled = journal.cancel(canceling.id, 'feed-card')
    assert.equal(canceled.state, 'canceled')
    assert.equal(canceled.step, 'feed-card')
    assert.deepEqual(journal.events(canceling.id).at(-1)?.detail, { atStep: 'feed-card' })
  })

  it('ends spoiled when the caller says anything was written', function () {
    const { job } = journal.begin(beginRequest())
    journal.start(job.id)
    assert.equal(journal.fail(job.id, FAILURE, { spoiled: true }).state, 'spoiled')
  })

  describe('illegal transitions throw BAD_STATE and change nothing', function () {
    const cases: {
      name: string
      setup: (journal: JobJournal) => JobRecord
      act: (journal: JobJournal, id: string) => unknown
    }[] = [
      {
        name: 'start twice',
        setup: j => j.start(j.begin(beginRequest()).job.id),
        act: (j, id) => j.start(id),
      },
      {
        name: 'step before start',
        setup: j => j.begin(beginRequest()).job,
        act: (j, id) => j.step(id, 'identify-chip', 1),
      },
      {
        name: 'bind a chip before start',
        setup: j => j.begin(beginRequest()).job,
        act: (j, id) => j.bindChip(id, CHIP),
      },
      {
        name: 'succeed from accepted',
        setup: j => j.begin(beginRequest()).job,
        act: (j, id) => j.succeed(id, {}),
      },
      {
        name: 'succeed without a written chip',
        setup: j => j.start(j.begin(beginRequest()).job.id),
        act: (j, id) => j.succeed(id, {}),
      },
      {
        name: 'fail a succeeded job',
        setup: j => j.succeed(jobWriting(j).id, {}),
        act: (j, id) => j.fail(id, FAILURE, { spoiled: true }),
      },
      {
        name: 'cancel a failed job',
        setup: j => j.fail(j.begin(beginRequest()).job.id, FAILURE, { spoiled: false }),
        act: (j, id) => j.cancel(id, 'feed-card'),
      },
      {
        name: 'start a canceled job',
        setup: j => j.cancel(j.begin(beginRequest()).job.id, 'feed-card'),
        act: (j, id) => j.start(id),
      },
      {
        name: 'resolve a running job',
        setup: j => jobWriting(j),
        act: (j, id) => j.resolve(id, 'spoiled', 'cli'),
      },
    ]
    for (const { name, setup, act } of cases) {
      it(name, function () {
        const job = setup(journal)
        const history = journal.events(job.id)
        throwsAgentError(() => act(journal, job.id), 'BAD_STATE', { jobId: job.id })
        assert.deepEqual(journal.get(job.id), job)
        assert.deepEqual(journal.events(job.id), history)
      })
    }
  })

  it('answers JOB_NOT_FOUND for an unknown id on every call that takes one', function () {
    const calls: ((id: string) => unknown)[] = [
      id => journal.get(id),
      id => journal.events(id),
      id => journal.start(id),
      id => journal.step(id, 'feed-card', 0),
      id => journal.bindChip(id, CHIP),
      id => journal.markWriting(id),
      id => journal.succeed(id, {}),
      id => journal.fail(id, FAILURE, { spoiled: false }),
      id => journal.cancel(id, 'feed-card'),
      id => journal.resolve(id, 'spoiled', 'cli'),
    ]
    for (const call of calls)
      throwsAgentError(() => call('job-9999'), 'JOB_NOT_FOUND', { jobId: 'job-9999' })
  })

  it('refuses results and failures that are not flat scalars within their size caps', function () {
    const job = jobWriting(journal)
    const nested = { dg1: { name: 'x' } } as unknown as Record<string, string>
    throwsAgentError(() => journal.succeed(job.id, nested), 'INVALID_ARGUMENT', { field: 'result' })
    throwsAgentError(
      () => journal.fail(job.id, { ...FAILURE, message: 'x'.repeat(501) }, { spoiled: true }),
      'INVALID_ARGUMENT',
    )
    throwsAgentError(
      () => journal.fail(job.id, { ...FAILURE, failedStep: 'Write SOD' }, { spoiled: true }),
      'INVALID_ARGUMENT',
    )
    assert.equal(journal.get(job.id).state, 'running')
  })

  it('refuses every call once closed', function () {
    const { job } = journal.begin(beginRequest())
    journal.close()
    throwsAgentError(() => journal.get(job.id), 'BAD_STATE', { reason: 'journal-closed' })
    throwsAgentError(() => journal.start(job.id), 'BAD_STATE', { reason: 'journal-closed' })
    journal.close()
  })
})
