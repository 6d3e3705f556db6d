/**
 * A stand-in for the `idstation-agent` daemon until agent/main.ts exists: the real AgentServer,
 * built the way test/support/agent-fixture.ts builds it, in a process of its own so that the
 * bench's clients measure a real process boundary.
 *
 * Usage: node --require tsx/cjs bench/protocol/agent-process.ts '<AgentProcessInput as JSON>'
 * Prints one ready line, `{"ready":true,"pid":…,"publicKey":…,"endpoints":{…}}`, and stops on
 * SIGTERM or SIGINT.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { curveKeyPair } from 'zeromq'
import { AgentServer } from '../../agent/server/agent-server'
import type { Role } from '../../agent/server/sessions'
import { SYSTEM_CLOCK } from '../../drivers/core/clock'
import { NULL_LOGGER } from '../../drivers/core/logger'
import { z85Decode } from '../../protocol'
import { announceReady, stopOnSignal } from '../support/process'
import { StaticDeviceSource } from './bench-devices'

/** The allow-list, passed as the one argument. Only public keys cross the process boundary. */
export interface AgentProcessInput {
  readonly clients: readonly {
    readonly publicKey: string
    readonly name: string
    readonly role: Role
  }[]
}

function fingerprint(publicKey: string): string {
  return createHash('sha256').update(z85Decode(publicKey)).digest('hex').slice(0, 16)
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{"clients":[]}') as AgentProcessInput
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idstation-bench-'))
  const endpoints = {
    requests: `ipc://${dir}/run/agent.sock`,
    events: `ipc://${dir}/run/events.sock`,
  }
  const agentKeys = curveKeyPair()
  const roles = new Map(
    input.clients.map(client => [client.publicKey, { name: client.name, role: client.role }]),
  )
  const server = new AgentServer({
    endpoints,
    agentKeys,
    lookup: key => roles.get(key),
    fingerprint,
    // The fixture's TEST_LIMITS: the figures describe the server code, not a tuned configuration.
    limits: {
      maxRequestBytes: 1024 * 1024,
      maxFramesPerRequest: 4,
      maxInFlightPerClient: 8,
      maxInFlight: 64,
      defaultDeadlineMs: 5000,
      maxDeadlineMs: 60_000,
      sendQueueLimit: 1000,
      maxSessions: 16,
    },
    sessions: { heartbeatIntervalMs: 1000, heartbeatTimeoutMs: 5000 },
    events: { heartbeatIntervalMs: 200, sendHighWaterMark: 1000 },
    source: new StaticDeviceSource(),
    capabilities: () => ['devices'],
    agentVersion: '0.0.0-bench',
    logger: NULL_LOGGER,
    clock: SYSTEM_CLOCK,
  })
  await server.start()
  stopOnSignal(async () => {
    await server.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  })
  announceReady({ publicKey: agentKeys.publicKey, endpoints })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
