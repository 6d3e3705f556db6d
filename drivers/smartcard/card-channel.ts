import { AgentError, TransportError } from '../core/errors'
import type { ApduTransport, IoOptions } from '../transport/types'
import { CommandApdu, MAX_NE, ResponseApdu } from './apdu'

/**
 * What the trace hook learns about one APDU exchanged with the card: header, lengths, status
 * word and timing. Never the data fields: they carry MRZ, keys and biometrics.
 */
export interface ApduTrace {
  readonly cla: number
  readonly ins: number
  readonly p1: number
  readonly p2: number
  /** Command data length. */
  readonly nc: number
  /** Expected response length (0 = no Le). */
  readonly ne: number
  readonly sw: number
  /** Response data length, without SW1 SW2. */
  readonly dataLength: number
  readonly durationMs: number
}

/** Called once per APDU on the wire, GET RESPONSE and chained parts included. */
export type ApduObserver = (trace: ApduTrace) => void

export interface CardChannelOptions {
  /** Called for every APDU on the wire; an observer that throws is ignored. */
  readonly observer?: ApduObserver
  /**
   * The longest encoded command APDU the reader passes on; longer commands reject with
   * INVALID_ARGUMENT before anything is sent. Default 65548 (pcsc-lite's extended buffer).
   */
  readonly maxCommandLength?: number
  /** The longest data field one part of a chained command carries. Default 255. */
  readonly chainBlockSize?: number
  /** Milliseconds, monotonic; tests inject a fake. */
  readonly now?: () => number
}

export interface ChannelTransmitOptions extends IoOptions {
  /**
   * Split a data field longer than `chainBlockSize` into a command chain (CLA bit 0x10 on every
   * part but the last), for cards that take neither extended length nor the whole field at once.
   */
  readonly chaining?: boolean
}

/** pcsc-lite's MAX_BUFFER_SIZE_EXTENDED: 4 header + 3 Lc + 65536 data + 3 Le + 2 SW. */
export const DEFAULT_MAX_COMMAND_LENGTH = 65548

/**
 * A bound on GET RESPONSE rounds and 6Cxx re-issues, so that a card answering 61xx forever cannot
 * hold the channel: 65536 bytes in 256-byte rounds is 256 rounds.
 */
const MAX_ROUNDS = 300

const CHAINING_BIT = 0x10

/**
 * An ISO 7816-4 channel over an ApduTransport. It hides the T=0 transport-level status words
 * (61xx: fetch the rest with GET RESPONSE; 6Cxx: re-send with the exact Le) so callers see one
 * response per command, and it chains long commands when asked. Transport errors pass through
 * unchanged: a card pulled mid-command is the transport's TRANSPORT_DISCONNECTED.
 */
export class CardChannel {
  private readonly maxCommandLength: number
  private readonly chainBlockSize: number
  private readonly now: () => number

  constructor(
    private readonly transport: Pick<ApduTransport, 'transmit'>,
    private readonly options: CardChannelOptions = {},
  ) {
    this.maxCommandLength = options.maxCommandLength ?? DEFAULT_MAX_COMMAND_LENGTH
    this.chainBlockSize = options.chainBlockSize ?? 255
    this.now = options.now ?? (() => performance.now())
    if (!Number.isInteger(this.chainBlockSize) || this.chainBlockSize < 1) {
      throw new AgentError('INVALID_ARGUMENT', 'chainBlockSize must be a positive integer')
    }
  }

  /**
   * Sends `command` and returns the card's final answer, with 61xx continuations concatenated.
   * Rejects INVALID_ARGUMENT (details `length`, `max`) when the encoded command is longer than the
   * reader takes; TransportError codes from the transport as they are.
   */
  async transmit(
    command: CommandApdu,
    options: ChannelTransmitOptions = {},
  ): Promise<ResponseApdu> {
    if (options.chaining === true && command.data.length > this.chainBlockSize) {
      return this.chain(command, options)
    }
    return this.exchange(command, options)
  }

  private async chain(command: CommandApdu, options: IoOptions): Promise<ResponseApdu> {
    const size = this.chainBlockSize
    for (let offset = 0; offset < command.data.length; offset += size) {
      const last = offset + size >= command.data.length
      const part = new CommandApdu({
        cla: last ? command.cla : command.cla | CHAINING_BIT,
        ins: command.ins,
        p1: command.p1,
        p2: command.p2,
        data: command.data.subarray(offset, offset + size),
        ne: last ? command.ne : 0,
      })
      const response = await this.exchange(part, options)
      // A refusal mid-chain ends it: the card has dropped the chain, so the rest would be noise.
      if (last || response.sw !== 0x9000) return response
    }
    /* c8 ignore next -- the loop always returns on its last part */
    throw new AgentError('INTERNAL', 'command chain ended without a last part')
  }

  private async exchange(command: CommandApdu, options: IoOptions): Promise<ResponseApdu> {
    let current = command
    const parts: Buffer[] = []
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const response = await this.once(current, options)
      const sw1 = response.sw1
      if (sw1 === 0x6c && current.ins !== 0xc0) {
        // Wrong Le: the card says the exact length; the same command again with that Le.
        current = withNe(current, response.sw2 || 256)
        continue
      }
      if (sw1 === 0x61) {
        parts.push(response.data)
        current = new CommandApdu({
          // GET RESPONSE goes on the same logical channel, without chaining or SM indication.
          cla: command.cla & 0x03,
          ins: 0xc0,
          p1: 0,
          p2: 0,
          ne: response.sw2 || 256,
        })
        continue
      }
      if (parts.length === 0) return response
      parts.push(response.data)
      return new ResponseApdu(Buffer.concat(parts), response.sw)
    }
    throw new TransportError('TRANSPORT_IO', 'The card kept asking for GET RESPONSE', {
      details: { ins: command.ins, rounds: MAX_ROUNDS },
    })
  }

  private async once(command: CommandApdu, options: IoOptions): Promise<ResponseApdu> {
    const encoded = command.encode()
    if (encoded.length > this.maxCommandLength) {
      throw new AgentError('INVALID_ARGUMENT', 'The APDU is too long for the reader', {
        details: { reason: 'too-long', length: encoded.length, max: this.maxCommandLength },
      })
    }
    const started = this.now()
    const raw = await this.transport.transmit(encoded, options)
    const durationMs = this.now() - started
    if (raw.length < 2) {
      throw new TransportError('TRANSPORT_IO', 'The reader answered without a status word', {
        details: { length: raw.length, ins: command.ins },
      })
    }
    const response = ResponseApdu.parse(raw)
    this.trace(command, response, durationMs)
    return response
  }

  private trace(command: CommandApdu, response: ResponseApdu, durationMs: number): void {
    const observer = this.options.observer
    if (observer === undefined) return
    try {
      observer({
        cla: command.cla,
        ins: command.ins,
        p1: command.p1,
        p2: command.p2,
        nc: command.data.length,
        ne: command.ne,
        sw: response.sw,
        dataLength: response.data.length,
        durationMs,
      })
    } catch {
      // Tracing is diagnostics; a faulty observer must not fail a personalization step.
    }
  }
}

function withNe(command: CommandApdu, ne: number): CommandApdu {
  return new CommandApdu({
    cla: command.cla,
    ins: command.ins,
    p1: command.p1,
    p2: command.p2,
    data: command.data,
    ne: Math.min(ne, MAX_NE),
  })
}
