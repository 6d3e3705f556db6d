import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { writeTarGz } from '../../../../agent/diagnostics/tar-writer'

describe('writeTarGz', function () {
  let dir: string
  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), 'idstation-tar-'))
  })
  afterEach(function () {
    rmSync(dir, { recursive: true, force: true })
  })

  it('writes an archive the system tar lists and extracts byte for byte', function () {
    const binary = Buffer.from(Array.from({ length: 1500 }, (_, i) => (i * 37) % 256))
    const block = 'x'.repeat(512)
    const entries = [
      { name: 'manifest.json', content: '{"a":1}\n' },
      { name: 'logs/agent.log', content: binary },
      { name: 'logs/agent1.log', content: block },
      { name: 'empty.txt', content: '' },
      { name: 'unicodé.txt', content: 'ü' },
    ]
    const archive = join(dir, 'b.tar.gz')
    writeFileSync(archive, writeTarGz(entries, new Date(Date.UTC(2025, 0, 2, 3, 4, 5))))
    const listing = execFileSync('tar', ['-tzvf', archive], {
      encoding: 'utf8',
      env: { TZ: 'UTC' },
    })
    const lines = listing.trim().split('\n')
    assert.equal(lines.length, entries.length)
    assert.match(
      lines[1] ?? '',
      /^-rw------- idstation\/idstation +1500 2025-01-02 03:04 logs\/agent\.log$/,
    )
    const out = join(dir, 'out')
    execFileSync('mkdir', [out])
    execFileSync('tar', ['-xzf', archive, '-C', out])
    for (const entry of entries) {
      const extracted = join(out, entry.name)
      assert.deepEqual(readFileSync(extracted), Buffer.from(entry.content), entry.name)
      assert.equal(statSync(extracted).mode & 0o777, 0o600)
    }
  })

  it('refuses names that would escape the extraction directory or overflow the header', function () {
    for (const name of ['/etc/passwd', '../x', 'a/../../x', '', 'n'.repeat(101)])
      assert.throws(() => writeTarGz([{ name, content: '' }]), RangeError, name)
  })
})
