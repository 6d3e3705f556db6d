import { TransportError } from '../../core/errors'
import { crc16 } from './crc'

/**
 * Framing of the idstation page-printer protocol (docs/page-printer-protocol.md), both
 * directions, multi-byte fields big-endian:
 *
 *   SOH (01) | VERSION (01) | SEQ | CMD | LEN (4) | PAYLOAD (LEN) | CRC-16 (2)
 *
 * The CRC (CCITT-FALSE) covers VERSION through the last payload byte. A reply carries the
 * request's SEQ and CMD | 0x80.
 */

export const SOH = 0x01
export const PROTOCOL_VERSION = 0x01
/** SOH, VERSION, SEQ, CMD, LEN. */
export const HEADER_LENGTH = 8
export const TRAILER_LENGTH = 2
/** A DATA chunk's offset (4) and at most 64 KiB of image: nothing legitimate is longer. */
export const MAX_PAYLOAD = 4 + 65536
/** Set in CMD on every reply. */
export const REPLY_BIT = 0x80

export interface Frame {
  readonly sequence: number
  readonly command: number
  readonly payload: Buffer
}

/** Why bytes are not a frame: `details.reason` of the TRANSPORT_IO error. */
export type FrameFault =
  | 'bad-start'
  | 'bad-version'
  | 'bad-length'
  | 'bad-crc'
  | 'truncated'
  | 'unexpected-sequence'
  | 'unexpected-command'

/** The bytes of one frame. RangeError for a payload over MAX_PAYLOAD (a caller bug). */
export function encodeFrame(frame: Frame): Buffer {
  if (frame.payload.length > MAX_PAYLOAD) {
    throw new RangeError(`a page-printer frame holds at most ${MAX_PAYLOAD} payload bytes`)
  }
  const bytes = Buffer.alloc(HEADER_LENGTH + frame.payload.length + TRAILER_LENGTH)
  bytes[0] = SOH
  bytes[1] = PROTOCOL_VERSION
  bytes[2] = frame.sequence & 0xff
  bytes[3] = frame.command & 0xff
  bytes.writeUInt32BE(frame.payload.length, 4)
  frame.payload.copy(bytes, HEADER_LENGTH)
  const end = HEADER_LENGTH + frame.payload.length
  bytes.writeUInt16BE(crc16(bytes.subarray(1, end)), end)
  return bytes
}

export interface DecodedFrame {
  readonly frame: Frame
  /** Bytes the frame took from the front of the buffer. */
  readonly length: number
}

/**
 * Decodes the frame at the start of `bytes`. Returns undefined while `bytes` is a valid start of
 * a frame but not all of it, unless `complete` says no more bytes will come ('truncated').
 * Throws TransportError TRANSPORT_IO with details.reason a FrameFault as soon as the bytes
 * cannot be a frame; never throws anything else, whatever the input.
 */
export function decodeFrame(bytes: Uint8Array, complete = false): DecodedFrame | undefined {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  if (view.length >= 1 && view[0] !== SOH) throw frameFault('bad-start', view[0] ?? -1)
  if (view.length >= 2 && view[1] !== PROTOCOL_VERSION)
    throw frameFault('bad-version', view[1] ?? -1)
  if (view.length >= HEADER_LENGTH) {
    const declared = view.readUInt32BE(4)
    if (declared > MAX_PAYLOAD) throw frameFault('bad-length', declared)
    const end = HEADER_LENGTH + declared
    if (view.length >= end + TRAILER_LENGTH) {
      const received = view.readUInt16BE(end)
      if (received !== crc16(view.subarray(1, end))) throw frameFault('bad-crc', received)
      return {
        frame: {
          sequence: view[2] ?? 0,
          command: view[3] ?? 0,
          payload: Buffer.from(view.subarray(HEADER_LENGTH, end)),
        },
        length: end + TRAILER_LENGTH,
      }
    }
  }
  if (complete) throw frameFault('truncated', view.length)
  return undefined
}

/** The length of the frame whose header starts `bytes`, once its header is there. */
export function declaredFrameLength(bytes: Uint8Array): number | undefined {
  if (bytes.length < HEADER_LENGTH) return undefined
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  return HEADER_LENGTH + view.readUInt32BE(4) + TRAILER_LENGTH
}

const FAULT_MESSAGES: Readonly<Record<FrameFault, string>> = {
  'bad-start': 'the frame does not start with SOH',
  'bad-version': 'the frame is of another protocol version',
  'bad-length': 'the frame length is out of range',
  'bad-crc': 'the frame CRC does not match its contents',
  truncated: 'the frame or its payload ends early',
  'unexpected-sequence': 'the reply answers another request',
  'unexpected-command': 'the reply answers another command',
}

/** The TRANSPORT_IO error for a frame fault; `value` is the offending byte or number. */
export function frameFault(reason: FrameFault, value: number): TransportError {
  return new TransportError('TRANSPORT_IO', `page printer: ${FAULT_MESSAGES[reason]}`, {
    details: { reason, value },
  })
}

/** True for the TRANSPORT_IO errors frameFault makes. */
export function isFrameFault(error: unknown): error is TransportError {
  return (
    error instanceof TransportError &&
    error.code === 'TRANSPORT_IO' &&
    typeof error.details.reason === 'string' &&
    error.details.reason in FAULT_MESSAGES
  )
}
