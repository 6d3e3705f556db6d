import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { agentPublicKeyFile, ensureAgentKeys } from '../../agent/keys/agent-keys'
import { writeAuthorizedClient } from '../../agent/keys/authorized-clients'
import { simulatedAgentArgs } from '../../agent/cli/simulated-agent'
import type { Role } from '../../agent/server/sessions'
import { NULL_LOGGER } from '../../drivers/core/logger'
import { readRssBytes, REPO_ROOT, stopProcess } from '../support/process'

/** A running agent as the bench sees it: where to connect, whom to trust, how to stop it. */
export interface AgentUnderTest {
  readonly pid: number
  readonly publicKey: string
  readonly endpoints: { readonly requests: string; readonly events: string }
  /** Resident set size from /proc, when the platform has it. */
  rssBytes(): number | undefined
  /** The RSS once the devices were attached, before any client connected. */
  readonly idleRssBytes: number | undefined
  stop(): Promise<void>
}

export interface AgentLaunchOptions {
  /** Client public keys (Z85) the agent must accept, with their role. */
  readonly clients: readonly {
    readonly publicKey: string
    readonly name: string
    readonly role: Role
  }[]
  /** Simulated devices to plug in, so ListDevices has something to list. */
  readonly devices?: number
}

const SIMULATOR = path.join(REPO_ROOT, 'simulators', 'device', 'main.ts')

function waitForLine(
  child: ChildProcess,
  test: (line: string) => boolean,
  timeoutMs: number,
  what: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let buffer = ''
    const timer = setTimeout(() => {
      reject(new Error(`timed out waiting for ${what}`))
    }, timeoutMs)
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      if (lines.some(test)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stderr?.on('data', onData)
    child.once('exit', code => {
      clearTimeout(timer)
      reject(new Error(`${what}: the process exited with ${code}`))
    })
  })
}

/**
 * The Node flags of packaging/systemd/idstation-agent.service's ExecStart, so the bench measures
 * the agent as it is deployed (a unit test keeps the two equal).
 */
export const DEPLOYED_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2']

/**
 * Compiles the agent (npm run build) as it is deployed to workstations: plain JavaScript, without
 * the TypeScript loader that development runs carry (about 20 MB of RSS).
 */
function buildAgent(): string {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' })
  return path.join(REPO_ROOT, 'dist', 'agent', 'main.js')
}

/**
 * Starts the real `idstation-agent` daemon, compiled (see buildAgent), on fresh directories, enrols the bench's client keys, plugs in simulated devices, and resolves
 * once the agent lists them.
 */
export async function launchAgent(options: AgentLaunchOptions): Promise<AgentUnderTest> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idstation-bench-'))
  const dataDir = path.join(dir, 'data')
  const runtimeDir = path.join(dir, 'run')
  const keyFile = path.join(dataDir, 'keys', 'agent.key')
  const clientsDir = path.join(dataDir, 'keys', 'authorized-clients')
  const simulatedDir = path.join(runtimeDir, 'simulated')
  const main = buildAgent()
  const { keyPair } = await ensureAgentKeys(keyFile, NULL_LOGGER)
  for (const client of options.clients) await writeAuthorizedClient(clientsDir, client)
  fs.mkdirSync(simulatedDir, { recursive: true, mode: 0o700 })
  const child = spawn(
    process.execPath,
    [
      ...DEPLOYED_NODE_FLAGS,
      main,
      ...simulatedAgentArgs(dataDir, runtimeDir),
      '--set',
      'log.console=json',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  const simulators: ChildProcess[] = []
  const stopAll = async () => {
    await stopProcess(child)
    await Promise.all(simulators.map(sim => stopProcess(sim)))
    fs.rmSync(dir, { recursive: true, force: true })
  }
  try {
    await waitForLine(child, line => line.includes('"agent.started"'), 30_000, 'agent.started')
    const count = options.devices ?? 4
    let attached = 0
    const allAttached = waitForLine(
      child,
      line => line.includes('"device.attached"') && ++attached === count,
      30_000,
      `${count} devices`,
    )
    for (let i = 0; i < count; i++) {
      simulators.push(
        spawn(
          process.execPath,
          [
            '--require',
            'tsx/cjs',
            SIMULATOR,
            '--dir',
            simulatedDir,
            '--name',
            `fp${i}`,
            '--kind',
            'fingerprint-scanner',
            '--serial',
            `BENCH-${i}`,
          ],
          {
            stdio: 'ignore',
          },
        ),
      )
    }
    if (count > 0) await allAttached
  } catch (error) {
    await stopAll()
    throw error
  }
  // The agent keeps logging (sessions, leases); keep reading so its stderr never blocks.
  child.stderr.resume()
  // Idle: started, devices attached and opened, no client yet; give the start-up garbage a
  // moment to be collected, as a workstation's agent waits for its first front-end.
  await new Promise(resolve => setTimeout(resolve, 2000))
  const idleRssBytes = child.pid === undefined ? undefined : readRssBytes(child.pid)
  const publicKey = fs.readFileSync(agentPublicKeyFile(keyFile), 'utf8').trim()
  if (publicKey !== keyPair.publicKey) throw new Error('the agent published another key')
  return {
    pid: child.pid ?? 0,
    publicKey,
    endpoints: {
      requests: `ipc://${runtimeDir}/agent.sock`,
      events: `ipc://${runtimeDir}/events.sock`,
    },
    rssBytes: () => (child.pid === undefined ? undefined : readRssBytes(child.pid)),
    idleRssBytes,
    stop: stopAll,
  }
}
