import assert from 'node:assert/strict'
import { createPublicKey } from 'node:crypto'
import { AaKeyPool } from '../../../../../agent/jobs/workflows/personalize-card/aa-key-pool'

describe('agent/jobs personalize-card AA key pool', () => {
  it('hands out each RSA-1024 key once, from the warm pool and past it', async () => {
    const pool = new AaKeyPool(2)
    await pool.warm()
    const keys = [pool.take(), pool.take(), pool.take()]
    const moduli = new Set(keys.map(key => key.modulus.toString('hex')))
    assert.equal(moduli.size, 3, 'no key is given twice')
    for (const key of keys) {
      assert.equal(key.modulus.length, 128)
      const spki = createPublicKey({ key: key.spki, format: 'der', type: 'spki' })
      assert.equal(spki.asymmetricKeyDetails?.modulusLength, 1024)
      assert.equal(
        Buffer.from(spki.export({ format: 'jwk' }).n ?? '', 'base64url').toString('hex'),
        key.modulus.toString('hex'),
      )
    }
    await pool.warm()
  })
})
