import assert from 'node:assert/strict'
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkKeyOwnership } from '../../../../../agent/diagnostics/checks/key-ownership'
import type { SystemProbe } from '../../../../../agent/diagnostics/checks/service-user'
import { configIn } from '../config-for-test'

const IDSTATION = 4242
const STRANGER = 4343

/** /etc/passwd with an idstation user of uid 4242. */
const withServiceUser: SystemProbe = {
  readText: path =>
    Promise.resolve(
      path === '/etc/passwd'
        ? `idstation:x:${IDSTATION}:${IDSTATION}::/var/lib/idstation:/usr/sbin/nologin\n`
        : undefined,
    ),
  stat: () => Promise.resolve(undefined),
}

describe('doctor: key ownership (StrictModes)', function () {
  let dir: string
  let keys: string
  let clients: string

  before(function () {
    // chown needs root; CI and this project's containers run the suite as root.
    if (process.getuid?.() !== 0) this.skip()
  })

  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), 'idstation-doctor-'))
    keys = join(dir, 'data', 'keys')
    clients = join(keys, 'authorized-clients')
    mkdirSync(clients, { recursive: true, mode: 0o700 })
    chmodSync(join(dir, 'data'), 0o750)
    writeFileSync(join(keys, 'agent.key'), '{}', { mode: 0o600 })
    writeFileSync(join(clients, 'counter-1.key'), 'x', { mode: 0o644 })
    for (const path of [
      join(dir, 'data'),
      keys,
      clients,
      join(keys, 'agent.key'),
      join(clients, 'counter-1.key'),
    ])
      chownSync(path, IDSTATION, IDSTATION)
  })
  afterEach(function () {
    rmSync(dir, { recursive: true, force: true })
  })

  it("passes keys and directories of the idstation user's, under root's directories", async function () {
    const result = await checkKeyOwnership(configIn(dir), withServiceUser, 0, 'linux')
    assert.equal(result.status, 'ok', result.detail)
    assert.equal(result.detail, "3 path(s) and their parents are idstation's or root's alone")
  })

  it('fails a client key of another user and a group-writable parent, with chown and chmod', async function () {
    chownSync(join(clients, 'counter-1.key'), STRANGER, STRANGER)
    chmodSync(join(dir, 'data'), 0o770)
    const result = await checkKeyOwnership(configIn(dir), withServiceUser, 0, 'linux')
    assert.equal(result.status, 'fail')
    assert.deepEqual(result.detail.split('; '), [
      `${join(dir, 'data')} is writable by group or others (mode 0770)`,
      `${join(clients, 'counter-1.key')} is owned by uid ${STRANGER}, not by the agent's user (uid ${IDSTATION}) or root`,
    ])
    assert.equal(
      result.fix,
      `chown idstation ${join(clients, 'counter-1.key')} && chmod go-w ${join(dir, 'data')}`,
    )
  })

  it('judges against the current user when there is no idstation user', async function () {
    const none: SystemProbe = {
      readText: () => Promise.resolve(undefined),
      stat: () => Promise.resolve(undefined),
    }
    const result = await checkKeyOwnership(configIn(dir), none, 0, 'linux')
    // The files are uid 4242's, which is neither root nor the current user (root here).
    assert.equal(result.status, 'fail')
    assert.match(result.fix ?? '', /^chown 0 /)
  })
})
