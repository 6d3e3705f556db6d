import { isCommandGroup, type CliCommand } from './command'
import { EXIT_CODES } from './exit-codes'

const GLOBAL_OPTIONS = [
  ['--json', 'print one JSON document instead of text'],
  ['--config <file>', 'JSON configuration file (default: $IDSTATION_CONFIG)'],
  ['--data-dir <dir>', 'override dataDir (keys, logs)'],
  ['--runtime-dir <dir>', 'override runtimeDir (agent sockets)'],
  ['--set <key>=<value>', 'override any configuration key; repeatable'],
  ['--log-level <level>', 'error, warn, info or debug'],
  ['-h, --help', 'show help for idstation or a command'],
] as const

function columns(rows: readonly (readonly [string, string])[], indent = '  '): string[] {
  const width = Math.max(...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `${indent}${left.padEnd(width)}  ${right}`)
}

/** `idstation --help`: commands, global options and exit codes. */
export function renderMainHelp(commands: readonly CliCommand[]): string {
  const exitRows = Object.entries(EXIT_CODES).map(
    ([name, code]) =>
      [String(code), name.replace(/[A-Z]/g, letter => ` ${letter.toLowerCase()}`)] as const,
  )
  return [
    'Usage: idstation [global options] <command> [arguments]',
    '',
    'Commands:',
    ...columns(commands.map(command => [command.name, command.summary] as const)),
    '',
    'Global options:',
    ...columns(GLOBAL_OPTIONS),
    '',
    'Exit codes:',
    ...columns(exitRows),
    '',
    'Run idstation <command> --help for the command.',
    '',
  ].join('\n')
}

/** `idstation <command> --help`; `path` is e.g. `keys add-client`. */
export function renderCommandHelp(path: string, command: CliCommand): string {
  if (!isCommandGroup(command)) return `${command.usage}\n`
  return [
    `Usage: idstation ${path} <subcommand> [arguments]`,
    '',
    `${command.summary[0]?.toUpperCase() ?? ''}${command.summary.slice(1)}.`,
    '',
    'Subcommands:',
    ...columns(command.subcommands.map(sub => [sub.name, sub.summary] as const)),
    '',
    `Run idstation ${path} <subcommand> --help for the subcommand.`,
    '',
  ].join('\n')
}
