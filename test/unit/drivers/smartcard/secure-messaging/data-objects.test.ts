import assert from 'node:assert/strict'
import {
  decodeDataObjects,
  encodeDataObject,
  SecureMessagingError,
} from '../../../../../drivers/smartcard/secure-messaging'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')

describe('drivers/smartcard/secure-messaging/data-objects', () => {
  const table = [
    { length: 0, head: '8700' },
    { length: 9, head: '8709' },
    { length: 127, head: '877f' },
    { length: 128, head: '878180' },
    { length: 255, head: '8781ff' },
    { length: 256, head: '87820100' },
    { length: 65535, head: '8782ffff' },
    { length: 65545, head: '8783010009' },
  ]
  for (const row of table) {
    it(`encodes and decodes a ${row.length}-byte value with length ${row.head.slice(2)}`, () => {
      const value = Buffer.alloc(row.length, 0x42)
      const encoded = encodeDataObject(0x87, value)
      assert.equal(encoded.subarray(0, row.head.length / 2).toString('hex'), row.head)
      assert.deepEqual(decodeDataObjects(encoded), [{ tag: 0x87, value, encoded }])
    })
  }

  it('splits the D.4 READ BINARY answer into DO87, DO99 and DO8E', () => {
    const objects = decodeDataObjects(
      hex('8709019ff0ec34f992265199029000' + '8e08ad55cc17140b2ded'),
    )
    assert.deepEqual(
      objects.map(o => [o.tag, o.encoded.toString('hex')]),
      [
        [0x87, '8709019ff0ec34f9922651'],
        [0x99, '99029000'],
        [0x8e, '8e08ad55cc17140b2ded'],
      ],
    )
  })

  for (const bad of ['87', '8780', '878400000001', '8782ff', '870501020304', '8781']) {
    it(`rejects ${bad}`, () => {
      assert.throws(
        () => decodeDataObjects(hex(bad)),
        (e: unknown) =>
          e instanceof SecureMessagingError && e.details['reason'] === 'malformed-data-object',
      )
    })
  }
})
