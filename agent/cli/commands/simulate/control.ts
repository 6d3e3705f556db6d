import { readFile } from 'node:fs/promises'
import { connect } from 'node:net'
import path from 'node:path'
import type { CliLeafCommand } from '../../command'
import { EXIT_CODES } from '../../exit-codes'
import { parseCommandArgs } from '../../parse-command-args'
import { UsageError } from '../../usage-error'
import { ACTIONS_HELP, controlCommand, type ControlledKind } from './control-actions'
import { DEFAULT_STATION_DIR } from './station'

/** What `simulate control` reads of DIR/station.json (simulators/station/station-state.ts). */
interface StationControls {
  readonly pid: number
  readonly controls: Readonly<
    Record<string, { readonly kind: ControlledKind; readonly socket: string }>
  >
}

/**
 * `idstation simulate control`: one control command to a simulator of a running
 * `simulate station`, through the control socket its state file names. The reply is the
 * simulator's own JSON line.
 */
export const SIMULATE_CONTROL_COMMAND: CliLeafCommand = {
  name: 'control',
  summary: 'send a control command to a simulator of a running simulated station',
  usage: [
    'Usage: idstation simulate control [--dir DIR] <device> <action> [args]',
    '',
    'Finds the station running in DIR (default ./.data/station) through DIR/station.json.',
    'Devices: scanner, card-printer, page-printer (card-printer-2 … with --printer-pairs).',
    '',
    ...ACTIONS_HELP.map(line => `  ${line}`),
    '',
    "Prints the simulator's JSON reply. Exit 1 when no station runs there or the simulator",
    'answers an error, 2 for a usage error. See docs/simulated-station.md.',
  ].join('\n'),
  async run(context) {
    const { values, positionals } = parseCommandArgs(context.args, {
      dir: { type: 'string' },
      identity: { type: 'string' },
      profile: { type: 'string' },
      ms: { type: 'string' },
      count: { type: 'string' },
    })
    const [device, action, ...rest] = positionals
    if (device === undefined || action === undefined) {
      throw new UsageError('give a device and an action, e.g. simulate control scanner present')
    }
    const dir = path.resolve(context.cwd, values.dir ?? DEFAULT_STATION_DIR)
    const station = await readStation(dir)
    if (station === undefined) {
      context.output.error(
        `idstation: no simulated station runs in ${dir}; start one with: idstation simulate station` +
          (values.dir === undefined ? '' : ` --dir ${values.dir}`),
      )
      return EXIT_CODES.failure
    }
    const target = station.controls[device]
    if (target === undefined) {
      throw new UsageError(
        `no device ${device} in this station; one of ${Object.keys(station.controls).join(', ')}`,
      )
    }
    const command = controlCommand(target.kind, action, rest, values)
    const reply = await send(target.socket, command)
    if (context.json) context.output.json(reply)
    else context.output.print(JSON.stringify(reply))
    if (reply.event === 'error') {
      if (!context.json) {
        context.output.error(`idstation: ${device} refused: ${String(reply.message)}`)
      }
      return EXIT_CODES.failure
    }
    return EXIT_CODES.ok
  },
}

/** The running station's controls, or undefined when none runs in `dir`. */
async function readStation(dir: string): Promise<StationControls | undefined> {
  let state: StationControls
  try {
    state = JSON.parse(await readFile(path.join(dir, 'station.json'), 'utf8')) as StationControls
  } catch {
    return undefined
  }
  try {
    process.kill(state.pid, 0)
  } catch {
    return undefined
  }
  return state
}

/** Sends one JSON line to a control socket and resolves with the reply line. */
function send(
  socketPath: string,
  command: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const socket = connect(socketPath)
    let text = ''
    const timer = setTimeout(() => {
      socket.destroy()
      reject(new Error(`no reply from ${socketPath} within 15 s`))
    }, 15_000)
    socket.on('connect', () => socket.write(`${JSON.stringify(command)}\n`))
    socket.on('data', chunk => {
      text += chunk.toString()
      const end = text.indexOf('\n')
      if (end < 0) return
      clearTimeout(timer)
      socket.end()
      try {
        resolve(JSON.parse(text.slice(0, end)) as Record<string, unknown>)
      } catch {
        reject(
          new Error(`the simulator answered something that is not JSON: ${text.slice(0, end)}`),
        )
      }
    })
    socket.on('error', error => {
      clearTimeout(timer)
      reject(new Error(`cannot reach ${socketPath}: ${error.message}`))
    })
  })
}
