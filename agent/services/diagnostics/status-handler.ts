import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks'
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

const NS_PER_MS = 1e6

// One histogram per process, however many agents a test starts: its timer is unref'd, and several
// would only measure the same loop.
let loopDelay: IntervalHistogram | undefined

function eventLoopDelay(): IntervalHistogram {
  if (!loopDelay) {
    loopDelay = monitorEventLoopDelay({ resolution: 10 })
    loopDelay.enable()
  }
  return loopDelay
}

/** p99 and max since the last read, then a fresh window, so each GetStatus sees recent lag. */
function takeLoopLag(histogram: IntervalHistogram): { p99Ms: number; maxMs: number } {
  const sampled = histogram.count > 0
  const lag = {
    p99Ms: sampled ? histogram.percentile(99) / NS_PER_MS : 0,
    maxMs: sampled ? histogram.max / NS_PER_MS : 0,
  }
  histogram.reset()
  return lag
}

/** GetStatus: the agent's own health for technicians (no device or personal data). */
export function statusHandler(sources: StatusSources): CommandHandler<'getStatus'> {
  const histogram = eventLoopDelay()
  return {
    requiresSession: true,
    role: 'technician',
    run: () => {
      const now = sources.clock.now()
      const lag = takeLoopLag(histogram)
      const memory = process.memoryUsage()
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
          rssBytes: memory.rss,
          heapUsedBytes: memory.heapUsed,
          eventLoopLagP99Ms: lag.p99Ms,
          eventLoopLagMaxMs: lag.maxMs,
          openHandles: process.getActiveResourcesInfo().length,
          sessions: sources.sessions.all().map(session => ({
            clientId: session.id,
            keyName: session.keyName,
            role: session.role === 'technician' ? v1.Role.ROLE_TECHNICIAN : v1.Role.ROLE_OPERATOR,
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
