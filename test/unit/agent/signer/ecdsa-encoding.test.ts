import assert from 'node:assert/strict'
import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto'
import fc from 'fast-check'
import { ecdsaRawToDer } from '../../../../agent/signer/ecdsa-signature'
import {
  p256PointFromEcPoint,
  p256SubjectPublicKeyInfo,
} from '../../../../agent/signer/pkcs11/ec-point'

const hex = (text: string) => Buffer.from(text.replace(/\s+/g, ''), 'hex')

describe('agent/signer ECDSA encodings between PKCS#11 and CMS', function () {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })

  it('turns r ‖ s into the DER ECDSA-Sig-Value node:crypto verifies', function () {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), message => {
        const raw = sign('sha256', message, { key: privateKey, dsaEncoding: 'ieee-p1363' })
        const der = ecdsaRawToDer(raw)
        assert.ok(verify('sha256', message, { key: publicKey, dsaEncoding: 'der' }, der))
      }),
      { numRuns: 50 },
    )
  })

  it('adds a sign byte to a high r and drops leading zeros of a short s', function () {
    const r = `80${'11'.repeat(31)}`
    const s = `0000${'22'.repeat(30)}`
    assert.deepEqual(
      Buffer.from(ecdsaRawToDer(hex(r + s))),
      hex(`30 43 02 21 00 ${r} 02 1E ${'22'.repeat(30)}`),
    )
    assert.throws(() => ecdsaRawToDer(hex('01')), RangeError)
    assert.throws(() => ecdsaRawToDer(new Uint8Array()), RangeError)
  })

  it('reads CKA_EC_POINT as an OCTET STRING or bare, and rebuilds the SubjectPublicKeyInfo', function () {
    const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' })
    const point = spki.subarray(spki.length - 65)
    assert.deepEqual(Buffer.from(p256PointFromEcPoint(Buffer.concat([hex('04 41'), point]))), point)
    assert.deepEqual(Buffer.from(p256PointFromEcPoint(point)), point)
    assert.deepEqual(Buffer.from(p256SubjectPublicKeyInfo(point)), spki)
    assert.throws(
      () => p256PointFromEcPoint(Buffer.concat([hex('04 21 02'), point.subarray(1, 33)])),
      RangeError,
    )
  })
})
