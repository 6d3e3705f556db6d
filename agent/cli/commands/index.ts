import type { CliCommand } from '../command'
import { KEYS_COMMAND } from './keys'

/**
 * The `idstation` command table, in help order. A new command is a file (or folder) in this
 * directory exporting a `CliCommand`, registered here with one line.
 */
export const COMMANDS: readonly CliCommand[] = [KEYS_COMMAND]
