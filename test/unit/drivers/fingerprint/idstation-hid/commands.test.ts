import assert from 'node:assert/strict'
import fc from 'fast-check'
import { AgentError, TransportError } from '../../../../../drivers/core/errors'
import {
  decodeCaptureResult,
  decodeDeviceMs,
  decodeImageChunk,
  decodeInfo,
  decodePreviewFrame,
  decodeSelfTest,
  encodeCapture,
} from '../../../../../drivers/fingerprint/idstation-hid/commands'
import { STATUS, statusError } from '../../../../../drivers/fingerprint/idstation-hid/status'
import { CaptureUpload } from '../../../../../drivers/fingerprint/idstation-hid/upload'

function malformed(error: unknown): boolean {
  assert.ok(error instanceof TransportError)
  assert.equal(error.code, 'TRANSPORT_IO')
  assert.equal(error.details.reason, 'malformed')
  return true
}

describe('idstation-hid commands', function () {
  it('encodes a CAPTURE request as §4.2 lays it out', function () {
    assert.deepEqual(
      encodeCapture(
        {
          unit: 'right-slap',
          positions: [2, 3, 5],
          timeoutMs: 10_000,
          requestedScore: 40,
          previewFps: 15,
        },
        30,
      ),
      Buffer.of(0x03, 0x00, 0x00, 0x27, 0x10, 40, 15, 3, 2, 3, 5),
    )
  })

  it('decodes every payload to a value or TRANSPORT_IO malformed, never another error', function () {
    const decoders = [
      decodeInfo,
      decodePreviewFrame,
      decodeCaptureResult,
      decodeImageChunk,
      decodeSelfTest,
      decodeDeviceMs,
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...decoders),
        fc.uint8Array({ maxLength: 120 }),
        (decode, bytes) => {
          try {
            decode(Buffer.from(bytes))
          } catch (error) {
            malformed(error)
          }
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('maps failing statuses to their error codes', function () {
    const cases: [number, string, string | undefined][] = [
      [STATUS.BUSY, 'DEVICE_BUSY', undefined],
      [STATUS.BAD_CRC, 'TRANSPORT_IO', 'bad-crc'],
      [STATUS.BAD_SEQUENCE, 'TRANSPORT_IO', 'bad-sequence'],
      [STATUS.MALFORMED, 'TRANSPORT_IO', 'malformed'],
      [STATUS.UNKNOWN_COMMAND, 'TRANSPORT_IO', 'unknown-command'],
      [STATUS.BAD_PARAMETER, 'INVALID_ARGUMENT', undefined],
      [STATUS.SENSOR_ERROR, 'DEVICE_OFFLINE', 'sensor-error'],
      [STATUS.NO_FINGER, 'TRANSPORT_IO', 'unexpected-status'],
      [0x99, 'TRANSPORT_IO', 'unknown-status'],
    ]
    for (const [status, code, reason] of cases) {
      const error = statusError(status, 'GET_INFO')
      assert.ok(error instanceof AgentError)
      assert.equal(error.code, code)
      assert.equal(error.details.reason, reason)
      assert.equal(error.details.command, 'GET_INFO')
    }
    assert.equal(statusError(STATUS.UNKNOWN_COMMAND, 'BEEP').retryable, false)
    assert.equal(statusError(STATUS.BAD_CRC, 'BEEP').retryable, true)
  })

  it('takes an upload only in order and complete', function () {
    const header = {
      metThreshold: true,
      fingers: [
        {
          position: 2,
          width: 2,
          height: 2,
          resolutionPpi: 500,
          quality: 80,
          imageLength: 4,
          templateLength: 2,
        },
      ],
    }
    const upload = new CaptureUpload([2])
    assert.throws(() => {
      upload.add({ finger: 0, part: 'pixels', offset: 0, data: Buffer.of(1) })
    }, malformed)
    assert.throws(() => {
      new CaptureUpload([3]).start(header)
    }, malformed)
    upload.start(header)
    assert.throws(() => {
      upload.start(header)
    }, malformed)
    upload.add({ finger: 0, part: 'pixels', offset: 0, data: Buffer.of(1, 2) })
    assert.throws(() => {
      upload.add({ finger: 0, part: 'pixels', offset: 3, data: Buffer.of(4) })
    }, malformed)
    assert.throws(() => {
      upload.add({ finger: 0, part: 'pixels', offset: 2, data: Buffer.of(3, 4, 5) })
    }, malformed)
    assert.throws(() => {
      upload.add({ finger: 1, part: 'pixels', offset: 0, data: Buffer.of(3) })
    }, malformed)
    upload.add({ finger: 0, part: 'pixels', offset: 2, data: Buffer.of(3, 4) })
    assert.throws(
      () => upload.finish({ quality: true, templates: true }),
      (error: unknown) =>
        error instanceof AgentError && error.details.reason === 'incomplete-upload',
    )
    upload.add({ finger: 0, part: 'template', offset: 0, data: Buffer.of(9, 9) })
    assert.deepEqual(upload.finish({ quality: true, templates: false }), {
      metThreshold: true,
      fingers: [
        {
          position: 2,
          width: 2,
          height: 2,
          resolutionPpi: 500,
          pixels: Buffer.of(1, 2, 3, 4),
          quality: 80,
        },
      ],
    })
  })
})
