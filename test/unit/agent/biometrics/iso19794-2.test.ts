import assert from 'node:assert/strict'
import fc from 'fast-check'
import { AgentError } from '../../../../drivers/core/errors'
import {
  angleFromUnits,
  decodeFingerMinutiaeRecord,
  encodeFingerMinutiaeRecord,
  templateFromBytes,
  type FingerMinutiaeRecord,
  type RecordMinutia,
} from '../../../../agent/biometrics'
import {
  captureImpression,
  createFinger,
  encodeIso19794_2,
  encodeIso19794_2Views,
} from '../../../../simulators/fingerprint'

const record: FingerMinutiaeRecord = {
  certification: 1,
  captureDeviceType: 0x234,
  width: 320,
  height: 400,
  resolutionX: 197,
  resolutionY: 197,
  views: [
    {
      position: 2,
      viewNumber: 0,
      impressionType: 0,
      quality: 90,
      minutiae: [
        { type: 'ridge-ending', x: 10, y: 20, angle: 0, quality: 80 },
        { type: 'bifurcation', x: 319, y: 399, angle: 255, quality: 100 },
        { type: 'other', x: 0, y: 0, angle: 128, quality: 0 },
      ],
      extendedData: Buffer.alloc(0),
    },
    {
      position: 7,
      viewNumber: 1,
      impressionType: 8,
      quality: 41,
      minutiae: [],
      extendedData: Buffer.from('00010003aabbcc', 'hex'),
    },
  ],
}

function refusal(field: string, reason: string) {
  return (error: unknown) => {
    assert.ok(error instanceof AgentError)
    assert.equal(error.code, 'INVALID_ARGUMENT')
    assert.deepEqual(error.details, { field, reason })
    return true
  }
}

describe('agent/biometrics ISO/IEC 19794-2:2005 finger minutiae record', () => {
  it('writes the header, views, minutiae and extended data as the standard lays them out', () => {
    const bytes = encodeFingerMinutiaeRecord(record)
    const expected = [
      '464d5200 20323000', // "FMR\0" " 20\0"
      // 24 header + view one (4 + 3·6 + 2 = 24) + view two (4 + 0 + 2 + 7 = 13) = 61 bytes.
      '0000003d',
      '1234', // certification 1, device type 0x234
      '0140 0190 00c5 00c5 02 00', // 320 × 400, 197 px/cm, two views, reserved
      '02 00 5a 03', // right index, view 0 / plain live scan, quality 90, three minutiae
      '400a 0014 00 50', // ending (10, 20), 0, 80
      '813f 018f ff 64', // bifurcation (319, 399), 255, 100
      '0000 0000 80 00', // other (0, 0), 128, 0
      '0000', // no extended data
      '07 18 29 00 0007 00010003aabbcc', // left index, view 1, swipe, 41, none, 7 bytes
    ]
    assert.equal(bytes.toString('hex'), expected.join('').replaceAll(' ', ''))
    assert.deepEqual(decodeFingerMinutiaeRecord(bytes), record)
  })

  it('round-trips any record the encoder accepts', () => {
    const minutia = fc.record(
      {
        type: fc.constantFrom('other' as const, 'ridge-ending' as const, 'bifurcation' as const),
        x: fc.integer({ min: 0, max: 299 }),
        y: fc.integer({ min: 0, max: 299 }),
        angle: fc.integer({ min: 0, max: 255 }),
        quality: fc.integer({ min: 0, max: 100 }),
      },
      { noNullPrototype: true },
    )
    const view = fc.record(
      {
        position: fc.integer({ min: 0, max: 10 }),
        viewNumber: fc.integer({ min: 0, max: 15 }),
        impressionType: fc.integer({ min: 0, max: 15 }),
        quality: fc.integer({ min: 0, max: 100 }),
        minutiae: fc.array(minutia, { maxLength: 60 }),
        extendedData: fc.uint8Array({ maxLength: 20 }).map(bytes => Buffer.from(bytes)),
      },
      { noNullPrototype: true },
    )
    fc.assert(
      fc.property(
        fc.array(view, { maxLength: 4 }),
        fc.integer({ min: 300, max: 0x3fff }),
        fc.integer({ min: 1, max: 0xffff }),
        (views, size, resolution) => {
          const value: FingerMinutiaeRecord = {
            certification: 0,
            captureDeviceType: 0,
            width: size,
            height: size,
            resolutionX: resolution,
            resolutionY: resolution,
            views,
          }
          const bytes = encodeFingerMinutiaeRecord(value)
          assert.deepEqual(decodeFingerMinutiaeRecord(bytes), value)
          assert.ok(encodeFingerMinutiaeRecord(decodeFingerMinutiaeRecord(bytes)).equals(bytes))
        },
      ),
    )
  })

  it('names the field and the reason of every malformed record', () => {
    const good = encodeFingerMinutiaeRecord(record)
    const patched = (offset: number, ...values: number[]) => {
      const copy = Buffer.from(good)
      values.forEach((value, i) => (copy[offset + i] = value))
      return copy
    }
    assert.throws(
      () => decodeFingerMinutiaeRecord(good.subarray(0, 23)),
      refusal('header', 'truncated'),
    )
    assert.throws(
      () => decodeFingerMinutiaeRecord(patched(0, 0x41)),
      refusal('header', 'bad-header'),
    )
    // ANSI/INCITS 378 says "FMR\0" too, but " 20\0" with a 6-byte length: not this format.
    assert.throws(
      () => decodeFingerMinutiaeRecord(patched(5, 0x31)),
      refusal('header', 'bad-header'),
    )
    assert.throws(
      () => decodeFingerMinutiaeRecord(good.subarray(0, good.length - 1)),
      refusal('recordLength', 'bad-length'),
    )
    assert.throws(
      () => decodeFingerMinutiaeRecord(patched(14, 0, 0)),
      refusal('imageSize', 'out-of-range'),
    )
    assert.throws(
      () => decodeFingerMinutiaeRecord(patched(18, 0, 0)),
      refusal('resolution', 'out-of-range'),
    )
    assert.throws(
      () => decodeFingerMinutiaeRecord(patched(24, 11)),
      refusal('fingerPosition', 'out-of-range'),
    )
    assert.throws(
      () => decodeFingerMinutiaeRecord(patched(26, 101)),
      refusal('fingerQuality', 'out-of-range'),
    )
    // Type bits 11.
    assert.throws(
      () => decodeFingerMinutiaeRecord(patched(28, 0xc0)),
      refusal('minutiaType', 'bad-value'),
    )
    // x = 320 on a 320-wide image.
    assert.throws(
      () => decodeFingerMinutiaeRecord(patched(28, 0x41, 0x40)),
      refusal('minutiaPosition', 'out-of-range'),
    )
    assert.throws(
      () => decodeFingerMinutiaeRecord(patched(33, 101)),
      refusal('minutiaQuality', 'out-of-range'),
    )
    // More minutiae than the record holds.
    assert.throws(
      () => decodeFingerMinutiaeRecord(patched(27, 200)),
      refusal('minutiae', 'truncated'),
    )
    // One view fewer than the bytes hold.
    assert.throws(
      () => decodeFingerMinutiaeRecord(patched(22, 1)),
      refusal('record', 'trailing-bytes'),
    )
    // A view more than the bytes hold.
    assert.throws(() => decodeFingerMinutiaeRecord(patched(22, 3)), refusal('view', 'truncated'))
    assert.throws(
      () => encodeFingerMinutiaeRecord({ ...record, width: 300 }),
      refusal('minutiaPosition', 'out-of-range'),
    )
  })

  it('turns any bytes into a record or an INVALID_ARGUMENT, never another exception', () => {
    const valid = encodeFingerMinutiaeRecord(record)
    const outcome = (bytes: Uint8Array) => {
      try {
        decodeFingerMinutiaeRecord(bytes)
      } catch (error) {
        assert.ok(error instanceof AgentError, String(error))
        assert.equal(error.code, 'INVALID_ARGUMENT')
        assert.equal(typeof error.details.field, 'string')
      }
    }
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), outcome), { numRuns: 2000 })
    // Random bytes rarely get past the magic: also mutate a valid record, keeping its length.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        edits => {
          const copy = Buffer.from(valid)
          for (const [offset, value] of edits) copy[offset] = value
          outcome(copy)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('reads the simulator’s records (two implementations of one standard)', () => {
    for (const profile of ['good', 'fair', 'poor'] as const) {
      const capture = captureImpression(createFinger('cross', 8), 5, profile)
      const decoded = decodeFingerMinutiaeRecord(encodeIso19794_2(capture))
      assert.equal(decoded.width, capture.width)
      assert.equal(decoded.height, capture.height)
      assert.equal(decoded.resolutionX, 197)
      const [view] = decoded.views
      assert.ok(view !== undefined)
      assert.equal(view.position, 8)
      assert.equal(view.quality, capture.quality)
      assert.equal(view.minutiae.length, capture.minutiae.length)
      // Every minutia the device reported is in the record, where and as it was.
      for (const m of capture.minutiae) {
        const found: RecordMinutia | undefined = view.minutiae.find(
          r => Math.abs(r.x - m.x) <= 0.5 && Math.abs(r.y - m.y) <= 0.5,
        )
        assert.ok(found, `minutia at ${m.x.toFixed(1)}, ${m.y.toFixed(1)}`)
        assert.equal(found.type, m.type)
        const turn = Math.abs(angleFromUnits(found.angle) - m.angle) % (2 * Math.PI)
        assert.ok(Math.min(turn, 2 * Math.PI - turn) <= Math.PI / 256 + 1e-9)
        assert.equal(found.quality, m.quality)
      }
      const template = templateFromBytes(encodeIso19794_2(capture))
      assert.equal(template.minutiae.length, capture.minutiae.length)
    }
    const slap = encodeIso19794_2Views(
      1200,
      500,
      [3, 4].map(position => ({
        position,
        viewNumber: 0,
        impressionType: 0,
        quality: 70,
        minutiae: captureImpression(createFinger('cross', position), 1, 'good').minutiae,
      })),
    )
    assert.deepEqual(
      decodeFingerMinutiaeRecord(slap).views.map(view => view.position),
      [3, 4],
    )
  })
})
