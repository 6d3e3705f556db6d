import { removeAuthorizedClient } from '../../../keys/authorized-clients'
import type { CliLeafCommand } from '../../command'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { clientNameArgument } from './client-name'

/** `idstation keys remove <name>`. */
export const KEYS_REMOVE_COMMAND: CliLeafCommand = {
  name: 'remove',
  summary: 'revoke an enrolled client key',
  usage: [
    'Usage: idstation keys remove <name> [--json]',
    '',
    'Deletes <name>.key from keys.authorizedClientsDir. A running agent closes the sessions of',
    'that key within a second (its leases are released, its jobs end as on a disconnect) and',
    'cuts its event subscriptions.',
  ].join('\n'),
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    const name = clientNameArgument('remove', positionals)
    const removed = await removeAuthorizedClient(context.config.keys.authorizedClientsDir, name)
    if (!removed) {
      context.output.error(`idstation: no client named ${name} is enrolled`)
      return EXIT_CODES.failure
    }
    context.logger.info('client key removed', { event: 'keys.client-removed', keyName: name })
    if (context.json) context.output.json({ name, removed: true })
    else context.output.print(`removed ${name}`)
    return EXIT_CODES.ok
  },
}
