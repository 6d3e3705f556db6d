import fc from 'fast-check'
import { TransportError } from '../../../drivers/core/errors'
import {
  decodeCaptureResult,
  decodeDeviceMs,
  decodeImageChunk,
  decodeInfo,
  decodePreviewFrame,
  decodeSelfTest,
  EVENT,
} from '../../../drivers/fingerprint/idstation-hid/commands'
import {
  encodeFrame,
  FRAME_TYPE,
  FrameAssembler,
  REPORT_SIZE,
  type Frame,
} from '../../../drivers/fingerprint/idstation-hid/frames'
import { CaptureUpload } from '../../../drivers/fingerprint/idstation-hid/upload'
import {
  decodePacket,
  encodePacket,
  HEADER_LENGTH,
  isPacketFault,
  START_CODE,
} from '../../../drivers/fingerprint/r30x/packets'
import { transportIo } from '../accept'
import { target } from '../harness'
import { applyMutation, mutation, outsideBytes, pieces } from '../mutate'

const u16 = (value: number) => Buffer.of(value >> 8, value & 0xff)
const u32 = (value: number) => {
  const bytes = Buffer.alloc(4)
  bytes.writeUInt32BE(value)
  return bytes
}
const text = (value: string) => Buffer.concat([Buffer.of(value.length), Buffer.from(value)])

const infoPayload = () =>
  Buffer.concat([
    Buffer.of(1, 0x0f, 0x03),
    u16(500),
    u16(16),
    u16(12),
    Buffer.of(10),
    text('IDS-F4'),
    text('SN1'),
    text('2.0'),
  ])
const previewPayload = () =>
  Buffer.concat([u16(7), u16(4), u16(3), Buffer.of(2, 2, 80, 3, 55), Buffer.alloc(12, 0x80)])
const selfTestPayload = () =>
  Buffer.concat([Buffer.of(1, 2), text('sensor'), text('ok'), text('led'), text('ok')])

const POSITIONS = [2, 3]
const fingerHeader = (position: number) =>
  Buffer.concat([Buffer.of(position), u16(4), u16(3), u16(500), Buffer.of(70), u32(12), u32(5)])
const captureResultPayload = () =>
  Buffer.concat([Buffer.of(1, POSITIONS.length), ...POSITIONS.map(fingerHeader)])
const chunkPayload = (finger: number, part: number, offset: number, data: Buffer) =>
  Buffer.concat([Buffer.of(finger, part), u32(offset), data])
const uploadPayloads = () => [
  captureResultPayload(),
  chunkPayload(0, 0, 0, Buffer.alloc(8, 1)),
  chunkPayload(0, 0, 8, Buffer.alloc(4, 2)),
  chunkPayload(0, 1, 0, Buffer.alloc(5, 3)),
  chunkPayload(1, 0, 0, Buffer.alloc(12, 4)),
  chunkPayload(1, 1, 0, Buffer.alloc(5, 5)),
]

/** Decodes a payload the way the driver does for a frame of this type and code. */
function decodeFramePayload(frame: Frame): unknown {
  if (frame.type === FRAME_TYPE.RESPONSE) {
    return frame.code === 0 ? decodeInfo(frame.payload) : decodeDeviceMs(frame.payload)
  }
  switch (frame.code) {
    case EVENT.PREVIEW_FRAME:
      return decodePreviewFrame(frame.payload)
    case EVENT.CAPTURE_RESULT:
      return decodeCaptureResult(frame.payload)
    case EVENT.IMAGE_CHUNK:
      return decodeImageChunk(frame.payload)
    default:
      return decodeSelfTest(frame.payload)
  }
}

const hidReports = () =>
  Buffer.concat([
    ...encodeFrame({ type: FRAME_TYPE.RESPONSE, sequence: 1, code: 0, payload: infoPayload() }),
    ...encodeFrame({
      type: FRAME_TYPE.EVENT,
      sequence: 2,
      code: EVENT.PREVIEW_FRAME,
      payload: Buffer.concat([previewPayload(), Buffer.alloc(0)]),
    }),
    ...encodeFrame({
      type: FRAME_TYPE.EVENT,
      sequence: 2,
      code: EVENT.IMAGE_CHUNK,
      payload: chunkPayload(0, 0, 0, Buffer.alloc(300, 9)),
    }),
  ])

/**
 * HID input reports through the host's FrameAssembler (which must never throw) and each frame's
 * payload through its decoder. Mutations shift bytes across report boundaries, so continuation
 * indices, lengths and CRCs all get broken; a cut makes one report the wrong size.
 */
export const hidReportStream = target<{ stream: Buffer; oddCut: number | undefined }>({
  name: 'fingerprint.hid-reports',
  arbitrary: () =>
    fc.record({
      stream: outsideBytes([hidReports()], 400),
      oddCut: fc.option(fc.nat(), { freq: 8 }).map(cut => cut ?? undefined),
    }),
  run: ({ stream, oddCut }) => {
    const assembler = new FrameAssembler([FRAME_TYPE.RESPONSE, FRAME_TYPE.EVENT])
    let first: Error | undefined
    const reports: Buffer[] = []
    for (let offset = 0; offset < stream.length; offset += REPORT_SIZE) {
      reports.push(stream.subarray(offset, offset + REPORT_SIZE))
    }
    if (oddCut !== undefined && reports.length > 0) {
      const at = oddCut % reports.length
      reports[at] = reports[at]?.subarray(0, oddCut % REPORT_SIZE) ?? Buffer.alloc(0)
    }
    for (const report of reports) {
      for (const result of assembler.push(report)) {
        if ('error' in result) {
          if (!transportIo(result.error)) throw new Error('the assembler reported an untyped error')
          first ??= result.error
          continue
        }
        try {
          decodeFramePayload(result.frame)
        } catch (error) {
          if (!transportIo(error)) throw error
          first ??= error
        }
      }
    }
    if (first !== undefined) throw first
  },
  accept: transportIo,
})

const PAYLOAD_DECODERS: readonly [string, (payload: Buffer) => unknown, () => Buffer][] = [
  ['info', decodeInfo, infoPayload],
  ['preview', decodePreviewFrame, previewPayload],
  ['capture-result', decodeCaptureResult, captureResultPayload],
  ['image-chunk', decodeImageChunk, () => chunkPayload(1, 1, 4, Buffer.alloc(9, 7))],
  ['self-test', decodeSelfTest, selfTestPayload],
  ['device-ms', decodeDeviceMs, () => u32(1234)],
]

/** Each payload decoder of the HID protocol on its own valid payload, mutated, and noise. */
export const hidPayloads = target<{ which: number; payload: Buffer }>({
  name: 'fingerprint.hid-payloads',
  arbitrary: () =>
    fc.oneof(
      ...PAYLOAD_DECODERS.map(([, , sample], which) =>
        outsideBytes([sample()], 120).map(payload => ({ which, payload })),
      ),
    ),
  run: ({ which, payload }) => PAYLOAD_DECODERS[which]?.[1](payload),
  accept: transportIo,
})

/**
 * A capture's upload: CAPTURE_RESULT, then IMAGE_CHUNK events, some mutated, dropped, repeated
 * or reordered, decoded and collected by CaptureUpload as the driver does.
 */
export const hidCaptureUpload = target<Buffer[]>({
  name: 'fingerprint.hid-capture-upload',
  arbitrary: () =>
    fc
      .tuple(
        fc.array(fc.tuple(fc.nat(5), fc.array(mutation, { minLength: 1, maxLength: 3 })), {
          maxLength: 3,
        }),
        fc.array(fc.tuple(fc.constantFrom('drop', 'repeat', 'swap'), fc.nat(5), fc.nat(5)), {
          maxLength: 2,
        }),
      )
      .map(([changes, moves]) => {
        const payloads: Buffer[] = uploadPayloads()
        for (const [index, edits] of changes) {
          const at = index % payloads.length
          payloads[at] = edits.reduce<Buffer>(
            (bytes, edit) => applyMutation(bytes, edit),
            payloads[at] ?? Buffer.alloc(0),
          )
        }
        for (const [move, a, b] of moves) {
          const i = a % payloads.length
          const j = b % payloads.length
          const item = payloads[i] ?? Buffer.alloc(0)
          if (move === 'drop') payloads.splice(i, 1)
          else if (move === 'repeat') payloads.splice(j, 0, item)
          else [payloads[i], payloads[j]] = [payloads[j] ?? item, item]
          if (payloads.length === 0) break
        }
        return payloads
      }),
  run: payloads => {
    const upload = new CaptureUpload(POSITIONS)
    const [result, ...chunks] = payloads
    if (result !== undefined) upload.start(decodeCaptureResult(result))
    for (const chunk of chunks) upload.add(decodeImageChunk(chunk))
    return upload.finish({ quality: true, templates: true })
  },
  accept: transportIo,
})

const r30xPackets = () => [
  encodePacket({ address: 0xffffffff, kind: 'ack', payload: Buffer.of(0x00, 0x01, 0x02) }),
  encodePacket({ address: 0xffffffff, kind: 'data', payload: Buffer.alloc(128, 0x55) }),
  encodePacket({ address: 0xffffffff, kind: 'end-data', payload: Buffer.alloc(32, 0xaa) }),
]

/** R30x packets from the serial line, resynchronised after every fault as the link does. */
export const r30xPacketStream = target<{ stream: Buffer; cuts: number[] }>({
  name: 'fingerprint.r30x-packets',
  arbitrary: () =>
    fc.record({
      stream: outsideBytes([Buffer.concat(r30xPackets()), ...r30xPackets()], 300),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
    }),
  run: ({ stream, cuts }) => {
    let first: Error | undefined
    let buffered: Buffer = Buffer.alloc(0)
    const startCode = Buffer.of(START_CODE >> 8, START_CODE & 0xff)
    for (const piece of pieces(stream, cuts)) {
      buffered = Buffer.concat([buffered, piece])
      for (let guard = 0; ; guard += 1) {
        if (guard > stream.length + 1) throw new Error('the decoder stopped consuming')
        const start = buffered.indexOf(startCode)
        if (start > 0) buffered = buffered.subarray(start)
        try {
          const decoded = decodePacket(buffered)
          if (decoded === undefined) break
          if (decoded.length < HEADER_LENGTH) throw new Error('a packet shorter than its header')
          buffered = buffered.subarray(decoded.length)
        } catch (error) {
          if (!isPacketFault(error)) throw error
          first ??= error
          const skip =
            error.details.reason === 'bad-checksum' ? HEADER_LENGTH + buffered.readUInt16BE(7) : 1
          buffered = buffered.subarray(Math.min(skip, buffered.length))
        }
      }
    }
    if (first !== undefined) throw first
  },
  accept: error => error instanceof TransportError && isPacketFault(error),
})
