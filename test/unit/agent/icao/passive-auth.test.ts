import assert from 'node:assert/strict'
import { createPublicKey, generateKeyPairSync, sign } from 'node:crypto'
import {
  verifyPassiveAuthentication,
  type PassiveAuthenticationInput,
  type PassiveAuthenticationResult,
} from '../../../../agent/icao/passive-auth'
import { buildSod, type DocumentSigner } from '../../../../agent/icao/sod'
import { KeyObjectSigner } from '../../../../agent/signer/key-object-signer'
import {
  createTestCsca,
  issueDocumentSignerCertificate,
} from '../../../../agent/signer/test-pki/test-pki'
import {
  createSodFixture,
  fixtureDataGroups,
  FIXTURE_NOW,
  type SodFixture,
} from '../../../support/sod-fixture'

const DAY_MS = 24 * 60 * 60 * 1000

function failed(result: PassiveAuthenticationResult): Record<string, string | undefined> {
  return Object.fromEntries(
    result.checks.filter(check => !check.passed).map(check => [check.name, check.reason]),
  )
}

describe('agent/icao verifyPassiveAuthentication', function () {
  let fixture: SodFixture
  let sod: Uint8Array
  let input: PassiveAuthenticationInput

  before(async function () {
    fixture = createSodFixture()
    sod = await buildSod({
      hashAlgorithm: 'sha256',
      dataGroups: fixtureDataGroups(),
      signer: fixture.signer,
      signingTime: FIXTURE_NOW,
    })
    input = {
      sod,
      dataGroups: fixtureDataGroups(),
      comTagList: [1, 2, 14],
      trustAnchors: [fixture.csca.certificate],
      at: FIXTURE_NOW,
    }
  })

  it('passes every step for an EF.SOD built over the data groups read back', function () {
    const result = verifyPassiveAuthentication(input)
    assert.deepEqual(failed(result), {})
    assert.equal(result.passed, true)
    assert.deepEqual(result.failedDataGroups, [])
    assert.deepEqual(
      result.checks.map(check => check.name),
      [
        'sod-parse',
        'ds-chain',
        'ds-validity',
        'cms-signer-identifier',
        'cms-content-type',
        'cms-message-digest',
        'cms-signature',
        'dg-hashes',
        'com-consistency',
      ],
    )
  })

  it('fails dg-hashes naming a tampered data group and one EF.SOD does not list', function () {
    const dataGroups = fixtureDataGroups()
    const dg2 = Buffer.from(dataGroups.get(2)!)
    dg2.writeUInt8(dg2.readUInt8(dg2.length - 1) ^ 0x01, dg2.length - 1)
    dataGroups.set(2, dg2).set(3, Buffer.from('6300', 'hex'))
    const result = verifyPassiveAuthentication({ ...input, dataGroups })
    assert.equal(result.passed, false)
    assert.deepEqual(failed(result), {
      'dg-hashes': 'hash mismatch: DG2; not in EF.SOD: DG3',
    })
    assert.deepEqual(result.failedDataGroups, [2, 3])
  })

  it('fails com-consistency when EF.COM lists a data group EF.SOD does not', function () {
    const result = verifyPassiveAuthentication({ ...input, comTagList: [1, 2, 3, 14] })
    assert.deepEqual(failed(result), {
      'com-consistency': 'EF.COM lists data groups EF.SOD does not: DG3',
    })
    const withoutCom = verifyPassiveAuthentication({
      sod: input.sod,
      dataGroups: input.dataGroups,
      trustAnchors: input.trustAnchors,
      at: input.at,
    })
    assert.equal(withoutCom.passed, true)
    assert.ok(!withoutCom.checks.some(check => check.name === 'com-consistency'))
  })

  it('fails ds-chain for a DS certificate from a different CSCA', async function () {
    const other = createSodFixture()
    const foreign = await buildSod({
      hashAlgorithm: 'sha256',
      dataGroups: fixtureDataGroups(),
      signer: other.signer,
    })
    const result = verifyPassiveAuthentication({ ...input, sod: foreign })
    assert.deepEqual(Object.keys(failed(result)), ['ds-chain'])
    assert.match(failed(result)['ds-chain']!, /not issued by any of the 1 trusted CSCAs/)
  })

  it('fails ds-chain for a CSCA with the same name but another key, or none usable', function () {
    const impostor = createTestCsca({ now: FIXTURE_NOW })
    const result = verifyPassiveAuthentication({ ...input, trustAnchors: [impostor.certificate] })
    assert.match(failed(result)['ds-chain'] ?? '', /does not verify|not issued/)
    const none = verifyPassiveAuthentication({
      ...input,
      trustAnchors: [Buffer.from('3000', 'hex')],
    })
    assert.equal(failed(none)['ds-chain'], 'no usable trust anchor (CSCA) was given')
  })

  it('fails ds-validity outside the DS certificate validity', async function () {
    const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const expired = issueDocumentSignerCertificate({
      csca: fixture.csca,
      publicKeyInfo: createPublicKey(keys.privateKey).export({ type: 'spki', format: 'der' }),
      notBefore: new Date(FIXTURE_NOW.getTime() - 120 * DAY_MS),
      notAfter: new Date(FIXTURE_NOW.getTime() - 28 * DAY_MS),
    })
    const old = await buildSod({
      hashAlgorithm: 'sha256',
      dataGroups: fixtureDataGroups(),
      signer: new KeyObjectSigner(keys.privateKey, expired),
    })
    const result = verifyPassiveAuthentication({ ...input, sod: old })
    assert.deepEqual(Object.keys(failed(result)), ['ds-validity'])
    assert.match(failed(result)['ds-validity']!, /expired at 2030-05-18/)
    const early = verifyPassiveAuthentication({
      ...input,
      at: new Date(FIXTURE_NOW.getTime() - 30 * DAY_MS),
    })
    assert.match(failed(early)['ds-validity']!, /not valid before/)
  })

  it('fails cms-signature when the key that signed is not the DS certificate’s', async function () {
    const wrongKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey
    const mismatched: DocumentSigner = {
      algorithm: 'ecdsa-p256-sha256',
      certificate: () => fixture.dsCertificate,
      sign: message =>
        Promise.resolve(sign('sha256', message, { key: wrongKey, dsaEncoding: 'der' })),
      close: () => Promise.resolve(),
    }
    const forged = await buildSod({
      hashAlgorithm: 'sha256',
      dataGroups: fixtureDataGroups(),
      signer: mismatched,
    })
    const result = verifyPassiveAuthentication({ ...input, sod: forged })
    assert.deepEqual(failed(result), {
      'cms-signature': 'the signature over the signed attributes does not verify with the DS key',
    })
  })

  it('fails cms-message-digest when the LDS security object changed after signing', function () {
    // The last byte of eContent is inside the DG14 hash; the signed attributes stay intact.
    const altered = Buffer.from(sod)
    const dg14Hash = altered.indexOf(Buffer.from('02010e0420', 'hex')) + 5
    altered.writeUInt8(altered.readUInt8(dg14Hash) ^ 0x80, dg14Hash)
    const result = verifyPassiveAuthentication({ ...input, sod: altered })
    assert.deepEqual(Object.keys(failed(result)), ['cms-message-digest', 'dg-hashes'])
    assert.deepEqual(result.failedDataGroups, [14])
  })

  it('reports an unreadable EF.SOD as the one failed sod-parse check', function () {
    const result = verifyPassiveAuthentication({ ...input, sod: Buffer.from('7703300100', 'hex') })
    assert.equal(result.passed, false)
    assert.deepEqual(
      result.checks.map(check => check.name),
      ['sod-parse'],
    )
    assert.equal(result.checks[0]!.reason, 'EF.SOD encoding does not decode: truncated')
  })

  it('verifies an RSA PKCS#1 v1.5 Document Signer', async function () {
    // 1024 bits keeps key generation fast; the size plays no part in what is checked.
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey
    const certificate = issueDocumentSignerCertificate({
      csca: fixture.csca,
      publicKeyInfo: createPublicKey(rsa).export({ type: 'spki', format: 'der' }),
      now: FIXTURE_NOW,
    })
    const signer = new KeyObjectSigner(rsa, certificate)
    assert.equal(signer.algorithm, 'rsa-pkcs1-sha256')
    const rsaSod = await buildSod({
      hashAlgorithm: 'sha384',
      dataGroups: fixtureDataGroups(),
      signer,
    })
    const result = verifyPassiveAuthentication({ ...input, sod: rsaSod })
    assert.deepEqual(failed(result), {})
  })

  it('puts no data group content in any reason', function () {
    const dataGroups = new Map(
      [...fixtureDataGroups()].map(([n, b]) => [n, Buffer.from(b).reverse()]),
    )
    const result = verifyPassiveAuthentication({ ...input, dataGroups })
    const text = JSON.stringify(result)
    assert.ok(!text.includes('SPECIMEN') && !text.includes('NEMICEPS'))
    assert.deepEqual(result.failedDataGroups, [1, 2, 14])
  })
})
