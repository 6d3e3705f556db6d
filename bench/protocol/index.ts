import { curveKeyPair } from 'zeromq'
import { AgentClient } from '../../protocol'
import type { BenchOptions, BenchOutcome } from '../support/bench'
import { formatMegabytes } from '../support/table'
import { launchAgent, type AgentUnderTest } from './agent-launcher'
import { ClientPool } from './client-pool'
import { FULL_PLAN, QUICK_PLAN, runsOn, scenarios, type ProtocolPlan } from './plan'
import {
  checkTargets,
  measurement,
  renderChecks,
  renderMeasurements,
  TARGET_LABELS,
  type Measurement,
} from './report'
import { startEchoServer, startHttpServer } from './servers'
import type { KeyPair, TargetSpec } from './worker-messages'

/**
 * The protocol bench: the agent's request path (ROUTER, CURVE, protobuf, dispatch) against a bare
 * CURVE echo (what the transport allows) and a JSON-over-HTTP service (what the agent replaces),
 * with every client in a process of its own. Prints a measurement table and a targets table.
 */
export async function runProtocolBench(options: BenchOptions): Promise<BenchOutcome> {
  const plan = options.quick ? QUICK_PLAN : FULL_PLAN
  const clientKeys: KeyPair[] = Array.from({ length: plan.concurrent.clients }, () =>
    curveKeyPair(),
  )
  const technicianKeys = curveKeyPair()
  const started = performance.now()
  console.log(`starting ${plan.concurrent.clients} client processes …`)
  const pool = await ClientPool.start(plan.concurrent.clients)
  const measurements: Measurement[] = []
  let soak: { requests: number; rssBytes: number | undefined } = {
    requests: plan.soakRequests,
    rssBytes: undefined,
  }
  let idleRssBytes: number | undefined
  try {
    const echo = await startEchoServer()
    await measureTarget(pool, plan, echo.target, clientKeys, measurements).finally(() =>
      echo.stop(),
    )

    const agent = await launchAgent({
      clients: [
        ...clientKeys.map((keys, i) => ({
          publicKey: keys.publicKey,
          name: `bench-client-${i}`,
          role: 'operator' as const,
        })),
        { publicKey: technicianKeys.publicKey, name: 'bench-technician', role: 'technician' },
      ],
    })
    idleRssBytes = agent.idleRssBytes
    console.log(`  done  agent RSS idle: ${formatMegabytes(idleRssBytes ?? Number.NaN)}`)
    try {
      const target: TargetSpec = {
        kind: 'agent',
        endpoint: agent.endpoints.requests,
        serverPublicKey: agent.publicKey,
      }
      await measureTarget(pool, plan, target, clientKeys, measurements, false)
      soak = await soakAgent(pool, plan, agent, technicianKeys)
      await pool.disconnect()
    } finally {
      await agent.stop()
    }

    const http = await startHttpServer()
    await measureTarget(pool, plan, http.target, clientKeys, measurements).finally(() =>
      http.stop(),
    )
  } finally {
    await pool.stop()
  }

  console.log('')
  console.log(renderMeasurements(measurements))
  console.log('')
  const checks = checkTargets(measurements, { ...soak, idleRssBytes })
  console.log(renderChecks(checks))
  console.log('')
  console.log(
    `protocol bench: ${((performance.now() - started) / 1000).toFixed(1)} s` +
      (options.quick ? ' (quick: smoke-run counts, figures not comparable)' : ''),
  )
  const met = checks.filter(check => check.met).length
  return { targetsMet: met, targetsMissed: checks.length - met }
}

/** Runs every scenario that applies to `target` with the pool connected to it. */
async function measureTarget(
  pool: ClientPool,
  plan: ProtocolPlan,
  target: TargetSpec,
  keys: readonly KeyPair[],
  into: Measurement[],
  disconnectAfter = true,
): Promise<void> {
  await pool.connect(target, keys)
  for (const scenario of scenarios(plan)) {
    if (!runsOn(target.kind, scenario)) continue
    const name = `${TARGET_LABELS[target.kind]}: ${scenario.label}, ${scenario.clients} client(s)`
    try {
      const reports = await pool.run(
        scenario.clients,
        {
          operation: scenario.operation,
          requests: scenario.requests,
          payloadBytes: scenario.payloadBytes,
          keepSamples: true,
        },
        scenario.warmUp,
      )
      into.push(measurement(target.kind, scenario, reports))
      console.log(`  done  ${name}`)
    } catch (error) {
      // A failed scenario leaves its figures out; the targets that need them print MISS.
      console.log(`  FAIL  ${name}: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  if (disconnectAfter) await pool.disconnect()
}

/** Sends `plan.soakRequests` Pings across all clients, then asks the agent for its RSS. */
async function soakAgent(
  pool: ClientPool,
  plan: ProtocolPlan,
  agent: AgentUnderTest,
  technicianKeys: KeyPair,
): Promise<{ requests: number; rssBytes: number | undefined }> {
  const before = await agentRss(agent, technicianKeys)
  const perClient = Math.ceil(plan.soakRequests / pool.size)
  await pool.run(
    pool.size,
    { operation: 'ping', requests: perClient, payloadBytes: 0, keepSamples: false },
    0,
  )
  const after = await agentRss(agent, technicianKeys)
  const proc = agent.rssBytes()
  console.log(
    `  done  agent RSS: ${formatMegabytes(before ?? Number.NaN)} before, ` +
      `${formatMegabytes(after ?? Number.NaN)} after ${(perClient * pool.size).toLocaleString('en-US')} Pings` +
      (proc === undefined ? '' : ` (/proc VmRSS ${formatMegabytes(proc)})`),
  )
  return { requests: perClient * pool.size, rssBytes: after ?? proc }
}

/** The agent's own RSS figure, from GetStatus as a technician. */
async function agentRss(agent: AgentUnderTest, keys: KeyPair): Promise<number | undefined> {
  const client = await AgentClient.connect({
    requestsEndpoint: agent.endpoints.requests,
    serverPublicKey: agent.publicKey,
    keys,
    clientName: 'idstation-bench-technician',
    heartbeat: false,
  })
  try {
    return (await client.status()).rssBytes
  } catch {
    return agent.rssBytes()
  } finally {
    client.close()
  }
}
