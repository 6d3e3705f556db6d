import { runDoctor, doctorFailed } from '../../diagnostics/run-doctor'
import type { CliContext, CliLeafCommand } from '../command'
import { connectCli } from '../connect'
import { EXIT_CODES } from '../exit-codes'
import { parseCommandArgs } from '../parse-command-args'
import { UsageError } from '../usage-error'

/** The doctor's results for this CLI context: the real system, the CLI's own agent connection. */
export function doctorResults(context: CliContext) {
  return runDoctor(context.config, {
    connect: () => connectCli(context),
    env: process.env,
  })
}

/** `idstation doctor`: what is wrong with this station and the command that fixes it. */
export const DOCTOR_COMMAND: CliLeafCommand = {
  name: 'doctor',
  summary: 'check the agent, pcscd, readers, serial ports, permissions, keys, disk and clock',
  usage: [
    'Usage: idstation doctor [--json]',
    '',
    'Runs every check (the agent may be down) and prints check, status (ok, warn, fail),',
    'what was seen and the fix. Exits 1 when any check fails, 0 otherwise.',
    'docs/troubleshooting.md explains each check.',
  ].join('\n'),
  async run(context) {
    const { positionals } = parseCommandArgs(context.args, {})
    if (positionals.length > 0) throw new UsageError('doctor takes no arguments')
    const results = await doctorResults(context)
    if (context.json) context.output.json(results)
    else
      context.output.table(
        ['check', 'status', 'detail', 'fix'],
        results.map(result => [result.name, result.status, result.detail, result.fix ?? '']),
      )
    return doctorFailed(results) ? EXIT_CODES.failure : EXIT_CODES.ok
  },
}
