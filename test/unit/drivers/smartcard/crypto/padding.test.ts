import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import {
  padIso9797Method2,
  unpadIso9797Method2,
} from '../../../../../drivers/smartcard/crypto/padding'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')

describe('drivers/smartcard/crypto/padding', () => {
  const table = [
    { plain: '', padded: '8000000000000000' },
    { plain: '011E', padded: '011E800000000000' },
    { plain: '0CA4020C', padded: '0CA4020C80000000' },
    { plain: '01020304050607', padded: '0102030405060780' },
    { plain: '0102030405060708', padded: '01020304050607088000000000000000' },
  ]
  for (const row of table) {
    it(`pads ${row.plain || 'nothing'} to ${row.padded} and back`, () => {
      assert.equal(padIso9797Method2(hex(row.plain)).toString('hex'), row.padded.toLowerCase())
      assert.equal(unpadIso9797Method2(hex(row.padded)).toString('hex'), row.plain.toLowerCase())
    })
  }

  it('pads to 16-byte blocks for AES', () => {
    assert.equal(padIso9797Method2(hex('AA'), 16).toString('hex'), 'aa80' + '00'.repeat(14))
    assert.equal(unpadIso9797Method2(hex('aa80' + '00'.repeat(14)), 16).toString('hex'), 'aa')
  })

  const bad = [
    { name: 'empty input', padded: '' },
    { name: 'a partial block', padded: '01028000' },
    { name: 'no marker', padded: '0102030405060700' },
    { name: 'a wrong marker', padded: '0102030405060781' },
    { name: 'all zeros', padded: '0000000000000000' },
    { name: 'a marker before the last block', padded: '01020304050607800000000000000000' },
  ]
  for (const b of bad) {
    it(`rejects ${b.name} as bad padding`, () => {
      assert.throws(
        () => unpadIso9797Method2(hex(b.padded)),
        (e: unknown) =>
          e instanceof AgentError &&
          e.code === 'INVALID_ARGUMENT' &&
          e.details['reason'] === 'bad-padding',
      )
    })
  }
})
