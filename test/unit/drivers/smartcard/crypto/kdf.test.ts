import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import {
  deriveKey,
  KDF_COUNTER,
  type KdfCipher,
  type KdfCounter,
  setDesParity,
} from '../../../../../drivers/smartcard/crypto/kdf'
import bac from '../../../../fixtures/icao9303/appendix-d-bac.json'
import pace from '../../../../fixtures/icao9303/appendix-g-pace-kdf.json'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')

describe('drivers/smartcard/crypto/kdf', () => {
  const table: {
    name: string
    seed: string
    counter: KdfCounter
    cipher: KdfCipher
    key: string
  }[] = [
    {
      name: 'K.enc (D.2)',
      seed: bac.kSeed,
      counter: KDF_COUNTER.ENC,
      cipher: '3des',
      key: bac.kEnc,
    },
    {
      name: 'K.mac (D.2)',
      seed: bac.kSeed,
      counter: KDF_COUNTER.MAC,
      cipher: '3des',
      key: bac.kMac,
    },
    {
      name: 'KS.enc (D.3)',
      seed: bac.ksSeed,
      counter: KDF_COUNTER.ENC,
      cipher: '3des',
      key: bac.ksEnc,
    },
    {
      name: 'KS.mac (D.3)',
      seed: bac.ksSeed,
      counter: KDF_COUNTER.MAC,
      cipher: '3des',
      key: bac.ksMac,
    },
    {
      name: 'K.pi (G.1)',
      seed: pace.k,
      counter: KDF_COUNTER.PACE,
      cipher: 'aes-128',
      key: pace.kPi,
    },
    {
      name: 'PACE KS.enc (G.1)',
      seed: pace.sharedSecret,
      counter: KDF_COUNTER.ENC,
      cipher: 'aes-128',
      key: pace.ksEnc,
    },
    {
      name: 'PACE KS.mac (G.1)',
      seed: pace.sharedSecret,
      counter: KDF_COUNTER.MAC,
      cipher: 'aes-128',
      key: pace.ksMac,
    },
  ]
  for (const row of table) {
    it(`derives ${row.name}`, () => {
      assert.equal(
        deriveKey(hex(row.seed), row.counter, row.cipher).toString('hex'),
        row.key.toLowerCase(),
      )
    })
  }

  it('turns the raw D.2 hash output into K.enc by setting DES parity', () => {
    assert.equal(setDesParity(hex(bac.kEncRaw)).toString('hex'), bac.kEnc.toLowerCase())
  })

  it('gives every byte odd parity and keeps the seven key bits', () => {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i))
    const adjusted = setDesParity(all)
    adjusted.forEach((byte, i) => {
      const ones = byte
        .toString(2)
        .split('')
        .filter(bit => bit === '1').length
      assert.equal(ones % 2, 1, `byte ${i}`)
      assert.equal(byte & 0xfe, i & 0xfe)
    })
  })

  const sha256Rows: { cipher: KdfCipher; length: number }[] = [
    { cipher: 'aes-192', length: 24 },
    { cipher: 'aes-256', length: 32 },
  ]
  for (const row of sha256Rows) {
    it(`uses SHA-256 truncated to ${row.length} bytes for ${row.cipher}`, () => {
      const seed = hex(pace.sharedSecret)
      const expected = createHash('sha256')
        .update(Buffer.concat([seed, hex('00000001')]))
        .digest()
        .subarray(0, row.length)
      assert.deepEqual(deriveKey(seed, KDF_COUNTER.ENC, row.cipher), expected)
    })
  }
})
