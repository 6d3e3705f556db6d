import assert from 'node:assert/strict'
import { verify, X509Certificate } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as pkcs11js from 'pkcs11js'
import { verifyPassiveAuthentication } from '../../../agent/icao/passive-auth'
import { buildSod, parseSod } from '../../../agent/icao/sod'
import { Pkcs11Signer, type Pkcs11SignerOptions } from '../../../agent/signer/pkcs11-signer'
import { returnValueOf } from '../../../agent/signer/pkcs11/pkcs11-errors'
import { Pkcs11Module, type Pkcs11Api } from '../../../agent/signer/pkcs11/pkcs11-module'
import {
  closeUserSession,
  findObjects,
  openUserSession,
  readAttribute,
} from '../../../agent/signer/pkcs11/token-session'
import { makeTestPki, type TestPkiFiles } from '../../../agent/signer/test-pki/make-test-pki'
import { createTestCsca } from '../../../agent/signer/test-pki/test-pki'
import { createTokenDocumentSigner } from '../../../agent/signer/test-pki/token-document-signer'
import { AgentError } from '../../../drivers/core/errors'
import { opensslVerifySod } from '../../support/openssl-cms'
import { fixtureDataGroups, FIXTURE_NOW } from '../../support/sod-fixture'
import { createSoftHsmFixture, DEFAULT_TOKEN, type SoftHsmFixture } from '../../support/softhsm'

const SPARE_TOKEN = { label: 'spare', pin: '4321', soPin: '87654321' }

type SignAsync = Pkcs11Api['C_SignAsync']

/** A real pkcs11js module whose C_SignAsync goes through `wrap`: a fault or probe at the seam. */
function wrappingSignAsync(wrap: (original: SignAsync) => SignAsync): () => Pkcs11Api {
  return () => {
    const real = new pkcs11js.PKCS11()
    const wrapped = wrap(real.C_SignAsync.bind(real))
    return new Proxy(real, {
      get(target, property) {
        if (property === 'C_SignAsync') return wrapped
        const value = Reflect.get(target, property, target) as unknown
        // Native methods check their receiver: call them on the real object, not the proxy.
        return typeof value === 'function'
          ? (value as (...a: unknown[]) => unknown).bind(target)
          : value
      },
    })
  }
}

function signerUnavailable(reason: string, ckr?: string) {
  return (error: unknown) => {
    assert.ok(error instanceof AgentError, String(error))
    assert.equal(error.code, 'SIGNER_UNAVAILABLE')
    assert.equal(error.details.reason, reason, error.message)
    if (ckr !== undefined) assert.equal(error.details.ckr, ckr)
    return true
  }
}

describe('Pkcs11Signer on a SoftHSM2 token', function () {
  let softhsm: SoftHsmFixture
  let dir: string
  let pki: TestPkiFiles
  let csca: Uint8Array
  let options: Pkcs11SignerOptions

  before(async function () {
    softhsm = await createSoftHsmFixture([DEFAULT_TOKEN, SPARE_TOKEN])
    dir = await mkdtemp(join(tmpdir(), 'idstation-pkcs11-'))
    pki = await makeTestPki({
      outDir: join(dir, 'pki'),
      now: FIXTURE_NOW,
      token: { tokenLabel: DEFAULT_TOKEN.label, pin: DEFAULT_TOKEN.pin, keyLabel: 'ds-2030' },
    })
    csca = new X509Certificate(await readFile(pki.cscaCertificate)).raw
    options = {
      modulePath: softhsm.modulePath,
      tokenLabel: DEFAULT_TOKEN.label,
      pin: { value: DEFAULT_TOKEN.pin },
      keyLabel: 'ds-2030',
    }
  })

  after(async function () {
    await rm(dir, { recursive: true, force: true })
    await softhsm.dispose()
  })

  it('signs an EF.SOD that passes passive authentication and OpenSSL’s CMS verify', async function () {
    assert.equal(pki.dsPrivateKey, undefined)
    assert.deepEqual(pki.token, {
      modulePath: softhsm.modulePath,
      tokenLabel: 'ds',
      keyLabel: 'ds-2030',
    })
    const signer = await Pkcs11Signer.open(options)
    try {
      assert.equal(signer.algorithm, 'ecdsa-p256-sha256')
      const fileCertificate = new X509Certificate(await readFile(pki.dsCertificate)).raw
      assert.deepEqual(Buffer.from(signer.certificate()), fileCertificate, 'token and file agree')
      const dataGroups = fixtureDataGroups()
      const sod = await buildSod({ hashAlgorithm: 'sha256', dataGroups, signer })
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
      const econtent = await opensslVerifySod(sod, csca, FIXTURE_NOW)
      assert.deepEqual(econtent, Buffer.from(parseSod(sod).encapsulatedContent))
    } finally {
      await signer.close()
    }
  })

  it('takes the PIN from a 0600 file and the certificate from a file', async function () {
    const pinFile = join(dir, 'pin')
    await writeFile(pinFile, `${DEFAULT_TOKEN.pin}\n`, { mode: 0o600 })
    const signer = await Pkcs11Signer.open({
      ...options,
      pin: { file: pinFile },
      certificate: { file: pki.dsCertificate },
    })
    await signer.close()
    await writeFile(join(dir, 'loose-pin'), DEFAULT_TOKEN.pin, { mode: 0o644 })
    await assert.rejects(
      Pkcs11Signer.open({ ...options, pin: { file: join(dir, 'loose-pin') } }),
      signerUnavailable('pin-unreadable'),
    )
  })

  it('keeps the private key on the token: sensitive, never extractable', function () {
    const module = Pkcs11Module.acquire(softhsm.modulePath)
    const session = openUserSession(module, DEFAULT_TOKEN.label, DEFAULT_TOKEN.pin)
    try {
      const [key] = findObjects(session, [
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
        { type: pkcs11js.CKA_LABEL, value: 'ds-2030' },
      ])
      assert.ok(key)
      assert.deepEqual([...readAttribute(session, key, pkcs11js.CKA_EXTRACTABLE)], [0])
      assert.deepEqual([...readAttribute(session, key, pkcs11js.CKA_SENSITIVE)], [1])
      assert.deepEqual([...readAttribute(session, key, pkcs11js.CKA_NEVER_EXTRACTABLE)], [1])
      assert.throws(
        () => readAttribute(session, key, pkcs11js.CKA_VALUE),
        (error: unknown) => returnValueOf(error) === pkcs11js.CKR_ATTRIBUTE_SENSITIVE,
      )
    } finally {
      closeUserSession(session)
      module.release()
    }
  })

  it('fails with SIGNER_UNAVAILABLE for a wrong PIN, token, key or module', async function () {
    await assert.rejects(
      Pkcs11Signer.open({ ...options, pin: { value: '0000' } }),
      signerUnavailable('pin-incorrect', 'CKR_PIN_INCORRECT'),
    )
    await assert.rejects(
      Pkcs11Signer.open({ ...options, tokenLabel: 'absent' }),
      signerUnavailable('token-not-found'),
    )
    await assert.rejects(
      Pkcs11Signer.open({ ...options, keyLabel: 'absent' }),
      signerUnavailable('key-not-found'),
    )
    await assert.rejects(
      Pkcs11Signer.open({ ...options, modulePath: join(dir, 'no-such-module.so') }),
      signerUnavailable('module-missing'),
    )
    await assert.rejects(
      Pkcs11Signer.open({ ...options, certificate: { file: pki.cscaCertificate } }),
      signerUnavailable('key-certificate-mismatch'),
    )
    assert.equal(
      Pkcs11Module.isLoaded(softhsm.modulePath),
      false,
      'failed opens release the module',
    )
  })

  it('queues concurrent signs on its one session, each signature valid', async function () {
    let inFlight = 0
    let mostInFlight = 0
    const counting = wrappingSignAsync(original => async (...args) => {
      inFlight += 1
      mostInFlight = Math.max(mostInFlight, inFlight)
      try {
        return await original(...args)
      } finally {
        inFlight -= 1
      }
    })
    const signer = await Pkcs11Signer.open(options, counting)
    try {
      const messages = Array.from({ length: 8 }, (_, index) => Buffer.from(`message ${index}`))
      const signatures = await Promise.all(messages.map(message => signer.sign(message)))
      const publicKey = new X509Certificate(signer.certificate()).publicKey
      messages.forEach((message, index) => {
        const signature = signatures[index]!
        assert.ok(verify('sha256', message, { key: publicKey, dsaEncoding: 'der' }, signature))
      })
      assert.equal(mostInFlight, 1)
    } finally {
      await signer.close()
    }
  })

  it('reports a token removed between signs as retryable, and reconnects after a lost session', async function () {
    const spare = createTestCsca({ now: FIXTURE_NOW })
    createTokenDocumentSigner({
      csca: spare,
      now: FIXTURE_NOW,
      modulePath: softhsm.modulePath,
      tokenLabel: SPARE_TOKEN.label,
      pin: SPARE_TOKEN.pin,
      keyLabel: 'spare-ds',
    })
    let failNextSign = false
    const flaky = wrappingSignAsync(original => (...args) => {
      if (!failNextSign) return original(...args)
      failNextSign = false
      const removed = pkcs11js.CKR_DEVICE_REMOVED
      return Promise.reject(new pkcs11js.Pkcs11Error('CKR_DEVICE_REMOVED:50', removed, 'C_Sign'))
    })
    const spareOptions = {
      modulePath: softhsm.modulePath,
      tokenLabel: SPARE_TOKEN.label,
      pin: { value: SPARE_TOKEN.pin },
      keyLabel: 'spare-ds',
    }
    const signer = await Pkcs11Signer.open(spareOptions, flaky)
    try {
      failNextSign = true
      await assert.rejects(signer.sign(Buffer.of(1)), (error: unknown) => {
        signerUnavailable('token-removed', 'CKR_DEVICE_REMOVED')(error)
        assert.equal((error as AgentError).retryable, true)
        return true
      })
      assert.ok((await signer.sign(Buffer.of(2))).length > 0, 'a new session signs again')

      // Now really pull the token: SoftHSM2 answers the open session with an invalid handle.
      await softhsm.deleteToken(SPARE_TOKEN.label)
      await assert.rejects(signer.sign(Buffer.of(3)), (error: unknown) => {
        signerUnavailable('token-removed', 'CKR_OBJECT_HANDLE_INVALID')(error)
        assert.equal((error as AgentError).retryable, true)
        return true
      })
      // The next sign looks for the token again and does not find it; still worth a retry.
      await assert.rejects(signer.sign(Buffer.of(4)), (error: unknown) => {
        signerUnavailable('token-not-found')(error)
        assert.equal((error as AgentError).retryable, true)
        return true
      })
    } finally {
      await signer.close()
    }
  })
})
