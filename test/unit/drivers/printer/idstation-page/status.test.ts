import assert from 'node:assert/strict'
import fc from 'fast-check'
import { AgentError, TransportError } from '../../../../../drivers/core/errors'
import {
  decodeStatusBlock,
  STATUS_CODE,
  statusError,
  toPrinterStatus,
} from '../../../../../drivers/printer/idstation-page'

function block(fields: (b: Buffer) => void): Buffer {
  const bytes = Buffer.alloc(32)
  fields(bytes)
  return bytes
}

describe('drivers/printer/idstation-page status', function () {
  it('decodes flags, position and counters into PrinterStatus', function () {
    const status = decodeStatusBlock(
      block(b => {
        b[0] = 3
        b.writeUInt16BE(0b10_0101, 2)
        b.writeUInt16BE(0b1001, 4)
        b.writeUInt16BE(7, 8)
        b.writeUInt16BE(9, 10)
        b.writeUInt32BE(4, 16)
        b.writeUInt32BE(3, 20)
        b.writeUInt32BE(2, 24)
        b.writeUInt32BE(1, 28)
      }),
    )
    assert.deepEqual(toPrinterStatus(status), {
      position: 'print',
      attention: ['cover-open', 'ribbon-ended', 'output-full'],
      faults: ['jam', 'ribbon-error'],
      feederRemaining: 7,
      ribbonRemaining: 9,
      counters: { fed: 4, printed: 3, ejected: 2, rejected: 1 },
    })
    const positions = [0, 1, 2, 3, 4, 5].map(
      code => toPrinterStatus(decodeStatusBlock(block(b => (b[0] = code)))).position,
    )
    assert.deepEqual(positions, ['none', 'none', 'contactless', 'print', 'none', 'none'])
  })

  it('refuses a short block or an undefined position', function () {
    assert.throws(
      () => decodeStatusBlock(Buffer.alloc(31)),
      (e: unknown) => e instanceof TransportError && e.details.reason === 'truncated',
    )
    assert.throws(
      () => decodeStatusBlock(block(b => (b[0] = 6))),
      (e: unknown) => e instanceof TransportError && e.details.reason === 'bad-status',
    )
  })

  it('maps status codes to attention, fault, state and link errors', function () {
    const of = (code: number): [string, unknown] => {
      const error = statusError(code, 'feed')
      return [error.code, error.details.condition ?? error.details.reason]
    }
    assert.deepEqual(of(STATUS_CODE['cover-open']), ['PRINTER_ATTENTION', 'cover-open'])
    assert.deepEqual(of(STATUS_CODE['feeder-empty']), ['PRINTER_ATTENTION', 'feeder-empty'])
    assert.deepEqual(of(STATUS_CODE['reject-box-full']), ['PRINTER_ATTENTION', 'reject-box-full'])
    assert.deepEqual(of(STATUS_CODE.jam), ['PRINTER_FAULT', 'jam'])
    assert.deepEqual(of(STATUS_CODE['head-temperature']), ['PRINTER_FAULT', 'head-temperature'])
    assert.deepEqual(of(STATUS_CODE['no-booklet']), ['BAD_STATE', 'no-medium'])
    assert.deepEqual(of(STATUS_CODE['booklet-inside']), ['BAD_STATE', 'medium-inside'])
    assert.deepEqual(of(STATUS_CODE['image-crc']), ['TRANSPORT_IO', 'image-crc'])
    assert.deepEqual(of(0x99), ['TRANSPORT_IO', 'printer-refused'])
  })

  it('throws nothing but typed errors on arbitrary status bytes', function () {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), bytes => {
        try {
          toPrinterStatus(decodeStatusBlock(Buffer.from(bytes)))
        } catch (error) {
          assert.ok(error instanceof AgentError && error.code === 'TRANSPORT_IO', String(error))
        }
      }),
      { numRuns: 200 },
    )
  })
})
