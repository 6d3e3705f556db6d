import assert from 'node:assert/strict'
import { createCipheriv } from 'node:crypto'
import { AgentError } from '../../../../../drivers/core/errors'
import { padIso9797Method2 } from '../../../../../drivers/smartcard/crypto/padding'
import { retailMac } from '../../../../../drivers/smartcard/crypto/retail-mac'
import bac from '../../../../fixtures/icao9303/appendix-d-bac.json'
import sm from '../../../../fixtures/icao9303/appendix-d-secure-messaging.json'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')

describe('drivers/smartcard/crypto/retail-mac', () => {
  const vectors = [
    {
      name: 'M.IFD (Appendix D.3)',
      key: bac.kMac,
      padded: padIso9797Method2(hex(bac.eIfd)),
      mac: bac.mIfd,
    },
    {
      name: 'M.IC (Appendix D.3)',
      key: bac.kMac,
      padded: padIso9797Method2(hex(bac.eIc)),
      mac: bac.mIc,
    },
    ...sm.exchanges.flatMap(x => [
      { name: `CC of ${x.name}`, key: sm.ksMac, padded: hex(x.n), mac: x.commandMac },
      {
        name: `CC' of the answer to ${x.name}`,
        key: sm.ksMac,
        padded: hex(x.k),
        mac: x.responseMac,
      },
    ]),
  ]
  for (const v of vectors) {
    it(`computes ${v.name}`, () => {
      assert.equal(retailMac(hex(v.key), v.padded).toString('hex'), v.mac.toLowerCase())
    })
  }

  it('is 3DES-ECB of the block when the message is one block', () => {
    const block = hex('0102030405060708')
    const ecb = createCipheriv('des-ede-ecb', hex(bac.kMac), null)
    ecb.setAutoPadding(false)
    assert.deepEqual(retailMac(hex(bac.kMac), block), ecb.update(block))
  })

  const bad = [
    { name: 'an 8-byte key', key: Buffer.alloc(8), data: Buffer.alloc(8) },
    { name: 'empty input', key: Buffer.alloc(16), data: Buffer.alloc(0) },
    { name: 'unpadded input', key: Buffer.alloc(16), data: Buffer.alloc(9) },
  ]
  for (const b of bad) {
    it(`rejects ${b.name}`, () => {
      assert.throws(
        () => retailMac(b.key, b.data),
        (e: unknown) => e instanceof AgentError && e.code === 'INVALID_ARGUMENT',
      )
    })
  }
})
