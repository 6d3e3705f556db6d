import { SYSTEM_CLOCK } from '../drivers/core/clock'
import type { Logger } from '../drivers/core/logger'
import { DRIVERS } from '../drivers/registry'
import type { AgentConfig } from './config/schema'
import { ensureAgentKeys } from './keys/agent-keys'
import { loadAuthorizedClients } from './keys/authorized-clients'
import { JobJournal } from './jobs/journal'
import { personalizationFromConfig } from './personalization/from-config'
import { keyFingerprint } from './keys/fingerprint'
import { watchDirectory } from './keys/watch-directory'
import { createProviders } from './providers'
import { AgentServer } from './server/agent-server'
import { DeviceRegistry } from './services/devices/device-registry'
import { AGENT_VERSION } from './version'

export interface RunningAgent {
  readonly server: AgentServer
  readonly registry: DeviceRegistry
  /** Ends sessions (releasing leases), closes sockets and devices. Idempotent. */
  stop(): Promise<void>
}

/**
 * Builds the agent's object graph from a validated configuration and starts it: keys, the
 * server (which takes the endpoint lock first, so a second agent touches no device), then the
 * device registry.
 */
export async function startAgent(config: AgentConfig, logger: Logger): Promise<RunningAgent> {
  // StrictModes: the key files and their directories must be this user's (or root's) alone.
  const uid = process.getuid?.()
  const { keyPair } = await ensureAgentKeys(config.keys.agentKeyFile, logger, process.platform, uid)
  const registry = new DeviceRegistry({
    providers: createProviders(config.providers, logger),
    drivers: DRIVERS,
    logger,
    ...(config.drivers.allow.length > 0 ? { allow: config.drivers.allow } : {}),
    driverOptions: config.drivers.options,
  })
  // Opened before the endpoints are bound, and interrupted jobs marked, so no request can race
  // a job a crash left behind.
  const journal = JobJournal.open(config.journal.path, {
    stationSerial: config.personalization.stationSerial,
  })
  const personalization = await personalizationFromConfig(config, logger, SYSTEM_CLOCK)
  const server = new AgentServer({
    endpoints: config.endpoints,
    agentKeys: keyPair,
    // Read on every handshake and Hello, so enrolling or removing a key needs no restart.
    lookup: async publicKey => {
      const clients = await loadAuthorizedClients(
        config.keys.authorizedClientsDir,
        logger,
        process.platform,
        uid,
      )
      return clients.get(publicKey)
    },
    // `keys remove` cuts the key's sessions and subscriptions within a second.
    keys: {
      recheckIntervalMs: 1000,
      watch: onChange => watchDirectory(config.keys.authorizedClientsDir, onChange, logger),
    },
    fingerprint: keyFingerprint,
    limits: config.limits,
    sessions: config.sessions,
    events: config.events,
    source: registry,
    printerEncoders: config.printers.encoders,
    capabilities: () => ['devices', 'leases', 'events'],
    agentVersion: AGENT_VERSION,
    logger,
    clock: SYSTEM_CLOCK,
    jobs: {
      journal,
      ...(personalization === undefined ? {} : { personalization: personalization.engine }),
      issuance: config.issuance,
    },
  })
  server.jobs?.recover()
  try {
    await server.start()
  } catch (error) {
    journal.close()
    await personalization?.close()
    throw error
  }
  try {
    await registry.start()
  } catch (error) {
    await server.stop()
    journal.close()
    await personalization?.close()
    throw error
  }
  let stopping: Promise<void> | undefined
  return {
    server,
    registry,
    stop: () =>
      (stopping ??= (async () => {
        await server.stop()
        await registry.stop()
        journal.close()
        await personalization?.close()
      })()),
  }
}
