import assert from 'node:assert/strict'
import { TransportError } from '../../../../../drivers/core/errors'
import {
  expandImage,
  IMAGE_HEIGHT,
  IMAGE_WIDTH,
} from '../../../../../drivers/fingerprint/r30x/image'
import { percentScore, SATURATION } from '../../../../../drivers/fingerprint/r30x/match-score'

describe('R30x image expansion', function () {
  it('expands 4-bit pixels, high nibble first, ×17', function () {
    const packed = Buffer.alloc((IMAGE_WIDTH * IMAGE_HEIGHT) / 2)
    packed[0] = 0x0f
    packed[1] = 0xa5
    packed[packed.length - 1] = 0xf0
    const image = expandImage(packed)
    assert.equal(image.length, IMAGE_WIDTH * IMAGE_HEIGHT)
    assert.deepEqual([...image.subarray(0, 4)], [0, 255, 170, 85])
    assert.deepEqual([...image.subarray(-2)], [255, 0])
  })

  it('takes a byte-per-pixel image as it is', function () {
    const image = Buffer.alloc(IMAGE_WIDTH * IMAGE_HEIGHT, 0x42)
    assert.deepEqual(expandImage(image), image)
  })

  it('refuses any other length as TRANSPORT_IO bad-image-size', function () {
    assert.throws(
      () => expandImage(Buffer.alloc(1000)),
      (error: unknown) =>
        error instanceof TransportError &&
        error.code === 'TRANSPORT_IO' &&
        error.details.reason === 'bad-image-size' &&
        error.details.bytes === 1000,
    )
  })
})

describe('R30x match score mapping', function () {
  it('keeps the module decision at 50', function () {
    assert.equal(percentScore(true, 0), 50)
    assert.equal(percentScore(true, SATURATION), 100)
    assert.equal(percentScore(true, 10 * SATURATION), 100)
    assert.equal(percentScore(false, 0), 0)
    assert.equal(percentScore(false, SATURATION), 49)
    assert.equal(percentScore(false, 65535), 49)
  })

  it('grows with the module score within each decision', function () {
    let previousMatch = -1
    let previousNoMatch = -1
    for (let score = 0; score <= SATURATION + 10; score += 1) {
      const match = percentScore(true, score)
      const noMatch = percentScore(false, score)
      assert.ok(match >= previousMatch && noMatch >= previousNoMatch, `score ${score}`)
      assert.ok(match >= 50 && match <= 100 && noMatch >= 0 && noMatch <= 49)
      previousMatch = match
      previousNoMatch = noMatch
    }
  })
})
