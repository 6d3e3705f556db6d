import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { AgentError } from '../../drivers/core/errors'
import type { Session } from './sessions'

export interface Lease {
  readonly leaseId: string
  readonly deviceId: string
  readonly sessionId: string
  readonly holder: string
  readonly acquiredAt: number
}

export interface LeaseTableEvents {
  /** A device was claimed or released. */
  changed: [deviceId: string]
}

interface Waiter {
  readonly sessionId: string
  readonly resolve: () => void
}

/**
 * Who holds which device. A lease belongs to one session and dies with it; a second session
 * gets DEVICE_BUSY or, when it asked to wait, the device when it is released (first come, first
 * served).
 */
export class LeaseTable {
  readonly events = new EventEmitter<LeaseTableEvents>()
  private readonly byDevice = new Map<string, Lease>()
  private readonly waiters = new Map<string, Waiter[]>()

  constructor(private readonly now: () => number) {}

  forDevice(deviceId: string): Lease | undefined {
    return this.byDevice.get(deviceId)
  }

  /**
   * Claims a device for a session. Claiming a device the session already holds returns the same
   * lease. With `wait`, resolves once the holder releases; rejects with the signal's reason.
   */
  async acquire(
    deviceId: string,
    session: Session,
    options: { readonly wait?: boolean; readonly signal?: AbortSignal } = {},
  ): Promise<Lease> {
    for (;;) {
      const held = this.byDevice.get(deviceId)
      if (!held) break
      if (held.sessionId === session.id) return held
      if (options.wait !== true) {
        throw new AgentError('DEVICE_BUSY', `device ${deviceId} is held by ${held.holder}`, {
          details: { deviceId, holder: held.holder },
        })
      }
      await this.waitForRelease(deviceId, session.id, options.signal)
    }
    const lease: Lease = {
      leaseId: randomUUID(),
      deviceId,
      sessionId: session.id,
      holder: session.keyName,
      acquiredAt: this.now(),
    }
    this.byDevice.set(deviceId, lease)
    this.events.emit('changed', deviceId)
    return lease
  }

  private waitForRelease(deviceId: string, sessionId: string, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason as Error)
        return
      }
      const list = this.waiters.get(deviceId) ?? []
      const waiter: Waiter = {
        sessionId,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort)
          resolve()
        },
      }
      const onAbort = () => {
        const remaining = (this.waiters.get(deviceId) ?? []).filter(w => w !== waiter)
        if (remaining.length > 0) this.waiters.set(deviceId, remaining)
        else this.waiters.delete(deviceId)
        reject(signal?.reason as Error)
      }
      signal?.addEventListener('abort', onAbort, { once: true })
      list.push(waiter)
      this.waiters.set(deviceId, list)
    })
  }

  /** Releases a lease of this session; LEASE_NOT_FOUND for anyone else's. */
  release(leaseId: string, session: Session): Lease {
    for (const lease of this.byDevice.values()) {
      if (lease.leaseId === leaseId && lease.sessionId === session.id) {
        this.drop(lease)
        return lease
      }
    }
    throw new AgentError('LEASE_NOT_FOUND', 'this session holds no lease with that id')
  }

  /** Releases every lease of a session (it ended); returns them. */
  releaseSession(sessionId: string): readonly Lease[] {
    const released = [...this.byDevice.values()].filter(lease => lease.sessionId === sessionId)
    for (const lease of released) this.drop(lease)
    return released
  }

  /** The device went away: its lease ends with it. */
  releaseDevice(deviceId: string): Lease | undefined {
    const lease = this.byDevice.get(deviceId)
    if (lease) this.drop(lease)
    return lease
  }

  all(): readonly Lease[] {
    return [...this.byDevice.values()]
  }

  private drop(lease: Lease): void {
    this.byDevice.delete(lease.deviceId)
    this.events.emit('changed', lease.deviceId)
    const next = this.waiters.get(lease.deviceId)?.shift()
    if (this.waiters.get(lease.deviceId)?.length === 0) this.waiters.delete(lease.deviceId)
    next?.resolve()
  }
}
