import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import {
  des3CbcDecrypt,
  des3CbcEncrypt,
  desCbcEncrypt,
} from '../../../../../drivers/smartcard/crypto/des3'
import bac from '../../../../fixtures/icao9303/appendix-d-bac.json'
import sm from '../../../../fixtures/icao9303/appendix-d-secure-messaging.json'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')

describe('drivers/smartcard/crypto/des3', () => {
  const vectors = [
    { name: 'E.IFD of Appendix D.3', key: bac.kEnc, plain: bac.s, cipher: bac.eIfd },
    { name: 'E.IC of Appendix D.3', key: bac.kEnc, plain: bac.r, cipher: bac.eIc },
    {
      name: 'DO87 of the SELECT in Appendix D.4',
      key: sm.ksEnc,
      plain: '011E800000000000',
      cipher: '6375432908C044F6',
    },
  ]
  for (const v of vectors) {
    it(`encrypts and decrypts ${v.name}`, () => {
      assert.equal(des3CbcEncrypt(hex(v.key), hex(v.plain)).toString('hex'), v.cipher.toLowerCase())
      assert.equal(des3CbcDecrypt(hex(v.key), hex(v.cipher)).toString('hex'), v.plain.toLowerCase())
    })
  }

  it('treats a 24-byte K1‖K2‖K1 key as the same cipher as 2-key K1‖K2', () => {
    const key = hex(bac.kEnc)
    const threeKey = Buffer.concat([key, key.subarray(0, 8)])
    assert.equal(des3CbcEncrypt(threeKey, hex(bac.s)).toString('hex'), bac.eIfd.toLowerCase())
  })

  it('uses the given IV', () => {
    const iv = hex('0102030405060708')
    const plain = hex('0000000000000000')
    const withIv = des3CbcEncrypt(hex(bac.kEnc), plain, iv)
    assert.deepEqual(withIv, des3CbcEncrypt(hex(bac.kEnc), iv))
  })

  it('does single DES as FIPS 81 Appendix C (CBC, key 0123456789ABCDEF)', () => {
    const plain = Buffer.from('Now is the time for all ', 'latin1')
    const out = desCbcEncrypt(hex('0123456789ABCDEF'), plain, hex('1234567890ABCDEF'))
    assert.equal(out.toString('hex'), 'e5c7cdde872bf27c43e934008c389c0f683788499a7c05f6')
  })

  const bad = [
    {
      name: '3DES with an 8-byte key',
      run: () => des3CbcEncrypt(Buffer.alloc(8), Buffer.alloc(8)),
    },
    { name: '3DES over 7 bytes', run: () => des3CbcDecrypt(Buffer.alloc(16), Buffer.alloc(7)) },
    { name: 'DES with a 16-byte key', run: () => desCbcEncrypt(Buffer.alloc(16), Buffer.alloc(8)) },
  ]
  for (const b of bad) {
    it(`rejects ${b.name} with INVALID_ARGUMENT`, () => {
      assert.throws(b.run, (e: unknown) => e instanceof AgentError && e.code === 'INVALID_ARGUMENT')
    })
  }
})
