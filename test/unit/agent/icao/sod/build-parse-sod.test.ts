import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { encodeDer, readDer, readDerChildren } from '../../../../../agent/icao/sod/der'
import {
  buildSod,
  parseSod,
  sodContentInfo,
  type SodHashAlgorithm,
} from '../../../../../agent/icao/sod'
import { OID } from '../../../../../agent/icao/sod/oids'
import { IcaoDecodeError } from '../../../../../agent/icao/icao-error'
import { AgentError } from '../../../../../drivers/core/errors'
import {
  createSodFixture,
  fixtureDataGroups,
  FIXTURE_NOW,
  type SodFixture,
} from '../../../../support/sod-fixture'

function rejectsInvalid(details: Record<string, string>) {
  return (error: unknown) => {
    assert.ok(error instanceof AgentError)
    assert.equal(error.code, 'INVALID_ARGUMENT')
    assert.deepEqual(error.details, details)
    return true
  }
}

describe('agent/icao/sod build and parse', function () {
  let fixture: SodFixture

  before(function () {
    fixture = createSodFixture()
  })

  for (const hashAlgorithm of [
    'sha256',
    'sha384',
    'sha512',
  ] as const satisfies SodHashAlgorithm[]) {
    it(`round-trips an LDS v0 security object hashed with ${hashAlgorithm}`, async function () {
      const dataGroups = fixtureDataGroups()
      const sod = await buildSod({
        hashAlgorithm,
        dataGroups,
        signer: fixture.signer,
        signingTime: FIXTURE_NOW,
      })
      assert.equal(sod[0], 0x77)
      const parsed = parseSod(sod)
      assert.equal(parsed.hashAlgorithm, hashAlgorithm)
      assert.equal(parsed.ldsVersion, undefined)
      assert.deepEqual([...parsed.dataGroupHashes.keys()], [1, 2, 14])
      for (const [number, bytes] of dataGroups) {
        const expected = createHash(hashAlgorithm).update(bytes).digest()
        assert.deepEqual(
          Buffer.from(parsed.dataGroupHashes.get(number) ?? []),
          expected,
          `DG${number}`,
        )
      }
      assert.deepEqual(Buffer.from(parsed.dsCertificate), Buffer.from(fixture.dsCertificate))
      const { signerInfo } = parsed
      assert.equal(signerInfo.version, 1)
      assert.equal(signerInfo.signerIdentifier.kind, 'issuerAndSerialNumber')
      assert.equal(signerInfo.digestAlgorithm, 'sha256')
      assert.equal(signerInfo.signatureAlgorithm, OID.ecdsaWithSha256)
      assert.equal(signerInfo.contentType, OID.ldsSecurityObject)
      assert.deepEqual(signerInfo.signingTime, FIXTURE_NOW)
      assert.deepEqual(
        Buffer.from(signerInfo.messageDigest),
        createHash('sha256').update(parsed.encapsulatedContent).digest(),
      )
    })
  }

  it('writes LDS v1 with LDSVersionInfo when an LDS version is given', async function () {
    const sod = await buildSod({
      hashAlgorithm: 'sha256',
      dataGroups: fixtureDataGroups(),
      signer: fixture.signer,
      ldsVersion: { ldsVersion: '0108', unicodeVersion: '040000' },
    })
    const parsed = parseSod(sod)
    assert.deepEqual(parsed.ldsVersion, { ldsVersion: '0108', unicodeVersion: '040000' })
    assert.equal(parsed.encapsulatedContent[4], 1, 'version v1')
    assert.equal(parsed.signerInfo.signingTime, undefined)
  })

  it('hashes each data group exactly as given, non-minimal length bytes included', async function () {
    const dataGroups = fixtureDataGroups()
    const dg14 = dataGroups.get(14)!
    const parsed = parseSod(
      await buildSod({ hashAlgorithm: 'sha256', dataGroups, signer: fixture.signer }),
    )
    const asGiven = createHash('sha256').update(dg14).digest()
    const reEncoded = createHash('sha256').update(Buffer.from('6E03310100', 'hex')).digest()
    assert.deepEqual(Buffer.from(parsed.dataGroupHashes.get(14)!), asGiven)
    assert.notDeepEqual(Buffer.from(parsed.dataGroupHashes.get(14)!), reEncoded)
  })

  it('lays out the SignedData as ICAO 9303-10 and RFC 5652 prescribe', async function () {
    const sod = await buildSod({
      hashAlgorithm: 'sha256',
      dataGroups: fixtureDataGroups(),
      signer: fixture.signer,
      signingTime: FIXTURE_NOW,
    })
    const [, content] = readDerChildren(readDer(sodContentInfo(sod)))
    const [signedData] = readDerChildren(content!)
    const [version, digestAlgorithms, , certificates, signerInfos] = readDerChildren(signedData!)
    assert.deepEqual([...version!.value], [3])
    assert.equal(readDerChildren(digestAlgorithms!).length, 1)
    assert.equal(certificates!.tag, 0xa0)
    const [signerInfo] = readDerChildren(signerInfos!)
    const signedAttrs = readDerChildren(signerInfo!)[3]!
    assert.equal(signedAttrs.tag, 0xa0)
    // DER SET OF order: by encoding, which puts the shorter signingTime before messageDigest.
    const order = readDerChildren(signedAttrs).map(
      attribute => readDerChildren(attribute)[0]!.value,
    )
    const oidTail = order.map(oid => oid[oid.length - 1])
    assert.deepEqual(oidTail, [3, 5, 4])
  })

  it('refuses requests that cannot make a valid EF.SOD', async function () {
    const one = new Map([[1, Buffer.from('6100', 'hex')]])
    await assert.rejects(
      buildSod({ hashAlgorithm: 'sha256', dataGroups: one, signer: fixture.signer }),
      rejectsInvalid({ field: 'dataGroups', reason: 'too-short' }),
    )
    const outOfRange = new Map(fixtureDataGroups()).set(17, Buffer.from('7100', 'hex'))
    await assert.rejects(
      buildSod({ hashAlgorithm: 'sha256', dataGroups: outOfRange, signer: fixture.signer }),
      rejectsInvalid({ field: 'dataGroups', reason: 'out-of-range' }),
    )
    const empty = new Map(fixtureDataGroups()).set(3, new Uint8Array())
    await assert.rejects(
      buildSod({ hashAlgorithm: 'sha256', dataGroups: empty, signer: fixture.signer }),
      rejectsInvalid({ field: 'dataGroups', reason: 'required' }),
    )
    await assert.rejects(
      buildSod({
        hashAlgorithm: 'md5' as SodHashAlgorithm,
        dataGroups: fixtureDataGroups(),
        signer: fixture.signer,
      }),
      rejectsInvalid({ field: 'hashAlgorithm', reason: 'unsupported-format' }),
    )
  })

  it('passes the signer’s rejection through', async function () {
    const failing = {
      algorithm: 'ecdsa-p256-sha256' as const,
      certificate: () => fixture.dsCertificate,
      sign: () => Promise.reject(new AgentError('SIGNER_UNAVAILABLE', 'token removed')),
      close: () => Promise.resolve(),
    }
    await assert.rejects(
      buildSod({ hashAlgorithm: 'sha256', dataGroups: fixtureDataGroups(), signer: failing }),
      { code: 'SIGNER_UNAVAILABLE' },
    )
  })

  it('names the part of a malformed EF.SOD and how it is wrong, never its bytes', async function () {
    const sod = await buildSod({
      hashAlgorithm: 'sha256',
      dataGroups: fixtureDataGroups(),
      signer: fixture.signer,
    })
    const refused = (structure: string, reason: string) => (error: unknown) => {
      assert.ok(error instanceof IcaoDecodeError)
      assert.equal(error.code, 'INVALID_ARGUMENT')
      assert.deepEqual(error.details, { structure, reason })
      assert.equal(error.message, `${structure} does not decode: ${reason}`)
      return true
    }
    assert.throws(
      () => parseSod(sod.subarray(0, sod.length - 1)),
      refused('EF.SOD wrapper', 'truncated'),
    )
    assert.throws(
      () => parseSod(Buffer.concat([sod, Buffer.of(0)])),
      refused('EF.SOD wrapper', 'trailing-bytes'),
    )
    const retagged = Buffer.from(sod)
    retagged[0] = 0x30
    assert.throws(() => parseSod(retagged), refused('EF.SOD wrapper', 'unexpected-tag'))
    const twoSigners = await buildSodWithTwoSignerInfos(sod)
    assert.throws(() => parseSod(twoSigners), refused('EF.SOD signerInfos', 'duplicate-element'))
  })
})

/** The same EF.SOD with its SignerInfo listed twice: valid DER, not a valid EF.SOD. */
function buildSodWithTwoSignerInfos(sod: Uint8Array): Promise<Uint8Array> {
  const [contentType, content] = readDerChildren(readDer(sodContentInfo(sod)))
  const fields = readDerChildren(readDerChildren(content!)[0]!)
  const signerInfos = fields[fields.length - 1]!
  const [signerInfo] = readDerChildren(signerInfos)
  const doubled = encodeDer(0x31, Buffer.concat([signerInfo!.encoded, signerInfo!.encoded]))
  const signedData = encodeDer(
    0x30,
    Buffer.concat([...fields.slice(0, -1).map(f => f.encoded), doubled]),
  )
  const contentInfo = encodeDer(
    0x30,
    Buffer.concat([contentType!.encoded, encodeDer(0xa0, signedData)]),
  )
  return Promise.resolve(encodeDer(0x77, contentInfo))
}
