import { TransportError } from '../../core/errors'

/**
 * The frame layer of docs/hid-fingerprint-protocol.md: frames spread over 64-byte HID reports.
 *
 *   initial report       type:u8 (bit 7 set)  sequence:u8  code:u8  length:u16be  data[59]
 *   continuation report  index:u8 (0x00–0x7F)  data[63]
 *
 * The data of a frame's reports, concatenated, is payload ‖ crc:u16be, where crc is
 * CRC-16/CCITT-FALSE over the five header bytes ‖ payload; what is left of the last report is
 * zero padding. Pure functions and one small state machine, no I/O.
 */

/** Every HID report of the protocol, in both directions, is this long (unnumbered reports). */
export const REPORT_SIZE = 64

/** The device has no numbered reports: node-hid wants report id 0 in front of each output. */
export const OUTPUT_REPORT_ID = 0x00

export const FRAME_TYPE = { COMMAND: 0x81, RESPONSE: 0x82, EVENT: 0x83 } as const
export type FrameType = (typeof FRAME_TYPE)[keyof typeof FRAME_TYPE]

export const HEADER_SIZE = 5
export const CRC_SIZE = 2
const INITIAL_DATA = REPORT_SIZE - HEADER_SIZE
const CONTINUATION_DATA = REPORT_SIZE - 1

/**
 * The largest payload of one frame. 128 continuation reports could carry 8121 bytes; a round
 * figure below that leaves the continuation index a spare bit of headroom and no off-by-one.
 */
export const MAX_PAYLOAD = 8000

export interface Frame {
  readonly type: FrameType
  /** 0–255, chosen by the host per command and echoed by every frame the device sends for it. */
  readonly sequence: number
  /** Command code (COMMAND), status (RESPONSE) or event code (EVENT). */
  readonly code: number
  readonly payload: Buffer
}

/** Why bytes did not decode as a frame; the `reason` of the TRANSPORT_IO error. */
export type FrameErrorReason = 'malformed' | 'truncated' | 'bad-sequence' | 'bad-crc'

export type DecodedReport = { readonly frame: Frame } | { readonly error: TransportError }

const CRC_TABLE = (() => {
  const table = new Uint16Array(256)
  for (let byte = 0; byte < 256; byte += 1) {
    let crc = byte << 8
    for (let bit = 0; bit < 8; bit += 1) {
      crc = (crc & 0x8000) !== 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
    table[byte] = crc
  }
  return table
})()

/**
 * CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF, no reflection, no final XOR
 * (check value 0x29B1 for ASCII "123456789"). Pass the previous result as `crc` to continue.
 */
export function crc16CcittFalse(data: Uint8Array, crc = 0xffff): number {
  let value = crc
  for (const byte of data) {
    value = ((value << 8) & 0xffff) ^ (CRC_TABLE[((value >> 8) ^ byte) & 0xff] ?? 0)
  }
  return value
}

/** The 64-byte reports carrying `frame`. Throws RangeError for fields out of range. */
export function encodeFrame(frame: Frame): Buffer[] {
  const { type, sequence, code, payload } = frame
  if (!Number.isInteger(sequence) || sequence < 0 || sequence > 0xff) {
    throw new RangeError(`sequence ${sequence} is not a byte`)
  }
  if (!Number.isInteger(code) || code < 0 || code > 0xff) {
    throw new RangeError(`code ${code} is not a byte`)
  }
  if (payload.length > MAX_PAYLOAD) {
    throw new RangeError(`payload of ${payload.length} bytes exceeds ${MAX_PAYLOAD}`)
  }
  const header = Buffer.of(type, sequence, code, payload.length >> 8, payload.length & 0xff)
  const crc = crc16CcittFalse(payload, crc16CcittFalse(header))
  const data = Buffer.concat([payload, Buffer.of(crc >> 8, crc & 0xff)])
  const first = Buffer.alloc(REPORT_SIZE)
  header.copy(first, 0)
  data.copy(first, HEADER_SIZE, 0, INITIAL_DATA)
  const reports = [first]
  for (let offset = INITIAL_DATA, index = 0; offset < data.length; index += 1) {
    const report = Buffer.alloc(REPORT_SIZE)
    report[0] = index
    data.copy(report, 1, offset, offset + CONTINUATION_DATA)
    reports.push(report)
    offset += CONTINUATION_DATA
  }
  return reports
}

/** What node-hid's write takes for one 64-byte report: report id 0, then the report. */
export function outputReport(report: Uint8Array): Buffer {
  const output = Buffer.alloc(1 + report.length)
  output[0] = OUTPUT_REPORT_ID
  output.set(report, 1)
  return output
}

/** A TRANSPORT_IO error whose details.reason says what was wrong with the frame. */
export function frameError(reason: FrameErrorReason, message: string): TransportError {
  return new TransportError('TRANSPORT_IO', message, { details: { reason } })
}

interface PartialFrame {
  readonly header: Buffer
  readonly data: Buffer
  filled: number
  nextIndex: number
}

/**
 * Reassembles frames from reports, one report at a time, in arrival order. `push` never throws:
 * each report gives nothing (more reports needed, or ignored), a frame, or a TRANSPORT_IO error
 * naming the reason. After an error the continuation reports of the broken frame are skipped
 * silently until the next initial report, so one corruption gives one error.
 */
export class FrameAssembler {
  private partial: PartialFrame | undefined
  private discarding = false

  /** `accept`: the frame types this side may receive (the host: RESPONSE and EVENT). */
  constructor(private readonly accept: readonly FrameType[]) {}

  push(report: Uint8Array): DecodedReport[] {
    if (report.length !== REPORT_SIZE) {
      return [this.fail('malformed', `report of ${report.length} bytes, not ${REPORT_SIZE}`)]
    }
    const first = report[0] ?? 0
    if ((first & 0x80) === 0) return this.continuation(first, report)
    const results: DecodedReport[] = []
    if (this.partial !== undefined) {
      results.push(this.fail('truncated', 'a frame ended before its last continuation report'))
    }
    this.discarding = false
    if (!(this.accept as readonly number[]).includes(first)) {
      results.push(this.fail('malformed', `unexpected frame type 0x${hex(first)}`))
      return results
    }
    const length = ((report[3] ?? 0) << 8) | (report[4] ?? 0)
    if (length > MAX_PAYLOAD) {
      results.push(this.fail('malformed', `frame length ${length} exceeds ${MAX_PAYLOAD}`))
      return results
    }
    const partial: PartialFrame = {
      header: Buffer.from(report.subarray(0, HEADER_SIZE)),
      data: Buffer.alloc(length + CRC_SIZE),
      filled: 0,
      nextIndex: 0,
    }
    this.partial = partial
    const done = this.fill(partial, report.subarray(HEADER_SIZE))
    if (done !== undefined) results.push(done)
    return results
  }

  private continuation(index: number, report: Uint8Array): DecodedReport[] {
    const partial = this.partial
    if (partial === undefined) {
      if (this.discarding) return []
      return [this.fail('bad-sequence', `continuation report ${index} outside a frame`)]
    }
    if (index !== partial.nextIndex) {
      return [
        this.fail('bad-sequence', `continuation report ${index}, expected ${partial.nextIndex}`),
      ]
    }
    partial.nextIndex += 1
    const done = this.fill(partial, report.subarray(1))
    return done === undefined ? [] : [done]
  }

  private fill(partial: PartialFrame, bytes: Uint8Array): DecodedReport | undefined {
    const take = Math.min(bytes.length, partial.data.length - partial.filled)
    partial.data.set(bytes.subarray(0, take), partial.filled)
    partial.filled += take
    // MAX_PAYLOAD keeps every frame within continuation indices 0–126, so the index cannot wrap.
    if (partial.filled < partial.data.length) return undefined
    this.partial = undefined
    const payloadLength = partial.data.length - CRC_SIZE
    const payload = partial.data.subarray(0, payloadLength)
    const expected = crc16CcittFalse(payload, crc16CcittFalse(partial.header))
    const received = partial.data.readUInt16BE(payloadLength)
    if (expected !== received) {
      this.discarding = true
      return {
        error: frameError(
          'bad-crc',
          `frame CRC 0x${hex(received, 4)} does not match 0x${hex(expected, 4)}`,
        ),
      }
    }
    const [type = 0, sequence = 0, code = 0] = partial.header
    return {
      frame: { type: type as FrameType, sequence, code, payload: Buffer.from(payload) },
    }
  }

  private fail(reason: FrameErrorReason, message: string): { readonly error: TransportError } {
    this.partial = undefined
    this.discarding = true
    return { error: frameError(reason, message) }
  }
}

function hex(value: number, digits = 2): string {
  return value.toString(16).padStart(digits, '0')
}
