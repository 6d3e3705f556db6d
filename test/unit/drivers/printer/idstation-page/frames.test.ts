import assert from 'node:assert/strict'
import fc from 'fast-check'
import {
  crc16,
  crc32,
  decodeFrame,
  encodeFrame,
  isFrameFault,
  MAX_PAYLOAD,
} from '../../../../../drivers/printer/idstation-page'
import { ccittFalse } from '../../../../../simulators/printer/page/codec'

const CHECK = Buffer.from('123456789', 'latin1')

function reason(error: unknown): unknown {
  assert.ok(isFrameFault(error), `a frame fault, not ${String(error)}`)
  return error.details.reason
}

describe('drivers/printer/idstation-page frames', function () {
  it('computes the published check values of both CRCs', function () {
    assert.equal(crc16(CHECK), 0x29b1)
    assert.equal(ccittFalse(CHECK), 0x29b1)
    assert.equal(crc32(CHECK), 0xcbf43926)
    assert.equal(crc32(Buffer.from('56789')), crc32(Buffer.from('56789'), 0))
    assert.equal(crc32(Buffer.from('6789'), crc32(Buffer.from('12345'))), 0xcbf43926)
  })

  it('round-trips any frame and waits while one is incomplete', function () {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 255 }),
        fc.integer({ min: 0, max: 255 }),
        fc.uint8Array({ maxLength: 300 }),
        (sequence, command, payload) => {
          const bytes = encodeFrame({ sequence, command, payload: Buffer.from(payload) })
          const decoded = decodeFrame(bytes)
          assert.deepEqual(decoded?.frame, { sequence, command, payload: Buffer.from(payload) })
          assert.equal(decoded.length, bytes.length)
          assert.equal(decodeFrame(bytes.subarray(0, bytes.length - 1)), undefined)
        },
      ),
      { numRuns: 100 },
    )
  })

  it('names each way bytes fail to be a frame', function () {
    const good = encodeFrame({ sequence: 1, command: 2, payload: Buffer.from([1, 2, 3]) })
    assert.throws(
      () => decodeFrame(Buffer.from([0x02])),
      e => reason(e) === 'bad-start',
    )
    assert.throws(
      () => decodeFrame(Buffer.from([0x01, 0x02])),
      e => reason(e) === 'bad-version',
    )
    const long = Buffer.from(good)
    long.writeUInt32BE(MAX_PAYLOAD + 1, 4)
    assert.throws(
      () => decodeFrame(long),
      e => reason(e) === 'bad-length',
    )
    const spoiled = Buffer.from(good)
    spoiled[9] = (spoiled[9] ?? 0) ^ 1
    assert.throws(
      () => decodeFrame(spoiled),
      e => reason(e) === 'bad-crc',
    )
    assert.throws(
      () => decodeFrame(good.subarray(0, 5), true),
      e => reason(e) === 'truncated',
    )
  })

  it('throws nothing but frame faults on arbitrary bytes', function () {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (bytes, complete) => {
        try {
          decodeFrame(bytes, complete)
        } catch (error) {
          assert.ok(isFrameFault(error), String(error))
        }
      }),
      { numRuns: 300 },
    )
  })
})
