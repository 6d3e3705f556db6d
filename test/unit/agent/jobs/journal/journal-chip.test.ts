import assert from 'node:assert/strict'
import type { JobJournal } from '../../../../../agent/jobs/journal'
import {
  beginRequest,
  CHIP,
  jobWriting,
  openJournal,
  OTHER_CHIP,
  OTHER_DOCUMENT_NUMBER,
  TempDir,
  throwsAgentError,
} from './journal-fixture'

describe('JobJournal chip binding', function () {
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

  function runningJob(documentNumber: string): string {
    const { job } = journal.begin(beginRequest({ documentNumber }))
    journal.start(job.id)
    return job.id
  }

  it('refuses a chip serial that another job holds, whatever case it is spelt in', function () {
    const first = runningJob('AB1')
    journal.bindChip(first, CHIP)
    const second = runningJob(OTHER_DOCUMENT_NUMBER)
    throwsAgentError(() => journal.bindChip(second, CHIP.toLowerCase()), 'CHIP_ALREADY_USED', {
      jobId: first,
      chipSerial: CHIP,
    })
    assert.equal(journal.get(second).chipSerial, null)
  })

  it('refuses a chip that received a document, after the job succeeded', function () {
    const issued = jobWriting(journal)
    journal.succeed(issued.id, { apduCount: 31 })
    const second = runningJob(OTHER_DOCUMENT_NUMBER)
    throwsAgentError(() => journal.bindChip(second, CHIP), 'CHIP_ALREADY_USED', {
      jobId: issued.id,
    })
  })

  it('frees a chip when its job failed or was canceled before any write', function () {
    const failed = runningJob('AB1')
    journal.bindChip(failed, CHIP)
    journal.fail(
      failed,
      { code: 'SIGNER_UNAVAILABLE', message: 'token absent', failedStep: 'sign-sod' },
      { spoiled: false },
    )
    const canceled = runningJob('AB2')
    journal.bindChip(canceled, CHIP)
    journal.cancel(canceled, 'sign-sod')
    const third = runningJob(OTHER_DOCUMENT_NUMBER)
    assert.equal(journal.bindChip(third, CHIP).chipSerial, CHIP)
  })

  it('keeps a chip bound after a write, even when the caller calls the failure unspoiled', function () {
    const written = jobWriting(journal, { documentNumber: 'AB1' })
    const ended = journal.fail(
      written.id,
      { code: 'TRANSPORT_DISCONNECTED', message: 'card pulled', failedStep: 'write-data-groups' },
      { spoiled: false },
    )
    assert.equal(ended.state, 'spoiled')
    const second = runningJob(OTHER_DOCUMENT_NUMBER)
    throwsAgentError(() => journal.bindChip(second, CHIP), 'CHIP_ALREADY_USED', {
      jobId: written.id,
    })
  })

  it('binds the same serial twice as a no-op and swaps a chip only before writing', function () {
    const id = runningJob('AB1')
    journal.bindChip(id, CHIP)
    const eventsAfterBind = journal.events(id).length
    journal.bindChip(id, CHIP)
    assert.equal(journal.events(id).length, eventsAfterBind)
    const swapped = journal.bindChip(id, OTHER_CHIP)
    assert.equal(swapped.chipSerial, OTHER_CHIP)
    assert.deepEqual(journal.events(id).at(-1)?.detail, {
      chipSerial: OTHER_CHIP,
      replaced: CHIP,
    })
    journal.markWriting(id)
    throwsAgentError(() => journal.bindChip(id, CHIP), 'BAD_STATE', { reason: 'chip-written' })
    // The swapped-out chip was never written: another job may take it.
    assert.equal(journal.bindChip(runningJob('AB2'), CHIP).chipSerial, CHIP)
  })

  it('refuses markWriting before a chip is bound, and a malformed serial', function () {
    const id = runningJob('AB1')
    throwsAgentError(() => journal.markWriting(id), 'BAD_STATE', { reason: 'no-chip-bound' })
    throwsAgentError(() => journal.bindChip(id, '04:A1'), 'INVALID_ARGUMENT', {
      field: 'chipSerial',
    })
  })
})
