import assert from 'node:assert/strict'
import fc from 'fast-check'
import {
  encodeFrame,
  FRAME_TYPE,
  FrameDecoder,
  MAX_FRAME_BODY,
} from '../../../../drivers/simulated/report-frames'

describe('report frames', function () {
  it('encodes length, type and body', function () {
    assert.deepEqual(
      encodeFrame(FRAME_TYPE.OUTPUT, Uint8Array.of(0, 0xaa)),
      Buffer.of(0, 3, 1, 0, 0xaa),
    )
    assert.deepEqual(encodeFrame(FRAME_TYPE.INPUT, new Uint8Array(0)), Buffer.of(0, 1, 2))
  })

  it('refuses a body the length field cannot carry', function () {
    assert.throws(
      () => encodeFrame(FRAME_TYPE.OUTPUT, new Uint8Array(MAX_FRAME_BODY + 1)),
      RangeError,
    )
    assert.equal(
      encodeFrame(FRAME_TYPE.OUTPUT, new Uint8Array(MAX_FRAME_BODY)).readUInt16BE(0),
      0xffff,
    )
  })

  it('rejects a zero length', function () {
    assert.throws(() => new FrameDecoder().push(Buffer.of(0, 0, 1)), RangeError)
  })

  it('decodes any split of any sequence of frames', function () {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            type: fc.constantFrom(...Object.values(FRAME_TYPE)),
            body: fc.uint8Array({ maxLength: 300 }),
          }),
          { maxLength: 8 },
        ),
        fc.array(fc.nat(), { maxLength: 10 }),
        (frames, cuts) => {
          const bytes = Buffer.concat(frames.map(frame => encodeFrame(frame.type, frame.body)))
          const points = [...new Set(cuts.map(cut => cut % (bytes.length + 1)))].sort(
            (a, b) => a - b,
          )
          const decoder = new FrameDecoder()
          const decoded = []
          let start = 0
          for (const point of [...points, bytes.length]) {
            decoded.push(...decoder.push(bytes.subarray(start, point)))
            start = point
          }
          assert.deepEqual(
            decoded.map(frame => ({ type: frame.type, body: new Uint8Array(frame.body) })),
            frames.map(frame => ({ type: frame.type, body: new Uint8Array(frame.body) })),
          )
        },
      ),
    )
  })
})
