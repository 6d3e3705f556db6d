import type { Clock } from '../../../drivers/core/clock'
import { v1 } from '../../../protocol'
import type { CommandHandler } from '../../server/handler'
import type { LeaseTable } from '../../server/leases'
import type { SessionTable } from '../../server/sessions'

export interface StatusSources {
  readonly agentVersion: string
  readonly startedAt: number
  readonly endpoints: { readonly requests: string; readonly events: string }
  readonly sessions: SessionTable
  readonly leases: LeaseTable
  readonly clock: Clock
  readonly requestsInFlight: () => number
  readonly eventSeq: () => number
  readonly deviceCount: () => number
}

/** GetStatus: the agent's own health for technicians (no device or personal data). */
export function statusHandler(sources: StatusSources): CommandHandler<'getStatus'> {
  return {
    requiresSession: true,
    role: 'technician',
    run: () => {
      const now = sources.clock.now()
      return {
        result: {
          agentVersion: sources.agentVersion,
          pid: process.pid,
          startedAtMs: sources.startedAt,
          uptimeMs: now - sources.startedAt,
          requestsEndpoint: sources.endpoints.requests,
          eventsEndpoint: sources.endpoints.events,
          requestsInFlight: sources.requestsInFlight(),
          eventSeq: sources.eventSeq(),
          deviceCount: sources.deviceCount(),
          leaseCount: sources.leases.all().length,
          rssBytes: process.memoryUsage.rss(),
          sessions: sources.sessions.all().map(session => ({
            clientId: session.id,
            keyName: session.keyName,
            role: session.role === 'technician' ? v1.Role.TECHNICIAN : v1.Role.OPERATOR,
            clientName: session.clientName,
            apiLevel: session.apiLevel,
            openedAtMs: session.openedAt,
            idleMs: now - session.lastSeen,
            requestsInFlight: session.inFlight.size,
          })),
        },
      }
    },
  }
}
