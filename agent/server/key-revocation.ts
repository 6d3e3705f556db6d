import type { Logger } from '../../drivers/core/logger'
import type { SessionTable } from './sessions'
import type { LogThrottle } from './throttle'
import type { KeyLookup, KeyOwner } from './zap-handler'

export interface KeyRevocationOptions {
  readonly lookup: KeyLookup
  readonly sessions: SessionTable
  /** The keys ZAP admitted (sessions and event subscribers alike), and forgetting them. */
  readonly admitted: {
    admitted(): ReadonlyMap<string, KeyOwner>
    forget(keys: Iterable<string>): void
  }
  /**
   * Disconnects every event subscriber. The XPUB socket knows no subscriber's key, so a revoked
   * key's subscription can only end with everyone's; the others reconnect through ZAP at once.
   */
  readonly cutSubscribers: () => Promise<void>
  readonly fingerprint: (publicKey: string) => string
  readonly logger: Logger
  readonly throttle: LogThrottle
}

/**
 * Revocation of keys in use. ZAP decides only at a handshake, so a key removed from the
 * authorized-clients directory (or whose name or role changed) would keep its connections; a
 * check looks every key in use up again and, for each one no longer allowed as it was admitted,
 * closes its sessions (reason `revoked`: leases released, jobs handled as on a disconnect) and
 * cuts the event subscribers. Checks never overlap: a call during one runs another after it.
 */
export class KeyRevocation {
  private running: Promise<void> | undefined
  private again = false

  constructor(private readonly options: KeyRevocationOptions) {}

  /** Resolves once a check that began after this call has ended; never rejects. */
  check(): Promise<void> {
    if (this.running !== undefined) {
      this.again = true
      return this.running
    }
    const run = async () => {
      try {
        // `again` is set by calls made while the sweep awaits.
        for (let pass = true; pass; pass = this.rerun()) await this.sweep()
      } finally {
        this.running = undefined
      }
    }
    this.running = run()
    return this.running
  }

  private rerun(): boolean {
    const again = this.again
    this.again = false
    return again
  }

  private async sweep(): Promise<void> {
    const { sessions, admitted, logger } = this.options
    const inUse = new Map<string, KeyOwner[]>()
    const note = (key: string, owner: KeyOwner) => {
      inUse.set(key, [...(inUse.get(key) ?? []), owner])
    }
    for (const session of sessions.all()) {
      note(session.publicKey, { name: session.keyName, role: session.role })
    }
    for (const [key, owner] of admitted.admitted()) note(key, owner)
    const revoked = new Set<string>()
    for (const [key, owners] of inUse) {
      let now: KeyOwner | undefined
      try {
        now = await this.options.lookup(key)
      } catch (error) {
        // An unreadable allow-list is no evidence that a key was removed: ZAP already refuses
        // every new connection, and cutting running issuances would spoil their cards.
        if (this.options.throttle.admit('revocation-check-failed') !== undefined) {
          logger.error('client keys unreadable; keys in use kept', {
            event: 'keys.recheck-failed',
            err: error instanceof Error ? error : new Error(String(error)),
          })
        }
        return
      }
      if (owners.some(owner => now?.name !== owner.name || now.role !== owner.role)) {
        revoked.add(key)
      }
    }
    if (revoked.size === 0) return
    for (const key of revoked) {
      const closed = sessions
        .all()
        .filter(session => session.publicKey === key)
        .map(session => sessions.close(session.id, 'revoked'))
      const owner = inUse.get(key)?.[0]
      logger.warn('client key revoked', {
        event: 'client.revoked',
        keyName: owner?.name,
        keyFingerprint: this.options.fingerprint(key),
        count: closed.length,
      })
    }
    const subscribed = [...revoked].filter(key => admitted.admitted().has(key))
    if (subscribed.length === 0) return
    admitted.forget(subscribed)
    await this.options.cutSubscribers()
  }
}
