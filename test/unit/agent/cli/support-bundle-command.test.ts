import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BundleManifest } from '../../../../agent/diagnostics/support-bundle'
import { runCliForTest } from '../../../support/run-cli'

const FAKE_NAME = 'QUENTIN-ZYXWARBLE'
const SECRET = 'SECRET-KEY-MATERIAL-7731'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map(name => join(dir, name))
    .filter(path => statSync(path).isFile())
}

describe('idstation support-bundle', function () {
  let dir: string
  let data: string
  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), 'idstation-bundle-'))
    data = join(dir, 'data')
    mkdirSync(join(data, 'logs'), { recursive: true })
    mkdirSync(join(data, 'keys'), { recursive: true })
    mkdirSync(join(data, 'journal'), { recursive: true })
    const line = (record: object) => JSON.stringify(record)
    writeFileSync(
      join(data, 'logs', 'agent.log'),
      [
        line({ level: 'info', message: 'agent started', event: 'agent.started', pid: 42 }),
        // Planted: a field outside the allow-list, on an otherwise good line.
        line({ level: 'info', message: 'attached', event: 'device.attached', holder: FAKE_NAME }),
        line({ level: 'info', message: FAKE_NAME, event: 'made.up' }),
        `plain text ${FAKE_NAME}`,
      ].join('\n'),
    )
    writeFileSync(
      join(data, 'logs', 'agent1.log'),
      `${line({ level: 'warn', message: 'old', event: 'agent.stopping' })}\n`,
    )
    writeFileSync(join(data, 'logs', 'notes.txt'), FAKE_NAME)
    writeFileSync(join(data, 'keys', 'agent.key'), SECRET, { mode: 0o600 })
    writeFileSync(join(data, 'journal', 'journal.db'), `${SECRET} ${FAKE_NAME}`, { mode: 0o600 })
  })
  afterEach(function () {
    rmSync(dir, { recursive: true, force: true })
  })

  it('writes a 0600 tarball without the planted name, counting what the log filter dropped', async function () {
    const out = join(dir, 'bundle.tar.gz')
    const run = await runCliForTest([
      'support-bundle',
      '--out',
      out,
      '--data-dir',
      data,
      '--runtime-dir',
      join(dir, 'run'),
      '--set',
      'providers.pcsc.enabled=false',
    ])
    assert.equal(run.code, 0, run.stderr)
    assert.match(run.stdout, /logs: 3 line\(s\) kept, 2 dropped, 1 field\(s\) removed/)
    assert.equal(statSync(out).mode & 0o777, 0o600)

    const listing = execFileSync('tar', ['-tzvf', out], { encoding: 'utf8' })
    for (const row of listing.trim().split('\n')) assert.match(row, /^-rw------- /)
    const extracted = join(dir, 'x')
    mkdirSync(extracted)
    execFileSync('tar', ['-xzf', out, '-C', extracted])
    const files = filesUnder(extracted)
      .map(path => path.slice(extracted.length + 1))
      .sort()
    assert.deepEqual(files, [
      'config.json',
      'doctor.json',
      'logs/agent.log',
      'logs/agent1.log',
      'manifest.json',
      'versions.json',
    ])
    for (const file of filesUnder(extracted)) {
      const text = readFileSync(file, 'utf8')
      assert.ok(!text.includes(FAKE_NAME), `${file} holds the planted name`)
      assert.ok(!text.includes(SECRET), `${file} holds key or journal content`)
    }
    assert.match(
      readFileSync(join(extracted, 'logs', 'agent.log'), 'utf8'),
      /"event":"device\.attached"/,
    )

    const manifest = JSON.parse(
      readFileSync(join(extracted, 'manifest.json'), 'utf8'),
    ) as BundleManifest
    assert.deepEqual(manifest.logTotals, {
      kept: 3,
      droppedNotJson: 1,
      droppedUncatalogued: 1,
      droppedFields: 1,
    })
    assert.deepEqual(manifest.logFilesSkipped, [{ file: 'notes.txt', reason: 'not an agent log' }])
    const config = JSON.parse(readFileSync(join(extracted, 'config.json'), 'utf8')) as {
      dataDir: string
    }
    assert.equal(config.dataDir, data)
    const doctor = JSON.parse(readFileSync(join(extracted, 'doctor.json'), 'utf8')) as {
      name: string
      status: string
    }[]
    assert.deepEqual(doctor[0], {
      name: 'agent',
      status: 'fail',
      detail: `no agent at ipc://${join(dir, 'run', 'agent.sock')}: is idstation-agent running?`,
      fix: 'systemctl start idstation-agent (or run idstation-agent in a terminal to see why it stops)',
    })
  })
})
