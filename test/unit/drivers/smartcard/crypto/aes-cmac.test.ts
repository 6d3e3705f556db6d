import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import { aesCmac, cmacSubkeys } from '../../../../../drivers/smartcard/crypto/aes-cmac'
import vectors from '../../../../fixtures/icao9303/rfc4493-aes-cmac.json'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')

describe('drivers/smartcard/crypto/aes-cmac', () => {
  it('derives the RFC 4493 §4 subkeys', () => {
    const { k1, k2 } = cmacSubkeys(hex(vectors.subkeys.key))
    assert.equal(k1.toString('hex'), vectors.subkeys.k1.toLowerCase())
    assert.equal(k2.toString('hex'), vectors.subkeys.k2.toLowerCase())
  })

  for (const v of vectors.examples) {
    it(`computes ${v.name}`, () => {
      assert.equal(aesCmac(hex(v.key), hex(v.message)).toString('hex'), v.mac.toLowerCase())
    })
  }

  it('rejects a 15-byte key', () => {
    assert.throws(
      () => aesCmac(Buffer.alloc(15), Buffer.alloc(0)),
      (e: unknown) => e instanceof AgentError && e.code === 'INVALID_ARGUMENT',
    )
  })
})
