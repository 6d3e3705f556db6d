import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Station } from './station'

/** The file a running station describes itself in, inside its directory. */
export const STATE_FILE = 'station.json'

/** One simulator a control command can reach: its control socket and its process. */
export interface ControlEntry {
  readonly kind: 'fingerprint-scanner' | 'card-printer' | 'page-printer'
  /** The simulator's JSON-lines control channel, served on this Unix socket. */
  readonly socket: string
  readonly pid: number
  /** The agent's id for this device. */
  readonly deviceId: string
}

/**
 * What `idstation simulate station` prints once ready (one JSON document with --json) and keeps
 * in DIR/station.json while it runs: how a front-end reaches the agent, and how a tool reaches
 * the simulators. docs/simulated-station.md describes every field.
 */
export interface StationState {
  readonly station: 'ready'
  readonly pid: number
  readonly dir: string
  readonly dataDir: string
  readonly runtimeDir: string
  readonly printedDir: string
  readonly endpoints: { readonly requests: string; readonly events: string }
  readonly agent: {
    readonly pid: number
    readonly publicKey: string
    readonly publicKeyFile: string
  }
  readonly devices: Readonly<Record<string, string>>
  readonly controls: Readonly<Record<string, ControlEntry>>
  readonly pcscd: { readonly pid: number; readonly mode: string }
  readonly signer: 'softhsm' | 'key-file'
  readonly enrol: {
    /** The command line that enrols a front-end's public key with this station's agent. */
    readonly command: string
    /** The key `--client-key` enrolled at start, if any. */
    readonly enrolled?: {
      readonly name: string
      readonly role: 'operator'
      readonly publicKey: string
    }
    /** Ready-made key pair files of the station's own clients (for quick experiments). */
    readonly stationKeys: { readonly operator: string; readonly technician: string }
  }
}

/** The placeholder for the front-end's key in the printed enrol command. */
export const PUBLIC_KEY_PLACEHOLDER = '<PUBLIC-KEY-Z85>'

/** The state of a started station, its control sockets and the key enrolled at start. */
export function describeStation(
  station: Station,
  controls: Readonly<Record<string, ControlEntry>>,
  enrolled: StationState['enrol']['enrolled'],
): StationState {
  return {
    station: 'ready',
    pid: process.pid,
    dir: station.dir,
    dataDir: station.dataDir,
    runtimeDir: station.runtimeDir,
    printedDir: station.printedDir,
    endpoints: station.endpoints,
    agent: {
      pid: station.agent.child.pid ?? 0,
      publicKey: station.agentPublicKey,
      publicKeyFile: station.agentPublicKeyFile,
    },
    devices: stationDevices(station),
    controls,
    pcscd: { pid: station.pcscdPid, mode: station.pcscdMode },
    signer: station.pki.mode,
    enrol: {
      command: [
        'idstation keys add-client front-end --role operator',
        `--public-key ${PUBLIC_KEY_PLACEHOLDER} --data-dir ${station.dataDir}`,
      ].join(' '),
      ...(enrolled === undefined ? {} : { enrolled }),
      stationKeys: station.clientKeyFiles,
    },
  }
}

/** The agent's device ids by role; pairs after the first carry their number (`cardPrinter-2`). */
function stationDevices(station: Station): Record<string, string> {
  const devices: Record<string, string> = {}
  for (const [index, lane] of station.lanes.entries()) {
    const suffix = index === 0 ? '' : `-${String(index + 1)}`
    devices[`cardPrinter${suffix}`] = lane.devices.cardPrinter
    devices[`cardEncoder${suffix}`] = lane.devices.cardEncoder
    devices[`pagePrinter${suffix}`] = lane.devices.pagePrinter
    devices[`pageEncoder${suffix}`] = lane.devices.pageEncoder
  }
  devices.scanner = station.devices.scanner
  return devices
}

/** Writes DIR/station.json atomically (a reader never sees half a file). */
export function writeStationState(dir: string, state: StationState): void {
  const file = path.join(dir, STATE_FILE)
  writeFileSync(`${file}.tmp`, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 })
  renameSync(`${file}.tmp`, file)
}

export function removeStationState(dir: string): void {
  rmSync(path.join(dir, STATE_FILE), { force: true })
}

/** The pid of a station that still runs in `dir`, if one does. */
export function runningStationPid(dir: string): number | undefined {
  let pid: unknown
  try {
    pid = (JSON.parse(readFileSync(path.join(dir, STATE_FILE), 'utf8')) as { pid?: unknown }).pid
  } catch {
    return undefined
  }
  if (typeof pid !== 'number' || !Number.isInteger(pid) || pid <= 0) return undefined
  try {
    process.kill(pid, 0)
    return pid
  } catch {
    return undefined
  }
}
