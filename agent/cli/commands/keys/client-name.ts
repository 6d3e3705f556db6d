import { isValidClientName } from '../../../keys/authorized-clients'
import { UsageError } from '../../usage-error'

/** Takes the single `<name>` positional of a keys subcommand, or throws a usage error. */
export function clientNameArgument(command: string, positionals: readonly string[]): string {
  if (positionals.length !== 1) throw new UsageError(`keys ${command} takes one client name`)
  const name = positionals[0] ?? ''
  if (!isValidClientName(name)) {
    throw new UsageError(
      `invalid client name "${name}": use 1-63 of a-z, 0-9 and -, starting with a letter or digit`,
    )
  }
  return name
}
