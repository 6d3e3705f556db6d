import fs from 'node:fs'
import path from 'node:path'
import type { CliLeafCommand } from '../../command'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { exited, spawnTs } from '../../spawn-helpers'
import { UsageError } from '../../usage-error'

const KINDS = ['fingerprint-scanner'] as const

/**
 * `idstation simulate device`: a simulated device as a process of its own, announced in
 * providers.simulated.dir, so stopping it (Ctrl-C, or kill -9) is unplugging the device. The
 * terminal is its control input: a JSON command typed as one line is answered on stdout.
 */
export const SIMULATE_DEVICE_COMMAND: CliLeafCommand = {
  name: 'device',
  summary: 'run a simulated device until Ctrl-C (the agent needs providers.simulated.enabled)',
  usage: [
    'Usage: idstation simulate device [--name NAME] [--kind fingerprint-scanner] [--serial S]',
    '',
    'Plugs a simulated device into the agent through providers.simulated.dir; Ctrl-C unplugs it.',
    'Start the agent with: idstation-agent --set providers.simulated.enabled=true',
    'Type control commands as JSON lines, e.g. {"cmd":"present","identity":"applicant-1"}',
    '(simulators/fingerprint/control.ts lists them); each is answered on stdout.',
  ].join('\n'),
  async run(context) {
    const { values, positionals } = parseCommandArgs(context.args, {
      name: { type: 'string' },
      kind: { type: 'string' },
      serial: { type: 'string' },
    })
    if (positionals.length !== 0)
      throw new UsageError('usage: idstation simulate device [--name NAME] [--serial S]')
    const kind = values.kind ?? 'fingerprint-scanner'
    if (!(KINDS as readonly string[]).includes(kind))
      throw new UsageError(`--kind must be one of: ${KINDS.join(', ')}`)
    const name = values.name ?? 'fp1'
    const dir = context.config.providers.simulated.dir
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
    const child = spawnTs(
      path.join('simulators', 'device', 'main.ts'),
      [
        '--dir',
        dir,
        '--name',
        name,
        '--kind',
        kind,
        ...(values.serial ? ['--serial', values.serial] : []),
      ],
      'inherit',
      // The terminal is the simulator's control input (JSON lines).
      'inherit',
    )
    const onAbort = () => child.kill('SIGTERM')
    context.signal.addEventListener('abort', onAbort, { once: true })
    context.output.error(`simulated ${kind} "${name}" plugged in at ${dir}; Ctrl-C unplugs it`)
    const code = await exited(child)
    context.signal.removeEventListener('abort', onAbort)
    return code === 0 || context.signal.aborted ? EXIT_CODES.ok : EXIT_CODES.failure
  },
}
