import type { Clock } from '../../drivers/core/clock'
import { AgentError } from '../../drivers/core/errors'
import type { Logger } from '../../drivers/core/logger'
import { API_LEVELS, isCommandName, v1, type CommandName } from '../../protocol'
import { toWireError } from './error-mapping'
import { roleAllows, type CommandHandler, type HandlerOutput, type HandlerTable } from './handler'
import type { SessionTable } from './sessions'
import type { LogThrottle } from './throttle'

export interface DispatchLimits {
  readonly maxRequestBytes: number
  readonly maxFramesPerRequest: number
  readonly maxInFlightPerClient: number
  readonly maxInFlight: number
  readonly defaultDeadlineMs: number
  readonly maxDeadlineMs: number
}

export interface DispatcherOptions {
  readonly handlers: HandlerTable
  readonly sessions: SessionTable
  readonly limits: DispatchLimits
  readonly logger: Logger
  readonly clock: Clock
  readonly throttle: LogThrottle
  /** Queues one reply message for a routing id; never throws. */
  readonly reply: (routingId: Buffer, frames: Uint8Array[]) => void
}

// A request id is looked for only in a head this small; a larger one is not worth decoding.
const MAX_HEAD_TO_PEEK = 64 * 1024

/**
 * Turns ROUTER messages into replies: frame checks, decoding, API level, session and role,
 * in-flight limits, deadlines and cancellation, then the command's handler. It never throws and
 * never lets one request's failure touch another: every outcome is a Reply or a logged drop.
 */
export class Dispatcher {
  private inFlight = 0

  constructor(private readonly options: DispatcherOptions) {}

  get requestsInFlight(): number {
    return this.inFlight
  }

  /** Handles one message as received from the ROUTER: [routing id, ...frames]. */
  handle(message: readonly Buffer[]): void {
    const [routingId, ...frames] = message
    if (routingId === undefined) return
    // ROUTER_NOTIFY: an empty frame alone means the peer disconnected.
    if (frames.length === 1 && frames[0]?.length === 0) {
      this.options.sessions.close(routingId.toString('latin1'), 'disconnected')
      return
    }
    const head = frames[0]
    if (head === undefined) return
    const total = frames.reduce((sum, frame) => sum + frame.length, 0)
    const { limits } = this.options
    if (total > limits.maxRequestBytes) {
      this.reject(
        routingId,
        peekRequestId(head),
        new AgentError(
          'PAYLOAD_TOO_LARGE',
          `request of ${total} bytes exceeds the ${limits.maxRequestBytes}-byte cap`,
          { details: { bytes: total, limit: limits.maxRequestBytes } },
        ),
      )
      return
    }
    if (frames.length - 1 > limits.maxFramesPerRequest) {
      this.reject(
        routingId,
        peekRequestId(head),
        new AgentError(
          'MALFORMED_REQUEST',
          `${frames.length} frames; a request has at most ${limits.maxFramesPerRequest + 1}`,
          { details: { frames: frames.length } },
        ),
      )
      return
    }
    let request: v1.Request
    try {
      request = v1.Request.decode(head)
    } catch {
      this.reject(
        routingId,
        '',
        new AgentError('MALFORMED_REQUEST', 'frame 1 is not a protobuf Request'),
      )
      return
    }
    if (request.requestId === '') {
      this.reject(routingId, '', new AgentError('MALFORMED_REQUEST', 'request_id is required'))
      return
    }
    if (!API_LEVELS.includes(request.apiLevel)) {
      this.reject(
        routingId,
        request.requestId,
        new AgentError('UNSUPPORTED_API_LEVEL', `api level ${request.apiLevel} is not supported`, {
          details: { supported: API_LEVELS.join(',') },
        }),
      )
      return
    }
    const command = request.command
    if (!isCommandName(command)) {
      this.reject(
        routingId,
        request.requestId,
        new AgentError('UNKNOWN_COMMAND', 'the request carries no command this agent knows'),
      )
      return
    }
    void this.run(command, request, routingId, frames.slice(1))
  }

  private async run(
    command: CommandName,
    request: v1.Request,
    routingId: Buffer,
    attachments: readonly Buffer[],
  ): Promise<void> {
    const { sessions, limits, logger } = this.options
    const handler = this.options.handlers[command] as CommandHandler<CommandName>
    const requestId = request.requestId
    const session = sessions.get(routingId.toString('latin1'))
    if (handler.requiresSession && !session) {
      this.reject(routingId, requestId, new AgentError('UNAUTHENTICATED', 'send Hello first'))
      return
    }
    if (session) {
      sessions.touch(session)
      if (!roleAllows(session.role, handler.role)) {
        this.reject(
          routingId,
          requestId,
          new AgentError(
            'PERMISSION_DENIED',
            `${command} needs the ${handler.role ?? 'operator'} role`,
            { details: { command } },
          ),
        )
        return
      }
      if (session.inFlight.has(requestId)) {
        this.reject(
          routingId,
          requestId,
          new AgentError('INVALID_ARGUMENT', 'a request with this request_id is already in flight'),
        )
        return
      }
      if (session.inFlight.size >= limits.maxInFlightPerClient) {
        this.reject(
          routingId,
          requestId,
          new AgentError(
            'RESOURCE_EXHAUSTED',
            `at most ${limits.maxInFlightPerClient} requests in flight per client`,
            { details: { limit: limits.maxInFlightPerClient } },
          ),
        )
        return
      }
    }
    if (this.inFlight >= limits.maxInFlight) {
      this.reject(
        routingId,
        requestId,
        new AgentError(
          'RESOURCE_EXHAUSTED',
          `the agent has ${limits.maxInFlight} requests in flight`,
          { details: { limit: limits.maxInFlight } },
        ),
      )
      return
    }

    const deadlineMs = Math.min(
      request.deadlineMs || limits.defaultDeadlineMs,
      limits.maxDeadlineMs,
    )
    const controller = new AbortController()
    const timer = setTimeout(() => {
      controller.abort(
        new AgentError('DEADLINE_EXCEEDED', `Timeout after ${deadlineMs}ms [command=${command}]`, {
          details: { command, deadlineMs },
        }),
      )
    }, deadlineMs)
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener(
        'abort',
        () => {
          reject(controller.signal.reason as Error)
        },
        { once: true },
      )
    })
    aborted.catch(() => undefined)
    session?.inFlight.set(requestId, controller)
    this.inFlight += 1
    const started = this.options.clock.monotonic()
    const requestLogger = logger.child({
      requestId,
      command,
      ...(session ? { clientId: session.id } : {}),
    })
    try {
      const body = request[command] ?? {}
      const output: HandlerOutput<CommandName> = await Promise.race([
        Promise.resolve().then(() =>
          handler.run(body, {
            session,
            routingId,
            requestId,
            idempotencyKey: request.idempotencyKey,
            signal: controller.signal,
            attachments,
            logger: requestLogger,
          }),
        ),
        aborted,
      ])
      const reply = v1.Reply.encode({ requestId, [command]: output.result }).finish()
      this.options.reply(routingId, [reply, ...(output.attachments ?? [])])
    } catch (error) {
      const wire = toWireError(error)
      const durationMs = Math.round(this.options.clock.monotonic() - started)
      if (error instanceof AgentError) {
        const event = error.code === 'CANCELED' ? 'request.canceled' : 'request.failed'
        requestLogger.debug('request failed', { event, code: error.code, durationMs })
      } else {
        requestLogger.error('request failed unexpectedly', {
          event: 'request.failed',
          code: 'INTERNAL',
          durationMs,
          err: error instanceof Error ? error : new Error('non-error thrown'),
        })
      }
      this.options.reply(routingId, [v1.Reply.encode({ requestId, error: wire }).finish()])
    } finally {
      clearTimeout(timer)
      session?.inFlight.delete(requestId)
      this.inFlight -= 1
    }
  }

  private reject(routingId: Buffer, requestId: string, error: AgentError): void {
    const clientId = routingId.toString('latin1')
    const suppressed = this.options.throttle.admit(`rejected:${clientId}:${error.code}`)
    if (suppressed !== undefined) {
      this.options.logger.warn('request rejected', {
        event: 'request.rejected',
        clientId,
        code: error.code,
        count: suppressed + 1,
      })
    }
    this.options.reply(routingId, [
      v1.Reply.encode({ requestId, error: toWireError(error) }).finish(),
    ])
  }
}

function peekRequestId(head: Buffer): string {
  if (head.length > MAX_HEAD_TO_PEEK) return ''
  try {
    return v1.Request.decode(head).requestId
  } catch {
    return ''
  }
}
