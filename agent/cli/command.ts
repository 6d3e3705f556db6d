import type { AgentConfig } from '../config/schema'
import type { Logger } from '../../drivers/core/logger'
import type { ExitCode } from './exit-codes'
import type { CliOutput } from './output'

/** What a command receives. */
export interface CliContext {
  /** The arguments after the command's name (and subcommand's), global flags removed. */
  readonly args: readonly string[]
  readonly config: AgentConfig
  /** `--json` was given: print one JSON document with `output.json` instead of text. */
  readonly json: boolean
  readonly output: CliOutput
  /** Warnings reach stderr; info lines only with `--log-level debug`. */
  readonly logger: Logger
  /** Aborted on Ctrl-C; commands that wait on the agent pass it on. */
  readonly signal: AbortSignal
  /** Base for relative paths on the command line. */
  readonly cwd: string
}

/**
 * A command that does the work. `run` returns the exit code for expected outcomes and throws
 * for the rest (`UsageError` → 2, `AgentError` by code, see `exitCodeForError`).
 */
export interface CliLeafCommand {
  readonly name: string
  /** One line for `idstation --help`. */
  readonly summary: string
  /** Shown by `idstation <name> --help`: synopsis, options, examples. */
  readonly usage: string
  run(context: CliContext): Promise<ExitCode>
}

/** A command that only names subcommands, like `keys init|list|add-client|remove`. */
export interface CliCommandGroup {
  readonly name: string
  readonly summary: string
  readonly subcommands: readonly CliCommand[]
}

/** An entry of the command table (agent/cli/commands/index.ts). */
export type CliCommand = CliLeafCommand | CliCommandGroup

/** True for a group, whose usage is its subcommand list. */
export function isCommandGroup(command: CliCommand): command is CliCommandGroup {
  return 'subcommands' in command
}
