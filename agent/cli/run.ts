import { loadConfig } from '../config/load'
import { createRootLogger } from '../logging/logger'
import { isAgentError } from '../../drivers/core/errors'
import { isCommandGroup, type CliCommand, type CliLeafCommand } from './command'
import { COMMANDS } from './commands'
import { EXIT_CODES, exitCodeForError, type ExitCode } from './exit-codes'
import { renderCommandHelp, renderMainHelp } from './help'
import { createOutput } from './output'

/** The process around the CLI, injectable so tests run commands in-process. */
export interface CliIo {
  readonly stdout: NodeJS.WritableStream
  /** Also where warnings from the logger go. */
  readonly stderr: NodeJS.WritableStream
  readonly env: Readonly<Record<string, string | undefined>>
  readonly cwd: string
  readonly platform?: NodeJS.Platform
  readonly uid?: number
  /** Aborted on Ctrl-C. */
  readonly signal?: AbortSignal
  /** The command table; tests may pass their own. */
  readonly commands?: readonly CliCommand[]
}

interface GlobalFlags {
  readonly json: boolean
  readonly help: boolean
  readonly words: readonly string[]
}

// --json and --help may stand anywhere before a bare `--`, so `idstation keys list --json` works.
function takeGlobalFlags(args: readonly string[]): GlobalFlags {
  const words: string[] = []
  let json = false
  let help = false
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? ''
    if (arg === '--') {
      words.push(...args.slice(index))
      break
    }
    if (arg === '--json') json = true
    else if (arg === '--help' || arg === '-h') help = true
    else words.push(arg)
  }
  return { json, help, words }
}

type Resolved =
  | {
      readonly kind: 'leaf'
      readonly path: string
      readonly command: CliLeafCommand
      readonly args: readonly string[]
    }
  | { readonly kind: 'help'; readonly text: string; readonly exit: ExitCode }
  | { readonly kind: 'usage'; readonly message: string }

function resolveCommand(
  commands: readonly CliCommand[],
  words: readonly string[],
  help: boolean,
): Resolved {
  const [first, ...restWords] = words
  if (first === undefined)
    return {
      kind: 'help',
      text: renderMainHelp(commands),
      exit: help ? EXIT_CODES.ok : EXIT_CODES.usage,
    }
  if (first.startsWith('-')) return { kind: 'usage', message: `unknown option ${first}` }
  let command = commands.find(candidate => candidate.name === first)
  if (command === undefined) return { kind: 'usage', message: `unknown command "${first}"` }
  let path = first
  let args = restWords
  while (isCommandGroup(command)) {
    const [next, ...after] = args
    const sub: CliCommand | undefined = command.subcommands.find(
      candidate => candidate.name === next,
    )
    if (sub === undefined) {
      if (help || next === undefined) {
        return {
          kind: 'help',
          text: renderCommandHelp(path, command),
          exit: help ? EXIT_CODES.ok : EXIT_CODES.usage,
        }
      }
      return { kind: 'usage', message: `unknown subcommand "${path} ${next}"` }
    }
    command = sub
    path = `${path} ${sub.name}`
    args = after
  }
  if (help) return { kind: 'help', text: renderCommandHelp(path, command), exit: EXIT_CODES.ok }
  return { kind: 'leaf', path, command, args }
}

/**
 * Runs one `idstation` invocation and resolves its exit code; never rejects. Configuration
 * flags are read by `loadConfig`, `--json`/`--help` here, the rest by the command.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const output = createOutput(io.stdout, io.stderr)
  const commands = io.commands ?? COMMANDS
  let loaded: ReturnType<typeof loadConfig>
  try {
    loaded = loadConfig({
      argv,
      env: io.env,
      cwd: io.cwd,
      ...(io.platform === undefined ? {} : { platform: io.platform }),
      ...(io.uid === undefined ? {} : { uid: io.uid }),
    })
  } catch (error) {
    output.error(`idstation: ${error instanceof Error ? error.message : String(error)}`)
    return exitCodeForError(error)
  }
  const flags = takeGlobalFlags(loaded.rest)
  const resolved = resolveCommand(commands, flags.words, flags.help)
  if (resolved.kind === 'help') {
    ;(resolved.exit === EXIT_CODES.ok ? io.stdout : io.stderr).write(resolved.text)
    return resolved.exit
  }
  if (resolved.kind === 'usage') {
    output.error(`idstation: ${resolved.message}; see idstation --help`)
    return EXIT_CODES.usage
  }
  const root = createRootLogger({
    level: loaded.config.log.level === 'debug' ? 'debug' : 'warn',
    maxFileBytes: loaded.config.log.maxFileBytes,
    maxFiles: loaded.config.log.maxFiles,
    console: 'pretty',
    service: 'idstation-cli',
    version: process.version,
    stream: io.stderr,
  })
  for (const warning of loaded.warnings) output.error(`idstation: warning: ${warning}`)
  const logger = root.logger.child({ component: 'cli', command: resolved.path })
  logger.debug('running', { event: 'cli.command' })
  try {
    return await resolved.command.run({
      args: resolved.args,
      config: loaded.config,
      json: flags.json,
      output,
      logger,
      signal: io.signal ?? new AbortController().signal,
      cwd: io.cwd,
    })
  } catch (error) {
    const code = exitCodeForError(error)
    const message = error instanceof Error ? error.message : String(error)
    const hint = code === EXIT_CODES.usage ? `; see idstation ${resolved.path} --help` : ''
    output.error(`idstation: ${message}${hint}`)
    if (
      code === EXIT_CODES.failure &&
      !isAgentError(error) &&
      error instanceof Error &&
      error.stack !== undefined
    ) {
      logger.debug(error.stack, { event: 'cli.command' })
    }
    return code
  } finally {
    await root.close()
  }
}
