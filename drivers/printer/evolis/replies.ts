import { TransportError } from '../../core/errors'
import { ACK, CR, NACK } from './commands'

/** One reply of the printer: an ACK or NACK + code (ACK/NACK mode), or a line of text. */
export type Reply =
  | { readonly kind: 'ack' }
  | { readonly kind: 'nack'; readonly code: NackCode }
  | { readonly kind: 'text'; readonly text: string }

/** NACK codes (guide §Pcom, ACK/NACK protocol). */
export const NACK_CODES = ['1', '2', 'T', 'C', 'F', 'R', 'K', 'D', 'W'] as const
export type NackCode = (typeof NACK_CODES)[number]

/** What ends a text reply: CR on serial [inferred], NUL on USB/parallel (dpavlin's Parallel.pm). */
export type Terminator = 'cr' | 'nul'

/** Longer than any reply the printer sends (firmware strings, `5,00 Volts`): noise, not a reply. */
export const MAX_REPLY_LENGTH = 128

const LF = 0x0a
const NUL = 0x00

function isNackCode(value: string): value is NackCode {
  return (NACK_CODES as readonly string[]).includes(value)
}

/**
 * Re-frames replies from bytes that arrive in arbitrary pieces. Bytes between replies (CR, LF,
 * NUL) are skipped, so a NUL-padded or CR LF-terminated line reads the same. Anything that
 * cannot be a reply throws TRANSPORT_IO with details.reason ('garbled-reply', 'reply-too-long',
 * 'bad-nack-code') after dropping the offending bytes, so the next call starts clean.
 */
export class ReplyFramer {
  private buffer: Buffer = Buffer.alloc(0)
  private readonly end: number

  constructor(terminator: Terminator) {
    this.end = terminator === 'cr' ? CR : NUL
  }

  get buffered(): number {
    return this.buffer.length
  }

  push(bytes: Uint8Array): void {
    this.buffer =
      this.buffer.length === 0 ? Buffer.from(bytes) : Buffer.concat([this.buffer, bytes])
  }

  /** Drops everything buffered; returns how many bytes that was. */
  clear(): number {
    const dropped = this.buffer.length
    this.buffer = Buffer.alloc(0)
    return dropped
  }

  /** The next whole reply, or undefined until more bytes come. */
  take(): Reply | undefined {
    let start = 0
    while (start < this.buffer.length && isSeparator(this.buffer[start] ?? 0)) start += 1
    this.buffer = this.buffer.subarray(start)
    const first = this.buffer[0]
    if (first === undefined) return undefined
    if (first === ACK) {
      this.buffer = this.buffer.subarray(1)
      return { kind: 'ack' }
    }
    if (first === NACK) {
      const code = this.buffer[1]
      if (code === undefined) return undefined
      this.buffer = this.buffer.subarray(2)
      const letter = String.fromCharCode(code)
      if (!isNackCode(letter)) throw fault('bad-nack-code', 'a NACK with an unknown code')
      return { kind: 'nack', code: letter }
    }
    const end = this.buffer.indexOf(this.end)
    const line = end < 0 ? this.buffer : this.buffer.subarray(0, end)
    const bad = line.findIndex(byte => !isTextByte(byte))
    if (bad >= 0) {
      this.dropLine(end)
      throw fault('garbled-reply', 'a reply that is not text')
    }
    if (line.length > MAX_REPLY_LENGTH) {
      this.dropLine(end)
      throw fault('reply-too-long', `a reply over ${MAX_REPLY_LENGTH} characters`)
    }
    if (end < 0) return undefined
    this.buffer = this.buffer.subarray(end + 1)
    return {
      kind: 'text',
      text: line
        .toString('ascii')
        .replace(/[\r\n]+/g, ' ')
        .trim(),
    }
  }

  /** Drops through the terminator when it is here, else all that is buffered. */
  private dropLine(end: number): void {
    this.buffer = end < 0 ? Buffer.alloc(0) : this.buffer.subarray(end + 1)
  }
}

function isSeparator(byte: number): boolean {
  return byte === CR || byte === LF || byte === NUL
}

function isTextByte(byte: number): boolean {
  return (byte >= 0x20 && byte <= 0x7e) || byte === CR || byte === LF
}

function fault(reason: string, what: string): TransportError {
  return new TransportError('TRANSPORT_IO', `Evolis: ${what}`, { details: { reason } })
}
