import assert from 'node:assert/strict'
import { createCipheriv } from 'node:crypto'
import { AgentError } from '../../../../../drivers/core/errors'
import { CommandApdu, ResponseApdu } from '../../../../../drivers/smartcard/apdu'
import { aesCmac } from '../../../../../drivers/smartcard/crypto/aes-cmac'
import { padIso9797Method2 } from '../../../../../drivers/smartcard/crypto/padding'
import { AesSmCipher, SmWrapper } from '../../../../../drivers/smartcard/secure-messaging'
import pace from '../../../../fixtures/icao9303/appendix-g-pace-kdf.json'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')

/** AES-128 by hand from node:crypto, so the wrapper is checked against the §9.8.6.2 recipe. */
function aes(mode: 'ecb' | 'cbc', key: Buffer, data: Buffer, iv: Buffer | null = null): Buffer {
  const c = createCipheriv(`aes-128-${mode}`, key, iv)
  c.setAutoPadding(false)
  return Buffer.concat([c.update(data), c.final()])
}

describe('drivers/smartcard/secure-messaging/aes-sm-cipher', () => {
  const ksEnc = hex(pace.ksEnc)
  const ksMac = hex(pace.ksMac)
  const zero = Buffer.alloc(16)

  it('protects a command with IV = E(KS.enc, SSC) and an 8-byte CMAC', () => {
    const wrapper = new SmWrapper(new AesSmCipher(ksEnc, ksMac), zero)
    const wrapped = wrapper.wrap(
      new CommandApdu({ cla: 0, ins: 0xa4, p1: 2, p2: 0x0c, data: hex('011e'), ne: 256 }),
    )
    const ssc = hex('00000000000000000000000000000001')
    const iv = aes('ecb', ksEnc, ssc)
    const do87 = Buffer.concat([
      hex('871101'),
      aes('cbc', ksEnc, padIso9797Method2(hex('011e'), 16), iv),
    ])
    const header = padIso9797Method2(hex('0ca4020c'), 16)
    const mac = aesCmac(
      ksMac,
      padIso9797Method2(Buffer.concat([ssc, header, do87, hex('970100')]), 16),
    ).subarray(0, 8)
    assert.equal(
      wrapped.data.toString('hex'),
      Buffer.concat([do87, hex('970100'), hex('8e08'), mac]).toString('hex'),
    )
  })

  it('opens a response built the same way', () => {
    const ssc = hex('00000000000000000000000000000002')
    const iv = aes('ecb', ksEnc, ssc)
    const plain = hex('60145f01')
    const objects = Buffer.concat([
      hex('871101'),
      aes('cbc', ksEnc, padIso9797Method2(plain, 16), iv),
      hex('99029000'),
    ])
    const mac = aesCmac(ksMac, padIso9797Method2(Buffer.concat([ssc, objects]), 16)).subarray(0, 8)
    const wrapper = new SmWrapper(new AesSmCipher(ksEnc, ksMac), hex('00'.repeat(15) + '01'))
    const opened = wrapper.unwrap(
      new ResponseApdu(Buffer.concat([objects, hex('8e08'), mac]), 0x9000),
    )
    assert.deepEqual(opened.data, plain)
    assert.equal(opened.sw, 0x9000)
  })

  it('takes 24- and 32-byte keys', () => {
    for (const length of [24, 32]) {
      const cipher = new AesSmCipher(Buffer.alloc(length, 1), Buffer.alloc(length, 2))
      const data = padIso9797Method2(hex('01'), 16)
      assert.deepEqual(cipher.decrypt(zero, cipher.encrypt(zero, data)), data)
      assert.equal(cipher.mac(data).length, 8)
    }
  })

  it('rejects a 20-byte key', () => {
    assert.throws(
      () => new AesSmCipher(Buffer.alloc(20), ksMac),
      (e: unknown) => e instanceof AgentError && e.code === 'INVALID_ARGUMENT',
    )
  })
})
