import type { Clock } from '../../core/clock'
import { TransportError } from '../../core/errors'
import type { Logger } from '../../core/logger'
import type { ByteStream, IoOptions } from '../../transport/types'
import {
  decodeFrame,
  declaredFrameLength,
  encodeFrame,
  frameFault,
  isFrameFault,
  REPLY_BIT,
  SOH,
  type Frame,
} from './frames'

export interface PageLinkOptions {
  /** How long a reply may take when the call gives no timeoutMs. */
  readonly replyTimeoutMs: number
  readonly clock: Clock
  readonly logger: Logger
}

/**
 * Request/reply over a ByteStream: the layer between the byte stream and the commands. One
 * request at a time (the ByteStream allows one read and one write); the driver serialises.
 *
 * Replies arrive in whatever pieces the line delivers; they are re-framed here. A reply is
 * matched to its request by sequence number. After a timeout or a garbled reply the request's
 * sequence number is remembered as abandoned: its reply, if it still comes, is skipped, and
 * before the next request whatever the line holds is drained and dropped (the resynchronisation
 * rule of docs/page-printer-protocol.md). Any other sequence is TRANSPORT_IO
 * 'unexpected-sequence'.
 */
export class PageLink {
  private buffered: Buffer = Buffer.alloc(0)
  private sequence = 0
  private dirty = false
  private readonly abandoned = new Set<number>()

  constructor(
    private readonly stream: ByteStream,
    private readonly options: PageLinkOptions,
  ) {}

  /**
   * Sends `command` with `payload` and resolves with the reply frame. An aborted signal rejects
   * TRANSPORT_CANCELED before anything is written; a request once written waits for its reply
   * (bounded by the timeout), so it cannot answer a later one. Rejects TRANSPORT_TIMEOUT,
   * TRANSPORT_IO with details.reason (a FrameFault), or the stream's TransportError.
   */
  async request(
    command: number,
    name: string,
    payload: Buffer,
    io: IoOptions = {},
  ): Promise<Frame> {
    if (io.signal?.aborted === true) {
      throw new TransportError(
        'TRANSPORT_CANCELED',
        `page printer ${name}: aborted before sending`,
        {
          cause: io.signal.reason,
        },
      )
    }
    if (this.dirty) await this.drain()
    this.sequence = (this.sequence + 1) & 0xff
    const sequence = this.sequence
    this.abandoned.delete(sequence)
    await this.stream.write(encodeFrame({ sequence, command, payload }))
    try {
      return await this.receive(
        sequence,
        command,
        name,
        io.timeoutMs ?? this.options.replyTimeoutMs,
      )
    } catch (error) {
      if (error instanceof TransportError && error.code !== 'TRANSPORT_DISCONNECTED') {
        this.abandoned.add(sequence)
        this.dirty = true
      }
      throw error
    }
  }

  private async receive(
    sequence: number,
    command: number,
    name: string,
    timeoutMs: number,
  ): Promise<Frame> {
    const deadline = this.options.clock.monotonic() + timeoutMs
    for (;;) {
      const frame = this.take(name)
      if (frame !== undefined) {
        if (frame.sequence === sequence) {
          if (frame.command !== (command | REPLY_BIT)) {
            throw withStep(frameFault('unexpected-command', frame.command), name)
          }
          return frame
        }
        if (this.abandoned.has(frame.sequence)) {
          this.options.logger.debug('page printer late reply skipped', { step: name })
          continue
        }
        throw withStep(frameFault('unexpected-sequence', frame.sequence), name)
      }
      const remaining = Math.ceil(deadline - this.options.clock.monotonic())
      if (remaining <= 0) throw timeout(name, timeoutMs)
      let chunk: Buffer
      try {
        chunk = await this.stream.read({ timeoutMs: remaining })
      } catch (error) {
        if (error instanceof TransportError && error.code === 'TRANSPORT_TIMEOUT') {
          throw timeout(name, timeoutMs, error)
        }
        throw error
      }
      this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk])
    }
  }

  /** The frame at the front of the buffer once it is all there; faults drop the bad bytes. */
  private take(name: string): Frame | undefined {
    // Noise before a start byte (line noise, a half frame after a resync) is not a frame.
    const start = this.buffered.indexOf(SOH)
    if (start !== 0) this.buffered = start < 0 ? Buffer.alloc(0) : this.buffered.subarray(start)
    try {
      const decoded = decodeFrame(this.buffered)
      if (decoded === undefined) return undefined
      this.buffered = this.buffered.subarray(decoded.length)
      return decoded.frame
    } catch (error) {
      // A bad CRC spoils one whole frame (its length was plausible); otherwise drop the SOH
      // that led nowhere and look for the next one.
      const skip =
        isFrameFault(error) && error.details.reason === 'bad-crc'
          ? (declaredFrameLength(this.buffered) ?? 1)
          : 1
      this.buffered = this.buffered.subarray(Math.min(skip, this.buffered.length))
      if (isFrameFault(error)) throw withStep(error, name)
      throw error
    }
  }

  /** Drops what is buffered and whatever the line holds now, without waiting for more. */
  private async drain(): Promise<void> {
    this.dirty = false
    let dropped = this.buffered.length
    this.buffered = Buffer.alloc(0)
    for (;;) {
      try {
        dropped += (await this.stream.read({ timeoutMs: 0 })).length
      } catch (error) {
        if (error instanceof TransportError && error.code === 'TRANSPORT_TIMEOUT') break
        throw error
      }
    }
    if (dropped > 0)
      this.options.logger.debug('page printer stale bytes dropped', { bytes: dropped })
  }
}

function withStep(error: TransportError, name: string): TransportError {
  return new TransportError('TRANSPORT_IO', `${error.message} [${name}]`, {
    cause: error,
    details: { ...error.details, step: name },
  })
}

function timeout(name: string, timeoutMs: number, cause?: unknown): TransportError {
  return new TransportError(
    'TRANSPORT_TIMEOUT',
    `page printer ${name}: no reply in ${timeoutMs}ms`,
    {
      cause,
      details: { step: name, timeoutMs },
    },
  )
}
