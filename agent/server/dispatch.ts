import type { Clock } from '../../drivers/core/clock'
import { AgentError } from '../../drivers/core/errors'
import type { Logger } from '../../drivers/core/logger'
import { API_LEVELS, isCommandName, v1, type CommandName } from '../../protocol'
import { toWireError } from './error-mapping'
import {
  roleAllows,
  type CommandHandler,
  type HandlerOutput,
  type HandlerTable,
  type RequestContext,
} from './handler'
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
// Request ids are echoed and logged at debug: short correlation ids, never data.
const MAX_REQUEST_ID = 128

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
    if (request.requestId === '' || request.requestId.length > MAX_REQUEST_ID) {
      this.reject(
        routingId,
        '',
        new AgentError(
          'MALFORMED_REQUEST',
          `request_id must have 1 to ${MAX_REQUEST_ID} characters`,
        ),
      )
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
    this.run(command, request, routingId, frames.slice(1))
  }

  private run(
    command: CommandName,
    request: v1.Request,
    routingId: Buffer,
    attachments: readonly Buffer[],
  ): void {
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
    // Most commands answer synchronously: the signal, the deadline timer and the child logger
    // are made only when a handler asks for them or returns a promise, which keeps the common
    // round trip close to the transport's own cost.
    let controller: AbortController | undefined
    let requestLogger: Logger | undefined
    const control = () => (controller ??= new AbortController())
    const context: RequestContext = {
      session,
      routingId,
      requestId,
      idempotencyKey: request.idempotencyKey,
      get signal() {
        return control().signal
      },
      attachments,
      get logger() {
        return (requestLogger ??= logger.child({
          requestId,
          command,
          ...(session ? { clientId: session.id } : {}),
        }))
      },
    }
    const started = this.options.clock.monotonic()
    let outcome: HandlerOutput<CommandName> | Promise<HandlerOutput<CommandName>>
    try {
      outcome = handler.run(request[command] ?? {}, context)
    } catch (error) {
      this.fail(routingId, requestId, command, error, started, context)
      return
    }
    if (!(outcome instanceof Promise)) {
      this.answer(routingId, requestId, command, outcome)
      return
    }
    void this.settle(
      outcome,
      control(),
      deadlineMs,
      command,
      routingId,
      requestId,
      started,
      context,
      // Hello is not the session's request: a second Hello replaces the session, and closing the
      // old one must not cancel the Hello that replaces it.
      handler.requiresSession ? session : undefined,
    )
  }

  private async settle(
    outcome: Promise<HandlerOutput<CommandName>>,
    controller: AbortController,
    deadlineMs: number,
    command: CommandName,
    routingId: Buffer,
    requestId: string,
    started: number,
    context: RequestContext,
    session: RequestContext['session'],
  ): Promise<void> {
    const timer = setTimeout(() => {
      controller.abort(
        new AgentError('DEADLINE_EXCEEDED', `Timeout after ${deadlineMs}ms [command=${command}]`, {
          details: { command, deadlineMs },
        }),
      )
    }, deadlineMs)
    const aborted = new Promise<never>((_, reject) => {
      const onAbort = () => {
        reject(controller.signal.reason as Error)
      }
      if (controller.signal.aborted) onAbort()
      else controller.signal.addEventListener('abort', onAbort, { once: true })
    })
    aborted.catch(() => undefined)
    outcome.catch(() => undefined)
    session?.inFlight.set(requestId, controller)
    this.inFlight += 1
    try {
      this.answer(routingId, requestId, command, await Promise.race([outcome, aborted]))
    } catch (error) {
      this.fail(routingId, requestId, command, error, started, context)
    } finally {
      clearTimeout(timer)
      session?.inFlight.delete(requestId)
      this.inFlight -= 1
    }
  }

  private answer(
    routingId: Buffer,
    requestId: string,
    command: CommandName,
    output: HandlerOutput<CommandName>,
  ): void {
    const reply = v1.Reply.encode({ requestId, [command]: output.result }).finish()
    this.options.reply(routingId, [reply, ...(output.attachments ?? [])])
  }

  private fail(
    routingId: Buffer,
    requestId: string,
    command: CommandName,
    error: unknown,
    started: number,
    context: RequestContext,
  ): void {
    const durationMs = Math.round(this.options.clock.monotonic() - started)
    if (error instanceof AgentError) {
      const event = error.code === 'CANCELED' ? 'request.canceled' : 'request.failed'
      context.logger.debug('request failed', { event, code: error.code, durationMs })
    } else {
      context.logger.error('request failed unexpectedly', {
        event: 'request.failed',
        code: 'INTERNAL',
        durationMs,
        err: error instanceof Error ? error : new Error('non-error thrown'),
      })
    }
    this.options.reply(routingId, [
      v1.Reply.encode({ requestId, error: toWireError(error) }).finish(),
    ])
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
    const { requestId } = v1.Request.decode(head)
    return requestId.length <= MAX_REQUEST_ID ? requestId : ''
  } catch {
    return ''
  }
}
