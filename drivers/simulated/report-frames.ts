/**
 * Framing of HID reports over a Unix stream socket, between SocketReportTransport and a
 * simulated device (which has its own implementation of the same rules, written from this
 * comment, so one bug cannot hide on both sides).
 *
 *   frame = length:u16be  type:u8  body        (length counts type + body, so it is >= 1)
 *
 *   type 0x01 OUTPUT       host → device   body = output report, report id first
 *   type 0x02 INPUT        device → host   body = input report
 *   type 0x03 SET_FEATURE  host → device   body = feature report, report id first
 *   type 0x04 GET_FEATURE  host → device   body = reportId:u8  length:u16be
 *   type 0x05 FEATURE      device → host   body = the feature report answering GET_FEATURE
 *
 * The device answers GET_FEATURE requests in order; the host keeps at most one outstanding.
 */
export const FRAME_TYPE = {
  OUTPUT: 0x01,
  INPUT: 0x02,
  SET_FEATURE: 0x03,
  GET_FEATURE: 0x04,
  FEATURE: 0x05,
} as const

export type FrameType = (typeof FRAME_TYPE)[keyof typeof FRAME_TYPE]

export interface ReportFrame {
  readonly type: number
  readonly body: Buffer
}

/** The largest body a frame can carry: the u16 length also counts the type byte. */
export const MAX_FRAME_BODY = 0xffff - 1

/** Throws RangeError for a body longer than MAX_FRAME_BODY. */
export function encodeFrame(type: FrameType, body: Uint8Array): Buffer {
  if (body.length > MAX_FRAME_BODY) {
    throw new RangeError(`report of ${body.length} bytes exceeds ${MAX_FRAME_BODY}`)
  }
  const frame = Buffer.alloc(3 + body.length)
  frame.writeUInt16BE(body.length + 1, 0)
  frame.writeUInt8(type, 2)
  frame.set(body, 3)
  return frame
}

/**
 * Splits a byte stream into frames; bytes of an incomplete frame are kept for the next push.
 * Throws RangeError on a zero length, which no valid sender produces.
 */
export class FrameDecoder {
  private pending: Buffer = Buffer.alloc(0)

  push(chunk: Buffer): ReportFrame[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk])
    const frames: ReportFrame[] = []
    while (this.pending.length >= 2) {
      const length = this.pending.readUInt16BE(0)
      if (length === 0) throw new RangeError('frame length 0')
      if (this.pending.length < 2 + length) break
      frames.push({
        type: this.pending.readUInt8(2),
        body: Buffer.from(this.pending.subarray(3, 2 + length)),
      })
      this.pending = this.pending.subarray(2 + length)
    }
    return frames
  }
}
