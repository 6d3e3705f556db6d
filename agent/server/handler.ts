import { AgentError } from '../../drivers/core/errors'
import type { Logger } from '../../drivers/core/logger'
import type { CommandName, CommandRequest, CommandResultInit } from '../../protocol'
import type { Role, Session } from './sessions'

export interface RequestContext {
  /** Undefined only for commands that run before Hello. */
  readonly session: Session | undefined
  readonly routingId: Buffer
  readonly requestId: string
  readonly idempotencyKey: string
  /** Aborts on deadline, CancelRequest or the session's end; its reason is an AgentError. */
  readonly signal: AbortSignal
  /** Frames after the Request; commands refer to them by 1-based index. */
  readonly attachments: readonly Buffer[]
  readonly logger: Logger
}

export interface HandlerOutput<K extends CommandName> {
  readonly result: CommandResultInit<K>
  readonly attachments?: readonly Uint8Array[]
}

export interface CommandHandler<K extends CommandName> {
  /** Hello runs before a session exists; everything else needs one. */
  readonly requiresSession: boolean
  /** Technician-only commands; operators get PERMISSION_DENIED. */
  readonly role?: Role
  run(
    body: CommandRequest<K>,
    context: RequestContext,
  ): Promise<HandlerOutput<K>> | HandlerOutput<K>
}

export type HandlerTable = { readonly [K in CommandName]: CommandHandler<K> }

/** Whether a session's role may call a handler. */
export function roleAllows(role: Role, required: Role | undefined): boolean {
  return required === undefined || required === 'operator' || role === 'technician'
}

/** The session of a command that requires one (the dispatcher guarantees it). */
export function sessionOf(context: RequestContext): Session {
  if (!context.session) throw new AgentError('UNAUTHENTICATED', 'send Hello first')
  return context.session
}
