import assert from 'node:assert/strict'
import { crc32, inflateSync } from 'node:zlib'
import { encodeGreyPng } from '../../../../agent/imaging/png'

describe('agent/imaging/png', () => {
  it('writes a valid greyscale PNG whose rows inflate back to the pixels', () => {
    const pixels = Buffer.from(Array.from({ length: 12 }, (_, i) => i * 20))
    const png = encodeGreyPng(4, 3, pixels)
    assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a')
    // IHDR: 13 bytes, 4 × 3, depth 8, colour type 0, and its CRC over type + data.
    assert.equal(png.readUInt32BE(8), 13)
    assert.equal(png.subarray(12, 16).toString('latin1'), 'IHDR')
    assert.equal(png.readUInt32BE(16), 4)
    assert.equal(png.readUInt32BE(20), 3)
    assert.equal(png[24], 8)
    assert.equal(png[25], 0)
    assert.equal(png.readUInt32BE(29), crc32(png.subarray(12, 29)) >>> 0)
    const idatLength = png.readUInt32BE(33)
    assert.equal(png.subarray(37, 41).toString('latin1'), 'IDAT')
    const rows = inflateSync(png.subarray(41, 41 + idatLength))
    assert.equal(rows.length, 15)
    for (let y = 0; y < 3; y += 1) {
      assert.equal(rows[y * 5], 0, 'filter type none')
      assert.deepEqual(rows.subarray(y * 5 + 1, y * 5 + 5), pixels.subarray(y * 4, y * 4 + 4))
    }
    assert.equal(png.subarray(-8, -4).toString('latin1'), 'IEND')
  })

  it('refuses pixels that do not fill the image', () => {
    assert.throws(() => encodeGreyPng(4, 3, Buffer.alloc(11)), RangeError)
    assert.throws(() => encodeGreyPng(0, 3, Buffer.alloc(0)), RangeError)
  })
})
