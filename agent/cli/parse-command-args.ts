import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './usage-error'

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * `util.parseArgs` in strict mode over a command's arguments, with its errors (unknown option,
 * missing value) turned into `UsageError` so the CLI exits with 2.
 */
export function parseCommandArgs<const O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: true })
  } catch (error) {
    const message = error instanceof Error ? error.message : 'invalid arguments'
    throw new UsageError(message)
  }
}
