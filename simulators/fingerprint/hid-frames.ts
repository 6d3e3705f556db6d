/**
 * The device side of the frame layer in docs/hid-fingerprint-protocol.md §2 and §7, written from
 * the document and not from the driver (simulators never import driver code), so a misreading on
 * one side shows up as a failing exchange instead of cancelling itself out.
 */

export const REPORT_BYTES = 64
export const LARGEST_PAYLOAD = 8000

export const COMMAND_FRAME = 0x81
export const RESPONSE_FRAME = 0x82
export const EVENT_FRAME = 0x83

/** A frame as the device sends or receives it. */
export interface DeviceFrame {
  readonly kind: number
  readonly seq: number
  readonly code: number
  readonly body: Buffer
}

/**
 * What arrived from the host: a command frame, or the protocol error the device answers with
 * (BAD_CRC, BAD_SEQUENCE or MALFORMED), carrying the sequence number and code as received when
 * the broken frame's header was readable.
 */
export type Incoming =
  | { readonly frame: DeviceFrame }
  | {
      readonly problem: 'bad-crc' | 'bad-sequence' | 'malformed'
      readonly seq: number
      readonly code: number
    }

/** CRC-16/CCITT-FALSE, bit by bit: poly 0x1021, start 0xFFFF, MSB first, no final XOR. */
export function crc16(bytes: Uint8Array, start = 0xffff): number {
  let crc = start
  for (const byte of bytes) {
    crc ^= byte << 8
    for (let bit = 0; bit < 8; bit += 1) {
      crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1
      crc &= 0xffff
    }
  }
  return crc
}

/** The 64-byte input reports of one frame, padded with zeros. */
export function frameReports(frame: DeviceFrame): Buffer[] {
  const length = frame.body.length
  if (length > LARGEST_PAYLOAD) throw new RangeError(`payload ${length} > ${LARGEST_PAYLOAD}`)
  const head = Buffer.from([frame.kind, frame.seq, frame.code, length >>> 8, length & 0xff])
  const crc = crc16(frame.body, crc16(head))
  const stream = Buffer.concat([head, frame.body, Buffer.from([crc >>> 8, crc & 0xff])])
  const reports: Buffer[] = []
  // The initial report takes the header and 59 data bytes; each continuation its index and 63.
  reports.push(padded(stream.subarray(0, REPORT_BYTES)))
  let index = 0
  for (let at = REPORT_BYTES; at < stream.length; at += REPORT_BYTES - 1) {
    reports.push(padded(Buffer.concat([Buffer.from([index]), stream.subarray(at, at + 63)])))
    index += 1
  }
  return reports
}

function padded(bytes: Buffer): Buffer {
  const report = Buffer.alloc(REPORT_BYTES)
  bytes.copy(report)
  return report
}

/**
 * Reassembles the host's COMMAND frames. The host writes 65 bytes per report (report id 0
 * first), which is what arrives over the simulated transport; the id byte is dropped here.
 */
export class CommandReassembler {
  private head: Buffer | undefined
  private data: Buffer[] = []
  private have = 0
  private need = 0
  private nextIndex = 0
  private skipping = false

  take(output: Buffer): Incoming[] {
    if (output.length !== REPORT_BYTES + 1 || output[0] !== 0) {
      return [this.broken('malformed', 0, 0)]
    }
    const report = output.subarray(1)
    const first = report[0] ?? 0
    if (first < 0x80) return this.continuation(first, report)
    const out: Incoming[] = []
    if (this.head !== undefined) {
      out.push(this.broken('bad-sequence', this.head[1] ?? 0, this.head[2] ?? 0))
    }
    this.skipping = false
    const seq = report[1] ?? 0
    const code = report[2] ?? 0
    const length = report.readUInt16BE(3)
    if (first !== COMMAND_FRAME || length > LARGEST_PAYLOAD) {
      out.push(this.broken('malformed', seq, code))
      return out
    }
    this.head = Buffer.from(report.subarray(0, 5))
    this.data = []
    this.have = 0
    this.need = length + 2
    this.nextIndex = 0
    const done = this.add(report.subarray(5))
    if (done !== undefined) out.push(done)
    return out
  }

  private continuation(index: number, report: Buffer): Incoming[] {
    if (this.head === undefined) return this.skipping ? [] : [this.broken('bad-sequence', 0, 0)]
    if (index !== this.nextIndex) {
      return [this.broken('bad-sequence', this.head[1] ?? 0, this.head[2] ?? 0)]
    }
    this.nextIndex += 1
    const done = this.add(report.subarray(1))
    return done === undefined ? [] : [done]
  }

  private add(bytes: Buffer): Incoming | undefined {
    const head = this.head
    if (head === undefined) return undefined
    const part = bytes.subarray(0, this.need - this.have)
    this.data.push(Buffer.from(part))
    this.have += part.length
    if (this.have < this.need) return undefined
    this.head = undefined
    const stream = Buffer.concat(this.data)
    const body = stream.subarray(0, stream.length - 2)
    const seq = head[1] ?? 0
    const code = head[2] ?? 0
    if (crc16(body, crc16(head)) !== stream.readUInt16BE(stream.length - 2)) {
      return this.broken('bad-crc', seq, code)
    }
    return { frame: { kind: COMMAND_FRAME, seq, code, body } }
  }

  private broken(problem: 'bad-crc' | 'bad-sequence' | 'malformed', seq: number, code: number) {
    this.head = undefined
    this.skipping = true
    return { problem, seq, code } as const
  }
}
