import assert from 'node:assert/strict'
import { imageQuality, qualityFactors } from '../../../../agent/biometrics'
import { sample } from './samples'

describe('agent/biometrics image quality', () => {
  it('ranks good above fair above poor captures of the same fingers', () => {
    for (let finger = 0; finger < 5; finger += 1) {
      const [good, fair, poor] = (['good', 'fair', 'poor'] as const).map(profile =>
        imageQuality(sample(`quality-${finger}`, 1 + finger, 1, profile).image),
      ) as [number, number, number]
      assert.ok(good > fair && fair > poor, `finger ${finger}: ${good} ${fair} ${poor}`)
      assert.ok(good >= 70, `good ${good}`)
      assert.ok(poor <= 45, `poor ${poor}`)
    }
  })

  it('agrees with the device score on which capture is better', () => {
    let agree = 0
    let pairs = 0
    for (let finger = 0; finger < 6; finger += 1) {
      const captures = (['good', 'fair', 'poor'] as const).map(profile =>
        sample(`agree-${finger}`, 1 + finger, 2, profile),
      )
      for (const [i, a] of captures.entries()) {
        for (const b of captures.slice(i + 1)) {
          pairs += 1
          if (
            Math.sign(imageQuality(a.image) - imageQuality(b.image)) ===
            Math.sign(a.capture.quality - b.capture.quality)
          ) {
            agree += 1
          }
        }
      }
    }
    assert.equal(agree, pairs)
  })

  it('scores a blank image 0 and explains the score by its factors', () => {
    assert.equal(imageQuality({ width: 64, height: 64, pixels: new Uint8Array(4096).fill(250) }), 0)
    const factors = qualityFactors(sample('factors', 3, 1).image)
    for (const value of [factors.area, factors.contrast, factors.coherence]) {
      assert.ok(value > 0 && value <= 1)
    }
    assert.equal(
      factors.score,
      Math.round(100 * Math.sqrt(factors.area) * factors.contrast * factors.coherence),
    )
  })
})
