import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import Database from 'better-sqlite3'
import {
  canonicalFields,
  hashAuditRecord,
  verifyAuditChain,
  JobJournal,
  type AuditRecord,
} from '../../../agent/jobs/journal'
import { runCliProcess, type ProcessRun } from '../../support/agent-process'
import {
  beginRequest,
  DOCUMENT_NUMBER,
  jobWriting,
  openJournal,
  OTHER_CHIP,
  OTHER_DOCUMENT_NUMBER,
  TempDir,
} from '../../unit/agent/jobs/journal/journal-fixture'

/** What an attacker with write access to the file does first: the triggers are in the file too. */
function withTriggersDropped(file: string, tamper: (db: Database.Database) => void): void {
  const db = new Database(file)
  try {
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete')
    tamper(db)
  } finally {
    db.close()
  }
}

interface RawAuditRow {
  seq: number
  at: number
  station: string
  event: AuditRecord['event']
  job_id: string
  kind: string
  device_id: string
  chip_serial: string | null
  document_ref: string
  operator: string | null
  fields: string
  prev_hash: string
  hash: string
  mac: string
}

/** The hash an attacker without the key can compute for a row, chained to `prevHash`. */
function rehash(row: RawAuditRow, prevHash: string): string {
  return hashAuditRecord({
    seq: row.seq,
    at: row.at,
    station: row.station,
    event: row.event,
    jobId: row.job_id,
    kind: row.kind,
    deviceId: row.device_id,
    chipSerial: row.chip_serial,
    documentRef: row.document_ref,
    operator: row.operator,
    fields: JSON.parse(row.fields) as AuditRecord['fields'],
    prevHash,
  })
}

function parseLines(text: string): AuditRecord[] {
  return text
    .split('\n')
    .filter(line => line !== '')
    .map(line => JSON.parse(line) as AuditRecord)
}

function assertBroken(run: ProcessRun, seq: number, reason: string): void {
  assert.equal(run.code, 1, run.stdout + run.stderr)
  assert.match(run.stdout, new RegExp(`broken at seq ${String(seq)}: ${reason}\\b`))
}

describe('idstation audit (CLI process over a real journal file)', function () {
  this.timeout(60_000)
  let dir: TempDir
  /** The pristine journal; each test tampers with its own copy. */
  let original: string
  let documentRef: string

  before(function () {
    dir = new TempDir()
    const journal = openJournal(dir, { stationSerial: 'IDSTATION-0042' })
    try {
      const issued = jobWriting(journal, { scope: 'desk-1', kind: 'issue-id-card' })
      journal.step(issued.id, 'print', 80)
      journal.succeed(issued.id, { apduCount: 42, passiveAuth: 'passed' })
      documentRef = issued.documentRef
      const spoiled = jobWriting(
        journal,
        { documentNumber: OTHER_DOCUMENT_NUMBER, idempotencyKey: 'second' },
        OTHER_CHIP,
      )
      journal.fail(
        spoiled.id,
        { code: 'TRANSPORT_IO', message: 'x', failedStep: 'print' },
        {
          spoiled: false,
        },
      )
      const canceled = journal.begin(
        beginRequest({ documentNumber: OTHER_DOCUMENT_NUMBER, idempotencyKey: 'third' }),
      ).job
      journal.cancel(canceled.id, 'feed-card')
      assert.equal(journal.auditRecords().length, 12)
    } finally {
      journal.close()
    }
    original = dir.file('data', 'journal.db')
  })

  after(function () {
    dir.remove()
  })

  /** A copy of the journal and its key in a directory of its own. */
  function copyJournal(name: string): string {
    const folder = dir.file(name)
    mkdirSync(folder, { mode: 0o700 })
    copyFileSync(original, `${folder}/journal.db`)
    copyFileSync(dir.file('data', 'journal.key'), `${folder}/journal.key`)
    return `${folder}/journal.db`
  }

  let exported: Promise<ProcessRun> | undefined
  /** One `audit export` of the pristine journal, shared by the tests that read it. */
  const exportAll = (): Promise<ProcessRun> =>
    (exported ??= runCliProcess(['audit', 'export', '--journal', original]))

  const verify = (file: string): Promise<ProcessRun> =>
    runCliProcess(['audit', 'verify', '--journal', file])

  it('exits 0 for an intact trail, MACs checked, from the configured journal path', async function () {
    // <dataDir>/journal/journal.db is where config puts the journal.
    const dataDir = dir.file('station')
    mkdirSync(dir.file('station', 'journal'), { recursive: true, mode: 0o700 })
    copyFileSync(original, dir.file('station', 'journal', 'journal.db'))
    copyFileSync(dir.file('data', 'journal.key'), dir.file('station', 'journal', 'journal.key'))
    const run = await runCliProcess(['audit', 'verify', '--data-dir', dataDir])
    assert.equal(run.code, 0, run.stderr)
    assert.match(run.stdout, /audit trail intact: 12 records, last seq 12 \(MACs checked\)/)
  })

  it('reads the journal while a writer holds it open (WAL)', async function () {
    const file = copyJournal('live')
    const journal = JobJournal.open(file, { platform: 'linux' })
    try {
      journal.begin(beginRequest({ idempotencyKey: 'live', documentNumber: 'LIVE0001' }))
      const run = await verify(file)
      assert.equal(run.code, 0, run.stderr)
      assert.match(run.stdout, /intact: 13 records/)
      assert.equal(journal.verifyAudit().records, 13)
    } finally {
      journal.close()
    }
  })

  it('finds an edited field', async function () {
    const file = copyJournal('edited')
    withTriggersDropped(file, db => {
      db.prepare("UPDATE audit_log SET device_id = 'printer:elsewhere' WHERE seq = 3").run()
    })
    assertBroken(await verify(file), 3, 'hash-mismatch')
  })

  it('finds an edited record whose hash was recomputed: by its MAC, else by the next link', async function () {
    const file = copyJournal('rehashed')
    withTriggersDropped(file, db => {
      const row = db.prepare<[], RawAuditRow>('SELECT * FROM audit_log WHERE seq = 5').get()
      assert.ok(row !== undefined)
      const edited = { ...row, fields: canonicalFields({ apduCount: 1, passiveAuth: 'passed' }) }
      db.prepare('UPDATE audit_log SET fields = ?, hash = ? WHERE seq = 5').run(
        edited.fields,
        rehash(edited, row.prev_hash),
      )
    })
    assertBroken(await verify(file), 5, 'mac-mismatch')
    const keyless = await runCliProcess([
      'audit',
      'verify',
      '--journal',
      file,
      '--key',
      dir.file('none'),
    ])
    assertBroken(keyless, 6, 'prev-mismatch')
  })

  it('finds a whole chain rewritten without the key, by its MAC', async function () {
    const file = copyJournal('rewritten')
    withTriggersDropped(file, db => {
      const rows = db.prepare<[], RawAuditRow>('SELECT * FROM audit_log ORDER BY seq').all()
      let prev = rows[6]?.prev_hash ?? ''
      for (const row of rows.slice(6)) {
        const changed = row.seq === 7 ? { ...row, device_id: 'printer:elsewhere' } : row
        const hash = rehash(changed, prev)
        db.prepare('UPDATE audit_log SET device_id = ?, prev_hash = ?, hash = ? WHERE seq = ?').run(
          changed.device_id,
          prev,
          hash,
          row.seq,
        )
        prev = hash
      }
    })
    assertBroken(await verify(file), 7, 'mac-mismatch')
  })

  it('finds a deleted record', async function () {
    const file = copyJournal('deleted')
    withTriggersDropped(file, db => db.prepare('DELETE FROM audit_log WHERE seq = 4').run())
    assertBroken(await verify(file), 5, 'gap')
  })

  it('finds a forged record appended with a correct hash', async function () {
    const file = copyJournal('appended')
    withTriggersDropped(file, db => {
      const last = db.prepare<[], RawAuditRow>('SELECT * FROM audit_log WHERE seq = 12').get()
      assert.ok(last !== undefined)
      const forged = { ...last, seq: 13, event: 'job.succeeded' as const, fields: '{}' }
      const hash = rehash(forged, last.hash)
      db.prepare(
        `INSERT INTO audit_log VALUES (@seq, @at, @station, @event, @job_id, @kind, @device_id,
           @chip_serial, @document_ref, @operator, @fields, @prev_hash, @hash, @mac)`,
      ).run({ ...forged, prev_hash: last.hash, hash, mac: 'f'.repeat(64) })
    })
    assertBroken(await verify(file), 13, 'mac-mismatch')
  })

  it('without the key checks the chain only, and says so', async function () {
    const file = copyJournal('keyless')
    const missingKey = ['--key', dir.file('no-such.key')]
    const run = await runCliProcess(['audit', 'verify', '--journal', file, ...missingKey])
    assert.equal(run.code, 0, run.stderr)
    assert.match(run.stdout, /intact: 12 records, last seq 12 \(MACs not checked\)/)
    assert.match(run.stderr, /MACs not checked: journal key file .*no-such\.key/)
  })

  it('exports JSON lines that re-verify without the key, and from an anchor', async function () {
    const all = await exportAll()
    assert.equal(all.code, 0, all.stderr)
    const records = parseLines(all.stdout)
    assert.deepEqual(
      records.map(record => record.seq),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    )
    assert.deepEqual(verifyAuditChain(records), {
      ok: true,
      records: 12,
      last: { seq: 12, hash: records[11]?.hash },
      macChecked: false,
    })
    const out = dir.file('export.jsonl')
    const tail = await runCliProcess([
      'audit',
      'export',
      '--journal',
      original,
      '--since',
      '9',
      '--out',
      out,
    ])
    assert.equal(tail.code, 0, tail.stderr)
    assert.match(tail.stderr, /exported 4 audit records/)
    assert.equal(statSync(out).mode & 0o777, 0o600)
    const later = parseLines(readFileSync(out, 'utf8'))
    const anchor = { seq: 8, hash: records[7]?.hash ?? '' }
    assert.equal(verifyAuditChain(later, { after: anchor }).ok, true)
    const edited = later.map(record => (record.seq === 10 ? { ...record, at: 0 } : record))
    assert.deepEqual(verifyAuditChain(edited, { after: anchor }).firstBad, {
      seq: 10,
      reason: 'hash-mismatch',
    })
  })

  it('exports ids and the document reference, never the document number', async function () {
    const run = await exportAll()
    const records = parseLines(run.stdout)
    for (const number of [DOCUMENT_NUMBER, OTHER_DOCUMENT_NUMBER]) {
      assert.equal(run.stdout.toUpperCase().includes(number), false)
    }
    assert.equal(records[0]?.documentRef, documentRef)
    assert.match(documentRef, /^[0-9a-f]{64}$/)
    const keys = new Set(records.flatMap(record => Object.keys(record.fields)))
    assert.deepEqual([...keys].sort(), [
      'apduCount',
      'atStep',
      'attempt',
      'code',
      'documentType',
      'failedStep',
      'passiveAuth',
    ])
  })
})
