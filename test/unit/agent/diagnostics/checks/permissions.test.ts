import assert from 'node:assert/strict'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkPermissions } from '../../../../../agent/diagnostics/checks/permissions'
import { configIn } from '../config-for-test'

describe('doctor: permissions', function () {
  let dir: string
  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), 'idstation-doctor-'))
    mkdirSync(join(dir, 'data', 'keys', 'authorized-clients'), { recursive: true, mode: 0o700 })
    mkdirSync(join(dir, 'data', 'journal'), { mode: 0o700 })
    mkdirSync(join(dir, 'run'), { mode: 0o700 })
    chmodSync(join(dir, 'data'), 0o750)
    for (const file of [
      'keys/agent.key',
      'keys/cli.key',
      'journal/journal.db',
      'journal/journal.key',
    ])
      writeFileSync(join(dir, 'data', file), '{}', { mode: 0o600 })
    writeFileSync(join(dir, 'data', 'keys', 'authorized-clients', 'a.key'), 'x', { mode: 0o644 })
  })
  afterEach(function () {
    rmSync(dir, { recursive: true, force: true })
  })

  it('passes private modes, and public-but-not-writable authorized clients', async function () {
    const result = await checkPermissions(configIn(dir), 'linux')
    assert.equal(result.status, 'ok', result.detail)
    assert.match(result.detail, /^8 path\(s\) checked$/)
  })

  it('fails each wrong mode with the chmod that fixes it', async function () {
    const data = join(dir, 'data')
    chmodSync(join(data, 'keys', 'agent.key'), 0o644)
    chmodSync(join(data, 'journal', 'journal.key'), 0o640)
    chmodSync(join(dir, 'run'), 0o755)
    chmodSync(data, 0o755)
    chmodSync(join(data, 'keys', 'authorized-clients', 'a.key'), 0o666)
    const result = await checkPermissions(configIn(dir), 'linux')
    assert.equal(result.status, 'fail')
    assert.match(result.detail, new RegExp(`${join(data, 'keys', 'agent.key')} is 0644`))
    assert.equal(
      result.fix,
      [
        `chmod 700 ${join(dir, 'run')}`,
        `chmod o-rwx ${data}`,
        `chmod 600 ${join(data, 'keys', 'agent.key')} ${join(data, 'journal', 'journal.key')}`,
        `chmod go-w ${join(data, 'keys', 'authorized-clients', 'a.key')}`,
      ].join(' && '),
    )
  })

  it('checks the signer key file of a key-file signer', async function () {
    mkdirSync(join(dir, 'data', 'signer'))
    writeFileSync(join(dir, 'data', 'signer', 'ds-key.pem'), 'k', { mode: 0o644 })
    const result = await checkPermissions(configIn(dir, 'signer.type=key-file'), 'linux')
    assert.equal(result.fix, `chmod 600 ${join(dir, 'data', 'signer', 'ds-key.pem')}`)
  })
})
