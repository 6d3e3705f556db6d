import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { JobJournal } from '../../../../../agent/jobs/journal'
import {
  beginRequest,
  DOCUMENT_NUMBER,
  jobWriting,
  openJournal,
  OTHER_CHIP,
  OTHER_DOCUMENT_NUMBER,
  TempDir,
} from './journal-fixture'

/** Every file under `root`, recursively. */
function filesUnder(root: string): string[] {
  return readdirSync(root).flatMap(name => {
    const path = join(root, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** The spellings a careless writer could leave: ASCII either case, UTF-16, hex of the ASCII. */
function spellings(value: string): Buffer[] {
  return [
    Buffer.from(value, 'ascii'),
    Buffer.from(value.toLowerCase(), 'ascii'),
    Buffer.from(value, 'utf16le'),
    Buffer.from(Buffer.from(value, 'ascii').toString('hex'), 'ascii'),
  ]
}

function assertAbsent(dir: TempDir, values: readonly string[]): void {
  const files = filesUnder(dir.path)
  assert.ok(files.some(file => file.endsWith('-wal')) || files.some(file => file.endsWith('.db')))
  for (const file of files) {
    const bytes = readFileSync(file)
    for (const value of values) {
      for (const spelling of spellings(value)) {
        assert.equal(bytes.includes(spelling), false, `${file} holds a document number`)
      }
    }
  }
}

describe('JobJournal keeps document numbers off the disk', function () {
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

  it('leaves no document number in the database, its WAL or the key file', function () {
    const issued = jobWriting(journal)
    journal.succeed(issued.id, { chipSerial: issued.chipSerial ?? '', apduCount: 42 })
    const failed = jobWriting(journal, { documentNumber: OTHER_DOCUMENT_NUMBER }, OTHER_CHIP)
    journal.fail(
      failed.id,
      { code: 'PASSIVE_AUTH_FAILED', message: 'SOD hash mismatch', failedStep: 'verify-chip' },
      { spoiled: true },
    )
    journal.begin(beginRequest({ idempotencyKey: 'retry', documentNumber: OTHER_DOCUMENT_NUMBER }))
    // While open: the transitions are in the WAL, not yet in the main file.
    assertAbsent(dir, [DOCUMENT_NUMBER, OTHER_DOCUMENT_NUMBER])
    journal.close()
    // After close: checkpointed into the main file.
    assertAbsent(dir, [DOCUMENT_NUMBER, OTHER_DOCUMENT_NUMBER])
  })

  it('gives the same number different references under different station keys', function () {
    const here = journal.begin(beginRequest()).job.documentRef
    const elsewhereDir = new TempDir()
    const elsewhere = openJournal(elsewhereDir)
    try {
      assert.notEqual(elsewhere.begin(beginRequest()).job.documentRef, here)
    } finally {
      elsewhere.close()
      elsewhereDir.remove()
    }
  })
})
