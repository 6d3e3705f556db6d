import assert from 'node:assert/strict'
import { AgentError } from '../../../../drivers/core/errors'
import {
  MATCH_THRESHOLD,
  compareTemplates,
  extractMinutiae,
  type GreyImage,
  type MinutiaeTemplate,
} from '../../../../agent/biometrics'
import type { Minutia as TrueMinutia } from '../../../../simulators/fingerprint'
import { sample } from './samples'

/** Fraction of the true minutiae with an extracted one within `radius` pixels. */
function recall(truth: readonly TrueMinutia[], found: MinutiaeTemplate, radius = 10): number {
  const hits = truth.filter(t =>
    found.minutiae.some(m => Math.hypot(m.x - t.x, m.y - t.y) <= radius),
  )
  return hits.length / truth.length
}

/** An R30x-style upload: a 256 × 288 window of the finger, 4 bits per pixel, expanded × 17. */
function r30xImage(image: GreyImage): GreyImage {
  const width = 256
  const height = 288
  const left = (image.width - width) / 2
  const top = (image.height - height) / 2
  const pixels = new Uint8Array(width * height)
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const value = image.pixels[(top + y) * image.width + left + x] ?? 255
      pixels[y * width + x] = (value >> 4) * 17
    }
  }
  return { width, height, pixels }
}

describe('agent/biometrics minutiae extraction', () => {
  it('finds most of the minutiae the simulator drew, at every quality', () => {
    for (const [profile, wanted] of [
      ['good', 0.8],
      ['fair', 0.7],
      ['poor', 0.5],
    ] as const) {
      let truth = 0
      let found = 0
      for (let finger = 0; finger < 4; finger += 1) {
        const { capture, image } = sample(`extract-${finger}`, 1 + finger, 1, profile)
        const extracted = extractMinutiae(image)
        truth += capture.trueMinutiae.length
        found += recall(capture.trueMinutiae, extracted) * capture.trueMinutiae.length
        // Directions too: most found minutiae point the way the drawn ones do.
        const aligned = capture.trueMinutiae.filter(t =>
          extracted.minutiae.some(
            m =>
              Math.hypot(m.x - t.x, m.y - t.y) <= 10 && Math.cos(m.angle - t.angle) > Math.cos(0.5),
          ),
        )
        assert.ok(aligned.length >= 0.5 * capture.trueMinutiae.length, `${profile} directions`)
      }
      assert.ok(found / truth >= wanted, `${profile}: ${(found / truth).toFixed(2)} found`)
    }
  })

  it('matches what it extracts against the device template of another capture', () => {
    for (const [finger, profile] of (['good', 'fair', 'poor'] as const).entries()) {
      const scanned = sample(`agent-vs-device-${finger}`, 3 + finger, 1, profile)
      const device = sample(`agent-vs-device-${finger}`, 3 + finger, 2, 'good')
      const score = compareTemplates(extractMinutiae(scanned.image), device.template)
      assert.ok(score >= MATCH_THRESHOLD, `${profile}: ${score}`)
      const other = sample(`agent-vs-device-other-${finger}`, 3 + finger, 2, 'good')
      assert.ok(compareTemplates(extractMinutiae(scanned.image), other.template) < MATCH_THRESHOLD)
    }
  })

  it('reads a 256 × 288, 4-bit R30x-style image well enough to match', () => {
    const scanned = sample('r30x', 6, 1, 'fair')
    const device = sample('r30x', 6, 2, 'good')
    const small = r30xImage(scanned.image)
    const extracted = extractMinutiae(small)
    // Back to the 320 × 400 frame of the truth.
    const shifted = {
      minutiae: extracted.minutiae.map(m => ({ ...m, x: m.x + 32, y: m.y + 56 })),
    }
    const inWindow = scanned.capture.trueMinutiae.filter(
      t => t.x >= 40 && t.x < 280 && t.y >= 64 && t.y < 336,
    )
    assert.ok(recall(inWindow, shifted) >= 0.5)
    assert.ok(compareTemplates(shifted, device.template) >= MATCH_THRESHOLD)
  })

  it('brings other resolutions to 500 ppi first', () => {
    const { image } = sample('resolution', 2, 1)
    // The same finger at 1000 ppi: every pixel doubled.
    const big = {
      width: image.width * 2,
      height: image.height * 2,
      pixels: new Uint8Array(image.width * image.height * 4),
    }
    for (let y = 0; y < big.height; y += 1) {
      for (let x = 0; x < big.width; x += 1) {
        big.pixels[y * big.width + x] = image.pixels[(y >> 1) * image.width + (x >> 1)] ?? 255
      }
    }
    const atNative = extractMinutiae(image)
    const fromBig = extractMinutiae(big, { resolutionPpi: 1000 })
    assert.ok(compareTemplates(atNative, fromBig) >= 50)
  })

  it('finds nothing on a blank image and refuses a malformed one', () => {
    const blank = { width: 64, height: 64, pixels: new Uint8Array(64 * 64).fill(250) }
    assert.deepEqual(extractMinutiae(blank).minutiae, [])
    assert.throws(
      () => extractMinutiae({ width: 64, height: 64, pixels: new Uint8Array(10) }),
      (error: unknown) => error instanceof AgentError && error.code === 'INVALID_ARGUMENT',
    )
    assert.throws(
      () => extractMinutiae(blank, { resolutionPpi: 0 }),
      (error: unknown) => error instanceof AgentError && error.code === 'INVALID_ARGUMENT',
    )
  })
})
