import { readFile } from 'node:fs/promises'
import { ensureAgentKeys } from '../../../keys/agent-keys'
import {
  authorizedClientFile,
  parseAuthorizedClientFile,
  writeAuthorizedClient,
} from '../../../keys/authorized-clients'
import { ensureClientKeyPair } from '../../../keys/client-keys'
import { keyFingerprint } from '../../../keys/fingerprint'
import { CLI_CLIENT_NAME, cliKeyFile } from '../../cli-identity'
import type { CliLeafCommand } from '../../command'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'

async function enrolledKey(dir: string): Promise<string | undefined> {
  try {
    const parsed = parseAuthorizedClientFile(
      await readFile(authorizedClientFile(dir, CLI_CLIENT_NAME), 'utf8'),
    )
    return parsed.ok && parsed.role === 'technician' ? parsed.publicKey : undefined
  } catch {
    return undefined
  }
}

/** `idstation keys init`: idempotent, so it is safe in install scripts. */
export const KEYS_INIT_COMMAND: CliLeafCommand = {
  name: 'init',
  summary: "create the agent's key pair and the CLI's technician key, and enrol the latter",
  usage: [
    'Usage: idstation keys init [--json]',
    '',
    "Creates what is missing, keeps what exists: the agent's CURVE key pair (keys.agentKeyFile,",
    "mode 0600) with its public key beside it (agent.pub), the CLI's own key pair",
    `<dataDir>/keys/cli.key, and its enrolment as "${CLI_CLIENT_NAME}" (technician) in`,
    'keys.authorizedClientsDir. A running agent reads the allow-list on every new connection.',
  ].join('\n'),
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    if (positionals.length > 0) throw new UsageError(`keys init takes no arguments`)
    const { keys } = context.config
    const agent = await ensureAgentKeys(keys.agentKeyFile, context.logger)
    const cliFile = cliKeyFile(context.config)
    const cli = await ensureClientKeyPair(cliFile)
    const enrolled = (await enrolledKey(keys.authorizedClientsDir)) === cli.keyPair.publicKey
    if (!enrolled) {
      // A different key under our name is a previous cli.key that no longer exists: replace it.
      await writeAuthorizedClient(
        keys.authorizedClientsDir,
        {
          name: CLI_CLIENT_NAME,
          role: 'technician',
          publicKey: cli.keyPair.publicKey,
          comment: 'written by idstation keys init',
        },
        { replace: true },
      )
      context.logger.info('client key enrolled', {
        event: 'keys.client-enrolled',
        keyName: CLI_CLIENT_NAME,
        role: 'technician',
        keyFingerprint: keyFingerprint(cli.keyPair.publicKey),
      })
    }
    const summary = {
      agentKey: {
        path: keys.agentKeyFile,
        fingerprint: keyFingerprint(agent.keyPair.publicKey),
        created: agent.created,
      },
      cliKey: {
        path: cliFile,
        fingerprint: keyFingerprint(cli.keyPair.publicKey),
        created: cli.created,
      },
      enrolment: {
        name: CLI_CLIENT_NAME,
        role: 'technician',
        dir: keys.authorizedClientsDir,
        changed: !enrolled,
      },
    }
    if (context.json) {
      context.output.json(summary)
      return EXIT_CODES.ok
    }
    const state = (created: boolean) => (created ? 'created' : 'kept')
    context.output.table(
      ['item', 'state', 'fingerprint', 'path'],
      [
        ['agent key', state(agent.created), summary.agentKey.fingerprint, summary.agentKey.path],
        ['cli key', state(cli.created), summary.cliKey.fingerprint, summary.cliKey.path],
        [
          `client ${CLI_CLIENT_NAME}`,
          enrolled ? 'kept' : 'enrolled',
          summary.cliKey.fingerprint,
          keys.authorizedClientsDir,
        ],
      ],
    )
    return EXIT_CODES.ok
  },
}
