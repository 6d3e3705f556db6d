/**
 * The printer's side of the page-printer framing (docs/page-printer-protocol.md §2), written
 * apart from the driver's so that one misreading of the document cannot hide in both:
 *
 *   01 | 01 | SEQ | CMD | LEN (u32 BE) | PAYLOAD | CRC-16/CCITT-FALSE (u16 BE, over 01..PAYLOAD)
 */

const START = 0x01
const VERSION = 0x01
const HEADER = 8
/** A PRINT_DATA offset plus 64 KiB. */
export const LARGEST_PAYLOAD = 65540

export interface Request {
  readonly seq: number
  readonly cmd: number
  readonly payload: Buffer
}

/** What the parser makes of the bytes: a request, or bytes it threw away and why. */
export type Parsed =
  | { readonly kind: 'request'; readonly request: Request }
  | { readonly kind: 'noise'; readonly reason: NoiseReason; readonly bytes: number }

export type NoiseReason = 'bad-start' | 'bad-version' | 'bad-length' | 'bad-crc'

/** Bitwise CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF). */
export function ccittFalse(bytes: Uint8Array): number {
  let crc = 0xffff
  for (const byte of bytes) {
    crc ^= byte << 8
    for (let i = 0; i < 8; i += 1) {
      crc = (crc & 0x8000) !== 0 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff
    }
  }
  return crc
}

/** A reply frame: SEQ echoed, CMD | 0x80. */
export function replyFrame(seq: number, cmd: number, payload: Buffer): Buffer {
  const head = Buffer.from([START, VERSION, seq & 0xff, (cmd | 0x80) & 0xff, 0, 0, 0, 0])
  head.writeUInt32BE(payload.length, 4)
  const body = Buffer.concat([head, payload])
  const crc = Buffer.alloc(2)
  crc.writeUInt16BE(ccittFalse(body.subarray(1)))
  return Buffer.concat([body, crc])
}

/**
 * Turns a byte stream into requests. Never throws: a frame that cannot be one is reported as
 * noise and skipped (a bad CRC drops the whole frame its header announced, anything else one
 * byte), and the search goes on at the next start byte. The printer answers no noise; the host
 * recovers by its own timeout (§5 of the document).
 */
export class RequestParser {
  private pending: Buffer = Buffer.alloc(0)

  push(bytes: Uint8Array): Parsed[] {
    this.pending = Buffer.concat([this.pending, bytes])
    const out: Parsed[] = []
    for (;;) {
      const skip = this.leadingNoise()
      if (skip > 0) {
        out.push({ kind: 'noise', reason: 'bad-start', bytes: skip })
        this.pending = this.pending.subarray(skip)
      }
      if (this.pending.length < 2) return out
      if (this.pending[1] !== VERSION) {
        out.push(this.drop('bad-version', 1))
        continue
      }
      if (this.pending.length < HEADER) return out
      const length = this.pending.readUInt32BE(4)
      if (length > LARGEST_PAYLOAD) {
        out.push(this.drop('bad-length', 1))
        continue
      }
      const total = HEADER + length + 2
      if (this.pending.length < total) return out
      const expected = ccittFalse(this.pending.subarray(1, HEADER + length))
      if (this.pending.readUInt16BE(HEADER + length) !== expected) {
        out.push(this.drop('bad-crc', total))
        continue
      }
      const request: Request = {
        seq: this.pending[2] ?? 0,
        cmd: this.pending[3] ?? 0,
        payload: Buffer.from(this.pending.subarray(HEADER, HEADER + length)),
      }
      this.pending = this.pending.subarray(total)
      out.push({ kind: 'request', request })
    }
  }

  /** Bytes held while a frame is incomplete. */
  get held(): number {
    return this.pending.length
  }

  private leadingNoise(): number {
    const at = this.pending.indexOf(START)
    return at < 0 ? this.pending.length : at
  }

  private drop(reason: NoiseReason, bytes: number): Parsed {
    this.pending = this.pending.subarray(bytes)
    return { kind: 'noise', reason, bytes }
  }
}
