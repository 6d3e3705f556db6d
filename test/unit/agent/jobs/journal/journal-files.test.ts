import assert from 'node:assert/strict'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs'
import { defaultKeyPath } from '../../../../../agent/jobs/journal'
import {
  readStationKeyFile,
  writeStationKeyFile,
} from '../../../../../agent/jobs/journal/station-key'
import {
  beginRequest,
  databasePath,
  jobWriting,
  openJournal,
  TempDir,
  throwsAgentError,
} from './journal-fixture'

function mode(path: string): number {
  return statSync(path).mode & 0o777
}

describe('JobJournal files and station key', function () {
  let dir: TempDir

  beforeEach(function () {
    dir = new TempDir()
  })

  afterEach(function () {
    dir.remove()
  })

  it('creates a 0700 directory, a 0600 database, WAL and key file on first open', function () {
    const journal = openJournal(dir)
    jobWriting(journal)
    const db = databasePath(dir)
    const key = defaultKeyPath(db)
    assert.equal(key, dir.file('data', 'journal.key'))
    assert.equal(mode(dir.file('data')), 0o700)
    for (const file of [db, `${db}-wal`, `${db}-shm`, key]) assert.equal(mode(file), 0o600, file)
    assert.equal(readStationKeyFile(key, 'linux').length, 32)
    journal.close()
  })

  it('keeps the key across reopens and honours keyPath', function () {
    const keyPath = dir.file('secrets', 'station.key')
    const first = openJournal(dir, { keyPath })
    const job = first.begin(beginRequest()).job
    first.close()
    assert.equal(existsSync(defaultKeyPath(databasePath(dir))), false)
    const again = openJournal(dir, { keyPath })
    // A replay matches only if the request hash and document reference come out the same.
    assert.deepEqual(again.begin(beginRequest()), { job, created: false })
    again.close()
  })

  it('refuses a key file that group or others can read, naming the fix', function () {
    openJournal(dir).close()
    const key = defaultKeyPath(databasePath(dir))
    chmodSync(key, 0o640)
    const error = throwsAgentError(() => openJournal(dir), 'CONFIG_INVALID', { path: key })
    assert.match(error.message, /mode 0640.*chmod 600/)
    // Windows has no mode bits to check.
    openJournal(dir, { platform: 'win32' }).close()
  })

  it('refuses a key file that is not a journal key', function () {
    const key = defaultKeyPath(databasePath(dir))
    mkdirSync(dir.file('data'), { mode: 0o700 })
    writeFileSync(key, '{"kind":"idstation-curve-key-pair"}', { mode: 0o600 })
    throwsAgentError(() => openJournal(dir), 'CONFIG_INVALID', { path: key })
  })

  it('refuses a missing key for an existing journal and makes no new one in its place', function () {
    openJournal(dir).close()
    const key = defaultKeyPath(databasePath(dir))
    unlinkSync(key)
    const error = throwsAgentError(() => openJournal(dir), 'CONFIG_INVALID', { path: key })
    assert.match(error.message, /restore the file from backup/)
    assert.equal(existsSync(key), false)
  })

  it('refuses a different key for an existing journal, so its hashes are never orphaned', function () {
    openJournal(dir).close()
    const key = defaultKeyPath(databasePath(dir))
    const original = readFileSync(key)
    unlinkSync(key)
    writeStationKeyFile(key, Buffer.alloc(32, 7))
    const error = throwsAgentError(() => openJournal(dir), 'CONFIG_INVALID', { path: key })
    assert.match(error.message, /not the key this journal was created with/)
    unlinkSync(key)
    writeFileSync(key, original, { mode: 0o600 })
    openJournal(dir).close()
  })

  it('never replaces an existing key file', function () {
    const key = dir.file('station.key')
    writeStationKeyFile(key, Buffer.alloc(32, 1))
    throwsAgentError(() => {
      writeStationKeyFile(key, Buffer.alloc(32, 2))
    }, 'CONFIG_INVALID')
    assert.deepEqual(readStationKeyFile(key, 'linux'), Buffer.alloc(32, 1))
  })
})
