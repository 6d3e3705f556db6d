import type { CliCommandGroup } from '../../command'
import { JOBS_LIST_COMMAND } from './list'
import { JOBS_RESOLVE_COMMAND } from './resolve'
import { JOBS_SHOW_COMMAND } from './show'

/** `idstation jobs …`: the job journal as the agent serves it. */
export const JOBS_COMMAND: CliCommandGroup = {
  name: 'jobs',
  summary: 'issuance jobs: list, show, resolve',
  subcommands: [JOBS_LIST_COMMAND, JOBS_SHOW_COMMAND, JOBS_RESOLVE_COMMAND],
}
