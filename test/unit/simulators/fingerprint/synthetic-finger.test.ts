import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import {
  FINGER_HEIGHT,
  FINGER_WIDTH,
  captureImpression,
  createFinger,
  encodeIso19794_2,
  renderImage,
  renderSlap,
} from '../../../../simulators/fingerprint'
import { Prng } from '../../../../simulators/fingerprint/prng'

const digest = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

describe('simulators/fingerprint synthetic fingers', () => {
  it('draws the same stream for the same seed parts and unrelated ones otherwise', () => {
    const draw = (...parts: (string | number)[]) => {
      const random = Prng.from(...parts)
      return Array.from({ length: 8 }, () => random.nextUint32())
    }
    assert.deepEqual(draw('alice', 2), draw('alice', 2))
    assert.notDeepEqual(draw('alice', 2), draw('alice', 3))
    // Parts are length-prefixed: ('ab', 'c') is not ('a', 'bc').
    assert.notDeepEqual(draw('ab', 'c'), draw('a', 'bc'))
    assert.notDeepEqual(draw(1), draw('1'))
  })

  it('is deterministic per (identity, finger) and per capture', () => {
    const a = createFinger('alice', 2)
    const b = createFinger('alice', 2)
    assert.deepEqual(a, b)
    assert.notDeepEqual(createFinger('alice', 7).minutiae, a.minutiae)
    assert.notDeepEqual(createFinger('bob', 2).minutiae, a.minutiae)
    const first = captureImpression(a, 1, 'good')
    const again = captureImpression(b, 1, 'good')
    assert.equal(digest(encodeIso19794_2(first)), digest(encodeIso19794_2(again)))
    assert.equal(digest(renderImage(first).pixels), digest(renderImage(again).pixels))
    assert.notEqual(
      digest(renderImage(captureImpression(a, 2, 'good')).pixels),
      digest(renderImage(first).pixels),
    )
  })

  it('gives every finger 30–60 minutiae spread over its contact area', () => {
    for (let position = 1; position <= 10; position += 1) {
      const finger = createFinger('spread', position)
      assert.ok(finger.minutiae.length >= 30 && finger.minutiae.length <= 60)
      for (const m of finger.minutiae) {
        assert.ok(m.x > 0 && m.x < FINGER_WIDTH && m.y > 0 && m.y < FINGER_HEIGHT)
        assert.ok(m.angle >= 0 && m.angle < 2 * Math.PI)
      }
      const closest = Math.min(
        ...finger.minutiae.flatMap((m, i) =>
          finger.minutiae.slice(i + 1).map(o => Math.hypot(m.x - o.x, m.y - o.y)),
        ),
      )
      assert.ok(closest >= 10, `minutiae ${closest.toFixed(1)} px apart`)
    }
  })

  it('refuses a finger position outside 1–10', () => {
    assert.throws(() => createFinger('x', 0), RangeError)
    assert.throws(() => createFinger('x', 11), RangeError)
  })

  it('moves, drops and invents minutiae per capture within the profile limits', () => {
    const finger = createFinger('noise', 3)
    for (const profile of ['good', 'fair', 'poor'] as const) {
      for (let seed = 1; seed <= 5; seed += 1) {
        const capture = captureImpression(finger, seed, profile)
        const { rotation, dx, dy } = capture.placement
        assert.ok(Math.abs(rotation) <= (15 * Math.PI) / 180 + 1e-9)
        assert.ok(Math.abs(dx) <= 20 && Math.abs(dy) <= 20)
        const truth = capture.trueMinutiae
        const kept = capture.minutiae.filter(m => truth.includes(m)).length
        const invented = capture.minutiae.length - kept
        assert.ok(kept <= truth.length)
        assert.ok(
          kept >= Math.floor(truth.length * 0.6),
          `${profile}: kept ${kept}/${truth.length}`,
        )
        assert.ok(invented <= Math.ceil(truth.length * 0.1))
        for (const m of capture.minutiae) {
          assert.ok(m.x >= 0 && m.x < capture.width && m.y >= 0 && m.y < capture.height)
          assert.ok(m.quality >= 0 && m.quality <= 100)
        }
      }
    }
  })

  it('reports device quality that ranks good above fair above poor', () => {
    const finger = createFinger('quality', 4)
    const scores = (['good', 'fair', 'poor'] as const).map(profile =>
      [1, 2, 3].map(seed => captureImpression(finger, seed, profile).quality),
    )
    const [good, fair, poor] = scores as [number[], number[], number[]]
    assert.ok(Math.min(...good) > Math.max(...fair))
    assert.ok(Math.min(...fair) > Math.max(...poor))
  })

  it('renders a fingerprint: dark ridges inside the contact area, background outside', function () {
    const capture = captureImpression(createFinger('image', 1), 1, 'good')
    const image = renderImage(capture)
    assert.equal(image.width, FINGER_WIDTH)
    assert.equal(image.pixels.length, FINGER_WIDTH * FINGER_HEIGHT)
    // The corners are background; the centre alternates ridge and valley.
    assert.ok((image.pixels[0] ?? 0) > 230)
    const row = FINGER_HEIGHT / 2
    const centre = Array.from(
      image.pixels.subarray(row * FINGER_WIDTH + 100, row * FINGER_WIDTH + 220),
    )
    assert.ok(Math.min(...centre) < 90 && Math.max(...centre) > 180)
    let flips = 0
    for (let i = 1; i < centre.length; i += 1) {
      if (centre[i - 1]! < 128 !== centre[i]! < 128) flips += 1
    }
    // About 120 / 9 ridge periods, two flips each, give or take the ridge angle.
    assert.ok(flips >= 8 && flips <= 40, `${flips} ridge/valley changes`)
    // Scaled for a preview.
    const small = renderImage(capture, 80, 100)
    assert.equal(small.pixels.length, 80 * 100)
  })

  it('composes slaps in print order with one box per finger', () => {
    const right = [2, 3, 4, 5].map(position =>
      captureImpression(createFinger('slap', position), 1, 'good'),
    )
    const slap = renderSlap(right, 'right-slap')
    assert.deepEqual(
      slap.boxes.map(box => box.position),
      [2, 3, 4, 5],
    )
    const xs = slap.boxes.map(box => box.x)
    assert.deepEqual(
      [...xs].sort((a, b) => a - b),
      xs,
    )
    for (const box of slap.boxes) {
      assert.ok(box.x >= 0 && box.y >= 0)
      assert.ok(box.x + box.width <= slap.width && box.y + box.height <= slap.height)
    }
    assert.equal(slap.pixels.length, slap.width * slap.height)
    assert.equal(digest(renderSlap(right, 'right-slap').pixels), digest(slap.pixels))
    const left = renderSlap(
      [7, 8, 9, 10].map(position => captureImpression(createFinger('slap', position), 1, 'good')),
      'left-slap',
    )
    assert.deepEqual(
      left.boxes.map(box => box.position),
      [10, 9, 8, 7],
    )
    const thumbs = renderSlap(
      [1, 6].map(position => captureImpression(createFinger('slap', position), 1, 'good')),
      'two-thumbs',
      { scale: 0.25 },
    )
    assert.deepEqual(
      thumbs.boxes.map(box => box.position),
      [6, 1],
    )
    assert.equal(thumbs.pixels.length, thumbs.width * thumbs.height)
    assert.ok(thumbs.width < 250)
  })
})
