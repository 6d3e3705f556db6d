import assert from 'node:assert/strict'
import { crc32, inflateSync } from 'node:zlib'
import { encodeRgbPng } from '../../../../simulators/support/png'

describe('simulator PNG encoder', function () {
  it('writes signature, IHDR, IDAT with filter-0 rows, IEND, each with its CRC', function () {
    const rgb = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
    const png = encodeRgbPng(2, 2, rgb)
    assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a')
    const chunks: { type: string; data: Buffer }[] = []
    for (let offset = 8; offset < png.length;) {
      const length = png.readUInt32BE(offset)
      const typed = png.subarray(offset + 4, offset + 8 + length)
      assert.equal(png.readUInt32BE(offset + 8 + length), crc32(typed) >>> 0)
      chunks.push({ type: typed.subarray(0, 4).toString('ascii'), data: typed.subarray(4) })
      offset += 12 + length
    }
    assert.deepEqual(
      chunks.map(c => c.type),
      ['IHDR', 'IDAT', 'IEND'],
    )
    assert.deepEqual([...chunks[0]!.data], [0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0])
    assert.deepEqual(
      [...inflateSync(chunks[1]!.data)],
      [0, 1, 2, 3, 4, 5, 6, 0, 7, 8, 9, 10, 11, 12],
    )
  })

  it('refuses pixels that do not fill width × height', function () {
    assert.throws(() => encodeRgbPng(2, 2, Buffer.alloc(11)), RangeError)
    assert.throws(() => encodeRgbPng(0, 1, Buffer.alloc(0)), RangeError)
  })
})
