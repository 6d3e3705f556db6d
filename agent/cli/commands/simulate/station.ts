import path from 'node:path'
import { isZ85Key } from '../../../../protocol/z85'
import type { CliLeafCommand } from '../../command'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { exited, spawnTs } from '../../spawn-helpers'
import { UsageError } from '../../usage-error'

/** The station's own exit codes (simulators/station/main.ts). */
const STATION_USAGE = 2

/** Where `simulate station` and `simulate control` keep the station unless --dir says. */
export const DEFAULT_STATION_DIR = path.join('.data', 'station')

/**
 * `idstation simulate station`: a whole simulated workstation (simulators/station/main.ts, started
 * by path) that stays up until Ctrl-C or SIGTERM, both of which stop every process it started.
 */
export const SIMULATE_STATION_COMMAND: CliLeafCommand = {
  name: 'station',
  summary: 'run a whole simulated workstation and the agent until Ctrl-C, for front-end work',
  usage: [
    'Usage: idstation simulate station [--dir DIR] [--timing fast|realistic] [--printer-pairs N]',
    '                                  [--client-key FILE|Z85 [--client-name NAME]] [--json]',
    '',
    'Starts a private pcscd with its vpcd readers, an Evolis card printer and a passport page',
    'printer (each with a chip in its encoder), a fingerprint reader, a test PKI (SoftHSM2 when',
    'installed) and the real agent; prints the endpoints, the agent key, the device ids and how',
    'to enrol a front-end key (--json: one JSON document), then runs until Ctrl-C.',
    'DIR (default ./.data/station) is emptied first; DIR/station.json describes the running',
    'station. --client-key enrols that public key as an operator at start (name: front-end).',
    'Needs root and the Debian packages pcscd, vsmartcard-vpcd and socat.',
    'See docs/simulated-station.md.',
  ].join('\n'),
  async run(context) {
    const { values, positionals } = parseCommandArgs(context.args, {
      dir: { type: 'string' },
      timing: { type: 'string' },
      'printer-pairs': { type: 'string' },
      'client-key': { type: 'string' },
      'client-name': { type: 'string' },
    })
    if (positionals.length > 0) throw new UsageError('simulate station takes no positionals')
    const timing = values.timing ?? 'fast'
    if (timing !== 'fast' && timing !== 'realistic') {
      throw new UsageError('--timing is fast or realistic')
    }
    const clientKey = values['client-key']
    const child = spawnTs(
      path.join('simulators', 'station', 'main.ts'),
      [
        ...['--dir', path.resolve(context.cwd, values.dir ?? DEFAULT_STATION_DIR)],
        ...['--timing', timing],
        ...(values['printer-pairs'] === undefined
          ? []
          : ['--printer-pairs', values['printer-pairs']]),
        ...(clientKey === undefined
          ? []
          : [
              '--client-key',
              isZ85Key(clientKey) ? clientKey : path.resolve(context.cwd, clientKey),
            ]),
        ...(values['client-name'] === undefined ? [] : ['--client-name', values['client-name']]),
        ...(context.json ? ['--json'] : []),
      ],
      'inherit',
    )
    // Ctrl-C reaches the station too (one process group); SIGTERM, or a SIGINT sent to this
    // process alone, is passed on, so the station always stops what it started.
    const stop = () => child.kill('SIGTERM')
    context.signal.addEventListener('abort', stop, { once: true })
    process.once('SIGTERM', stop)
    try {
      const code = await exited(child)
      if (code === 0) return EXIT_CODES.ok
      return code === STATION_USAGE ? EXIT_CODES.usage : EXIT_CODES.failure
    } finally {
      context.signal.removeEventListener('abort', stop)
      process.off('SIGTERM', stop)
    }
  },
}
