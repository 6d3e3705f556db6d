import assert from 'node:assert/strict'
import fc from 'fast-check'
import { AgentError } from '../../../../drivers/core/errors'
import { IcaoDecodeError } from '../../../../agent/icao/icao-error'
import {
  decodeTlv,
  decodeTlvs,
  encodeLength,
  encodeTag,
  encodeTlv,
  expectTlv,
  isConstructed,
  readTlv,
} from '../../../../agent/icao/tlv'

const hex = (value: string): Buffer => Buffer.from(value.replaceAll(' ', ''), 'hex')

const decodeFailure = (reason: string) => (error: unknown) =>
  error instanceof IcaoDecodeError && error.reason === reason && error.code === 'INVALID_ARGUMENT'

/** Tags as the LDS uses them: one byte, or 5F/7F followed by one byte below 80. */
const tag = fc.oneof(
  fc.integer({ min: 1, max: 0xfe }).filter(t => (t & 0x1f) !== 0x1f),
  fc.integer({ min: 0, max: 0x7f }).map(t => 0x5f00 | t),
  fc.integer({ min: 0, max: 0x7f }).map(t => 0x7f00 | t),
)

describe('agent/icao/tlv', () => {
  it('encodes one-, two- and three-byte tags', () => {
    assert.deepEqual(encodeTag(0x61), hex('61'))
    assert.deepEqual(encodeTag(0x5f1f), hex('5f1f'))
    assert.deepEqual(encodeTag(0x7f61), hex('7f61'))
    assert.deepEqual(encodeTag(0x5f8101), hex('5f8101'))
  })

  it('refuses numbers that are not BER tags', () => {
    for (const bad of [0, -1, 1.5, 0x1f, 0x6161, 0x5f81, 0x5f0181, 0x1_0000_0000]) {
      assert.throws(() => encodeTag(bad), AgentError, String(bad))
    }
  })

  it('encodes definite lengths in their shortest form, up to four length bytes', () => {
    const table: [number, string][] = [
      [0, '00'],
      [0x7f, '7f'],
      [0x80, '8180'],
      [0xff, '81ff'],
      [0x100, '820100'],
      [0xffff, '82ffff'],
      [0x10000, '83010000'],
      [0x1000000, '8401000000'],
      [0xffffffff, '84ffffffff'],
    ]
    for (const [length, encoded] of table) assert.deepEqual(encodeLength(length), hex(encoded))
    assert.throws(() => encodeLength(0x1_0000_0000), AgentError)
    assert.throws(() => encodeLength(-1), AgentError)
  })

  it('reproduces the EF.COM example of Doc 9303-10 and reads it back', () => {
    const com = encodeTlv(0x60, [
      encodeTlv(0x5f01, Buffer.from('0107')),
      encodeTlv(0x5f36, Buffer.from('040000')),
      encodeTlv(0x5c, hex('6175')),
    ])
    assert.equal(com.toString('hex').toUpperCase(), '60145F0104303130375F36063034303030305C026175')
    const outer = decodeTlv(com)
    assert.equal(outer.tag, 0x60)
    assert.ok(isConstructed(outer.tag))
    assert.deepEqual(
      decodeTlvs(outer.value).map(child => child.tag),
      [0x5f01, 0x5f36, 0x5c],
    )
  })

  it('accepts long-form lengths that are not minimal (BER allows them)', () => {
    assert.deepEqual(decodeTlv(hex('61 82 0002 aabb')).value, hex('aabb'))
  })

  it('reports where a TLV sits in its input', () => {
    const at = readTlv(hex('0000 5f1f 03 414243 ff'), 2)
    assert.equal(at.tag, 0x5f1f)
    assert.equal(at.offset, 2)
    assert.equal(at.end, 8)
  })

  it('refuses truncated, overlong and indefinite input with a typed error', () => {
    const cases: [string, string][] = [
      ['', 'truncated'],
      ['5f', 'truncated'],
      ['5f1f', 'truncated'],
      ['61 05 0102', 'truncated'],
      ['61 82 01', 'truncated'],
      ['61 85 0000000001 00', 'length-too-long'],
      ['61 80 0000', 'indefinite-length'],
      ['7f 81 81 81 01 00', 'tag-too-long'],
      ['61 01 00 00', 'trailing-bytes'],
    ]
    for (const [input, reason] of cases) {
      assert.throws(() => decodeTlv(hex(input)), decodeFailure(reason), input)
    }
    assert.throws(() => expectTlv(hex('62 00'), 0x61, 'DG1'), decodeFailure('unexpected-tag'))
  })

  it('round-trips any tag and value', () => {
    fc.assert(
      fc.property(tag, fc.uint8Array({ maxLength: 70_000 }), (t, value) => {
        const decoded = decodeTlv(encodeTlv(t, value))
        assert.equal(decoded.tag, t)
        assert.deepEqual(new Uint8Array(decoded.value), value)
      }),
      { numRuns: 60 },
    )
  })

  it('never throws anything but IcaoDecodeError on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), bytes => {
        try {
          decodeTlvs(bytes)
        } catch (error) {
          assert.ok(error instanceof IcaoDecodeError, String(error))
        }
      }),
      { numRuns: 2000 },
    )
  })
})
