import assert from 'node:assert/strict'
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { X509Certificate } from 'node:crypto'
import { verifyPassiveAuthentication } from '../../../agent/icao/passive-auth'
import { buildSod, parseSod } from '../../../agent/icao/sod'
import { KeyFileSigner } from '../../../agent/signer/key-file-signer'
import { makeTestPki, type TestPkiFiles } from '../../../agent/signer/test-pki/make-test-pki'
import { AgentError } from '../../../drivers/core/errors'
import { opensslVerifySod } from '../../support/openssl-cms'
import { fixtureDataGroups, FIXTURE_NOW } from '../../support/sod-fixture'

function signerUnavailable(reason: string, message?: RegExp) {
  return (error: unknown) => {
    assert.ok(error instanceof AgentError)
    assert.equal(error.code, 'SIGNER_UNAVAILABLE')
    assert.equal(error.details.reason, reason)
    if (message !== undefined) assert.match(error.message, message)
    return true
  }
}

describe('KeyFileSigner with a test PKI on disk', function () {
  let dir: string
  let pki: TestPkiFiles
  let csca: Uint8Array

  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'idstation-pki-'))
    pki = await makeTestPki({ outDir: join(dir, 'pki'), now: FIXTURE_NOW })
    csca = new X509Certificate(await readFile(pki.cscaCertificate)).raw
  })

  after(async function () {
    await rm(dir, { recursive: true, force: true })
  })

  it('writes the CSCA and DS files, private keys 0600', async function () {
    assert.ok(pki.dsPrivateKey !== undefined)
    assert.equal(pki.token, undefined)
    for (const key of [pki.cscaPrivateKey, pki.dsPrivateKey]) {
      assert.equal((await stat(key)).mode & 0o777, 0o600, key)
    }
    const cscaCertificate = new X509Certificate(await readFile(pki.cscaCertificate))
    const ds = new X509Certificate(await readFile(pki.dsCertificate))
    assert.equal(cscaCertificate.ca, true)
    assert.match(cscaCertificate.subject, /^C=UT$/m)
    assert.equal(ds.issuer, cscaCertificate.subject)
    assert.ok(ds.verify(cscaCertificate.publicKey))
    await assert.rejects(makeTestPki({ outDir: join(dir, 'pki') }), /exists already/)
  })

  it('signs an EF.SOD that passes passive authentication and OpenSSL’s CMS verify', async function () {
    const signer = await KeyFileSigner.open({
      keyFile: pki.dsPrivateKey!,
      certificateFile: pki.dsCertificate,
    })
    const dataGroups = fixtureDataGroups()
    const sod = await buildSod({
      hashAlgorithm: 'sha256',
      dataGroups,
      signer,
      signingTime: FIXTURE_NOW,
    })
    await signer.close()
    const result = verifyPassiveAuthentication({
      sod,
      dataGroups,
      comTagList: [1, 2, 14],
      trustAnchors: [csca],
      at: FIXTURE_NOW,
    })
    assert.deepEqual(
      result.checks.filter(check => !check.passed),
      [],
    )
    assert.equal(result.passed, true)
    const econtent = await opensslVerifySod(sod, csca, FIXTURE_NOW)
    assert.deepEqual(econtent, Buffer.from(parseSod(sod).encapsulatedContent))
    await assert.rejects(signer.sign(Buffer.of(1)), signerUnavailable('closed'))
  })

  it('refuses a key file group or others can read, naming the fix', async function () {
    await chmod(pki.dsPrivateKey!, 0o640)
    try {
      await assert.rejects(
        KeyFileSigner.open({ keyFile: pki.dsPrivateKey!, certificateFile: pki.dsCertificate }),
        signerUnavailable('key-file-unreadable', /mode 0640.*chmod 600/),
      )
    } finally {
      await chmod(pki.dsPrivateKey!, 0o600)
    }
  })

  it('refuses a certificate that does not belong to the key, and missing files', async function () {
    await assert.rejects(
      KeyFileSigner.open({ keyFile: pki.dsPrivateKey!, certificateFile: pki.cscaCertificate }),
      signerUnavailable('key-certificate-mismatch'),
    )
    await assert.rejects(
      KeyFileSigner.open({ keyFile: join(dir, 'none.pem'), certificateFile: pki.dsCertificate }),
      signerUnavailable('key-file-unreadable', /ENOENT/),
    )
    await assert.rejects(
      KeyFileSigner.open({ keyFile: pki.dsPrivateKey!, certificateFile: pki.dsPrivateKey! }),
      signerUnavailable('certificate-invalid'),
    )
  })
})
