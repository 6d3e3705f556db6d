import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import { readJpegFrame } from '../../../../../agent/icao/biometrics'
import { syntheticJpeg } from '../../../../support/synthetic-jpeg'

const notJpeg = (error: unknown) =>
  error instanceof AgentError &&
  error.code === 'INVALID_ARGUMENT' &&
  error.details.reason === 'not-jpeg' &&
  error.details.field === 'portrait'

describe('agent/icao/biometrics readJpegFrame', () => {
  it('reads width, height and components from the frame header, past APP0, DQT and DHT', () => {
    assert.deepEqual(readJpegFrame(syntheticJpeg(480, 640, 3)), {
      width: 480,
      height: 640,
      components: 3,
    })
    assert.deepEqual(readJpegFrame(syntheticJpeg(9, 7)), { width: 9, height: 7, components: 1 })
  })

  it('reads progressive frames (SOF2) and skips fill bytes before a marker', () => {
    const jpeg = syntheticJpeg(32, 16)
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]))
    const progressive = Buffer.from(jpeg)
    progressive[sof + 1] = 0xc2
    assert.equal(readJpegFrame(progressive).width, 32)
    const filled = Buffer.concat([
      jpeg.subarray(0, sof),
      Buffer.from([0xff, 0xff]),
      jpeg.subarray(sof),
    ])
    assert.equal(readJpegFrame(filled).height, 16)
  })

  it('refuses what is not a JPEG with reason not-jpeg, naming the field', () => {
    const jpeg = syntheticJpeg(16, 16)
    const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]))
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    const jp2 = Buffer.from('0000000c6a5020200d0a870a', 'hex')
    const zeroHeight = Buffer.from(jpeg)
    zeroHeight.writeUInt16BE(0, sof + 5)
    const badLength = Buffer.from(jpeg)
    badLength.writeUInt16BE(0xfff0, 4)
    const cases: [string, Buffer][] = [
      ['empty', Buffer.alloc(0)],
      ['PNG', png],
      ['JPEG 2000', jp2],
      ['truncated (no EOI)', jpeg.subarray(0, -2)],
      [
        'no frame header before the scan',
        Buffer.concat([jpeg.subarray(0, sof), jpeg.subarray(sof + 19)]),
      ],
      ['height deferred to DNL', zeroHeight],
      ['a segment running past the end', badLength],
      ['only SOI and EOI', Buffer.from('ffd8ffd9', 'hex')],
    ]
    for (const [name, bytes] of cases)
      assert.throws(() => readJpegFrame(bytes, 'portrait'), notJpeg, name)
  })
})
