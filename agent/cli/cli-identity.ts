import { join } from 'node:path'
import type { AgentConfig } from '../config/schema'

/** The name under which `keys init` enrols the CLI's own key in authorized-clients. */
export const CLI_CLIENT_NAME = 'technician-cli'

/**
 * The CLI's own key pair file, `<dataDir>/keys/cli.key`: the identity `idstation` commands use
 * to connect to the agent, created by `idstation keys init`.
 */
export function cliKeyFile(config: AgentConfig): string {
  return join(config.dataDir, 'keys', 'cli.key')
}
