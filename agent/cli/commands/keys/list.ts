import { listAuthorizedClients } from '../../../keys/authorized-clients'
import { keyFingerprint } from '../../../keys/fingerprint'
import type { CliLeafCommand } from '../../command'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'

/** `idstation keys list`: fingerprints only, so the listing can be pasted into a ticket. */
export const KEYS_LIST_COMMAND: CliLeafCommand = {
  name: 'list',
  summary: 'list enrolled clients: name, role, key fingerprint',
  usage: [
    'Usage: idstation keys list [--json]',
    '',
    'Lists keys.authorizedClientsDir. Files that would be skipped by the agent are reported on',
    'stderr by file name.',
  ].join('\n'),
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    if (positionals.length > 0) throw new UsageError('keys list takes no arguments')
    const clients = await listAuthorizedClients(
      context.config.keys.authorizedClientsDir,
      context.logger,
    )
    const rows = clients.map(client => ({
      name: client.name,
      role: client.role,
      fingerprint: keyFingerprint(client.publicKey),
    }))
    if (context.json) context.output.json(rows)
    else if (rows.length === 0)
      context.output.print('no clients enrolled; run: idstation keys init')
    else
      context.output.table(
        ['name', 'role', 'fingerprint'],
        rows.map(row => [row.name, row.role, row.fingerprint]),
      )
    return EXIT_CODES.ok
  },
}
