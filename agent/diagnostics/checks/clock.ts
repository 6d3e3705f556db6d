import type { CheckResult } from '../check-result'
import type { AgentFacts } from './agent'

/** Certificates and journal timestamps made before this year mean the clock was never set. */
const EARLIEST_YEAR = 2024
/** Beyond the Ping's own round trip, the most the agent's and the CLI's clocks may differ. */
const MAX_SKEW_MS = 2000

const NTP_FIX = 'timedatectl set-ntp true (then check with: timedatectl status)'

/**
 * The local clock is plausible (year ≥ 2024) and, when the agent answered, its clock agrees
 * with ours: the agent's time must fall between the moments Ping was sent and answered.
 */
export function checkClock(nowMs: number, agent: AgentFacts | undefined): CheckResult {
  const year = new Date(nowMs).getUTCFullYear()
  if (year < EARLIEST_YEAR)
    return {
      name: 'clock',
      status: 'fail',
      detail: `the local clock reads ${new Date(nowMs).toISOString()}, before ${EARLIEST_YEAR}`,
      fix: NTP_FIX,
    }
  if (agent?.reachable !== true)
    return { name: 'clock', status: 'ok', detail: `local time ${new Date(nowMs).toISOString()}` }
  const skew =
    agent.agentTimeMs < agent.sentAtMs
      ? agent.agentTimeMs - agent.sentAtMs
      : agent.agentTimeMs > agent.receivedAtMs
        ? agent.agentTimeMs - agent.receivedAtMs
        : 0
  if (Math.abs(skew) > MAX_SKEW_MS)
    return {
      name: 'clock',
      status: 'warn',
      detail: `the agent's clock is ${Math.round(skew)} ms off the CLI's`,
      fix: `${NTP_FIX}; then systemctl restart idstation-agent`,
    }
  return {
    name: 'clock',
    status: 'ok',
    detail: `local time ${new Date(nowMs).toISOString()}, agent within ${MAX_SKEW_MS} ms`,
  }
}
