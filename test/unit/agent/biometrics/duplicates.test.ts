import assert from 'node:assert/strict'
import type { FingerMatcher } from '../../../../agent/services/fingerprint/finger-matcher'
import {
  createFingerMatcher,
  decodeFingerMinutiaeRecord,
  findDuplicateFingers,
  type MinutiaeTemplate,
} from '../../../../agent/biometrics'
import { encodeIso19794_2 } from '../../../../simulators/fingerprint'
import { sample } from './samples'

/** An enrolment of `identity`'s ten fingers; `swap` maps a position to the finger really placed. */
function enrolment(identity: string, swap: Readonly<Record<number, number>> = {}) {
  const templates = new Map<number, MinutiaeTemplate>()
  for (let position = 1; position <= 10; position += 1) {
    const finger = swap[position] ?? position
    templates.set(
      position,
      sample(identity, finger, position, position % 4 === 0 ? 'fair' : 'good').template,
    )
  }
  return templates
}

describe('agent/biometrics duplicate fingers in an enrolment', () => {
  it('reports nothing for ten distinct fingers', () => {
    assert.deepEqual(findDuplicateFingers(enrolment('distinct')), { pairs: [] })
  })

  it('reports the same finger captured under two positions', () => {
    // The right middle finger placed again when the right ring finger was asked for.
    const { pairs } = findDuplicateFingers(enrolment('twice', { 4: 3 }))
    assert.deepEqual(
      pairs.map(({ a, b }) => [a, b]),
      [[3, 4]],
    )
    assert.ok((pairs[0]?.score ?? 0) > 0)
  })

  it('reports hands swapped: the left hand enrolled as both hands', () => {
    const { pairs } = findDuplicateFingers(enrolment('swapped', { 1: 6, 2: 7, 3: 8, 4: 9, 5: 10 }))
    assert.deepEqual(
      pairs.map(({ a, b }) => [a, b]).sort((p, q) => p[0]! - q[0]!),
      [
        [1, 6],
        [2, 7],
        [3, 8],
        [4, 9],
        [5, 10],
      ],
    )
    const scores = pairs.map(pair => pair.score)
    assert.deepEqual(
      scores,
      [...scores].sort((p, q) => q - p),
    )
  })

  it('serves the capture service: quality, extraction to a 19794-2 record, comparison', () => {
    const matcher: FingerMatcher = createFingerMatcher()
    const first = sample('service', 2, 1, 'good')
    const second = sample('service', 2, 2, 'fair')
    const other = sample('service', 7, 1, 'good')
    const captured = (s: typeof first) => ({
      position: s.capture.finger.position,
      width: s.image.width,
      height: s.image.height,
      resolutionPpi: 500,
      pixels: Buffer.from(s.image.pixels),
    })
    assert.ok(matcher.quality(captured(first)) > matcher.quality(captured(second)))
    const extracted = matcher.extract(captured(first))
    const record = decodeFingerMinutiaeRecord(extracted)
    assert.equal(record.views[0]?.position, 2)
    assert.equal(record.width, 320)
    const device = encodeIso19794_2(second.capture)
    assert.ok(matcher.compare(extracted, device) >= matcher.threshold)
    assert.ok(matcher.compare(extracted, encodeIso19794_2(other.capture)) < matcher.threshold)
    // The same Buffer again is served from the prepared cache, with the same answer.
    assert.equal(matcher.compare(extracted, device), matcher.compare(extracted, device))
  })
})
