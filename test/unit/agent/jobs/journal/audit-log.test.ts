import assert from 'node:assert/strict'
import Database from 'better-sqlite3'
import { GENESIS_HASH, type JobJournal } from '../../../../../agent/jobs/journal'
import {
  beginRequest,
  CHIP,
  databasePath,
  DOCUMENT_NUMBER,
  jobWriting,
  openJournal,
  OTHER_CHIP,
  OTHER_DOCUMENT_NUMBER,
  TempDir,
  throwsAgentError,
} from './journal-fixture'

const FAILURE = { code: 'TRANSPORT_IO', message: 'card removed', failedStep: 'write-dg1' } as const

function events(journal: JobJournal): string[] {
  return journal.auditRecords().map(record => `${record.jobId} ${record.event}`)
}

describe('journal audit trail', function () {
  let dir: TempDir
  let journal: JobJournal

  beforeEach(function () {
    dir = new TempDir()
    journal = openJournal(dir, { stationSerial: 'IDSTATION-0042' })
  })

  afterEach(function () {
    journal.close()
    dir.remove()
  })

  it('records each issuance transition once, steps left out, as one verified chain', function () {
    const job = jobWriting(journal, { scope: 'desk-1' })
    journal.step(job.id, 'verify', 90)
    journal.succeed(job.id, { apduCount: 42, passiveAuth: 'passed' })
    const records = journal.auditRecords()
    assert.deepEqual(
      records.map(record => record.event),
      ['job.accepted', 'job.started', 'job.chip-bound', 'job.writing', 'job.succeeded'],
    )
    assert.deepEqual(
      records.map(record => record.seq),
      [1, 2, 3, 4, 5],
    )
    const [first, , , , last] = records
    assert.ok(first !== undefined && last !== undefined)
    assert.equal(first.prevHash, GENESIS_HASH)
    for (const [index, record] of records.entries()) {
      assert.equal(record.station, 'IDSTATION-0042')
      assert.equal(record.jobId, job.id)
      assert.equal(record.kind, 'personalize-card')
      assert.equal(record.deviceId, 'pcsc:Virtual Reader 0')
      assert.equal(record.documentRef, job.documentRef)
      if (index > 0) assert.equal(record.prevHash, records[index - 1]?.hash)
    }
    assert.deepEqual(
      records.map(record => record.chipSerial),
      [null, null, CHIP, CHIP, CHIP],
    )
    assert.equal(first.operator, 'desk-1')
    assert.deepEqual(first.fields, { attempt: 1, documentType: 'TD1' })
    assert.deepEqual(last.fields, { apduCount: 42, passiveAuth: 'passed' })
    assert.deepEqual(journal.verifyAudit(), {
      ok: true,
      records: 5,
      last: { seq: 5, hash: last.hash },
      macChecked: true,
    })
  })

  it('names failures, spoils, cancels, interruptions and resolutions, without free text', function () {
    const failed = journal.begin(beginRequest()).job
    journal.fail(failed.id, FAILURE, { spoiled: false })
    const spoiled = jobWriting(journal, { idempotencyKey: 'second' })
    journal.fail(spoiled.id, FAILURE, { spoiled: false })
    const canceled = journal.begin(beginRequest({ documentNumber: OTHER_DOCUMENT_NUMBER })).job
    journal.start(canceled.id)
    journal.step(canceled.id, 'feed-card', 10)
    journal.cancel(canceled.id, 'feed-card')
    const interrupted = jobWriting(journal, { idempotencyKey: 'third' }, OTHER_CHIP)
    journal.recoverInterrupted()
    journal.resolve(interrupted.id, 'issued', 'tech-7', 'card checked at desk')
    const byEvent = new Map(journal.auditRecords().map(record => [record.event, record]))
    assert.deepEqual(byEvent.get('job.failed')?.fields, {
      code: 'TRANSPORT_IO',
      failedStep: 'write-dg1',
    })
    assert.equal(byEvent.get('job.spoiled')?.jobId, spoiled.id)
    assert.deepEqual(byEvent.get('job.canceled')?.fields, { atStep: 'feed-card' })
    assert.deepEqual(byEvent.get('job.interrupted')?.fields, {
      step: 'write-data-groups',
      wroteToChip: true,
    })
    const resolved = byEvent.get('job.resolved')
    assert.equal(resolved?.operator, 'tech-7')
    assert.deepEqual(resolved.fields, { resolution: 'issued', state: 'succeeded' })
    const text = JSON.stringify(journal.auditRecords())
    assert.equal(text.includes('card removed'), false, 'error messages stay out')
    assert.equal(text.includes('card checked'), false, 'resolution notes stay out')
    assert.equal(text.includes(DOCUMENT_NUMBER), false)
    assert.equal(journal.verifyAudit().ok, true)
  })

  it('writes nothing for a refused transition or a replay', function () {
    const job = journal.begin(beginRequest()).job
    journal.begin(beginRequest())
    throwsAgentError(() => journal.succeed(job.id, {}), 'BAD_STATE')
    throwsAgentError(() => journal.begin(beginRequest({ idempotencyKey: 'other' })), 'BAD_STATE')
    assert.deepEqual(events(journal), [`${job.id} job.accepted`])
  })

  it('commits a transition only with its audit record', function () {
    const job = journal.begin(beginRequest()).job
    const raw = new Database(databasePath(dir))
    try {
      raw.exec(`CREATE TRIGGER audit_fails BEFORE INSERT ON audit_log
                BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
      throwsAgentError(() => journal.start(job.id), 'INTERNAL')
      assert.equal(journal.get(job.id).state, 'accepted', 'the job did not move')
      assert.equal(journal.events(job.id).length, 1, 'no history line either')
      raw.exec('DROP TRIGGER audit_fails')
    } finally {
      raw.close()
    }
    journal.start(job.id)
    assert.deepEqual(
      journal.auditRecords().map(record => record.seq),
      [1, 2],
    )
  })

  it('refuses UPDATE and DELETE on audit_log at the database level', function () {
    jobWriting(journal)
    const raw = new Database(databasePath(dir))
    try {
      assert.throws(
        () => raw.exec("UPDATE audit_log SET device_id = 'x' WHERE seq = 1"),
        /append-only/,
      )
      assert.throws(() => raw.exec('DELETE FROM audit_log WHERE seq = 4'), /append-only/)
      assert.throws(() => raw.exec('DELETE FROM audit_log'), /append-only/)
    } finally {
      raw.close()
    }
    assert.equal(journal.auditRecords().length, 4)
    assert.equal(journal.verifyAudit().ok, true)
  })

  it('reads records from a given seq on', function () {
    jobWriting(journal)
    assert.deepEqual(
      journal.auditRecords(3).map(record => record.seq),
      [3, 4],
    )
  })
})
