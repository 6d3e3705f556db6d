import assert from 'node:assert/strict'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  isValidClientName,
  listAuthorizedClients,
  loadAuthorizedClients,
  parseAuthorizedClientFile,
  removeAuthorizedClient,
  writeAuthorizedClient,
} from '../../../../agent/keys/authorized-clients'
import { generateKeyPair } from '../../../../agent/keys/key-pair'
import { AgentError } from '../../../../drivers/core/errors'
import { CaptureLogger } from '../../../support/capture-logger'

const KEY = generateKeyPair().publicKey
const OTHER = generateKeyPair().publicKey

describe('authorized clients', function () {
  describe('parseAuthorizedClientFile', function () {
    const cases: {
      name: string
      text: string
      expect: ReturnType<typeof parseAuthorizedClientFile>
    }[] = [
      {
        name: 'one line',
        text: `operator ${KEY}\n`,
        expect: { ok: true, role: 'operator', publicKey: KEY },
      },
      {
        name: 'comments before and after',
        text: `# counter 3\n\ntechnician   ${KEY}  # laptop\n`,
        expect: { ok: true, role: 'technician', publicKey: KEY, comment: 'counter 3 laptop' },
      },
      {
        name: 'CRLF',
        text: `operator ${KEY}\r\n`,
        expect: { ok: true, role: 'operator', publicKey: KEY },
      },
      {
        name: 'empty',
        text: '# nothing\n',
        expect: { ok: false, reason: 'expected one key line, found 0' },
      },
      {
        name: 'two keys',
        text: `operator ${KEY}\noperator ${OTHER}\n`,
        expect: { ok: false, reason: 'expected one key line, found 2' },
      },
      {
        name: 'bad role',
        text: `admin ${KEY}`,
        expect: { ok: false, reason: 'the role is not operator or technician' },
      },
      {
        name: 'short key',
        text: 'operator abc',
        expect: { ok: false, reason: 'the key is not a 40-character Z85 key' },
      },
      {
        name: 'bad Z85 character',
        text: `operator ${'~'.repeat(40)}`,
        expect: { ok: false, reason: 'the key is not a 40-character Z85 key' },
      },
      {
        name: 'trailing text',
        text: `operator ${KEY} extra`,
        expect: { ok: false, reason: 'unexpected text after the key' },
      },
    ]
    for (const { name, text, expect } of cases) {
      it(name, function () {
        assert.deepEqual(parseAuthorizedClientFile(text), expect)
      })
    }
  })

  it('accepts names [a-z0-9][a-z0-9-]{0,62}', function () {
    for (const name of ['a', 'counter-3', '0', 'a'.repeat(63)])
      assert.ok(isValidClientName(name), name)
    for (const name of ['', '-a', 'A', 'a_b', 'a.b', '../x', 'a'.repeat(64)])
      assert.ok(!isValidClientName(name), name)
  })

  describe('directory', function () {
    let dir: string

    beforeEach(function () {
      dir = join(mkdtempSync(join(tmpdir(), 'idstation-clients-')), 'authorized-clients')
    })

    afterEach(function () {
      rmSync(join(dir, '..'), { recursive: true, force: true })
    })

    it('treats a missing directory as no clients', async function () {
      assert.equal((await loadAuthorizedClients(dir, new CaptureLogger(), 'linux')).size, 0)
    })

    it('writes, lists, maps by key and removes', async function () {
      await writeAuthorizedClient(dir, {
        name: 'counter-1',
        role: 'operator',
        publicKey: KEY,
        comment: 'front desk',
      })
      await writeAuthorizedClient(dir, { name: 'bench', role: 'technician', publicKey: OTHER })
      assert.equal(statSync(dir).mode & 0o777, 0o700)
      const logger = new CaptureLogger()
      assert.deepEqual(await listAuthorizedClients(dir, logger, 'linux'), [
        { name: 'bench', role: 'technician', publicKey: OTHER },
        { name: 'counter-1', role: 'operator', publicKey: KEY, comment: 'front desk' },
      ])
      const map = await loadAuthorizedClients(dir, logger, 'linux')
      assert.equal(map.get(KEY)?.name, 'counter-1')
      await assert.rejects(
        writeAuthorizedClient(dir, { name: 'bench', role: 'operator', publicKey: KEY }),
        (error: unknown) => error instanceof AgentError && error.code === 'BAD_STATE',
      )
      await writeAuthorizedClient(
        dir,
        { name: 'bench', role: 'operator', publicKey: OTHER },
        { replace: true },
      )
      assert.equal((await loadAuthorizedClients(dir, logger, 'linux')).get(OTHER)?.role, 'operator')
      assert.equal(await removeAuthorizedClient(dir, 'bench'), true)
      assert.equal(await removeAuthorizedClient(dir, 'bench'), false)
      assert.deepEqual(logger.lines, [])
    })

    it('skips bad files with a warning naming the file, never the key', async function () {
      mkdirSync(dir, { recursive: true, mode: 0o700 })
      writeFileSync(join(dir, 'good.key'), `operator ${KEY}\n`)
      writeFileSync(join(dir, 'Bad_Name.key'), `operator ${OTHER}\n`)
      writeFileSync(join(dir, 'broken.key'), `operator ${OTHER} trailing\n`)
      writeFileSync(join(dir, 'zz-copy.key'), `technician ${KEY}\n`)
      writeFileSync(join(dir, 'loose.key'), `operator ${OTHER}\n`)
      chmodSync(join(dir, 'loose.key'), 0o666)
      writeFileSync(join(dir, 'README'), 'not a key file')
      const logger = new CaptureLogger()
      const clients = await loadAuthorizedClients(dir, logger, 'linux')
      assert.deepEqual(
        [...clients.values()].map(client => client.name),
        ['good'],
      )
      const skipped = logger
        .events('keys.client-skipped')
        .map(line => [line.fields.path, line.fields.reason])
      assert.deepEqual(skipped, [
        [join(dir, 'Bad_Name.key'), 'the name is not [a-z0-9][a-z0-9-]{0,62}'],
        [join(dir, 'broken.key'), 'unexpected text after the key'],
        [join(dir, 'loose.key'), 'the file is writable by group or others'],
        [join(dir, 'zz-copy.key'), 'the key is already enrolled as good'],
      ])
      assert.ok(!logger.text().includes(KEY) && !logger.text().includes(OTHER))
    })

    it('refuses a directory that group or others can write', async function () {
      mkdirSync(dir, { recursive: true })
      chmodSync(dir, 0o777)
      await assert.rejects(
        loadAuthorizedClients(dir, new CaptureLogger(), 'linux'),
        /writable by group or others; run: chmod 700/,
      )
    })
  })
})
