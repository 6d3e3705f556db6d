import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { JobJournal } from '../../../agent/jobs/journal'
import { LineWatcher } from '../../support/agent-process'
import {
  beginRequest,
  databasePath,
  openJournal,
  TempDir,
  throwsAgentError,
} from '../../unit/agent/jobs/journal/journal-fixture'

const CHILD = path.join(__dirname, 'journal-crash-child.ts')
const DOCUMENT_NUMBER = 'CR4SH7Q2X'
const CHIP = '04C0FFEE1234'

describe('job journal after a SIGKILL mid-write', function () {
  let dir: TempDir
  let child: ChildProcess | undefined
  let journal: JobJournal | undefined

  beforeEach(function () {
    dir = new TempDir()
  })

  afterEach(function () {
    if (child?.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    journal?.close()
    dir.remove()
  })

  it('comes back interrupted with its chip serial and blocks the document until resolved', async function () {
    this.timeout(30_000)
    child = spawn(
      process.execPath,
      ['--import', 'tsx', CHILD, databasePath(dir), DOCUMENT_NUMBER, CHIP],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const out = new LineWatcher(child.stdout!)
    const exited = once(child, 'exit')
    const ready = await out.waitFor(line => line.startsWith('{"ready"'), 20_000, 'the child')
    const jobId = (JSON.parse(ready) as { ready: string }).ready

    child.kill('SIGKILL')
    const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null]
    assert.deepEqual({ code, signal }, { code: null, signal: 'SIGKILL' })

    journal = openJournal(dir, { newId: () => 'job-after-restart' })
    const recovered = journal.recoverInterrupted()
    assert.deepEqual(
      recovered.map(job => [job.id, job.state, job.chipSerial, job.wroteToChip, job.step]),
      [[jobId, 'interrupted', CHIP, true, 'write-data-groups']],
    )
    // The uncommitted transition died with the process.
    assert.equal(journal.get(jobId).percent, 30)

    const retry = beginRequest({ documentNumber: DOCUMENT_NUMBER, idempotencyKey: 'retry' })
    throwsAgentError(() => journal?.begin(retry), 'DOCUMENT_BLOCKED', { jobId })

    journal.resolve(jobId, 'spoiled', 'cli', 'card found in reject bin')
    const next = journal.begin(retry)
    assert.deepEqual([next.created, next.job.attempt], [true, 2])
    journal.start(next.job.id)
    throwsAgentError(() => journal?.bindChip(next.job.id, CHIP), 'CHIP_ALREADY_USED', { jobId })
  })
})
