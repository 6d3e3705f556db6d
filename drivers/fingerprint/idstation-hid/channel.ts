import type { Clock } from '../../core/clock'
import { AgentError, toAgentError, TransportError } from '../../core/errors'
import type { Logger } from '../../core/logger'
import type { ReportTransport } from '../../transport/types'
import { COMMAND, type CommandName } from './commands'
import { encodeFrame, FRAME_TYPE, FrameAssembler, outputReport, type Frame } from './frames'

export interface ExchangeOptions {
  /** How long to wait for the RESPONSE; `extend` may push the deadline further. */
  readonly timeoutMs: number
  /** Aborting stops the wait with TRANSPORT_CANCELED; nothing is sent to the device. */
  readonly signal?: AbortSignal
  /** EVENT frames of this command. A throw fails the exchange with that error. */
  readonly onEvent?: (frame: Frame) => void
}

/** One command in flight: its sequence number and the RESPONSE that ends it. */
export interface Exchange {
  readonly sequence: number
  /** The RESPONSE frame, whatever its status; rejects with a typed AgentError. */
  readonly response: Promise<Frame>
  /** Pushes the deadline to at least `ms` from now (a long upload that is still moving). */
  extend(ms: number): void
}

interface Pending {
  readonly command: CommandName
  readonly startedAt: number
  readonly onEvent: ((frame: Frame) => void) | undefined
  deadline: number
  timer: NodeJS.Timeout | undefined
  resolve(frame: Frame): void
  reject(error: AgentError): void
}

/**
 * The host end of the frame layer over one ReportTransport: a single read loop reassembles
 * frames and routes them by sequence number to the commands in flight; writes go one at a time.
 * Frames whose sequence number matches no command in flight are answers to a command the host
 * gave up on, and are dropped. A report that does not decode (bad CRC, lost continuation) fails
 * every command in flight with its TRANSPORT_IO error, because its sequence number cannot be
 * trusted; a transport that fails fails them all with its own error, and the channel stays
 * failed.
 */
export class FrameChannel {
  private readonly assembler = new FrameAssembler([FRAME_TYPE.RESPONSE, FRAME_TYPE.EVENT])
  private readonly pending = new Map<number, Pending>()
  private nextSequence = 1
  private writing: Promise<void> = Promise.resolve()
  private failure: AgentError | undefined
  private running = false

  constructor(
    private readonly transport: ReportTransport,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  /** Starts the read loop on an open transport; it ends when the transport closes or fails. */
  start(): void {
    if (this.running) return
    this.running = true
    this.failure = undefined
    void this.readLoop()
  }

  /**
   * Sends `command` and waits for its RESPONSE. Never throws synchronously: a channel that has
   * failed, a write that fails and a timeout all reject `response`.
   */
  send(command: CommandName, payload: Buffer, options: ExchangeOptions): Exchange {
    const sequence = this.allocateSequence()
    let resolve!: (frame: Frame) => void
    let reject!: (error: AgentError) => void
    const response = new Promise<Frame>((onResolve, onReject) => {
      resolve = onResolve
      reject = onReject
    })
    const startedAt = this.clock.monotonic()
    const pending: Pending = {
      command,
      startedAt,
      onEvent: options.onEvent,
      deadline: startedAt + options.timeoutMs,
      timer: undefined,
      resolve,
      reject,
    }
    const { signal } = options
    const onAbort = (): void => {
      this.finish(sequence, new TransportError('TRANSPORT_CANCELED', `${command} aborted`))
    }
    if (this.failure !== undefined) {
      pending.reject(this.failure)
    } else if (signal?.aborted === true) {
      onAbort()
    } else {
      this.pending.set(sequence, pending)
      this.arm(sequence, pending)
      signal?.addEventListener('abort', onAbort, { once: true })
      void response
        .catch(() => undefined)
        .finally(() => {
          signal?.removeEventListener('abort', onAbort)
        })
      const frame: Frame = { type: FRAME_TYPE.COMMAND, sequence, code: COMMAND[command], payload }
      this.write(encodeFrame(frame)).catch((error: unknown) => {
        this.finish(sequence, toAgentError(error, 'TRANSPORT_IO'))
      })
    }
    return {
      sequence,
      response,
      extend: ms => {
        if (this.pending.get(sequence) !== pending) return
        const deadline = this.clock.monotonic() + ms
        if (deadline <= pending.deadline) return
        pending.deadline = deadline
        this.arm(sequence, pending)
      },
    }
  }

  private allocateSequence(): number {
    for (let tries = 0; tries < 256; tries += 1) {
      const sequence = this.nextSequence
      this.nextSequence = (this.nextSequence + 1) & 0xff
      if (!this.pending.has(sequence)) return sequence
    }
    // One command at a time in practice; 256 in flight is a bug in the caller.
    throw new AgentError('INTERNAL', 'no free sequence number')
  }

  private arm(sequence: number, pending: Pending): void {
    if (pending.timer !== undefined) clearTimeout(pending.timer)
    const wait = Math.max(0, pending.deadline - this.clock.monotonic())
    pending.timer = setTimeout(() => {
      const waited = Math.round(this.clock.monotonic() - pending.startedAt)
      this.finish(
        sequence,
        new TransportError(
          'TRANSPORT_TIMEOUT',
          `Timeout after ${waited}ms [${pending.command} seq=${sequence}]`,
          { details: { command: pending.command, sequence } },
        ),
      )
    }, wait)
  }

  private finish(sequence: number, outcome: Frame | AgentError): void {
    const pending = this.pending.get(sequence)
    if (pending === undefined) return
    this.pending.delete(sequence)
    if (pending.timer !== undefined) clearTimeout(pending.timer)
    if (outcome instanceof AgentError) pending.reject(outcome)
    else pending.resolve(outcome)
  }

  private failAll(error: AgentError): void {
    for (const sequence of [...this.pending.keys()]) this.finish(sequence, error)
  }

  private write(reports: readonly Buffer[]): Promise<void> {
    // Reports of two frames must not interleave: each frame's reports go out back to back.
    const written = this.writing.then(async () => {
      for (const report of reports) await this.transport.write(outputReport(report))
    })
    this.writing = written.catch(() => undefined)
    return written
  }

  private async readLoop(): Promise<void> {
    for (;;) {
      let report: Buffer
      try {
        report = await this.transport.read()
      } catch (error) {
        this.running = false
        this.failure = toAgentError(error, 'TRANSPORT_IO')
        this.failAll(this.failure)
        return
      }
      for (const decoded of this.assembler.push(report)) {
        if ('error' in decoded) {
          this.logger.debug('undecodable report from the reader', {
            reason: String(decoded.error.details.reason),
            count: this.pending.size,
          })
          this.failAll(decoded.error)
        } else this.dispatch(decoded.frame)
      }
    }
  }

  private dispatch(frame: Frame): void {
    const pending = this.pending.get(frame.sequence)
    if (pending === undefined) {
      this.logger.debug('dropping a frame of no command in flight', {
        code: frame.code,
        bytes: frame.payload.length,
      })
      return
    }
    if (frame.type === FRAME_TYPE.RESPONSE) {
      this.finish(frame.sequence, frame)
      return
    }
    try {
      pending.onEvent?.(frame)
    } catch (error) {
      this.finish(frame.sequence, toAgentError(error, 'TRANSPORT_IO'))
    }
  }
}
