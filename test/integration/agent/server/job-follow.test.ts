import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { JobJournal } from '../../../../agent/jobs/journal'
import { followJob, TOPICS, v1 } from '../../../../protocol'
import { startServer, type ServerFixture } from '../../../support/agent-fixture'

describe('agent server: following one job from its first event (ipc + CURVE)', () => {
  let fixture: ServerFixture
  let journal: JobJournal

  let dir = ''

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'idstation-follow-'))
    journal = JobJournal.open(path.join(dir, 'journal.db'))
    fixture = await startServer({ jobs: { journal } })
  })
  afterEach(async () => {
    await fixture.stop()
    journal.close()
    rmSync(dir, { recursive: true, force: true })
  })

  /**
   * A job as the job service starts one: begun and running, its first events published in the
   * same tick as the accept reply, before any client could subscribe to its topic.
   */
  function acceptedJob(): string {
    const { job } = journal.begin({
      kind: 'personalize-card',
      idempotencyKey: 'follow-test',
      requestHash: createHash('sha256').update('follow-test').digest(),
      documentNumber: 'FOLLOW001',
      documentType: 'TD1',
      deviceId: 'reader:1',
    })
    journal.start(job.id)
    publish(job.id, { state: v1.JobState.JOB_STATE_RUNNING, step: 'identify-chip', percent: 0 })
    journal.step(job.id, 'write-data-groups', 20)
    journal.bindChip(job.id, '0102030405060708')
    journal.markWriting(job.id)
    publish(job.id, {
      state: v1.JobState.JOB_STATE_RUNNING,
      step: 'write-data-groups',
      percent: 20,
    })
    return job.id
  }

  function publish(jobId: string, job: v1.IJob): number {
    return fixture.server.jobEvents.publish(jobId, {
      jobChanged: { job: { jobId, kind: 'personalize-card', ...job } },
    })
  }

  it('sees the first progress event when it subscribes only after the accept', async () => {
    const client = await fixture.connect('operator')
    const jobId = acceptedJob()
    const seen: v1.IJob[] = []
    const final = await followJob(client, jobId, {
      pollMs: 5000,
      onChange: job => {
        seen.push(job)
        // The job goes on while the follower watches: live events follow the replay.
        if (job.eventSeq === 2) {
          journal.succeed(jobId, {})
          publish(jobId, {
            state: v1.JobState.JOB_STATE_SUCCEEDED,
            step: 'write-data-groups',
            percent: 100,
          })
        }
      },
    })
    assert.deepEqual(
      seen.map(job => [job.eventSeq, job.step, job.percent]),
      [
        [1, 'identify-chip', 0],
        [2, 'write-data-groups', 20],
        [3, 'write-data-groups', 100],
      ],
    )
    assert.equal(final.state, v1.JobState.JOB_STATE_SUCCEEDED)
  })

  it('replays to every new subscriber of the job, and numbers events per job', async () => {
    const jobId = acceptedJob()
    const first = await fixture.connect('operator')
    const second = await fixture.connect('technician')
    const firstSeqs = async (client: typeof first) => {
      const seqs: number[] = []
      const stop = new AbortController()
      for await (const { event } of client.events([TOPICS.job(jobId)], stop.signal)) {
        seqs.push(event.jobSeq)
        if (seqs.length === 2) stop.abort()
      }
      return seqs
    }
    assert.deepEqual(await firstSeqs(first), [1, 2])
    // The same topic subscribed again, by another client: the XPUB passes every subscription up.
    assert.deepEqual(await firstSeqs(second), [1, 2])
    // GetJob's view says how far the job's events went.
    assert.equal((await first.getJob(jobId)).eventSeq, 2)
  })
})
