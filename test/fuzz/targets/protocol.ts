import fc from 'fast-check'
import { Dispatcher } from '../../../agent/server/dispatch'
import type { CommandHandler, HandlerTable } from '../../../agent/server/handler'
import { SessionTable } from '../../../agent/server/sessions'
import { LogThrottle } from '../../../agent/server/throttle'
import { AgentError } from '../../../drivers/core/errors'
import { NULL_LOGGER } from '../../../drivers/core/logger'
import { COMMAND_NAMES, errorCodeName, v1, type CommandName } from '../../../protocol'
import { agentError } from '../accept'
import { target } from '../harness'
import { outsideBytes } from '../mutate'

/** A wire error the dispatcher answered with, so the tally counts replies by code. */
class WireError extends AgentError {
  override name = 'WireError'
}

const LIMITS = {
  maxRequestBytes: 4096,
  maxFramesPerRequest: 3,
  maxInFlightPerClient: 4,
  maxInFlight: 16,
  defaultDeadlineMs: 1000,
  maxDeadlineMs: 5000,
}

/** Every command answers `{}` at once; all but hello and ping need a session (none is open). */
function handlers(): HandlerTable {
  const table: Partial<Record<CommandName, CommandHandler<CommandName>>> = {}
  for (const name of COMMAND_NAMES) {
    table[name] = {
      requiresSession: name !== 'hello' && name !== 'ping',
      run: () => ({ result: {} }),
    }
  }
  return table as HandlerTable
}

function requestSamples(): Buffer[] {
  const encode = (fields: v1.IRequest) => Buffer.from(v1.Request.encode(fields).finish())
  return [
    encode({ apiLevel: 1, requestId: '1', ping: {} }),
    encode({
      apiLevel: 1,
      requestId: 'abc',
      deadlineMs: 10,
      hello: { apiLevels: [1], clientName: 'fuzz' },
    }),
    encode({ apiLevel: 1, requestId: '7', idempotencyKey: 'k', getDevice: { deviceId: 'd' } }),
    encode({ apiLevel: 1, requestId: '9', transmit: { deviceId: 'd', apdu: Buffer.from('00a4') } }),
    encode({ apiLevel: 2, requestId: '2', ping: {} }),
    encode({ apiLevel: 1, requestId: 'x'.repeat(129), ping: {} }),
    encode({ apiLevel: 1, requestId: '3' }),
  ]
}

/**
 * The agent's whole request path for one ROUTER message: frame checks, Request decoding, api
 * level, command lookup, session, handler, reply. The dispatcher must never throw and must answer
 * every message but a disconnect notice with exactly one decodable Reply.
 */
export const protocolRequest = target<Buffer[]>({
  name: 'protocol.request',
  arbitrary: () => {
    const head = outsideBytes(requestSamples(), 300)
    return fc.oneof(
      { weight: 1, arbitrary: fc.constant<Buffer[]>([Buffer.alloc(0)]) },
      {
        weight: 20,
        arbitrary: fc
          .tuple(head, fc.array(fc.uint8Array({ maxLength: 2048 }), { maxLength: 5 }))
          .map(([first, rest]) => [first, ...rest.map(frame => Buffer.from(frame))]),
      },
    )
  },
  run: frames => {
    const replies: Uint8Array[][] = []
    const dispatcher = new Dispatcher({
      handlers: handlers(),
      sessions: new SessionTable({ maxSessions: 4 }, () => 0),
      limits: LIMITS,
      logger: NULL_LOGGER,
      clock: { now: () => 0, monotonic: () => 0 },
      throttle: new LogThrottle(1000, () => 0),
      reply: (_, reply) => replies.push(reply),
    })
    dispatcher.handle([Buffer.from('fuzz-client'), ...frames])
    const disconnect = frames.length === 1 && frames[0]?.length === 0
    if (replies.length !== (disconnect ? 0 : 1)) {
      throw new Error(`${replies.length} replies to one message`)
    }
    const head = replies[0]?.[0]
    if (head === undefined) return
    const reply = v1.Reply.decode(head)
    if (reply.result === 'error') {
      throw new WireError(errorCodeName(reply.error?.code ?? 0), reply.error?.message ?? '')
    }
  },
  accept: agentError(
    [
      'MALFORMED_REQUEST',
      'PAYLOAD_TOO_LARGE',
      'UNSUPPORTED_API_LEVEL',
      'UNKNOWN_COMMAND',
      'UNAUTHENTICATED',
      'INVALID_ARGUMENT',
    ],
    WireError,
  ),
})

/**
 * protobufjs' own decode failures. The client drops a frame that throws one (it cannot name a
 * request to fail), so for Reply and Event frames these are the documented outcome.
 */
function protobufDecodeError(error: unknown): boolean {
  return (
    error instanceof Error &&
    /^(index out of range|invalid wire type|illegal tag|invalid (varint )?encoding)/.test(
      error.message,
    )
  )
}

/** The client's receive path for a Reply frame: decode, then read the result or error. */
export const protocolReply = target<Buffer>({
  name: 'protocol.reply',
  arbitrary: () =>
    outsideBytes([
      Buffer.from(v1.Reply.encode({ requestId: '1', ping: {} }).finish()),
      Buffer.from(
        v1.Reply.encode({
          requestId: '22',
          error: {
            code: v1.ErrorCode.ERROR_CODE_MALFORMED_REQUEST,
            message: 'bad',
            retryable: true,
            details: { reason: 'x' },
          },
        }).finish(),
      ),
      Buffer.from(
        v1.Reply.encode({
          requestId: '5',
          transmit: { response: Buffer.from('9000', 'hex') },
        }).finish(),
      ),
    ]),
  run: bytes => {
    const reply = v1.Reply.decode(bytes)
    if (reply.result === 'error' && reply.error) {
      const { code, message, details, retryable } = reply.error
      return [errorCodeName(code ?? 0), message, retryable, Object.keys(details ?? {})]
    }
    return reply.result === undefined ? undefined : reply[reply.result]
  },
  accept: protobufDecodeError,
})

/** The client's event subscription: decode each published Event. */
export const protocolEvent = target<Buffer>({
  name: 'protocol.event',
  arbitrary: () =>
    outsideBytes([
      Buffer.from(v1.Event.encode({ seq: 3, timeMs: 1000, epoch: 'e', heartbeat: {} }).finish()),
      Buffer.from(v1.Event.encode({ seq: 4, deviceDetached: { deviceId: 'dev-1' } }).finish()),
      Buffer.from(
        v1.Event.encode({
          seq: 5,
          deviceAttached: { device: { id: 'dev-2', driverId: 'r30x' } },
        }).finish(),
      ),
    ]),
  run: bytes => {
    const event = v1.Event.decode(bytes)
    return event.payload === undefined ? undefined : event[event.payload]
  },
  accept: protobufDecodeError,
})
