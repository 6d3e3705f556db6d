import { AgentError } from '../../../drivers/core/errors'
import { AgentUnreachableError, ProtocolError } from '../../../protocol/client/errors'
import type { AgentClient } from '../../../protocol/client/agent-client'
import type { CheckResult } from '../check-result'

/** What connecting to the agent and one Ping showed. */
export type AgentFacts =
  | {
      readonly reachable: true
      readonly version: string
      /** The agent's clock in Ping's reply, and the local clock just before and after. */
      readonly agentTimeMs: number
      readonly sentAtMs: number
      readonly receivedAtMs: number
    }
  | { readonly reachable: false; readonly detail: string; readonly fix: string }

const START_FIX =
  'systemctl start idstation-agent (or run idstation-agent in a terminal to see why it stops)'

/** Why a connection failed, as a finding; never rethrows. */
function unreachable(error: unknown): AgentFacts {
  if (error instanceof AgentUnreachableError)
    return { reachable: false, detail: error.message, fix: START_FIX }
  if (
    error instanceof ProtocolError &&
    ['UNAUTHENTICATED', 'PERMISSION_DENIED'].includes(error.code)
  )
    return {
      reachable: false,
      detail: `the agent refused the CLI key (${error.code})`,
      fix: 'idstation keys init (enrols the CLI key as technician-cli)',
    }
  if (error instanceof AgentError && error.code === 'CONFIG_INVALID')
    return { reachable: false, detail: error.message, fix: 'idstation keys init' }
  const message = error instanceof Error ? error.message : String(error)
  return { reachable: false, detail: `connecting failed: ${message}`, fix: START_FIX }
}

/**
 * Connects, reads the version from Hello and the agent's clock from one Ping. The agent being
 * down is a fact to report, not an error.
 */
export async function probeAgent(
  connect: () => Promise<AgentClient>,
  now: () => number = Date.now,
): Promise<AgentFacts> {
  let client: AgentClient
  try {
    client = await connect()
  } catch (error) {
    return unreachable(error)
  }
  try {
    const sentAtMs = now()
    const { result } = await client.call('ping', { echoAttachment: 0 })
    const receivedAtMs = now()
    return {
      reachable: true,
      version: client.hello.agentVersion,
      agentTimeMs: result.agentTimeMs,
      sentAtMs,
      receivedAtMs,
    }
  } catch (error) {
    return unreachable(error)
  } finally {
    client.close()
  }
}

/** The agent answers Hello and Ping with the CLI's key. */
export function checkAgent(facts: AgentFacts): CheckResult {
  if (!facts.reachable)
    return { name: 'agent', status: 'fail', detail: facts.detail, fix: facts.fix }
  return { name: 'agent', status: 'ok', detail: `reachable, version ${facts.version}` }
}
