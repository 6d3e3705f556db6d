import { EventEmitter } from 'node:events'
import { AgentError } from '../../drivers/core/errors'

export type Role = 'operator' | 'technician'

/** One authenticated client connection, named by the ZeroMQ routing id its DEALER chose. */
export interface Session {
  /** The routing id as text: the client id in logs, leases and cancellation. */
  readonly id: string
  readonly routingId: Buffer
  readonly keyName: string
  /** The CURVE public key (Z85) the session proved in Hello; revocation looks it up again. */
  readonly publicKey: string
  readonly keyFingerprint: string
  readonly role: Role
  readonly apiLevel: number
  readonly clientName: string
  readonly openedAt: number
  /** When the last request arrived: shown as idle time in GetStatus, never used to expire. */
  lastSeen: number
  /** Requests in flight, by request id, so they can be canceled. */
  readonly inFlight: Map<string, AbortController>
}

/** `revoked`: the session's key left the authorized-clients directory or changed name or role. */
export type SessionCloseReason = 'disconnected' | 'expired' | 'replaced' | 'revoked' | 'shutdown'

export interface SessionTableEvents {
  closed: [session: Session, reason: SessionCloseReason]
}

/**
 * Sessions by routing id, and their end: a disconnect notification, the revocation of the
 * session's key, or shutdown. A session lives as long as its ZeroMQ connection: the ROUTER's ZMTP
 * heartbeats drop a connection whose peer stops answering, and ROUTER_NOTIFY turns that drop into
 * 'disconnected' here, so a client that only answers (or sends) ZMTP heartbeats keeps its session
 * through a long job. Whoever holds per-client state (leases) listens to 'closed'.
 */
export class SessionTable {
  readonly events = new EventEmitter<SessionTableEvents>()
  private readonly sessions = new Map<string, Session>()

  constructor(
    private readonly limits: { readonly maxSessions: number },
    private readonly now: () => number,
  ) {}

  get size(): number {
    return this.sessions.size
  }

  get(id: string): Session | undefined {
    return this.sessions.get(id)
  }

  all(): readonly Session[] {
    return [...this.sessions.values()]
  }

  /** Opens (or, on a second Hello, replaces) the session of a routing id. */
  open(fields: Omit<Session, 'openedAt' | 'lastSeen' | 'inFlight'>): Session {
    const existing = this.sessions.get(fields.id)
    if (existing) this.close(existing.id, 'replaced')
    else if (this.sessions.size >= this.limits.maxSessions) {
      throw new AgentError(
        'RESOURCE_EXHAUSTED',
        `the agent serves at most ${this.limits.maxSessions} sessions`,
        {
          details: { limit: this.limits.maxSessions },
        },
      )
    }
    const now = this.now()
    const session: Session = { ...fields, openedAt: now, lastSeen: now, inFlight: new Map() }
    this.sessions.set(session.id, session)
    return session
  }

  touch(session: Session): void {
    session.lastSeen = this.now()
  }

  /** Ends a session: aborts its requests in flight and tells listeners. Idempotent. */
  close(id: string, reason: SessionCloseReason): Session | undefined {
    const session = this.sessions.get(id)
    if (!session) return undefined
    this.sessions.delete(id)
    const error = new AgentError('CANCELED', `session ${reason}`)
    for (const controller of session.inFlight.values()) controller.abort(error)
    session.inFlight.clear()
    this.events.emit('closed', session, reason)
    return session
  }
}
