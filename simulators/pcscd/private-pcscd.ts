/**
 * A private pcscd with Debian's vsmartcard vpcd driver as its only configured reader, so
 * integration tests, benchmarks and the demo go through the real daemon without touching the
 * system's pcscd (whose socket and pid file paths are compiled in). main.ts runs it as its own
 * process for front-ends that may not import test code.
 *
 *   const pcscd = await startPcscd()
 *   // start a virtual card on pcscd.vpcdPort; point PC/SC clients at pcscd.env
 *   await pcscd.stop()
 *
 * pcscd runs in its own mount namespace with RUNDIR bind-mounted over /run/pcscd, so it needs
 * root or CAP_SYS_ADMIN. A one-off `mkdir -p /run/pcscd` on the host is the only trace outside
 * the temp dir (the bind needs a mount point).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  accessSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * How the ~40 ms delayed-ACK stall of Debian's vpcd 3.3 was dealt with:
 * - 'nodelay-preload': an LD_PRELOAD shim sets TCP_NODELAY on vpcd's sockets (and binds it to
 *   loopback);
 * - 'quickack-netns': reserved for a network-namespace variant with `quickack 1` on loopback,
 *   which this launcher does not start yet;
 * - 'stalled': no fix (no C compiler, or `preload: false`); every APDU pays the stall.
 */
export type PcscdMode = 'nodelay-preload' | 'quickack-netns' | 'stalled'

export interface PcscdOptions {
  /** Build and use the TCP_NODELAY shim. Default true; false measures the stall. */
  readonly preload?: boolean
  /** Longest wait for the socket and the vpcd ports. Default 10000. */
  readonly startTimeoutMs?: number
  /** Longest wait after SIGTERM before SIGKILL. Default 5000 (pcscd takes 1.4–3 s). */
  readonly stopTimeoutMs?: number
  /**
   * vpcd slot 0's port (every further slot takes the next one). Default: a free run of ports.
   * Pass the port of an earlier pcscd to restart it in place, so a running virtual card
   * reconnects.
   */
  readonly vpcdPort?: number
  /**
   * How many vpcd readers to configure, each with two slots. Default 1 (two PC/SC readers);
   * a station with more printers needs one pair of slots per printer pair.
   */
  readonly readerPairs?: number
  /** Extra pcscd arguments, e.g. ['-d', '-a'] to log APDUs into log(). */
  readonly extraArgs?: readonly string[]
}

export interface PrivatePcscd {
  /** The client-side socket path; also what `env.PCSCLITE_CSOCK_NAME` holds. */
  readonly socketPath: string
  /** Spread into a child's environment (or process.env) to reach this pcscd. */
  readonly env: { readonly PCSCLITE_CSOCK_NAME: string }
  /** vpcd slot 0: a virtual card connects here and shows up in reader `readerNames[0]`. */
  readonly vpcdPort: number
  /** Every vpcd slot (two per reader pair); slot i listens on vpcdPort + i. */
  readonly vpcdPorts: readonly [number, number, ...number[]]
  /** The PC/SC reader name of each slot, in vpcdPorts' order. */
  readonly readerNames: readonly [string, string, ...string[]]
  /** Where a virtual card should connect: 127.0.0.1 in every mode. */
  readonly vpcdHost: string
  /** True when vpcd listens on 127.0.0.1 only; false means 0.0.0.0 (the stalled mode). */
  readonly loopbackOnly: boolean
  readonly mode: PcscdMode
  readonly pid: number
  /** Temp dir holding run/ and conf/; removed by stop(). */
  readonly dir: string
  /** pcscd's output so far, for failure messages. */
  log(): string
  /** SIGTERM, SIGKILL after stopTimeoutMs, then removes the temp dir. Safe to call twice. */
  stop(): Promise<void>
}

const VPCD_DRIVER = '/usr/lib/pcsc/drivers/serial/libifdvpcd.so'
const FRIENDLY_NAME = 'Virtual PCD'
const SHIM_SOURCE = join(__dirname, 'native', 'tcp-nodelay.c')
// simulators/pcscd → <repo>/node_modules/.cache/idstation-native
const CACHE_DIR = join(__dirname, '..', '..', 'node_modules', '.cache', 'idstation-native')

/**
 * pcsc-lite's client library reads PCSCLITE_CSOCK_NAME once per process and keeps it, so every
 * pcscd this process starts is reached through the same stable symlink, re-pointed each time.
 */
const STABLE_SOCKET = join(tmpdir(), `idstation-pcscd-${process.pid}.comm`)

const running = new Set<{ child: ChildProcess; dir: string }>()
let exitHookInstalled = false

/** Something startPcscd needs that this host lacks, and how to get it. */
export interface MissingPrerequisite {
  readonly what: string
  readonly remedy: string
}

/** startPcscd's refusal when a prerequisite is missing, before it spawned anything. */
export class PcscdUnavailableError extends Error {
  constructor(readonly missing: readonly MissingPrerequisite[]) {
    super(
      `private pcscd cannot start: ${missing.map(item => `${item.what} (${item.remedy})`).join('; ')}`,
    )
    this.name = 'PcscdUnavailableError'
  }
}

/** CAP_SYS_ADMIN's bit in /proc/<pid>/status CapEff; `unshare -m` needs it. */
const CAP_SYS_ADMIN = 21n

/** What this host lacks to run a private pcscd; empty when startPcscd can try. */
export function missingPrerequisites(): MissingPrerequisite[] {
  const missing: MissingPrerequisite[] = []
  if (!hasSysAdmin()) {
    missing.push({
      what: 'privileges for a mount namespace (root or CAP_SYS_ADMIN)',
      remedy: 'run as root',
    })
  }
  if (findOnPath('unshare') === undefined) {
    missing.push({ what: 'unshare', remedy: 'apt-get install util-linux' })
  }
  if (findOnPath('pcscd') === undefined) {
    missing.push({ what: 'pcscd', remedy: 'apt-get install pcscd' })
  }
  if (!existsSync(VPCD_DRIVER)) {
    missing.push({
      what: `the vpcd driver ${VPCD_DRIVER}`,
      remedy: 'apt-get install vsmartcard-vpcd',
    })
  }
  return missing
}

function hasSysAdmin(): boolean {
  if (process.getuid?.() === 0) return true
  try {
    const line = /^CapEff:\s*([0-9a-f]+)$/m.exec(readFileSync('/proc/self/status', 'utf8'))
    return line?.[1] !== undefined && ((BigInt(`0x${line[1]}`) >> CAP_SYS_ADMIN) & 1n) === 1n
  } catch {
    return false
  }
}

/** Where `sh` would find `name`, also looking in the sbin folders a non-root PATH may omit. */
function findOnPath(name: string): string | undefined {
  const folders = [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/sbin']
  for (const folder of folders) {
    if (folder === '') continue
    const candidate = join(folder, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // Not here.
    }
  }
  return undefined
}

/**
 * Starts a private pcscd; rejects with PcscdUnavailableError when a prerequisite is missing, or
 * (after cleaning up) with an Error carrying pcscd's output when it does not come up.
 */
export async function startPcscd(options: PcscdOptions = {}): Promise<PrivatePcscd> {
  const missing = missingPrerequisites()
  if (missing.length > 0) throw new PcscdUnavailableError(missing)
  installExitHook()
  const shim = options.preload === false ? undefined : buildShim()
  const mode: PcscdMode = shim === undefined ? 'stalled' : 'nodelay-preload'
  const dir = await mkdtemp(join(tmpdir(), 'idstation-pcscd-'))
  const runDir = join(dir, 'run')
  const confDir = join(dir, 'conf')
  mkdirSync(runDir)
  mkdirSync(confDir)
  const pairs = options.readerPairs ?? 1
  if (!Number.isInteger(pairs) || pairs < 1) {
    throw new RangeError(`readerPairs must be a whole number from 1, not ${String(pairs)}`)
  }
  const port = options.vpcdPort ?? (await freePortRun(pairs * 2))
  const ports = Array.from({ length: pairs * 2 }, (_, slot) => port + slot)
  await writeFile(join(confDir, 'vpcd'), readerConf(port, driverCopies(dir, pairs)))

  let output = ''
  const script = 'mkdir -p /run/pcscd && mount --bind "$1" /run/pcscd && shift && exec "$@"'
  const pcscdArgs = [
    findOnPath('pcscd') ?? 'pcscd',
    '-f',
    '-c',
    confDir,
    ...(options.extraArgs ?? []),
  ]
  const child = spawn(
    findOnPath('unshare') ?? 'unshare',
    ['-m', '--propagation', 'private', 'sh', '-c', script, 'sh', runDir, ...pcscdArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: shim === undefined ? process.env : { ...process.env, LD_PRELOAD: shim },
    },
  )
  const entry = { child, dir }
  running.add(entry)
  const collect = (chunk: Buffer): void => {
    output += chunk.toString()
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise<void>(resolve => {
    child.once('exit', () => {
      running.delete(entry)
      resolve()
    })
  })

  let stopped: Promise<void> | undefined
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      await terminate(child, exited, options.stopTimeoutMs ?? 5000)
      unlinkStable(join(runDir, 'pcscd.comm'))
      await rm(dir, { recursive: true, force: true })
    })()
    return stopped
  }

  const socket = join(runDir, 'pcscd.comm')
  try {
    await waitUntil(
      () => {
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(`pcscd exited early (${child.exitCode ?? child.signalCode})`)
        }
        return existsSync(socket) && ports.every(isListening)
      },
      options.startTimeoutMs ?? 10000,
      'pcscd socket and vpcd ports',
    )
    if (shim !== undefined && !mapsInclude(child.pid, shim)) {
      throw new Error('pcscd runs without the TCP_NODELAY shim (LD_PRELOAD ignored?)')
    }
  } catch (error) {
    await stop()
    throw new Error(`private pcscd did not start: ${String(error)}\n${output}`, { cause: error })
  }
  pointStable(socket)

  return {
    socketPath: STABLE_SOCKET,
    env: { PCSCLITE_CSOCK_NAME: STABLE_SOCKET },
    vpcdPort: port,
    vpcdPorts: [port, port + 1, ...ports.slice(2)],
    readerNames: [readerName(0), readerName(1), ...ports.slice(2).map((_, i) => readerName(i + 2))],
    vpcdHost: '127.0.0.1',
    loopbackOnly: listensOnLoopbackOnly(port),
    mode,
    pid: child.pid ?? -1,
    dir,
    log: () => output,
    stop,
  }
}

async function terminate(child: ChildProcess, exited: Promise<void>, boundMs: number) {
  if (child.exitCode !== null || child.signalCode !== null) return
  child.kill('SIGTERM')
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'late'>(resolve => {
    timer = setTimeout(() => {
      resolve('late')
    }, boundMs)
  })
  const outcome = await Promise.race([exited, late])
  clearTimeout(timer)
  if (outcome === 'late') {
    child.kill('SIGKILL')
    await exited
  }
  // The bind mount lived only in pcscd's namespace, which ends with its last process.
}

/**
 * Compiles native/tcp-nodelay.c once per source version into node_modules/.cache;
 * undefined when there is no working C compiler, which the caller reports as 'stalled'.
 */
function buildShim(): string | undefined {
  const source = readFileSync(SHIM_SOURCE)
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 12)
  const target = join(CACHE_DIR, `tcp-nodelay-${hash}.so`)
  if (existsSync(target)) return target
  mkdirSync(CACHE_DIR, { recursive: true })
  // Build beside the target and rename, so parallel runs never load a half-written file.
  const partial = `${target}.${process.pid}.tmp`
  const result = spawnSync('cc', ['-shared', '-fPIC', '-O2', '-o', partial, SHIM_SOURCE, '-ldl'], {
    encoding: 'utf8',
  })
  if (result.error !== undefined || result.status !== 0) {
    rmSync(partial, { force: true })
    return undefined
  }
  renameSync(partial, target)
  return target
}

/**
 * pcscd names a reader after its FRIENDLYNAME and gives two vpcd entries of the same name the
 * same reader names, so every pair after the first gets its own.
 */
function friendlyName(pair: number): string {
  return pair === 0 ? FRIENDLY_NAME : `${FRIENDLY_NAME} ${String(pair)}`
}

/** The PC/SC name of vpcd slot `slot`: its pair's reader, then the slot within the pair. */
function readerName(slot: number): string {
  return `${friendlyName(Math.floor(slot / 2))} 00 0${String(slot % 2)}`
}

/**
 * The vpcd driver file for each reader pair. vpcd keeps its slots in static arrays indexed by
 * slot number alone, so two readers served by one loaded copy of the library share (and
 * overwrite) each other's sockets; pcscd loads a library once per file, so every pair after the
 * first gets its own copy of the file.
 */
function driverCopies(dir: string, pairs: number): string[] {
  return Array.from({ length: pairs }, (_, pair) => {
    if (pair === 0) return VPCD_DRIVER
    const copy = join(dir, `libifdvpcd-${String(pair)}.so`)
    copyFileSync(VPCD_DRIVER, copy)
    return copy
  })
}

/** One vpcd reader (two slots: port, port + 1) per driver, on consecutive ports from `port`. */
function readerConf(port: number, drivers: readonly string[]): string {
  return drivers
    .map((driver, pair) => {
      const hex = `0x${(port + pair * 2).toString(16).toUpperCase()}`
      return [
        `FRIENDLYNAME "${friendlyName(pair)}"`,
        // "/dev/null:PORT" makes vpcd listen (a card connects to it); "host:PORT" would reverse it.
        `DEVICENAME   /dev/null:${hex}`,
        `LIBPATH      ${driver}`,
        `CHANNELID    ${hex}`,
        '',
      ].join('\n')
    })
    .join('\n')
}

/**
 * `count` consecutive free TCP ports, since vpcd's second slot takes port + 1 and each further
 * reader the next two. Checked on 0.0.0.0, which also catches a loopback-only listener; the
 * gap before pcscd binds is a small race.
 */
async function freePortRun(count: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const first = await listenOn(0)
    if (first === undefined) continue
    const port = (first.address() as { port: number }).port
    const held = [first]
    while (held.length < count && port + held.length <= 65535) {
      const next = await listenOn(port + held.length)
      if (next === undefined) break
      held.push(next)
    }
    for (const server of held) await close(server)
    if (held.length === count) return port
  }
  throw new Error(`no ${String(count)} consecutive free TCP ports`)
}

function listenOn(port: number): Promise<Server | undefined> {
  return new Promise(resolve => {
    const server = createServer()
    server.once('error', () => {
      resolve(undefined)
    })
    server.listen({ port, host: '0.0.0.0', exclusive: true }, () => {
      resolve(server)
    })
  })
}

function close(server: Server): Promise<void> {
  return new Promise(resolve => {
    server.close(() => {
      resolve()
    })
  })
}

/** Listening IPv4 sockets on `port`, as hex local addresses from /proc/net/tcp. */
function listeners(port: number): string[] {
  // Reading the kernel's table avoids a probe connection, which vpcd would take for a card.
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0')
  return readFileSync('/proc/net/tcp', 'utf8')
    .split('\n')
    .slice(1)
    .map(line => line.trim().split(/\s+/))
    .filter(fields => fields[3] === '0A' && fields[1]?.endsWith(`:${hexPort}`) === true)
    .map(fields => (fields[1] ?? '').split(':')[0] ?? '')
}

function isListening(port: number): boolean {
  return listeners(port).length > 0
}

function listensOnLoopbackOnly(port: number): boolean {
  // /proc/net/tcp prints addresses in host byte order: 127.0.0.1 is 0100007F on little endian.
  const found = listeners(port)
  return found.length > 0 && found.every(address => address === '0100007F')
}

function mapsInclude(pid: number | undefined, path: string): boolean {
  if (pid === undefined) return false
  try {
    return readFileSync(`/proc/${pid}/maps`, 'utf8').includes(path)
  } catch {
    return false
  }
}

function pointStable(socket: string): void {
  rmSync(STABLE_SOCKET, { force: true })
  symlinkSync(socket, STABLE_SOCKET)
}

/** Removes the stable link only while it still points at this pcscd. */
function unlinkStable(socket: string): void {
  try {
    if (readlinkSync(STABLE_SOCKET) === socket) rmSync(STABLE_SOCKET, { force: true })
  } catch {
    // Already gone.
  }
}

async function waitUntil(condition: () => boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 20))
  }
}

/**
 * A process that dies without stopping its pcscd (a test without its after hooks, a launcher
 * killed mid-start) must not leave one behind;
 * SIGKILL is the only signal whose delivery we can make synchronous here.
 */
function installExitHook(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const { child, dir } of running) {
      try {
        child.kill('SIGKILL')
      } catch {
        // Already gone.
      }
      rmSync(dir, { recursive: true, force: true })
    }
    rmSync(STABLE_SOCKET, { force: true })
  })
}
