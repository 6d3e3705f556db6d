import type { CliCommandGroup } from '../../command'
import { KEYS_ADD_CLIENT_COMMAND } from './add-client'
import { KEYS_INIT_COMMAND } from './init'
import { KEYS_LIST_COMMAND } from './list'
import { KEYS_REMOVE_COMMAND } from './remove'

/** `idstation keys …`: the agent's and the clients' CURVE keys. */
export const KEYS_COMMAND: CliCommandGroup = {
  name: 'keys',
  summary: 'manage the agent key and the authorized client keys',
  subcommands: [KEYS_INIT_COMMAND, KEYS_LIST_COMMAND, KEYS_ADD_CLIENT_COMMAND, KEYS_REMOVE_COMMAND],
}
