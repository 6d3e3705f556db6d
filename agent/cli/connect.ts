import { existsSync } from 'node:fs'
import { AgentClient } from '../../protocol/client/agent-client'
import { AgentUnreachableError } from '../../protocol/client/errors'
import { readAgentPublicKey } from '../keys/agent-keys'
import { readClientKeyPair } from '../keys/client-keys'
import { cliKeyFile } from './cli-identity'
import type { CliContext } from './command'

/**
 * Connects the CLI to the agent with its own technician key (made by `idstation keys init`).
 * Fails fast, naming the endpoint, when no agent socket exists, instead of waiting for a timeout.
 */
export async function connectCli(
  context: CliContext,
  options: { heartbeat?: boolean } = {},
): Promise<AgentClient> {
  const { config } = context
  const socketPath = config.endpoints.requests.startsWith('ipc://')
    ? config.endpoints.requests.slice(6)
    : undefined
  if (socketPath !== undefined && !existsSync(socketPath)) {
    throw new AgentUnreachableError(
      `no agent at ${config.endpoints.requests}: is idstation-agent running?`,
    )
  }
  const serverPublicKey = await readAgentPublicKey(config.keys.agentKeyFile)
  const keys = await readClientKeyPair(cliKeyFile(config))
  return AgentClient.connect({
    requestsEndpoint: config.endpoints.requests,
    eventsEndpoint: config.endpoints.events,
    serverPublicKey,
    keys,
    clientName: 'idstation-cli',
    connectTimeoutMs: 3000,
    heartbeat: options.heartbeat ?? false,
  })
}

/** Runs `body` with a connected client and always closes it. */
export async function withAgent<T>(
  context: CliContext,
  body: (client: AgentClient) => Promise<T>,
  options: { heartbeat?: boolean } = {},
): Promise<T> {
  const client = await connectCli(context, options)
  try {
    return await body(client)
  } finally {
    client.close()
  }
}
