import fs from 'node:fs'
import path from 'node:path'
import { NULL_LOGGER } from '../../../drivers/core/logger'
import { AgentClient } from '../../../protocol/client/agent-client'
import { v1 } from '../../../protocol/messages'
import { ensureAgentKeys } from '../../keys/agent-keys'
import { CLI_CLIENT_NAME } from '../cli-identity'
import { writeAuthorizedClient } from '../../keys/authorized-clients'
import { createClientKeyPair } from '../../keys/client-keys'
import { SimProcess } from './sim-process'
import { makeStationPki, softHsmAvailable, type StationPki } from './station-pki'

/** How the simulated devices move: 'fast' (no motion time) or 'realistic' desktop timings. */
export type StationTiming = 'fast' | 'realistic'

export interface StationOptions {
  /** Everything lives here: keys, journal, logs, printed faces, sockets. */
  readonly dir: string
  readonly timing?: StationTiming
  /** Multiplies every simulated motion time. */
  readonly timeScale?: number
  /** Blank cards and booklets in the feeders (and chips in their stacks). */
  readonly media?: number
  /** Simulated capture time of the fingerprint reader, ms. */
  readonly captureMs?: number
  /** 'auto': SoftHSM2 when installed, else a key file. */
  readonly signer?: 'auto' | 'softhsm' | 'key-file'
  /** Extra `--set key=value` for the agent. */
  readonly agentSettings?: readonly string[]
  readonly logLevel?: 'info' | 'debug'
  /**
   * How many card-and-passport printer pairs, each with its own two encoder readers. Default 1;
   * the soak runs more to issue more documents an hour than one pair's chip swaps allow.
   */
  readonly printerPairs?: number
}

/** The agent's ids for one printer pair and the readers at their encoding stations. */
export interface LaneDevices {
  readonly cardPrinter: string
  readonly pagePrinter: string
  readonly cardEncoder: string
  readonly pageEncoder: string
}

/** One card printer and one passport page printer, as their simulators and agent devices. */
export interface StationLane {
  readonly cardPrinter: SimProcess
  readonly pagePrinter: SimProcess
  readonly devices: LaneDevices
}

/**
 * The first printer pair's devices (cardEncoder, pageEncoder: the PC/SC readers at each
 * printer's encoding station) and the fingerprint reader.
 */
export interface StationDevices extends LaneDevices {
  readonly scanner: string
}

export interface Station {
  readonly dir: string
  readonly dataDir: string
  readonly runtimeDir: string
  readonly printedDir: string
  readonly pki: StationPki
  readonly pcscdMode: string
  readonly devices: StationDevices
  readonly agent: SimProcess
  readonly cardPrinter: SimProcess
  readonly pagePrinter: SimProcess
  readonly scanner: SimProcess
  /** Every printer pair, the first being cardPrinter and pagePrinter. */
  readonly lanes: readonly StationLane[]
  /**
   * Kills the agent with SIGKILL, as a crash would, and starts it again with the same arguments
   * on the same directories; resolves once it lists every station device ready again.
   */
  restartAgent(): Promise<void>
  /**
   * Plugs the fingerprint reader in again after it was unplugged (its process ended): a new
   * simulator process with the same serial; resolves once the agent lists it ready, with
   * `devices.scanner` naming it.
   */
  replugScanner(): Promise<void>
  /** A new client session with the station's operator (or technician) key. */
  connect(role?: 'operator' | 'technician'): Promise<AgentClient>
  /** Stops the agent (SIGTERM), the simulators and pcscd. Safe to call twice. */
  stop(): Promise<void>
}

/** Why a station cannot start here (not root, a Debian package missing). */
export class StationUnavailable extends Error {}

/**
 * A whole issuance workstation on this machine, every device simulated behind its real
 * transport: a private pcscd with two vpcd readers; an Evolis card printer and a passport page
 * printer on pseudo-terminals, each parking a blank virtual chip in its own vpcd reader; a HID
 * fingerprint reader; a test PKI (DS key on SoftHSM2 when installed); and the real agent
 * process. The demo, the issuance end-to-end test and the issuance benchmark all start this.
 */
export async function startStation(options: StationOptions): Promise<Station> {
  const dir = options.dir
  const dataDir = path.join(dir, 'data')
  const runtimeDir = path.join(dir, 'run')
  const simulatedDir = path.join(runtimeDir, 'simulated')
  const printedDir = path.join(dir, 'printed')
  const devDir = path.join(runtimeDir, 'dev')
  for (const folder of [simulatedDir, printedDir, devDir]) {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
  }
  const started: SimProcess[] = []
  const stop = async () => {
    for (const process of started.reverse()) await process.stop()
    started.length = 0
  }
  try {
    const pairs = options.printerPairs ?? 1
    const pcscd = new SimProcess('pcscd', path.join('simulators', 'pcscd', 'main.ts'), [
      ...['--reader-pairs', String(pairs)],
    ])
    started.push(pcscd)
    const ready = await pcscd.seen(line => line.event !== undefined, 30_000, 'pcscd ready')
    if (ready.event !== 'ready') {
      throw new StationUnavailable(
        typeof ready.message === 'string' ? ready.message : 'the private pcscd did not start',
      )
    }
    const env = ready.env as Record<string, string>
    const vpcdPorts = ready.vpcdPorts as number[]
    const readerNames = ready.readerNames as string[]
    const timing = options.timing ?? 'fast'
    const media = String(options.media ?? 20)
    const scale = String(options.timeScale ?? 1)
    // Pair 0 keeps the unnumbered names the demo and the docs show.
    const suffix = (pair: number) => (pair === 0 ? '' : `-${String(pair + 1)}`)
    const printers = Array.from({ length: pairs }, (_, pair) => {
      // The card printer's chip sits in its pair's first vpcd slot, the page printer's in the
      // second.
      const printer = (card: boolean) => {
        const link = path.join(
          devDir,
          `${card ? 'evolis-primacy' : 'passport-printer'}${suffix(pair)}`,
        )
        const process = new SimProcess(
          `${card ? 'card' : 'page'} printer${suffix(pair)}`,
          simulatorEntry(card ? 'evolis' : 'page'),
          [
            ...['--link', link, '--timing', timing, '--time-scale', scale],
            ...[
              '--feeder',
              media,
              '--out',
              path.join(printedDir, `${card ? 'id-cards' : 'passports'}${suffix(pair)}`),
            ],
            ...['--vpcd-port', String(vpcdPorts[pair * 2 + (card ? 0 : 1)]), '--stack', media],
            // Pair 0 keeps each simulator's default serial number.
            ...(pair === 0 ? [] : ['--serial', `${card ? 'EVSIM' : 'PPSIM'}-${String(pair + 1)}`]),
          ],
        )
        started.push(process)
        return { link, process }
      }
      return { card: printer(true), page: printer(false) }
    })
    const first = printers[0]
    if (first === undefined) throw new RangeError('a station needs at least one printer pair')
    const cardPrinter = first.card.process
    const pagePrinter = first.page.process
    const spawnScanner = () =>
      new SimProcess('fingerprint reader', path.join('simulators', 'device', 'main.ts'), [
        ...['--dir', simulatedDir, '--name', 'station-reader', '--kind', 'fingerprint-scanner'],
        ...['--serial', 'STATION-FP-1', '--capture-ms', String(options.captureMs ?? 450)],
      ])
    let scanner = spawnScanner()
    started.push(scanner)
    for (const process of [...printers.flatMap(p => [p.card.process, p.page.process]), scanner]) {
      await process.seen(line => line.event === 'ready', 30_000, 'ready')
    }

    const signer = options.signer ?? 'auto'
    const pki = await makeStationPki(
      dir,
      signer === 'auto' ? (softHsmAvailable() ? 'softhsm' : 'key-file') : signer,
    )
    const keyFile = path.join(dataDir, 'keys', 'agent.key')
    const { keyPair: agentKeys } = await ensureAgentKeys(keyFile, NULL_LOGGER)
    const keys = {
      operator: await createClientKeyPair(path.join(dataDir, 'keys', 'front-end.key')),
      technician: await createClientKeyPair(path.join(dataDir, 'keys', 'technician.key')),
    }
    const clientsDir = path.join(dataDir, 'keys', 'authorized-clients')
    // The CLI's own identity, as `idstation keys init` makes it, so `idstation … --data-dir`
    // commands reach this agent as a technician.
    const cli = await createClientKeyPair(path.join(dataDir, 'keys', 'cli.key'))
    await writeAuthorizedClient(clientsDir, {
      name: CLI_CLIENT_NAME,
      role: 'technician',
      publicKey: cli.publicKey,
    })
    for (const role of ['operator', 'technician'] as const) {
      await writeAuthorizedClient(clientsDir, {
        name: `station-${role}`,
        role,
        publicKey: keys[role].publicKey,
      })
    }
    // Each printer parks its chip in its own vpcd reader: that wiring is the agent's to tell
    // clients (Device.station_encoders), so the station configures it.
    const wiring: Record<string, Record<string, string>> = Object.fromEntries(
      printers.flatMap((p, pair): [string, Record<string, string>][] => [
        [`evolis:${p.card.link}`, { contact: `vpcd-reader:${readerNames[pair * 2] ?? ''}` }],
        [
          `idstation-page:${p.page.link}`,
          { contactless: `vpcd-reader:${readerNames[pair * 2 + 1] ?? ''}` },
        ],
      ]),
    )
    const settings = [
      `printers.encoders=${JSON.stringify(wiring)}`,
      'providers.simulated.enabled=true',
      'providers.hid.enabled=false',
      'providers.serial.enabled=true',
      'providers.serial.pollIntervalMs=500',
      `providers.serial.paths=${printers.flatMap(p => [p.card.link, p.page.link]).join(',')}`,
      'providers.pcsc.enabled=true',
      'providers.pcsc.retryIntervalMs=500',
      'log.console=json',
      'personalization.cardTimeoutMs=60000',
      // The station's chips are signed by a test PKI: every face says so.
      'issuance.specimen=true',
      ...pki.agentSettings,
      ...(options.agentSettings ?? []),
    ]
    const spawnAgent = () =>
      new SimProcess(
        'agent',
        path.join('agent', 'main.ts'),
        [
          ...['--data-dir', dataDir, '--runtime-dir', runtimeDir],
          ...['--log-level', options.logLevel ?? 'info'],
          ...settings.flatMap(setting => ['--set', setting]),
        ],
        { ...env, ...pki.env },
      )
    let agent = spawnAgent()
    started.push(agent)
    const connect = async (role: 'operator' | 'technician' = 'operator') =>
      connectWithRetry({
        requestsEndpoint: `ipc://${runtimeDir}/agent.sock`,
        eventsEndpoint: `ipc://${runtimeDir}/events.sock`,
        serverPublicKey: agentKeys.publicKey,
        keys: keys[role],
        clientName: `station ${role}`,
      })
    const lanePaths = printers.map(p => ({
      cardPrinter: p.card.link,
      pagePrinter: p.page.link,
    }))
    let found = await findDevices(await connect(), lanePaths)
    return {
      dir,
      dataDir,
      runtimeDir,
      printedDir,
      pki,
      pcscdMode: String(ready.mode),
      get devices() {
        return found.devices
      },
      get agent() {
        return agent
      },
      cardPrinter,
      pagePrinter,
      get scanner() {
        return scanner
      },
      get lanes() {
        return printers.map((p, pair) => ({
          cardPrinter: p.card.process,
          pagePrinter: p.page.process,
          devices: found.lanes[pair] ?? found.devices,
        }))
      },
      connect,
      restartAgent: async () => {
        const killed = agent
        await killed.stop('SIGKILL', 0)
        agent = spawnAgent()
        started[started.indexOf(killed)] = agent
        found = await findDevices(await connect(), lanePaths)
      },
      replugScanner: async () => {
        const unplugged = scanner
        await unplugged.stop()
        // The agent lets go of the old reader first, so the ready one found next is the new.
        await scannerGone(await connect(), found.devices.scanner)
        scanner = spawnScanner()
        started[started.indexOf(unplugged)] = scanner
        await scanner.seen(line => line.event === 'ready', 30_000, 'ready')
        found = await findDevices(await connect(), lanePaths)
      },
      stop,
    }
  } catch (error) {
    await stop()
    throw error
  }
}

function simulatorEntry(family: 'evolis' | 'page'): string {
  return path.join('simulators', 'printer', family, 'main.ts')
}

async function connectWithRetry(
  options: Parameters<typeof AgentClient.connect>[0],
): Promise<AgentClient> {
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      return await AgentClient.connect({ ...options, connectTimeoutMs: 3000 })
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise(resolve => setTimeout(resolve, 200))
    }
  }
}

type DeviceList = Awaited<ReturnType<AgentClient['listDevices']>>

/**
 * Asks the agent for its devices until `settle` makes something of the list, then closes the
 * client; after 30 s it throws with what `failure` says of the last list.
 */
async function pollDevices<T>(
  client: AgentClient,
  settle: (list: DeviceList) => T | undefined,
  failure: (list: DeviceList) => string,
): Promise<T> {
  const deadline = Date.now() + 30_000
  try {
    for (;;) {
      const list = await client.listDevices()
      const settled = settle(list)
      if (settled !== undefined) return settled
      if (Date.now() > deadline) throw new Error(failure(list))
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  } finally {
    client.close()
  }
}

/** Waits until the agent no longer lists the fingerprint reader `id`. */
function scannerGone(client: AgentClient, id: string): Promise<true> {
  return pollDevices(
    client,
    list => (list.some(device => device.id === id) ? undefined : true),
    () => 'the unplugged fingerprint reader stays listed',
  )
}

/**
 * Waits until the agent lists every station device ready, and names them: each printer pair's
 * printers by their serial link, and their encoders as a front-end finds them, from the
 * printer's `station_encoders`.
 */
function findDevices(
  client: AgentClient,
  paths: readonly { readonly cardPrinter: string; readonly pagePrinter: string }[],
): Promise<{ devices: StationDevices; lanes: LaneDevices[] }> {
  const name = (list: DeviceList) => {
    const ready = list.filter(device => device.status?.state === v1.DeviceState.DEVICE_STATE_READY)
    const at = (devicePath: string) => ready.find(device => device.path === devicePath)
    const encoderOf = (printer: v1.IDevice | undefined) => {
      const id = printer?.stationEncoders?.[0]?.encoderId ?? ''
      return ready.some(device => device.id === id) ? id : ''
    }
    const lanes = paths.map(lane => ({
      cardPrinter: at(lane.cardPrinter)?.id ?? '',
      pagePrinter: at(lane.pagePrinter)?.id ?? '',
      cardEncoder: encoderOf(at(lane.cardPrinter)),
      pageEncoder: encoderOf(at(lane.pagePrinter)),
    }))
    const scanner =
      ready.find(device => device.kind === v1.DeviceKind.DEVICE_KIND_FINGERPRINT_SCANNER)?.id ?? ''
    const first = lanes[0] ?? { cardPrinter: '', pagePrinter: '', cardEncoder: '', pageEncoder: '' }
    return { devices: { ...first, scanner }, lanes }
  }
  return pollDevices(
    client,
    list => {
      const named = name(list)
      const ids = [named.devices.scanner, ...named.lanes.flatMap(lane => Object.values(lane))]
      return ids.every(id => id !== '') ? named : undefined
    },
    list => `the station's devices did not all show up: ${JSON.stringify(name(list))}`,
  )
}
