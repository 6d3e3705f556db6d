import { AgentError } from '../core/errors'

/** The largest Nc a command can carry (extended Lc is two bytes, zero is not a length). */
export const MAX_NC = 65535
/** The largest Ne a command can ask for (extended Le `0000`). */
export const MAX_NE = 65536
/** Beyond these a short APDU cannot say the length, so the extended form is required. */
const SHORT_MAX_NC = 255
const SHORT_MAX_NE = 256

/** The fields of a command APDU; `ne` 0 (the default) means "no Le field". */
export interface CommandApduFields {
  readonly cla: number
  readonly ins: number
  readonly p1: number
  readonly p2: number
  readonly data?: Uint8Array
  readonly ne?: number
}

/**
 * An ISO/IEC 7816-4 command APDU. Immutable; the constructor validates every field and throws
 * `AgentError('INVALID_ARGUMENT')` with `details.field` when one is out of range.
 */
export class CommandApdu {
  readonly cla: number
  readonly ins: number
  readonly p1: number
  readonly p2: number
  /** The command data field; Nc is its length. */
  readonly data: Buffer
  /** The maximum number of response data bytes expected, 0 to 65536; 0 means no Le field. */
  readonly ne: number

  constructor(fields: CommandApduFields) {
    this.cla = checkByte('cla', fields.cla)
    this.ins = checkByte('ins', fields.ins)
    this.p1 = checkByte('p1', fields.p1)
    this.p2 = checkByte('p2', fields.p2)
    this.data = Buffer.from(fields.data ?? [])
    if (this.data.length > MAX_NC)
      throw invalid('data', 'is longer than 65535 bytes', this.data.length)
    this.ne = fields.ne ?? 0
    if (!Number.isInteger(this.ne) || this.ne < 0 || this.ne > MAX_NE) {
      throw invalid('ne', 'must be an integer from 0 to 65536', this.ne)
    }
  }

  /** True when the encoding needs extended length fields (Nc > 255 or Ne > 256). */
  get extended(): boolean {
    return this.data.length > SHORT_MAX_NC || this.ne > SHORT_MAX_NE
  }

  /** Encodes as ISO 7816-4 case 1, 2, 3 or 4, short or extended as {@link extended} says. */
  encode(): Buffer {
    const header = [this.cla, this.ins, this.p1, this.p2]
    const nc = this.data.length
    const lc = nc === 0 ? [] : this.extended ? [0x00, nc >> 8, nc & 0xff] : [nc]
    let le: number[] = []
    if (this.ne > 0 && this.extended) {
      // 65536 is written as 0000; without an Lc field the extended marker 00 leads the Le.
      const value = this.ne === MAX_NE ? 0 : this.ne
      le = [...(nc === 0 ? [0x00] : []), value >> 8, value & 0xff]
    } else if (this.ne > 0) {
      le = [this.ne === SHORT_MAX_NE ? 0 : this.ne]
    }
    return Buffer.concat([Buffer.from(header), Buffer.from(lc), this.data, Buffer.from(le)])
  }

  /**
   * Decodes a command APDU, accepting exactly the encodings ISO 7816-4 §5.1 defines. Anything
   * else (a length field that disagrees with the byte count, an extended Lc of zero, trailing
   * bytes) throws `AgentError('INVALID_ARGUMENT')` with `details.reason` and `details.length`.
   */
  static parse(bytes: Uint8Array): CommandApdu {
    const b = Buffer.from(bytes)
    const length = b.length
    if (length < 4) throw malformed('shorter than a header', length)
    const head = {
      cla: b.readUInt8(0),
      ins: b.readUInt8(1),
      p1: b.readUInt8(2),
      p2: b.readUInt8(3),
    }
    if (length === 4) return new CommandApdu(head)
    const first = b.readUInt8(4)
    if (length === 5) return new CommandApdu({ ...head, ne: first === 0 ? SHORT_MAX_NE : first })
    if (first !== 0) {
      const data = b.subarray(5, 5 + first)
      if (length === 5 + first) return new CommandApdu({ ...head, data })
      if (length === 6 + first) {
        const le = b.readUInt8(length - 1)
        return new CommandApdu({ ...head, data, ne: le === 0 ? SHORT_MAX_NE : le })
      }
      throw malformed('the short Lc disagrees with the length', length)
    }
    if (length < 7) throw malformed('an extended length field is truncated', length)
    const value = b.readUInt16BE(5)
    if (length === 7) return new CommandApdu({ ...head, ne: value === 0 ? MAX_NE : value })
    if (value === 0) throw malformed('the extended Lc is zero', length)
    const data = b.subarray(7, 7 + value)
    if (length === 7 + value) return new CommandApdu({ ...head, data })
    if (length === 9 + value) {
      const le = b.readUInt16BE(length - 2)
      return new CommandApdu({ ...head, data, ne: le === 0 ? MAX_NE : le })
    }
    throw malformed('the extended Lc disagrees with the length', length)
  }

  /**
   * Decodes APDU hex as a technician types it: case-insensitive, spaces, tabs and colons allowed
   * between digits. Rejects odd or non-hex input with `AgentError('INVALID_ARGUMENT')`.
   */
  static fromHex(text: string): CommandApdu {
    const digits = text.replace(/[\s:]/g, '')
    if (!/^(?:[0-9a-fA-F]{2})*$/.test(digits)) {
      throw new AgentError('INVALID_ARGUMENT', 'The APDU is not a whole number of hex bytes', {
        details: { reason: 'not-hex', length: digits.length },
      })
    }
    return CommandApdu.parse(Buffer.from(digits, 'hex'))
  }
}

/** An ISO/IEC 7816-4 response APDU: response data followed by the two status bytes. */
export class ResponseApdu {
  /** The response data field, without SW1 SW2. */
  readonly data: Buffer
  /** SW1 SW2 as one number, e.g. `0x9000`. */
  readonly sw: number

  constructor(data: Uint8Array, sw: number) {
    if (!Number.isInteger(sw) || sw < 0 || sw > 0xffff)
      throw invalid('sw', 'must be 0 to 0xFFFF', sw)
    this.data = Buffer.from(data)
    this.sw = sw
  }

  get sw1(): number {
    return this.sw >> 8
  }

  get sw2(): number {
    return this.sw & 0xff
  }

  /** Data ‖ SW1 SW2, as a reader returns it. */
  encode(): Buffer {
    return Buffer.concat([this.data, Buffer.from([this.sw1, this.sw2])])
  }

  /** Splits a reader's answer; fewer than two bytes throws `AgentError('INVALID_ARGUMENT')`. */
  static parse(bytes: Uint8Array): ResponseApdu {
    if (bytes.length < 2) throw malformed('shorter than a status word', bytes.length)
    const b = Buffer.from(bytes)
    return new ResponseApdu(b.subarray(0, b.length - 2), b.readUInt16BE(b.length - 2))
  }
}

function checkByte(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xff) {
    throw invalid(field, 'must be a byte', value)
  }
  return value
}

function invalid(field: string, problem: string, value: number): AgentError {
  return new AgentError('INVALID_ARGUMENT', `APDU field ${field} ${problem}`, {
    details: { field, value },
  })
}

function malformed(reason: string, length: number): AgentError {
  return new AgentError('INVALID_ARGUMENT', `Malformed APDU: ${reason}`, {
    details: { reason, length },
  })
}
