import assert from 'node:assert/strict'
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureAgentKeys } from '../../../../agent/keys/agent-keys'
import {
  listAuthorizedClients,
  writeAuthorizedClient,
} from '../../../../agent/keys/authorized-clients'
import { generateKeyPair } from '../../../../agent/keys/key-pair'
import { strictModesProblem } from '../../../../agent/keys/strict-modes'
import { AgentError } from '../../../../drivers/core/errors'
import { CaptureLogger } from '../../../support/capture-logger'

// The agent's user in these tests, and a stranger; files are given to them with chown.
const AGENT = 4242
const STRANGER = 4343
const asRoot = process.getuid?.() === 0

describe('StrictModes for key files and the authorized-clients directory', function () {
  let base: string

  before(function () {
    // chown needs root; CI and this project's containers run the suite as root.
    if (!asRoot || process.platform === 'win32') this.skip()
  })

  beforeEach(function () {
    // mkdtemp makes a 0700 directory of root's inside the sticky, root-owned /tmp: all trusted.
    base = mkdtempSync(join(tmpdir(), 'idstation-strict-'))
  })

  afterEach(function () {
    rmSync(base, { recursive: true, force: true })
  })

  /** A directory under base owned by `uid` with `mode`. */
  function directory(name: string, uid: number, mode: number): string {
    const path = join(base, name)
    mkdirSync(path, { recursive: true })
    chownSync(path, uid, 0)
    chmodSync(path, mode)
    return path
  }

  function file(path: string, uid: number, mode: number): string {
    writeFileSync(path, 'x')
    chownSync(path, uid, 0)
    chmodSync(path, mode)
    return path
  }

  it("accepts a file of the agent's user in directories of its own or root's, under sticky /tmp", async function () {
    const keys = directory('keys', AGENT, 0o700)
    assert.equal(
      await strictModesProblem(file(join(keys, 'agent.key'), AGENT, 0o600), { uid: AGENT }),
      undefined,
    )
    assert.equal(await strictModesProblem(keys, { uid: AGENT }), undefined)
  })

  it('refuses a file or a parent owned by another user, naming it and the fix', async function () {
    const keys = directory('keys', AGENT, 0o700)
    const stolen = file(join(keys, 'agent.key'), STRANGER, 0o600)
    assert.match(
      (await strictModesProblem(stolen, { uid: AGENT })) ?? '',
      new RegExp(`${stolen} is owned by uid ${STRANGER}.*chown ${AGENT}`),
    )
    const outer = directory('outer', STRANGER, 0o755)
    const inner = directory('outer/keys', AGENT, 0o700)
    const key = file(join(inner, 'agent.key'), AGENT, 0o600)
    assert.match(
      (await strictModesProblem(key, { uid: AGENT })) ?? '',
      new RegExp(`^${outer} is owned`),
    )
  })

  it('refuses a group- or other-writable file or parent, even far above it', async function () {
    const keys = directory('keys', AGENT, 0o700)
    const key = file(join(keys, 'agent.key'), AGENT, 0o620)
    assert.match(
      (await strictModesProblem(key, { uid: AGENT })) ?? '',
      /writable by group or others \(mode 0620\)/,
    )
    chmodSync(key, 0o600)
    chmodSync(base, 0o775)
    assert.match(
      (await strictModesProblem(key, { uid: AGENT })) ?? '',
      new RegExp(`^${base} is writable by group or others.*chmod go-w ${base}`),
    )
  })

  it("accepts a sticky world-writable parent only when it is root's", async function () {
    const shared = directory('shared', 0, 0o1777)
    const keys = directory('shared/keys', AGENT, 0o700)
    const key = file(join(keys, 'agent.key'), AGENT, 0o600)
    assert.equal(await strictModesProblem(key, { uid: AGENT }), undefined)
    chownSync(shared, STRANGER, 0)
    chmodSync(shared, 0o1777)
    assert.match((await strictModesProblem(key, { uid: AGENT })) ?? '', /is owned by uid 4343/)
  })

  it('refuses a symbolic link in place of the file', async function () {
    const keys = directory('keys', AGENT, 0o700)
    const real = file(join(keys, 'real.key'), AGENT, 0o600)
    const link = join(keys, 'agent.key')
    symlinkSync(real, link)
    assert.match((await strictModesProblem(link, { uid: AGENT })) ?? '', /is a symbolic link/)
  })

  it('keeps the agent from starting with an agent key another user owns, and logs keys.refused', async function () {
    const keys = directory('keys', AGENT, 0o700)
    const path = join(keys, 'agent.key')
    const logger = new CaptureLogger()
    // Created by the agent (as root here, so root's), then handed to a stranger.
    await ensureAgentKeys(path, logger, 'linux', AGENT)
    chownSync(path, STRANGER, 0)
    await assert.rejects(ensureAgentKeys(path, logger, 'linux', AGENT), (error: unknown) => {
      assert.ok(error instanceof AgentError)
      assert.equal(error.code, 'CONFIG_INVALID')
      assert.match(error.message, /agent key refused: .* is owned by uid 4343/)
      return true
    })
    assert.equal(logger.lines.filter(line => line.fields.event === 'keys.refused').length, 1)
  })

  it('ignores a client key file another user owns or a symbolic link, and logs why', async function () {
    const dir = directory('authorized-clients', AGENT, 0o700)
    const good = generateKeyPair().publicKey
    const planted = generateKeyPair().publicKey
    await writeAuthorizedClient(dir, { name: 'counter-1', role: 'operator', publicKey: good })
    await writeAuthorizedClient(dir, { name: 'planted', role: 'technician', publicKey: planted })
    chownSync(join(dir, 'counter-1.key'), AGENT, 0)
    chownSync(join(dir, 'planted.key'), STRANGER, 0)
    const outside = file(join(base, 'elsewhere.key'), AGENT, 0o644)
    writeFileSync(outside, `technician ${generateKeyPair().publicKey}\n`)
    symlinkSync(outside, join(dir, 'linked.key'))
    const logger = new CaptureLogger()
    const clients = await listAuthorizedClients(dir, logger, 'linux', AGENT)
    assert.deepEqual(
      clients.map(client => client.name),
      ['counter-1'],
    )
    const skipped = logger.lines.filter(line => line.fields.event === 'keys.client-skipped')
    assert.deepEqual(
      skipped.map(line => [line.fields.path, line.fields.reason]),
      [
        [join(dir, 'linked.key'), 'the file is a symbolic link'],
        [join(dir, 'planted.key'), "the file is owned by uid 4343, not the agent's user or root"],
      ],
    )
    // Without an owner to check (the CLI), only the mode rules apply, as before.
    assert.equal((await listAuthorizedClients(dir, new CaptureLogger(), 'linux')).length, 2)
  })

  it('refuses the whole directory when a parent is not safe', async function () {
    const dir = directory('authorized-clients', AGENT, 0o700)
    chmodSync(base, 0o777)
    await assert.rejects(
      listAuthorizedClients(dir, new CaptureLogger(), 'linux', AGENT),
      (error: unknown) =>
        error instanceof AgentError &&
        error.code === 'CONFIG_INVALID' &&
        error.message.includes(`${base} is writable by group or others`),
    )
  })
})
