import assert from 'node:assert/strict'
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  agentPublicKeyFile,
  ensureAgentKeys,
  readAgentKeys,
  readAgentPublicKey,
} from '../../../../agent/keys/agent-keys'
import {
  createClientKeyPair,
  ensureClientKeyPair,
  readClientKeyPair,
} from '../../../../agent/keys/client-keys'
import { generateKeyPair } from '../../../../agent/keys/key-pair'
import { AgentError } from '../../../../drivers/core/errors'
import { CaptureLogger } from '../../../support/capture-logger'

function mode(path: string): number {
  return statSync(path).mode & 0o777
}

async function rejectsWith(promise: Promise<unknown>, message: RegExp): Promise<void> {
  await assert.rejects(promise, (error: unknown) => {
    assert.ok(error instanceof AgentError)
    assert.equal(error.code, 'CONFIG_INVALID')
    assert.match(error.message, message)
    return true
  })
}

describe('key files', function () {
  let dir: string

  beforeEach(function () {
    dir = mkdtempSync(join(tmpdir(), 'idstation-keys-'))
  })

  afterEach(function () {
    rmSync(dir, { recursive: true, force: true })
  })

  it('creates the agent key pair with 0600 in a 0700 directory, publishes the public key, logs once', async function () {
    const file = join(dir, 'keys', 'agent.key')
    const logger = new CaptureLogger()
    const first = await ensureAgentKeys(file, logger, 'linux')
    assert.equal(first.created, true)
    assert.equal(mode(file), 0o600)
    assert.equal(mode(join(dir, 'keys')), 0o700)
    assert.equal(agentPublicKeyFile(file), join(dir, 'keys', 'agent.pub'))
    assert.equal(await readAgentPublicKey(file), first.keyPair.publicKey)
    const second = await ensureAgentKeys(file, logger, 'linux')
    assert.deepEqual(second, { keyPair: first.keyPair, created: false })
    assert.deepEqual(await readAgentKeys(file, 'linux'), first.keyPair)
    const created = logger.events('keys.created')
    assert.equal(created.length, 1)
    assert.ok(!logger.text().includes(first.keyPair.secretKey))
    assert.ok(!logger.text().includes(first.keyPair.publicKey))
  })

  it('gives racing creators the same pair', async function () {
    const file = join(dir, 'agent.key')
    const results = await Promise.all([1, 2, 3, 4].map(() => ensureClientKeyPair(file, 'linux')))
    assert.equal(results.filter(result => result.created).length, 1)
    assert.equal(new Set(results.map(result => result.keyPair.secretKey)).size, 1)
  })

  for (const loose of [0o640, 0o604, 0o660]) {
    it(`refuses a secret key file with mode ${loose.toString(8)} and names chmod 600`, async function () {
      const file = join(dir, 'agent.key')
      await ensureAgentKeys(file, new CaptureLogger(), 'linux')
      chmodSync(file, loose)
      await rejectsWith(
        ensureAgentKeys(file, new CaptureLogger(), 'linux'),
        new RegExp(
          `key file ${file} is accessible by group or others \\(mode 0${loose.toString(8)}\\); run: chmod 600 ${file}`,
        ),
      )
    })
  }

  const malformed: { name: string; text: string; message: RegExp }[] = [
    { name: 'not JSON', text: 'public secret', message: /is not a key pair file \(not JSON\)/ },
    {
      name: 'wrong kind',
      text: '{"kind":"x","publicKey":"a","secretKey":"b"}',
      message: /expected kind idstation-curve-key-pair/,
    },
    {
      name: 'mismatched keys',
      text: JSON.stringify({
        kind: 'idstation-curve-key-pair',
        publicKey: generateKeyPair().publicKey,
        secretKey: generateKeyPair().secretKey,
      }),
      message: /not a matching Z85 CURVE pair/,
    },
  ]
  for (const { name, text, message } of malformed) {
    it(`refuses a key file that is ${name}`, async function () {
      const file = join(dir, 'cli.key')
      writeFileSync(file, text, { mode: 0o600 })
      await rejectsWith(readClientKeyPair(file, 'linux'), message)
      await rejectsWith(ensureClientKeyPair(file, 'linux'), message)
    })
  }

  it('never replaces an existing client key file', async function () {
    const file = join(dir, 'out', 'client.key')
    const pair = await createClientKeyPair(file)
    assert.equal(mode(file), 0o600)
    await rejectsWith(createClientKeyPair(file), /already exists/)
    assert.deepEqual(await readClientKeyPair(file, 'linux'), pair)
    assert.match(readFileSync(file, 'utf8'), /"kind": "idstation-curve-key-pair"/)
  })

  it('tells to run keys init when the agent public key is missing', async function () {
    await rejectsWith(
      readAgentPublicKey(join(dir, 'agent.key')),
      /agent\.pub cannot be read \(ENOENT\); run: idstation keys init/,
    )
  })
})
