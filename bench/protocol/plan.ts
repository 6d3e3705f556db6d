import type { Operation, TargetKind } from './worker-messages'

/** How many round trips each scenario does; the rest of the bench does not change with it. */
export interface ProtocolPlan {
  readonly singleClient: { readonly requests: number; readonly warmUp: number }
  /** Per client, with all clients running at once. */
  readonly concurrent: {
    readonly clients: number
    readonly requests: number
    readonly warmUp: number
  }
  readonly payload: { readonly bytes: number; readonly requests: number; readonly warmUp: number }
  /** Pings sent across the concurrent clients before the agent's RSS is read. */
  readonly soakRequests: number
}

/** Sized for about two minutes on a two-core machine. */
export const FULL_PLAN: ProtocolPlan = {
  singleClient: { requests: 10_000, warmUp: 1000 },
  concurrent: { clients: 8, requests: 2000, warmUp: 200 },
  payload: { bytes: 500_000, requests: 200, warmUp: 20 },
  soakRequests: 100_000,
}

export const QUICK_PLAN: ProtocolPlan = {
  singleClient: { requests: 300, warmUp: 50 },
  concurrent: { clients: 8, requests: 50, warmUp: 10 },
  payload: { bytes: 500_000, requests: 10, warmUp: 2 },
  soakRequests: 2000,
}

export type ScenarioId = 'ping-1' | 'ping-n' | 'list-1' | 'list-n' | 'payload-1'

export interface Scenario {
  readonly id: ScenarioId
  readonly label: string
  readonly operation: Operation
  readonly clients: number
  readonly requests: number
  readonly warmUp: number
  readonly payloadBytes: number
}

/** The scenarios of the plan, in the order they run. */
export function scenarios(plan: ProtocolPlan): readonly Scenario[] {
  const { singleClient, concurrent, payload } = plan
  const single = { clients: 1, ...singleClient, payloadBytes: 0 }
  const many = { ...concurrent, payloadBytes: 0 }
  return [
    { id: 'ping-1', label: 'Ping', operation: 'ping', ...single },
    { id: 'ping-n', label: 'Ping', operation: 'ping', ...many },
    { id: 'list-1', label: 'ListDevices', operation: 'list-devices', ...single },
    { id: 'list-n', label: 'ListDevices', operation: 'list-devices', ...many },
    {
      id: 'payload-1',
      label: `Ping + ${payload.bytes / 1000} KB`,
      operation: 'payload',
      clients: 1,
      requests: payload.requests,
      warmUp: payload.warmUp,
      payloadBytes: payload.bytes,
    },
  ]
}

/** The bare echo server has no device list; everything else runs everywhere. */
export function runsOn(target: TargetKind, scenario: Scenario): boolean {
  return target !== 'zmq-echo' || scenario.operation !== 'list-devices'
}
