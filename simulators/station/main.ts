/**
 * A simulated workstation that stays up until SIGINT or SIGTERM, for front-end developers:
 * `idstation simulate station` runs this file (docs/simulated-station.md).
 *
 *   tsx simulators/station/main.ts --dir DIR [--timing fast|realistic] [--printer-pairs N]
 *       [--client-key FILE|Z85 [--client-name NAME]] [--json]
 *
 * DIR is emptied first (only when it is empty, missing or an earlier station's); everything lives
 * in it: keys, journal, logs, printed faces, sockets, and DIR/station.json while it runs. Once every
 * device is ready it prints the endpoints, the agent's public key, the device ids, the control
 * sockets and how to enrol a front-end key (with --json one JSON document, the same as
 * station.json). --client-key enrols that public key (Z85, a file holding it, or a key pair file
 * from `idstation keys add-client --generate`) as an operator named NAME (front-end).
 *
 * Each simulator's JSON-lines control channel is served on DIR/run/control/<name>.sock
 * (control-socket.ts). SIGINT/SIGTERM stop the agent, the simulators and the private pcscd,
 * remove station.json and exit 0. Exit 1: the station failed; 2: usage; 69: it cannot run here
 * (not root, a Debian package missing).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { writeAuthorizedClient } from '../../agent/keys/authorized-clients'
import { readClientKeyPair } from '../../agent/keys/client-keys'
import { isZ85Key } from '../../protocol/z85'
import { serveControlSocket, type ControlSocket } from './control-socket'
import type { SimProcess } from './sim-process'
import { startStation, StationUnavailable, type Station } from './station'
import {
  describeStation,
  removeStationState,
  runningStationPid,
  STATE_FILE,
  writeStationState,
  type ControlEntry,
  type StationState,
} from './station-state'

const EX_USAGE = 2
const IDLE_POLL = {
  evolis: { pollIntervalMs: 1000 },
  'idstation-page': { pollIntervalMs: 1000 },
}
const EX_UNAVAILABLE = 69

async function main(): Promise<number> {
  // Set by a signal handler: an object, so the checks below are not narrowed away.
  const signalled = { stopping: false }
  let stop: () => Promise<void> = () => Promise.resolve()
  let stopped: Promise<void> | undefined
  const onSignal = () => {
    signalled.stopping = true
    stopped ??= stop()
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)

  const options = parseOptions()
  const dir = path.resolve(options.dir)
  const running = runningStationPid(dir)
  if (running !== undefined) {
    process.stderr.write(`a station already runs in ${dir} (pid ${String(running)})\n`)
    return 1
  }
  if (!emptiable(dir)) {
    process.stderr.write(
      `${dir} holds files that are not a station's: give --dir an empty or new directory\n`,
    )
    return EX_USAGE
  }
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true, mode: 0o700 })

  let station: Station
  try {
    station = await startStation({
      dir,
      timing: options.timing,
      printerPairs: options.printerPairs,
      media: 100,
      // A front-end sees an opened cover or an emptied feeder without starting a job: the
      // printer drivers ask for their status every second while idle (off by default).
      agentSettings: [`drivers.options=${JSON.stringify(IDLE_POLL)}`],
    })
  } catch (error) {
    if (signalled.stopping) return 0
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    return error instanceof StationUnavailable ? EX_UNAVAILABLE : 1
  }
  const sockets: ControlSocket[] = []
  stop = async () => {
    removeStationState(dir)
    for (const socket of sockets) await socket.close()
    await station.stop()
  }
  if (signalled.stopping) {
    await (stopped = stop())
    return 0
  }

  try {
    const enrolled =
      options.clientKey === undefined
        ? undefined
        : await enrol(station, options.clientKey, options.clientName)
    const controlDir = path.join(station.runtimeDir, 'control')
    mkdirSync(controlDir, { recursive: true, mode: 0o700 })
    const controls: Record<string, ControlEntry> = {}
    const serve = async (
      name: string,
      kind: ControlEntry['kind'],
      deviceId: string,
      target: () => SimProcess,
    ) => {
      const socket = await serveControlSocket(path.join(controlDir, `${name}.sock`), target)
      sockets.push(socket)
      controls[name] = { kind, socket: socket.path, pid: target().child.pid ?? 0, deviceId }
    }
    for (const [index, lane] of station.lanes.entries()) {
      const suffix = index === 0 ? '' : `-${String(index + 1)}`
      await serve(
        `card-printer${suffix}`,
        'card-printer',
        lane.devices.cardPrinter,
        () => lane.cardPrinter,
      )
      await serve(
        `page-printer${suffix}`,
        'page-printer',
        lane.devices.pagePrinter,
        () => lane.pagePrinter,
      )
    }
    await serve('scanner', 'fingerprint-scanner', station.devices.scanner, () => station.scanner)
    const state = describeStation(station, controls, enrolled)
    writeStationState(dir, state)
    if (options.json) process.stdout.write(`${JSON.stringify(state, null, 2)}\n`)
    else process.stdout.write(describe(state))
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    await (stopped ??= stop())
    return 1
  }

  // Whoever started the station (the idstation CLI) gone, even by SIGKILL, stops it too: it
  // never lingers as an orphan holding pcscd, the ptys and the sockets.
  const parent = process.ppid
  const orphaned = setInterval(() => {
    if (process.ppid !== parent) onSignal()
  }, 1000)
  orphaned.unref()

  // The agent ending on its own ends the station: a front-end would otherwise wait on nothing.
  const agentExit = new Promise<number>(resolve => {
    station.agent.child.once('exit', code => {
      resolve(code ?? 1)
    })
  })
  const outcome = await Promise.race([
    agentExit.then(code => ({ agent: code })),
    new Promise<'signal'>(resolve => {
      const check = setInterval(() => {
        if (stopped !== undefined) {
          clearInterval(check)
          resolve('signal')
        }
      }, 100)
    }),
  ])
  if (outcome !== 'signal' && stopped === undefined) {
    process.stderr.write(`the agent exited on its own (${String(outcome.agent)})\n`)
    await (stopped = stop())
    return 1
  }
  await stopped
  return 0
}

interface Options {
  readonly dir: string
  readonly timing: 'fast' | 'realistic'
  readonly printerPairs: number
  readonly clientKey?: string
  readonly clientName: string
  readonly json: boolean
}

function parseOptions(): Options {
  let values
  try {
    ;({ values } = parseArgs({
      options: {
        dir: { type: 'string' },
        timing: { type: 'string', default: 'fast' },
        'printer-pairs': { type: 'string', default: '1' },
        'client-key': { type: 'string' },
        'client-name': { type: 'string', default: 'front-end' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    }))
  } catch (error) {
    return usage(error instanceof Error ? error.message : String(error))
  }
  if (values.dir === undefined) return usage('--dir DIR is required')
  const timing = values.timing
  if (timing !== 'fast' && timing !== 'realistic') return usage('--timing is fast or realistic')
  const printerPairs = Number(values['printer-pairs'])
  if (!Number.isInteger(printerPairs) || printerPairs < 1 || printerPairs > 4) {
    return usage('--printer-pairs is a whole number from 1 to 4')
  }
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(values['client-name'])) {
    return usage("--client-name: letters, digits, '-' and '_'")
  }
  return {
    dir: values.dir,
    timing,
    printerPairs,
    ...(values['client-key'] === undefined ? {} : { clientKey: values['client-key'] }),
    clientName: values['client-name'],
    json: values.json,
  }
}

function usage(message: string): never {
  process.stderr.write(`${message}\n`)
  process.exit(EX_USAGE)
}

/** Missing, empty, or left by an earlier station (its state file or its data folders). */
function emptiable(dir: string): boolean {
  if (!existsSync(dir)) return true
  const entries = readdirSync(dir)
  return (
    entries.length === 0 ||
    entries.includes(STATE_FILE) ||
    (entries.includes('data') && entries.includes('run'))
  )
}

/** Enrols the front-end's public key (Z85, a file holding it, or a client key pair file). */
async function enrol(
  station: Station,
  given: string,
  name: string,
): Promise<NonNullable<StationState['enrol']['enrolled']>> {
  let publicKey = given
  if (!isZ85Key(given)) {
    const text = readFileSync(given, 'utf8').trim()
    publicKey = isZ85Key(text) ? text : (await readClientKeyPair(given)).publicKey
  }
  await writeAuthorizedClient(path.join(station.dataDir, 'keys', 'authorized-clients'), {
    name,
    role: 'operator',
    publicKey,
  })
  return { name, role: 'operator', publicKey }
}

/** The ready message for people. */
function describe(state: StationState): string {
  const lines = [
    'idstation simulated station ready; Ctrl-C stops it',
    '',
    `  requests    ${state.endpoints.requests}`,
    `  events      ${state.endpoints.events}`,
    `  agent key   ${state.agent.publicKey}  (${state.agent.publicKeyFile})`,
    `  data dir    ${state.dataDir}`,
    `  printed     ${state.printedDir}`,
    `  signer      ${state.signer === 'softhsm' ? 'SoftHSM2 token (PKCS#11)' : 'key file'}`,
    '',
    '  devices',
    ...Object.entries(state.devices).map(([role, id]) => `    ${role.padEnd(14)}${id}`),
    '',
    '  enrol your front-end key (CURVE public key, Z85):',
    `    ${state.enrol.command}`,
    ...(state.enrol.enrolled === undefined
      ? []
      : [`  enrolled at start: ${state.enrol.enrolled.name} (${state.enrol.enrolled.publicKey})`]),
    '',
    '  control the simulators: idstation simulate control <device> <action>',
    ...Object.keys(state.controls).map(name => `    ${name}`),
    `  state file  ${path.join(state.dir, STATE_FILE)}`,
    '',
  ]
  return `${lines.join('\n')}\n`
}

void main().then(
  code => {
    process.exit(code)
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    )
    process.exit(1)
  },
)
