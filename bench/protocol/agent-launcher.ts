import path from 'node:path'
import type { Role } from '../../agent/server/sessions'
import {
  isReadyLine,
  readRssBytes,
  spawnTsx,
  stopProcess,
  waitForJsonLine,
} from '../support/process'
import type { AgentProcessInput } from './agent-process'

/** A running agent as the bench sees it: where to connect, whom to trust, how to stop it. */
export interface AgentUnderTest {
  readonly pid: number
  readonly publicKey: string
  readonly endpoints: { readonly requests: string; readonly events: string }
  /** Resident set size from /proc, when the platform has it. */
  rssBytes(): number | undefined
  stop(): Promise<void>
}

export interface AgentLaunchOptions {
  /** Client public keys (Z85) the agent must accept, with their role. */
  readonly clients: readonly {
    readonly publicKey: string
    readonly name: string
    readonly role: Role
  }[]
}

/**
 * Starts the agent in a process of its own and resolves once it listens.
 *
 * This is the one place that knows how the agent is started: when agent/main.ts lands, spawn the
 * `idstation-agent` daemon here instead (its runtime dir in a temp dir, the client keys written to
 * its authorized-clients dir, logging off) and read its public key the same way.
 */
export async function launchAgent(options: AgentLaunchOptions): Promise<AgentUnderTest> {
  const input: AgentProcessInput = { clients: options.clients }
  // Loaded the way bin/idstation-agent.cjs loads the daemon, so the RSS target measures what a
  // workstation will run rather than tsx's ESM loader thread.
  const child = spawnTsx(path.join(__dirname, 'agent-process.ts'), [JSON.stringify(input)], {
    loader: 'require',
  })
  const ready = await waitForJsonLine(child, isAgentReady, 20_000).catch(async (error: unknown) => {
    await stopProcess(child)
    throw new Error(`the agent did not start: ${String(error)}`)
  })
  return {
    pid: ready.pid,
    publicKey: ready.publicKey,
    endpoints: ready.endpoints,
    rssBytes: () => readRssBytes(ready.pid),
    stop: () => stopProcess(child),
  }
}

function isAgentReady(value: unknown): value is {
  readonly pid: number
  readonly publicKey: string
  readonly endpoints: { readonly requests: string; readonly events: string }
} {
  if (!isReadyLine(value)) return false
  const endpoints = value.endpoints as { requests?: unknown; events?: unknown } | undefined
  return (
    typeof value.publicKey === 'string' &&
    typeof endpoints?.requests === 'string' &&
    typeof endpoints.events === 'string'
  )
}
