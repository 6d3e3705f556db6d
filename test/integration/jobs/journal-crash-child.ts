// The process the crash test kills: it takes a job to the point just before the first write
// APDU, leaves the next transition half-written in an open transaction, says so on stdout and
// waits for SIGKILL. Arguments: database path, document number, chip serial.
import { createHash } from 'node:crypto'
import Database from 'better-sqlite3'
import { JobJournal } from '../../../agent/jobs/journal'

const [databasePath, documentNumber, chipSerial] = process.argv.slice(2)
if (databasePath === undefined || documentNumber === undefined || chipSerial === undefined) {
  throw new Error('usage: journal-crash-child <database> <document-number> <chip-serial>')
}

const journal = JobJournal.open(databasePath)
const { job } = journal.begin({
  kind: 'personalize-card',
  idempotencyKey: 'crash-test-key',
  requestHash: createHash('sha256').update('crash-test-request').digest(),
  documentNumber,
  documentType: 'TD1',
  deviceId: 'pcsc:Virtual Reader 0',
})
journal.start(job.id)
journal.step(job.id, 'write-data-groups', 30)
journal.bindChip(job.id, chipSerial)
journal.markWriting(job.id)

// A second connection in the middle of a write that never commits: the kill lands mid-write.
const raw = new Database(databasePath)
raw.prepare('BEGIN IMMEDIATE').run()
raw.prepare("UPDATE jobs SET state = 'succeeded', percent = 100 WHERE id = ?").run(job.id)

process.stdout.write(`${JSON.stringify({ ready: job.id })}\n`)
// Keeps the process alive until the parent kills it.
setInterval(() => undefined, 60_000)
