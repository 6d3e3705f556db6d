import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkKeys } from '../../../../../agent/diagnostics/checks/keys'
import { generateKeyPair } from '../../../../../agent/keys/key-pair'
import { configIn } from '../config-for-test'

describe('doctor: keys', function () {
  let dir: string
  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), 'idstation-doctor-'))
    mkdirSync(join(dir, 'data', 'keys', 'authorized-clients'), { recursive: true })
  })
  afterEach(function () {
    rmSync(dir, { recursive: true, force: true })
  })

  it('fails on a missing CLI key and an empty authorized-clients, fixed by keys init', async function () {
    writeFileSync(join(dir, 'data', 'keys', 'agent.key'), '{}')
    const result = await checkKeys(configIn(dir))
    assert.equal(result.status, 'fail')
    assert.match(result.detail, /cli\.key is missing; no authorized client in /)
    assert.doesNotMatch(result.detail, /agent\.key/)
    assert.match(
      result.fix ?? '',
      new RegExp(`^idstation keys init --data-dir ${join(dir, 'data')} `),
    )
  })

  it('passes with both keys and one parsable client (a malformed one does not count)', async function () {
    const keys = join(dir, 'data', 'keys')
    writeFileSync(join(keys, 'agent.key'), '{}')
    writeFileSync(join(keys, 'cli.key'), '{}')
    writeFileSync(join(keys, 'authorized-clients', 'bad.key'), 'nonsense\n')
    const bad = await checkKeys(configIn(dir))
    assert.equal(bad.status, 'fail')
    writeFileSync(
      join(keys, 'authorized-clients', 'front.key'),
      `operator ${generateKeyPair().publicKey}\n`,
    )
    const good = await checkKeys(configIn(dir))
    assert.deepEqual(
      [good.status, good.detail],
      ['ok', 'agent key, CLI key, 1 authorized client(s)'],
    )
  })
})
