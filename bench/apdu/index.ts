/**
 * `npm run bench -- apdu`: what a command APDU costs on each path to the same virtual eMRTD chip
 * (simulators/card) behind a private pcscd with Debian's vpcd driver (test/support/pcscd-harness):
 *
 * - raw pcsclite (connect + transmit), in a child process: the floor, and the chip's own rate;
 * - the agent's card channel (PcscProvider → PcscApduTransport → CardChannel), same shape;
 * - Transmit through the protocol to the compiled agent daemon, technician key, lease held;
 * - a bare zeromq.js DEALER/ROUTER CURVE echo, the transport's own round trip;
 * - python3-pyscard (Debian) as a peer, where it is installed.
 *
 * Each does GET CHALLENGE (a short APDU) and a 3000-byte extended UPDATE BINARY (bench/apdu/plan).
 */
import { spawn, spawnSync } from 'node:child_process'
import path from 'node:path'
import readline from 'node:readline'
import { curveKeyPair, Dealer } from 'zeromq'
import { AgentClient } from '../../protocol'
import { startPcscd, type PrivatePcscd } from '../../test/support/pcscd-harness'
import type { BenchOptions, BenchOutcome } from '../support/bench'
import { isReadyLine, REPO_ROOT, spawnTsx, stopProcess, waitForJsonLine } from '../support/process'
import { perSecond, summarize, type LatencySummary } from '../support/stats'
import { formatDuration, formatRate, renderTable } from '../support/table'
import { launchPcscAgent } from './agent'
import {
  EXTENDED_LENGTH,
  GET_CHALLENGE,
  isPeerReport,
  runPlan,
  type PeerReport,
  type PlanCounts,
} from './plan'

const CARD_MAIN = path.join(REPO_ROOT, 'simulators', 'card', 'main.ts')
const PYSCARD_PEER = path.join(REPO_ROOT, 'bench', 'apdu', 'pyscard-peer.py')
/** Debian's interpreter: python3-pyscard is installed for it, not for a pyenv or venv python. */
const DEBIAN_PYTHON = '/usr/bin/python3'

type Command = 'short' | 'extended'

interface Row {
  readonly peer: string
  readonly mode: string
  readonly command: Command
  readonly summary: LatencySummary
  readonly rate: number
}

interface Target {
  readonly name: string
  readonly value: number
  readonly limit: number
  /** What the ratio column divides by: raw pcsclite for (a), the limit otherwise. */
  readonly baseline: number
  readonly limitText: string
  readonly unit: 'ms' | 'rate'
  readonly higherIsBetter?: boolean
  readonly note?: string
}

export function rowsOf(peer: string, mode: string, reports: readonly PeerReport[]): Row[] {
  return (['short', 'extended'] as const).map(command => {
    const samples = reports.flatMap(report => report[command].samplesMs)
    const elapsed = reports.reduce((sum, report) => sum + report[command].elapsedMs, 0)
    return {
      peer,
      mode,
      command,
      summary: summarize(samples),
      rate: perSecond(samples.length, elapsed),
    }
  })
}

export async function runWorker(
  peer: 'raw' | 'channel' | 'transport',
  pcscd: PrivatePcscd,
  counts: PlanCounts,
): Promise<PeerReport> {
  const child = spawnTsx(
    path.join(REPO_ROOT, 'bench', 'apdu', 'pcsc-worker.ts'),
    [
      peer,
      pcscd.readerNames[0],
      String(counts.warmup),
      String(counts.short),
      String(counts.extended),
    ],
    { env: pcscd.env },
  )
  try {
    return await waitForJsonLine(child, isPeerReport, 60_000)
  } finally {
    await stopProcess(child)
  }
}

function pyscardAvailable(): boolean {
  return spawnSync(DEBIAN_PYTHON, ['-c', 'import smartcard'], { stdio: 'ignore' }).status === 0
}

async function runPyscard(pcscd: PrivatePcscd, counts: PlanCounts): Promise<PeerReport> {
  const child = spawn(
    DEBIAN_PYTHON,
    [
      PYSCARD_PEER,
      pcscd.readerNames[0],
      String(counts.warmup),
      String(counts.short),
      String(counts.extended),
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...pcscd.env } },
  )
  try {
    return await waitForJsonLine(child, isPeerReport, 60_000)
  } finally {
    await stopProcess(child)
  }
}

async function startCard(pcscd: PrivatePcscd) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CARD_MAIN, '--host', pcscd.vpcdHost, '--port', String(pcscd.vpcdPort)],
    // stdin stays open: it is the card's control channel.
    { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  await new Promise<void>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout })
    const timer = setTimeout(() => {
      reject(new Error('the virtual card did not reach vpcd within 15 s'))
    }, 15_000)
    lines.on('line', line => {
      if (line.startsWith('connected')) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.once('exit', code => {
      clearTimeout(timer)
      reject(new Error(`the virtual card exited with ${code}`))
    })
  })
  return child
}

/** Transmit through the protocol: claim the vpcd reader with a technician key, then the plan. */
async function runAgent(pcscd: PrivatePcscd, counts: PlanCounts): Promise<PeerReport> {
  const keys = curveKeyPair()
  const agent = await launchPcscAgent(pcscd.env, keys.publicKey)
  let client: AgentClient | undefined
  try {
    client = await AgentClient.connect({
      requestsEndpoint: agent.requestsEndpoint,
      serverPublicKey: agent.publicKey,
      keys,
      clientName: 'idstation-bench-apdu',
      connectTimeoutMs: 10_000,
    })
    const reader = pcscd.readerNames[0]
    const deadline = Date.now() + 15_000
    let deviceId: string | undefined
    while (deviceId === undefined) {
      const found = (await client.listDevices()).find(device => device.id?.endsWith(reader))
      if (found?.id && (await client.getCardInfo(found.id)).present) deviceId = found.id
      else if (Date.now() > deadline)
        throw new Error(`the agent does not see ${reader} with a card`)
      else await new Promise(resolve => setTimeout(resolve, 200))
    }
    const lease = await client.claimDevice(deviceId)
    const connected = client
    const id = deviceId
    const result = await runPlan(async apdu => {
      const answer = await connected.transmit(id, apdu, { deadlineMs: 10_000 })
      return { sw: answer.sw, length: answer.response.length }
    }, counts)
    await client.releaseDevice(lease.leaseId ?? '')
    return { done: true, peer: 'agent', ...result }
  } finally {
    client?.close()
    await agent.stop()
  }
}

/**
 * The bare ZeroMQ round trip with the same bytes a Transmit carries (APDU out, response back),
 * so (b)'s allowance is the transport's cost for that payload size.
 */
async function runEcho(counts: PlanCounts): Promise<PeerReport> {
  const server = spawnTsx(path.join(REPO_ROOT, 'bench', 'protocol', 'echo-process.ts'))
  const ready = await waitForJsonLine(server, isReadyLine, 30_000)
  const keys = curveKeyPair()
  const socket = new Dealer({
    curveServerKey: String(ready.publicKey),
    curvePublicKey: keys.publicKey,
    curveSecretKey: keys.secretKey,
    linger: 0,
    receiveTimeout: 10_000,
  })
  socket.connect(String(ready.endpoint))
  try {
    const loop = async (payload: Buffer, count: number, timed: boolean) => {
      const samplesMs: number[] = []
      const started = performance.now()
      for (let i = 0; i < count; i += 1) {
        const t0 = performance.now()
        await socket.send(payload)
        const [echo] = await socket.receive()
        if (echo?.length !== payload.length) throw new Error('the echo came back short')
        if (timed) samplesMs.push(performance.now() - t0)
      }
      return { samplesMs, elapsedMs: performance.now() - started }
    }
    const shortPayload = Buffer.alloc(GET_CHALLENGE.length, 1)
    const extendedPayload = Buffer.alloc(EXTENDED_LENGTH + 7, 1)
    await loop(shortPayload, counts.warmup, false)
    const short = await loop(shortPayload, counts.short, true)
    await loop(extendedPayload, Math.max(1, Math.floor(counts.warmup / 10)), false)
    const extended = await loop(extendedPayload, counts.extended, true)
    return { done: true, peer: 'zmq-echo', short, extended }
  } finally {
    socket.close()
    await stopProcess(server)
  }
}

/** The first row of `peer`: the main pcscd's, since the stalled comparison comes last. */
function find(rows: readonly Row[], peer: string, command: Command): Row | undefined {
  return rows.find(row => row.peer === peer && row.command === command)
}

function targetsFor(rows: readonly Row[], mode: string): Target[] {
  const targets: Target[] = []
  for (const command of ['short', 'extended'] as const) {
    const raw = find(rows, 'raw pcsclite', command)
    const channel = find(rows, 'card channel', command)
    const agent = find(rows, 'agent Transmit', command)
    const echo = find(rows, 'bare zmq echo', command)
    const label = command === 'short' ? 'GET CHALLENGE' : `UPDATE BINARY ${EXTENDED_LENGTH} B`
    if (raw && channel) {
      targets.push({
        name: `(a) card channel p50, ${label}`,
        value: channel.summary.p50Ms,
        limit: raw.summary.p50Ms * 1.15,
        baseline: raw.summary.p50Ms,
        limitText: 'ratio = channel / raw ≤ 1.15',
        unit: 'ms',
      })
    }
    if (raw && echo) {
      targets.push({
        name: `(b) agent Transmit p50, ${label}`,
        value: agent?.summary.p50Ms ?? Number.NaN,
        ...(agent === undefined ? { note: 'not measured' } : {}),
        limit: raw.summary.p50Ms + 1.5 * echo.summary.p50Ms,
        baseline: raw.summary.p50Ms + 1.5 * echo.summary.p50Ms,
        limitText: 'p50 ≤ raw + 1.5 × echo',
        unit: 'ms',
      })
    }
  }
  const chip = rows.find(
    row => row.peer === 'raw pcsclite' && row.command === 'short' && row.mode === mode,
  )
  if (chip) {
    targets.push({
      name: 'virtual chip sustained rate (raw short)',
      value: chip.rate,
      limit: 2000,
      baseline: 2000,
      limitText: '≥ 2,000 APDU/s',
      unit: 'rate',
      higherIsBetter: true,
      ...(mode === 'nodelay-preload' ? {} : { note: `stall not fixed (${mode})` }),
    })
  }
  return targets
}

function printTargets(targets: readonly Target[]): BenchOutcome {
  let met = 0
  const lines = targets.map(target => {
    const pass =
      target.higherIsBetter === true ? target.value >= target.limit : target.value <= target.limit
    if (pass) met += 1
    const show = (value: number) =>
      target.unit === 'ms' ? formatDuration(value) : formatRate(value, 'APDU/s')
    return [
      target.name,
      show(target.value),
      show(target.limit),
      `${(target.value / target.baseline).toFixed(2)}×`,
      target.limitText,
      pass ? 'PASS' : `MISS${target.note === undefined ? '' : ` (${target.note})`}`,
    ]
  })
  console.log(
    `\n${renderTable(
      [
        { header: 'target' },
        { header: 'measured', align: 'right' },
        { header: 'limit', align: 'right' },
        { header: 'ratio', align: 'right' },
        { header: 'rule' },
        { header: 'result' },
      ],
      lines,
    )}`,
  )
  return { targetsMet: met, targetsMissed: targets.length - met }
}

/**
 * The same raw pcsclite plan, briefly, on a second private pcscd started without the TCP_NODELAY
 * shim and a fresh virtual card: what every APDU pays to vpcd's delayed-ACK stall. Informational;
 * undefined (with a message) when that pcscd does not come up.
 */
async function runStalled(quick: boolean): Promise<Row[] | undefined> {
  let pcscd: PrivatePcscd
  try {
    pcscd = await startPcscd({ preload: false })
  } catch (error) {
    console.log(`stalled comparison skipped: ${String(error).split('\n')[0]}`)
    return undefined
  }
  const card = await startCard(pcscd).catch(async (error: unknown) => {
    await pcscd.stop()
    throw error
  })
  try {
    const counts = quick
      ? { warmup: 2, short: 10, extended: 4 }
      : { warmup: 5, short: 50, extended: 20 }
    return rowsOf('raw pcsclite', pcscd.mode, [await runWorker('raw', pcscd, counts)])
  } finally {
    card.kill('SIGKILL')
    await pcscd.stop()
  }
}

export async function runApduBench(options: BenchOptions): Promise<BenchOutcome> {
  if (process.getuid?.() !== 0) {
    console.log(
      'skipped: the private pcscd (test/support/pcscd-harness) needs root for `unshare -m`; run as root',
    )
    return { targetsMet: 0, targetsMissed: 0 }
  }
  const counts: PlanCounts = options.quick
    ? { warmup: 20, short: 200, extended: 40 }
    : { warmup: 200, short: 2000, extended: 400 }
  const pcscd = await startPcscd()
  console.log(
    `pcscd mode: ${pcscd.mode} (vpcd on ${pcscd.vpcdHost}:${pcscd.vpcdPort}, reader "${pcscd.readerNames[0]}")`,
  )
  console.log(
    `per peer: GET CHALLENGE ×${counts.short}, extended UPDATE BINARY (${EXTENDED_LENGTH} B) ×${counts.extended}, after ${counts.warmup} warm-up`,
  )
  const card = await startCard(pcscd)
  const rows: Row[] = []
  try {
    const raw: PeerReport[] = []
    const transport: PeerReport[] = []
    const channel: PeerReport[] = []
    // raw, transport and channel take turns twice, so none of them gets the warmer machine.
    for (let round = 0; round < 2; round += 1) {
      raw.push(await runWorker('raw', pcscd, counts))
      transport.push(await runWorker('transport', pcscd, counts))
      channel.push(await runWorker('channel', pcscd, counts))
    }
    rows.push(
      ...rowsOf('raw pcsclite', pcscd.mode, raw),
      // The channel minus CardChannel: where (a)'s overhead sits.
      ...rowsOf('PcscApduTransport', pcscd.mode, transport),
      ...rowsOf('card channel', pcscd.mode, channel),
    )
    if (pyscardAvailable())
      rows.push(...rowsOf('pyscard', pcscd.mode, [await runPyscard(pcscd, counts)]))
    else
      console.log(
        `pyscard: skipped, ${DEBIAN_PYTHON} cannot import smartcard (apt-get install python3-pyscard)`,
      )
    // A working tree whose agent does not build still gets (a), (c) and the chip's rate.
    const agent = await runAgent(pcscd, counts).catch((error: unknown) => {
      console.log(`agent Transmit: not measured, ${String(error).split('\n')[0]}`)
      return undefined
    })
    if (agent !== undefined) rows.push(...rowsOf('agent Transmit', pcscd.mode, [agent]))
    rows.push(...rowsOf('bare zmq echo', '—', [await runEcho(counts)]))
  } finally {
    card.kill('SIGKILL')
    await pcscd.stop()
  }
  const stalled = await runStalled(options.quick)
  if (stalled !== undefined) rows.push(...stalled)
  console.log(
    `\n${renderTable(
      [
        { header: 'path' },
        { header: 'command' },
        { header: 'mode' },
        { header: 'n', align: 'right' },
        { header: 'p50', align: 'right' },
        { header: 'p99', align: 'right' },
        { header: 'rate', align: 'right' },
      ],
      rows.map(row => [
        row.peer,
        row.command === 'short' ? 'GET CHALLENGE' : `UPDATE BINARY ${EXTENDED_LENGTH} B`,
        row.mode,
        row.summary.count.toLocaleString('en-US'),
        formatDuration(row.summary.p50Ms),
        formatDuration(row.summary.p99Ms),
        formatRate(row.rate, row.peer === 'bare zmq echo' ? 'rt/s' : 'APDU/s'),
      ]),
    )}`,
  )
  return printTargets(targetsFor(rows, pcscd.mode))
}
