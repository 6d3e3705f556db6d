import assert from 'node:assert/strict'
import { curveKeyPair } from 'zeromq'
import { keyFingerprint } from '../../../../agent/keys/fingerprint'
import { generateKeyPair, isMatchingKeyPair, publicKeyOf } from '../../../../agent/keys/key-pair'

describe('CURVE key pairs', function () {
  it('derives the same public key as libzmq for its own pairs', function () {
    for (let index = 0; index < 5; index += 1) {
      const pair = curveKeyPair()
      assert.equal(publicKeyOf(pair.secretKey), pair.publicKey)
    }
  })

  it('generates matching Z85 pairs that differ each time', function () {
    const first = generateKeyPair()
    const second = generateKeyPair()
    assert.equal(first.publicKey.length, 40)
    assert.ok(isMatchingKeyPair(first))
    assert.notEqual(first.secretKey, second.secretKey)
    assert.equal(
      isMatchingKeyPair({ publicKey: second.publicKey, secretKey: first.secretKey }),
      false,
    )
    assert.equal(isMatchingKeyPair({ publicKey: 'short', secretKey: first.secretKey }), false)
  })

  it('fingerprints the raw key with SHA-256, 16 hex characters', function () {
    // SHA-256 of 32 zero bytes is 66687aad f862bd77 6c8fc18b …
    assert.equal(keyFingerprint('0'.repeat(40)), '66687aadf862bd77')
    const pair = generateKeyPair()
    assert.match(keyFingerprint(pair.publicKey), /^[0-9a-f]{16}$/)
    assert.throws(() => keyFingerprint('not z85 ~~~~'), RangeError)
  })
})
