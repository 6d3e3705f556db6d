import { timingSafeEqual } from 'node:crypto'
import { AgentError } from '../../drivers/core/errors'
import type { Clock } from '../../drivers/core/clock'
import { API_LEVELS, helloProof, sharedSecret, v1, z85Encode } from '../../protocol'
import type { CommandHandler } from '../server/handler'
import type { SessionTable } from '../server/sessions'
import type { KeyLookup } from '../server/zap-handler'

export interface SystemServiceOptions {
  readonly agentVersion: string
  readonly agentKeys: { readonly publicKey: string; readonly secretKey: string }
  readonly lookup: KeyLookup
  readonly fingerprint: (publicKey: string) => string
  readonly sessions: SessionTable
  readonly clock: Clock
  readonly capabilities: () => readonly string[]
  readonly epoch: string
  readonly heartbeatIntervalMs: number
  readonly heartbeatTimeoutMs: number
  readonly maxRequestBytes: number
}

/** Hello, Ping and CancelRequest: the session itself. */
export function systemHandlers(options: SystemServiceOptions): {
  hello: CommandHandler<'hello'>
  ping: CommandHandler<'ping'>
  cancelRequest: CommandHandler<'cancelRequest'>
} {
  return {
    hello: {
      requiresSession: false,
      async run(body, context) {
        const levels = (body.apiLevels ?? []).filter(level => API_LEVELS.includes(level))
        if (levels.length === 0) {
          throw new AgentError('UNSUPPORTED_API_LEVEL', 'no api level in common', {
            details: { supported: API_LEVELS.join(',') },
          })
        }
        const raw = body.clientPublicKey
        if (!raw || raw.length !== 32) {
          throw new AgentError('INVALID_ARGUMENT', 'client_public_key must be 32 bytes')
        }
        const publicKey = z85Encode(raw)
        const client = await options.lookup(publicKey)
        const expected = client
          ? helloProof(
              sharedSecret(options.agentKeys.publicKey, options.agentKeys.secretKey, publicKey),
              context.routingId,
            )
          : undefined
        const proof = Buffer.from(body.proof ?? [])
        if (
          !client ||
          !expected ||
          proof.length !== expected.length ||
          !timingSafeEqual(proof, expected)
        ) {
          throw new AgentError('UNAUTHENTICATED', 'the key proof does not match this connection')
        }
        const apiLevel = Math.max(...levels)
        const session = options.sessions.open({
          id: context.routingId.toString('latin1'),
          routingId: context.routingId,
          keyName: client.name,
          publicKey,
          keyFingerprint: options.fingerprint(publicKey),
          role: client.role,
          apiLevel,
          clientName: (body.clientName ?? '').slice(0, 64),
        })
        context.logger.info('session opened', {
          event: 'session.opened',
          clientId: session.id,
          keyName: session.keyName,
          role: session.role,
          apiLevel,
        })
        return {
          result: {
            apiLevel,
            agentVersion: options.agentVersion,
            apiLevelsSupported: [...API_LEVELS],
            capabilities: [...options.capabilities()],
            clientKeyName: client.name,
            role: client.role === 'technician' ? v1.Role.ROLE_TECHNICIAN : v1.Role.ROLE_OPERATOR,
            heartbeatIntervalMs: options.heartbeatIntervalMs,
            heartbeatTimeoutMs: options.heartbeatTimeoutMs,
            maxRequestBytes: options.maxRequestBytes,
            epoch: options.epoch,
          },
        }
      },
    },
    ping: {
      requiresSession: true,
      run(body, context) {
        const index = body.echoAttachment ?? 0
        if (index === 0) return { result: { agentTimeMs: options.clock.now() } }
        const frame = context.attachments[index - 1]
        if (!frame) {
          throw new AgentError('INVALID_ARGUMENT', `attachment ${index} is not in the request`, {
            details: { attachments: context.attachments.length },
          })
        }
        return {
          result: { agentTimeMs: options.clock.now(), echoAttachment: 1 },
          attachments: [frame],
        }
      },
    },
    cancelRequest: {
      requiresSession: true,
      run(body, context) {
        const target = context.session?.inFlight.get(body.requestId ?? '')
        target?.abort(new AgentError('CANCELED', 'canceled by the client'))
        return { result: { found: target !== undefined } }
      },
    },
  }
}
