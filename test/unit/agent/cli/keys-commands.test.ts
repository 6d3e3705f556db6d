import assert from 'node:assert/strict'
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateKeyPair } from '../../../../agent/keys/key-pair'
import { keyFingerprint } from '../../../../agent/keys/fingerprint'
import { runCliForTest } from '../../../support/run-cli'

function mode(path: string): number {
  return statSync(path).mode & 0o777
}

describe('idstation keys', function () {
  let dataDir: string
  let keysDir: string
  let clientsDir: string
  const cli = (...args: string[]) => runCliForTest([...args, '--data-dir', dataDir])

  beforeEach(function () {
    dataDir = mkdtempSync(join(tmpdir(), 'idstation-cli-'))
    keysDir = join(dataDir, 'keys')
    clientsDir = join(keysDir, 'authorized-clients')
  })

  afterEach(function () {
    rmSync(dataDir, { recursive: true, force: true })
  })

  it('init creates both key pairs with private modes and enrols the CLI, then keeps them', async function () {
    const first = await cli('keys', 'init', '--json')
    assert.equal(first.code, 0, first.stderr)
    const summary = JSON.parse(first.stdout) as {
      agentKey: { created: boolean; fingerprint: string }
      cliKey: { created: boolean; fingerprint: string }
      enrolment: { name: string; changed: boolean }
    }
    assert.equal(summary.agentKey.created, true)
    assert.equal(summary.cliKey.created, true)
    assert.deepEqual([summary.enrolment.name, summary.enrolment.changed], ['technician-cli', true])
    assert.equal(mode(keysDir), 0o700)
    assert.equal(mode(join(keysDir, 'agent.key')), 0o600)
    assert.equal(mode(join(keysDir, 'cli.key')), 0o600)
    assert.equal(mode(clientsDir), 0o700)
    const cliKey = (
      JSON.parse(readFileSync(join(keysDir, 'cli.key'), 'utf8')) as { publicKey: string }
    ).publicKey
    assert.match(
      readFileSync(join(clientsDir, 'technician-cli.key'), 'utf8'),
      new RegExp(`^technician ${escape(cliKey)}$`, 'm'),
    )
    assert.equal(keyFingerprint(cliKey), summary.cliKey.fingerprint)

    const second = await cli('keys', 'init', '--json')
    const again = JSON.parse(second.stdout) as typeof summary
    assert.deepEqual(
      [
        again.agentKey.created,
        again.cliKey.created,
        again.enrolment.changed,
        again.agentKey.fingerprint,
      ],
      [false, false, false, summary.agentKey.fingerprint],
    )
  })

  it('init refuses a world-readable agent key with exit 78 and the chmod fix', async function () {
    await cli('keys', 'init')
    chmodSync(join(keysDir, 'agent.key'), 0o644)
    const run = await cli('keys', 'init')
    assert.equal(run.code, 78)
    assert.match(
      run.stderr,
      /agent\.key is accessible by group or others \(mode 0644\); run: chmod 600 /,
    )
  })

  it('add-client, list and remove', async function () {
    const key = generateKeyPair().publicKey
    const added = await cli(
      'keys',
      'add-client',
      'counter-1',
      '--role',
      'operator',
      `--public-key=${key}`,
    )
    assert.equal(added.code, 0, added.stderr)
    assert.match(
      added.stdout,
      new RegExp(`enrolled counter-1 \\(operator\\), key fingerprint ${keyFingerprint(key)}`),
    )
    const out = join(dataDir, 'bench.key')
    const generated = await cli(
      'keys',
      'add-client',
      'bench',
      '--role',
      'technician',
      '--generate',
      '--out',
      out,
      '--json',
    )
    assert.equal(generated.code, 0, generated.stderr)
    assert.equal(mode(out), 0o600)
    const benchKey = (JSON.parse(readFileSync(out, 'utf8')) as { publicKey: string }).publicKey

    const listed = await cli('keys', 'list')
    assert.equal(
      listed.stdout,
      [
        'NAME       ROLE        FINGERPRINT',
        `bench      technician  ${keyFingerprint(benchKey)}`,
        `counter-1  operator    ${keyFingerprint(key)}`,
        '',
      ].join('\n'),
    )
    assert.ok(!listed.stdout.includes(key))
    const json = JSON.parse((await cli('keys', 'list', '--json')).stdout) as { name: string }[]
    assert.deepEqual(
      json.map(row => row.name),
      ['bench', 'counter-1'],
    )

    const removed = await cli('keys', 'remove', 'counter-1')
    assert.deepEqual([removed.code, removed.stdout], [0, 'removed counter-1\n'])
    const missing = await cli('keys', 'remove', 'counter-1')
    assert.equal(missing.code, 1)
    assert.match(missing.stderr, /no client named counter-1 is enrolled/)
    assert.equal((await cli('keys', 'list', '--json')).stdout.includes('counter-1'), false)
  })

  it('refuses a second client of the same name or key with exit 1', async function () {
    const key = generateKeyPair().publicKey
    await cli('keys', 'add-client', 'a', '--role', 'operator', `--public-key=${key}`)
    const sameName = await cli(
      'keys',
      'add-client',
      'a',
      '--role',
      'operator',
      `--public-key=${generateKeyPair().publicKey}`,
    )
    assert.equal(sameName.code, 1)
    assert.match(
      sameName.stderr,
      /a client named a is already enrolled; run: idstation keys remove a/,
    )
    const sameKey = await cli(
      'keys',
      'add-client',
      'b',
      '--role',
      'operator',
      `--public-key=${key}`,
    )
    assert.equal(sameKey.code, 1)
    assert.match(sameKey.stderr, /this key is already enrolled as a/)
    const out = join(dataDir, 'exists.key')
    writeFileSync(out, 'x')
    const exists = await cli(
      'keys',
      'add-client',
      'c',
      '--role',
      'operator',
      '--generate',
      '--out',
      out,
    )
    assert.equal(exists.code, 1)
    assert.match(exists.stderr, /exists\.key already exists; choose another --out/)
  })

  describe('usage errors exit with 2 and say why', function () {
    const key = generateKeyPair().publicKey
    const cases: { name: string; args: string[]; message: RegExp }[] = [
      {
        name: 'bad name',
        args: ['add-client', 'Counter_1', '--role', 'operator', `--public-key=${key}`],
        message: /invalid client name "Counter_1"/,
      },
      {
        name: 'name too long',
        args: ['add-client', 'a'.repeat(64), '--role', 'operator', `--public-key=${key}`],
        message: /invalid client name/,
      },
      {
        name: 'no name',
        args: ['add-client', '--role', 'operator', `--public-key=${key}`],
        message: /keys add-client takes one client name/,
      },
      {
        name: 'bad role',
        args: ['add-client', 'a', '--role', 'admin', `--public-key=${key}`],
        message: /--role must be operator or technician/,
      },
      {
        name: 'no role',
        args: ['add-client', 'a', `--public-key=${key}`],
        message: /--role must be operator or technician/,
      },
      {
        name: 'bad key',
        args: ['add-client', 'a', '--role', 'operator', '--public-key', 'abc'],
        message: /--public-key is not a 40-character Z85 key/,
      },
      {
        name: 'bad Z85 characters',
        args: ['add-client', 'a', '--role', 'operator', `--public-key=${'~'.repeat(40)}`],
        message: /not a 40-character Z85 key/,
      },
      {
        name: 'key and generate',
        args: [
          'add-client',
          'a',
          '--role',
          'operator',
          `--public-key=${key}`,
          '--generate',
          '--out',
          'x',
        ],
        message: /either --public-key or --generate/,
      },
      {
        name: 'neither',
        args: ['add-client', 'a', '--role', 'operator'],
        message: /either --public-key or --generate/,
      },
      {
        name: 'generate without out',
        args: ['add-client', 'a', '--role', 'operator', '--generate'],
        message: /--generate needs --out/,
      },
      { name: 'unknown option', args: ['list', '--all'], message: /Unknown option '--all'/ },
      {
        name: 'bad name to remove',
        args: ['remove', '../agent'],
        message: /invalid client name "\.\.\/agent"/,
      },
      { name: 'extra argument', args: ['init', 'now'], message: /keys init takes no arguments/ },
    ]
    for (const { name, args, message } of cases) {
      it(name, async function () {
        const run = await cli('keys', ...args)
        assert.equal(run.code, 2, run.stderr)
        assert.match(run.stderr, message)
        assert.match(run.stderr, /see idstation keys [a-z-]+ --help/)
        assert.equal(run.stdout, '')
      })
    }
  })

  it('warns about skipped files on stderr by file name while listing the rest', async function () {
    await cli('keys', 'init')
    writeFileSync(join(clientsDir, 'broken.key'), 'operator nope\n')
    const run = await cli('keys', 'list')
    assert.equal(run.code, 0)
    assert.match(run.stdout, /technician-cli/)
    assert.match(
      run.stderr,
      /WARN .*\[keys\.client-skipped\] .*path=.*broken\.key reason=the key is not a 40-character Z85 key/,
    )
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
