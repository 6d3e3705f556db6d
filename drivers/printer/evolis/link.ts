import type { Clock } from '../../core/clock'
import { TransportError } from '../../core/errors'
import type { Logger } from '../../core/logger'
import type { ByteStream, IoOptions } from '../../transport/types'
import { ReplyFramer, type Reply, type Terminator } from './replies'

const WRITE_PIECE = 4096

export interface EvolisLinkOptions {
  readonly terminator: Terminator
  readonly clock: Clock
  readonly logger: Logger
}

/**
 * One command, one reply, over a ByteStream. Not safe for overlapping calls: the driver runs one
 * command at a time. The protocol has no sequence numbers, so after a timeout or a garbled reply
 * whatever arrives before the next command is dropped (a late reply must not answer it).
 */
export class EvolisLink {
  private readonly framer: ReplyFramer
  private late = false

  constructor(
    private readonly stream: ByteStream,
    private readonly options: EvolisLinkOptions,
  ) {
    this.framer = new ReplyFramer(options.terminator)
  }

  /**
   * Writes `frame` (a whole command, see commands.ts) and waits `timeoutMs` for its reply, the
   * wait starting once the last piece is written (a panel takes a while at 9600 baud).
   * Rejects TRANSPORT_TIMEOUT with details.step, TRANSPORT_IO with details.reason, or the
   * stream's own TransportError. An aborted signal before the write sends nothing.
   */
  async exchange(
    frame: Buffer,
    step: string,
    timeoutMs: number,
    io: IoOptions = {},
  ): Promise<Reply> {
    if (io.signal?.aborted === true) {
      throw new TransportError('TRANSPORT_CANCELED', `Evolis ${step} aborted before it was sent`)
    }
    if (this.late) await this.discardLate()
    await this.send(frame, step, timeoutMs)
    const deadline = this.options.clock.monotonic() + timeoutMs
    for (;;) {
      let reply: Reply | undefined
      try {
        reply = this.framer.take()
      } catch (error) {
        this.late = true
        if (error instanceof TransportError) {
          throw new TransportError(error.code, `${error.message} [${step}]`, {
            details: { ...error.details, step },
          })
        }
        throw error
      }
      if (reply !== undefined) return reply
      const remaining = Math.ceil(deadline - this.options.clock.monotonic())
      if (remaining <= 0) throw this.timeout(step, timeoutMs)
      try {
        this.framer.push(await this.stream.read({ timeoutMs: remaining }))
      } catch (error) {
        if (error instanceof TransportError && error.code === 'TRANSPORT_TIMEOUT') {
          throw this.timeout(step, timeoutMs, error)
        }
        throw error
      }
    }
  }

  /**
   * Writes in pieces, each bounded by `timeoutMs`: a panel is 400 KB, and pieces let a slow line
   * count as progress. (One write that large into a pty used to stall for good: serialport's
   * poller dropped its wait for 'writable', fixed in drivers/serial/awaited-events-poll.ts.)
   */
  private async send(frame: Buffer, step: string, timeoutMs: number): Promise<void> {
    for (let offset = 0; offset < frame.length; offset += WRITE_PIECE) {
      try {
        await this.stream.write(frame.subarray(offset, offset + WRITE_PIECE), { timeoutMs })
      } catch (error) {
        if (error instanceof TransportError && error.code === 'TRANSPORT_TIMEOUT') {
          throw this.timeout(step, timeoutMs, error)
        }
        throw error
      }
    }
  }

  /** Marks the link so the next exchange drops stale bytes first (after an unexpected reply). */
  markLate(): void {
    this.late = true
  }

  private timeout(step: string, timeoutMs: number, cause?: unknown): TransportError {
    this.late = true
    return new TransportError('TRANSPORT_TIMEOUT', `Evolis ${step}: no reply in ${timeoutMs} ms`, {
      cause,
      details: { step, timeoutMs },
    })
  }

  private async discardLate(): Promise<void> {
    this.late = false
    let dropped = this.framer.clear()
    for (;;) {
      try {
        dropped += (await this.stream.read({ timeoutMs: 0 })).length
      } catch (error) {
        if (error instanceof TransportError && error.code === 'TRANSPORT_TIMEOUT') break
        throw error
      }
    }
    if (dropped > 0) this.options.logger.debug('evolis late reply dropped', { bytes: dropped })
  }
}
