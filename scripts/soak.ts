/**
 * The soak run (issue 7): many cheap requests, then many issuance jobs, against the simulated
 * station, with the agent's own GetStatus (RSS, heap, event-loop lag, open handles) sampled at
 * the start, after warm-up, every 10 % of each phase and at the end. A leak shows as growth
 * from start to end; a stall as event-loop lag; errors are counted by code.
 *
 *   npm run soak -- [--requests N] [--jobs N] [--clients N] [--printer-pairs N] [--keep]
 *
 * Phase 1 spreads the requests (Ping, ListDevices, GetPrinterStatus) over several clients, each
 * with one request in flight. Phase 2 issues jobs on every printer at once, as an office with
 * several counters does, each counter a card and a passport printer (--printer-pairs, default
 * 2): ID cards one after another on each card printer, passports on each page printer, each
 * stream its own client. One printer's jobs are bound by its chip swaps (a chip must stay out
 * of its reader long enough for pcscd to see it leave), so the pairs set the job rate. An
 * operator answers the printers' prompts (the output trays fill at 100 documents, the Evolis
 * ribbon after 250 cards). Lag figures are per window: GetStatus
 * reports the lag since the previous GetStatus.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { runIssuance } from '../agent/cli/issuance/run-issuance'
import { answerAsOperator } from '../agent/cli/station/operator'
import { startStation, type Station, type StationLane } from '../agent/cli/station/station'
import { type AgentClient, enumValueName, ProtocolError, v1 } from '../protocol'
import { documentData, faceJpeg } from '../test/support/applicant'

interface Sample {
  readonly label: string
  readonly atMs: number
  readonly rssBytes: number
  readonly heapUsedBytes: number
  readonly lagP99Ms: number
  readonly lagMaxMs: number
  readonly openHandles: number
}

const MB = 1024 * 1024

function say(line: string): void {
  process.stdout.write(`${line}\n`)
}

export type CheapCommand = 'ping' | 'listDevices' | 'getPrinterStatus'

/** The i-th request of phase 1: mostly pings, some device lists, a few printer asks (60/25/15). */
export function cheapCommand(index: number): CheapCommand {
  const slot = index % 20
  if (slot < 12) return 'ping'
  if (slot < 17) return 'listDevices'
  return 'getPrinterStatus'
}

function cheapRequest(client: AgentClient, station: Station, index: number): Promise<unknown> {
  switch (cheapCommand(index)) {
    case 'ping':
      return client.ping()
    case 'listDevices':
      return client.listDevices()
    case 'getPrinterStatus':
      return client.getPrinterStatus(
        index % 2 === 0 ? station.devices.cardPrinter : station.devices.pagePrinter,
      )
  }
}

/**
 * After how many requests to sample GetStatus: the end of warm-up (2 %, at most 10,000), then
 * every 10 %; a Map from count to label, so a count that is both is sampled once.
 */
export function requestCheckpoints(total: number): Map<number, string> {
  const checkpoints = new Map<number, string>()
  if (total === 0) return checkpoints
  checkpoints.set(Math.min(Math.ceil(total / 50), 10_000), 'warm-up')
  for (let tenth = 1; tenth <= 10; tenth += 1) {
    checkpoints.set(Math.ceil((total * tenth) / 10), `requests ${String(tenth * 10)} %`)
  }
  return checkpoints
}

function errorCode(error: unknown): string {
  if (error instanceof ProtocolError) return error.code
  return error instanceof Error ? error.constructor.name : 'unknown'
}

class Soak {
  readonly samples: Sample[] = []
  readonly errors = new Map<string, number>()
  /** Operator prompts answered, by kind: expected work, not errors. */
  readonly prompts = new Map<string, number>()
  private readonly started = performance.now()

  constructor(
    private readonly station: Station,
    private readonly technician: AgentClient,
  ) {}

  async sample(label: string): Promise<void> {
    const status: v1.GetStatusResult = await this.technician.status()
    this.samples.push({
      label,
      atMs: performance.now() - this.started,
      rssBytes: status.rssBytes,
      heapUsedBytes: status.heapUsedBytes,
      lagP99Ms: status.eventLoopLagP99Ms,
      lagMaxMs: status.eventLoopLagMaxMs,
      openHandles: status.openHandles,
    })
  }

  failed(error: unknown): void {
    const code = errorCode(error)
    this.errors.set(code, (this.errors.get(code) ?? 0) + 1)
  }

  /** Returns the phase's wall time in ms. */
  async requests(total: number, clients: number): Promise<number> {
    const checkpoints = requestCheckpoints(total)
    const sessions = await Promise.all(
      Array.from({ length: clients }, () => this.station.connect()),
    )
    let next = 0
    let done = 0
    let pending = Promise.resolve()
    const started = performance.now()
    const worker = async (client: AgentClient) => {
      while (next < total) {
        const index = next
        next += 1
        try {
          await cheapRequest(client, this.station, index)
        } catch (error) {
          this.failed(error)
        }
        done += 1
        const label = checkpoints.get(done)
        if (label !== undefined) pending = pending.then(() => this.sample(label))
      }
    }
    await Promise.all(sessions.map(worker))
    const elapsed = performance.now() - started
    await pending
    for (const client of sessions) client.close()
    return elapsed
  }

  /** Returns the phase's wall time in ms and how many jobs ended other than succeeded. */
  async jobs(total: number): Promise<{ elapsedMs: number; notSucceeded: number }> {
    const lanes = this.station.lanes
    const streams = lanes.length * 2
    const step = Math.max(Math.ceil(total / 10), 1)
    let notSucceeded = 0
    let done = 0
    let pending = Promise.resolve()
    const started = performance.now()
    // Job i goes to stream i mod streams; even streams are card printers, odd ones page
    // printers, stream s on printer pair s / 2.
    const stream = async (first: number) => {
      const client = await this.station.connect()
      const lane = lanes[Math.floor(first / 2)]
      if (lane === undefined) throw new RangeError(`no printer pair for stream ${String(first)}`)
      const card = first % 2 === 0
      try {
        for (let index = first; index < total; index += streams) {
          if (!(await this.issue(client, lane, card, index))) notSucceeded += 1
          done += 1
          if (done % step === 0 || done === total) {
            const label = `jobs ${String(Math.round((done * 100) / total))} %`
            pending = pending.then(() => this.sample(label))
          }
        }
      } finally {
        client.close()
      }
    }
    await Promise.all(Array.from({ length: streams }, (_, first) => stream(first)))
    const elapsedMs = performance.now() - started
    await pending
    return { elapsedMs, notSucceeded }
  }

  /** One issuance; false when it ended other than SUCCEEDED (counted among the errors). */
  private async issue(
    client: AgentClient,
    lane: StationLane,
    card: boolean,
    index: number,
  ): Promise<boolean> {
    const format = card ? ('TD1' as const) : ('TD3' as const)
    const printer = card ? lane.cardPrinter : lane.pagePrinter
    try {
      const { job } = await runIssuance(client, {
        kind: card ? 'id-card' : 'passport',
        printerId: card ? lane.devices.cardPrinter : lane.devices.pagePrinter,
        encoderId: card ? lane.devices.cardEncoder : lane.devices.pageEncoder,
        applicant: {
          format,
          profile: card ? 'uto-specimen-id' : 'uto-specimen-passport',
          document: documentData(format, `SK${String(index).padStart(7, '0')}`),
          face: faceJpeg(),
          syntheticFace: true,
          fingerRecords: [],
        },
        idempotencyKey: `soak-${String(index)}`,
        onPrompt: prompt => {
          const kind = prompt.kind ?? ''
          this.prompts.set(kind, (this.prompts.get(kind) ?? 0) + 1)
          return answerAsOperator(printer, card ? 'card' : 'page', prompt)
        },
      })
      const state = job.state ?? v1.JobState.JOB_STATE_UNSPECIFIED
      if (state === v1.JobState.JOB_STATE_SUCCEEDED) return true
      const name = `job ${enumValueName(v1.JobState, state, 'JOB_STATE_')}`
      this.errors.set(name, (this.errors.get(name) ?? 0) + 1)
    } catch (error) {
      this.failed(error)
    }
    return false
  }
}

function printTable(samples: readonly Sample[]): void {
  const rows = samples.map(sample => [
    sample.label,
    (sample.atMs / 1000).toFixed(1),
    (sample.rssBytes / MB).toFixed(1),
    (sample.heapUsedBytes / MB).toFixed(1),
    sample.lagP99Ms.toFixed(1),
    sample.lagMaxMs.toFixed(1),
    String(sample.openHandles),
  ])
  const header = ['sample', 's', 'RSS MB', 'heap MB', 'lag p99 ms', 'lag max ms', 'handles']
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map(row => (row[column] ?? '').length)),
  )
  for (const row of [header, ...rows]) {
    say(row.map((cell, column) => cell.padStart(widths[column] ?? 0)).join('  '))
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      requests: { type: 'string', default: '1000000' },
      jobs: { type: 'string', default: '10000' },
      clients: { type: 'string', default: '8' },
      'printer-pairs': { type: 'string', default: '2' },
      keep: { type: 'boolean', default: false },
    },
  })
  const requests = Number(values.requests)
  const jobs = Number(values.jobs)
  const clients = Number(values.clients)
  const printerPairs = Number(values['printer-pairs'])
  for (const [name, value, least] of [
    ['requests', requests, 0],
    ['jobs', jobs, 0],
    ['clients', clients, 1],
    ['printer-pairs', printerPairs, 1],
  ] as const) {
    if (!Number.isInteger(value) || value < least) {
      process.stderr.write(`--${name} must be a whole number\n`)
      return 2
    }
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'idstation-soak-'))
  // An even share of the jobs on each printer, plus room for a few rejects.
  const station = await startStation({
    dir,
    timing: 'fast',
    media: Math.ceil(jobs / (printerPairs * 2)) + 20,
    printerPairs,
  })
  say(`station: ${String(printerPairs)} printer pairs, pcscd ${station.pcscdMode}`)
  try {
    const technician = await station.connect('technician')
    const soak = new Soak(station, technician)
    await soak.sample('start')
    const requestMs = await soak.requests(requests, clients)
    const jobRun = await soak.jobs(jobs)
    await soak.sample('end')
    technician.close()

    printTable(soak.samples)
    const first = soak.samples[0]
    const last = soak.samples[soak.samples.length - 1]
    if (first === undefined || last === undefined) throw new Error('no GetStatus sample')
    const growth = (name: string, from: number, to: number, unit: string) => {
      const sign = to >= from ? '+' : ''
      say(
        `${name} ${from.toFixed(1)} → ${to.toFixed(1)} ${unit} (${sign}${(to - from).toFixed(1)})`,
      )
    }
    say('')
    growth('RSS     ', first.rssBytes / MB, last.rssBytes / MB, 'MB')
    growth('heap    ', first.heapUsedBytes / MB, last.heapUsedBytes / MB, 'MB')
    growth('handles ', first.openHandles, last.openHandles, '')
    const worstMax = Math.max(...soak.samples.map(sample => sample.lagMaxMs))
    const worstP99 = Math.max(...soak.samples.map(sample => sample.lagP99Ms))
    say(`lag      worst window p99 ${worstP99.toFixed(1)} ms, max ${worstMax.toFixed(1)} ms`)
    if (requests > 0) {
      const perSecond = requests / (requestMs / 1000)
      say(
        `requests ${String(requests)} in ${(requestMs / 1000).toFixed(1)} s: ${perSecond.toFixed(0)}/s`,
      )
    }
    if (jobs > 0) {
      const perHour = jobs / (jobRun.elapsedMs / 3_600_000)
      say(
        `jobs     ${String(jobs)} in ${(jobRun.elapsedMs / 1000).toFixed(1)} s: ${perHour.toFixed(0)}/h, ${String(jobRun.notSucceeded)} not succeeded`,
      )
    }
    const prompts = [...soak.prompts].sort((a, b) => b[1] - a[1])
    say(
      `prompts  ${prompts.length === 0 ? 'none' : prompts.map(([kind, count]) => `${kind} ${String(count)}`).join(', ')} (answered by the operator)`,
    )
    const errors = [...soak.errors].sort((a, b) => b[1] - a[1])
    say(
      `errors   ${errors.length === 0 ? 'none' : errors.map(([code, count]) => `${code} ${String(count)}`).join(', ')}`,
    )
    return errors.length === 0 ? 0 : 1
  } finally {
    await station.stop()
    if (values.keep) say(`kept ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

if (require.main === module) {
  main().then(
    code => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`)
      process.exit(1)
    },
  )
}
