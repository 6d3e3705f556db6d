import assert from 'node:assert/strict'
import fc from 'fast-check'
import { inflateSync } from 'node:zlib'
import { replyFrame, RequestParser } from '../../../../../simulators/printer/page/codec'
import { encodeRgbPng } from '../../../../../simulators/support/png'

/** A request frame built here from the document, independent of both codecs. */
function request(seq: number, cmd: number, payload: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from([1, 1, seq, cmd, 0, 0, 0, 0]), payload])
  body.writeUInt32BE(payload.length, 4)
  let crc = 0xffff
  for (const byte of body.subarray(1)) {
    for (let bit = 7; bit >= 0; bit -= 1) {
      const top = ((crc >> 15) & 1) ^ ((byte >> bit) & 1)
      crc = ((crc << 1) & 0xffff) ^ (top === 1 ? 0x1021 : 0)
    }
  }
  const tail = Buffer.alloc(2)
  tail.writeUInt16BE(crc)
  return Buffer.concat([body, tail])
}

describe('simulators/printer/page codec', function () {
  it('finds requests however the bytes are split, skipping noise and bad frames', function () {
    const good = request(5, 0x10, Buffer.from([2]))
    const spoiled = Buffer.from(request(6, 0x02, Buffer.alloc(0)))
    spoiled[spoiled.length - 1] = (spoiled[spoiled.length - 1] ?? 0) ^ 1
    const stream = Buffer.concat([Buffer.from([0xaa, 0x01, 0x07]), spoiled, good])
    for (let split = 1; split < stream.length; split += 1) {
      const parser = new RequestParser()
      const parsed = [
        ...parser.push(stream.subarray(0, split)),
        ...parser.push(stream.subarray(split)),
      ]
      const requests = parsed.flatMap(p => (p.kind === 'request' ? [p.request] : []))
      assert.deepEqual(
        requests,
        [{ seq: 5, cmd: 0x10, payload: Buffer.from([2]) }],
        `split ${split}`,
      )
      assert.ok(parsed.some(p => p.kind === 'noise' && p.reason === 'bad-crc'))
      assert.equal(parser.held, 0)
    }
  })

  it('never throws on arbitrary bytes, and still finds a frame that follows them', function () {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), noise => {
        // Never throws (a throw fails the property); every byte is a request, noise or held.
        const parser = new RequestParser()
        const parsed = parser.push(noise)
        const noiseBytes = parsed.reduce((sum, p) => sum + (p.kind === 'noise' ? p.bytes : 0), 0)
        assert.ok(noiseBytes + parser.held <= noise.length)
      }),
      { numRuns: 300 },
    )
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), noise => {
        // Noise without a start byte is always skipped entirely.
        const clean = Buffer.from(noise.filter(byte => byte !== 0x01))
        const parsed = new RequestParser().push(
          Buffer.concat([clean, request(9, 0x02, Buffer.alloc(0))]),
        )
        assert.deepEqual(
          parsed.flatMap(p => (p.kind === 'request' ? [p.request.seq] : [])),
          [9],
        )
      }),
      { numRuns: 200 },
    )
  })

  it('answers with SEQ echoed, CMD | 0x80 and the CRC of the document', function () {
    const bytes = replyFrame(0x2a, 0x10, Buffer.from([0]))
    assert.equal(bytes.toString('hex'), request(0x2a, 0x90, Buffer.from([0])).toString('hex'))
  })

  it('writes RGB PNGs whose rows inflate back to the pixels', function () {
    const rgb = Buffer.from([255, 0, 0, 0, 255, 0, 0, 0, 255, 9, 9, 9])
    const png = encodeRgbPng(2, 2, rgb)
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25]], [2, 2, 8, 2])
    const idat = png.readUInt32BE(33)
    const rows = inflateSync(png.subarray(41, 41 + idat))
    assert.deepEqual(rows, Buffer.from([0, ...rgb.subarray(0, 6), 0, ...rgb.subarray(6)]))
    assert.throws(() => encodeRgbPng(2, 2, Buffer.alloc(11)), RangeError)
  })
})
