/**
 * The fault campaign (issue 7): issuance jobs against the simulated station with faults injected
 * at random, then a check, from the simulators' events, the journal and the audit trail, that no
 * job was lost, no card left as good without a passing read-back and no number issued twice.
 *
 *   npm run fault-campaign -- [--jobs N] [--seed S] [--quick] [--keep]
 *
 * Jobs run one after another, so every printer event between a job's start and the end of its
 * clean-up (a technician's reject included) belongs to that job. A job that does not end as
 * issued is retried under the same document number by the next job, as an operator would, which
 * is what makes the "issued once" check bite. Exits 1 on any failed check.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import Database from 'better-sqlite3'
import { runIssuance } from '../agent/cli/issuance/run-issuance'
import { answerAsOperator, emptyOutput } from '../agent/cli/station/operator'
import type { SimProcess } from '../agent/cli/station/sim-process'
import { startStation, type Station } from '../agent/cli/station/station'
import { openAuditReader } from '../agent/jobs/journal'
import { AgentClient, enumValueName, v1 } from '../protocol'
import { documentData, faceJpeg } from '../test/support/applicant'

export const FAULTS = [
  'none',
  'card-pulled',
  'printer-jam',
  'printer-garble',
  'client-disconnect',
  'reader-unplug',
  'agent-kill',
] as const
export type Fault = (typeof FAULTS)[number]

/** Half the jobs run clean; the faults share the other half. */
const WEIGHTS: Readonly<Record<Fault, number>> = {
  none: 60,
  'card-pulled': 10,
  'printer-jam': 10,
  'printer-garble': 10,
  'client-disconnect': 10,
  'reader-unplug': 10,
  'agent-kill': 10,
}

/** Fault-free jobs that capture fingerprints from the station's reader, as reader-unplug's do. */
const CAPTURING_SHARE = 0.25

const TERMINAL = new Set(['succeeded', 'failed', 'canceled', 'spoiled'])

interface CampaignJob {
  readonly index: number
  readonly kind: 'id-card' | 'passport'
  readonly fault: Fault
  readonly documentNumber: string
  jobId: string
  /** Why the job never got an id, or a clean-up step that went wrong. */
  problem: string
  interrupted: boolean
  ejected: number
  rejected: number
  /** Printer events that turned up on the other printer during this job. */
  stray: number
}

/** mulberry32: small, seedable, good enough to pick faults. */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function pickFault(random: () => number): Fault {
  const total = FAULTS.reduce((sum, fault) => sum + WEIGHTS[fault], 0)
  let roll = random() * total
  for (const fault of FAULTS) {
    roll -= WEIGHTS[fault]
    if (roll < 0) return fault
  }
  return 'none'
}

const say = (text: string) => process.stdout.write(`${text}\n`)

const sleep = (ms: number) => new Promise(resolve => setTimeout(resolve, ms))

export interface CampaignArgs {
  readonly jobs: number
  readonly seed: number
  readonly keep: boolean
}

/** `--jobs N` (default 1000, or 30 with `--quick`), `--seed S` (default 7), `--keep`. */
export function parseCampaignArgs(args: readonly string[]): CampaignArgs {
  const { values } = parseArgs({
    args: [...args],
    options: {
      jobs: { type: 'string' },
      seed: { type: 'string', default: '7' },
      quick: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
    },
  })
  const jobs = Number(values.jobs ?? (values.quick ? 30 : 1000))
  const seed = Number(values.seed)
  if (!Number.isInteger(jobs) || jobs < 1 || !Number.isInteger(seed)) {
    throw new Error('usage: fault-campaign [--jobs N] [--seed S] [--quick] [--keep]')
  }
  return { jobs, seed, keep: values.keep }
}

async function main(): Promise<number> {
  const { jobs, seed, keep } = parseCampaignArgs(process.argv.slice(2))
  if (process.getuid?.() !== 0) {
    process.stderr.write('the private pcscd needs root (unshare -m)\n')
    return 2
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'idstation-fault-campaign-'))
  const started = Date.now()
  let station: Station | undefined
  try {
    station = await startStation({
      dir,
      timing: 'fast',
      captureMs: 50,
      media: jobs + 10,
      // A client that goes away is noticed within seconds rather than ten.
      agentSettings: ['sessions.heartbeatIntervalMs=500', 'sessions.heartbeatTimeoutMs=3000'],
    })
    say(
      `station up in ${String(Date.now() - started)} ms; ${String(jobs)} jobs, seed ${String(seed)}`,
    )
    const campaign = await runCampaign(station, jobs, seed)
    const elapsed = Date.now() - started
    const checks = verify(station, campaign)
    printTally()
    let failed = 0
    for (const check of checks) {
      if (!check.pass) failed += 1
      say(
        `${check.pass ? 'PASS' : 'FAIL'}  ${check.name}${check.detail ? `: ${check.detail}` : ''}`,
      )
    }
    const perJob = elapsed / jobs
    say(
      `${String(jobs)} jobs in ${(elapsed / 1000).toFixed(1)} s ` +
        `(${(perJob / 1000).toFixed(2)} s a job, station start included)`,
    )
    return failed === 0 ? 0 : 1
  } finally {
    await station?.stop()
    if (keep) say(`kept ${dir}`)
    else rmSync(dir, { recursive: true, force: true })
  }
}

async function runCampaign(station: Station, jobs: number, seed: number): Promise<CampaignJob[]> {
  const random = prng(seed)
  const done: CampaignJob[] = []
  const technician = { client: await station.connect('technician') }
  let retryNumber: string | undefined
  try {
    for (let index = 0; index < jobs; index += 1) {
      const kind = random() < 0.5 ? 'id-card' : 'passport'
      const fault = pickFault(random)
      const variant = random()
      const documentNumber = retryNumber ?? `FC${String(index).padStart(7, '0')}`
      const job: CampaignJob = {
        index,
        kind,
        fault,
        documentNumber,
        jobId: '',
        problem: '',
        interrupted: false,
        ejected: 0,
        rejected: 0,
        stray: 0,
      }
      const printer = kind === 'id-card' ? station.cardPrinter : station.pagePrinter
      const other = kind === 'id-card' ? station.pagePrinter : station.cardPrinter
      const since = printer.lines.length
      const otherSince = other.lines.length
      try {
        await runOne(station, job, variant, technician)
      } catch (error) {
        job.problem ||=
          error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)
      }
      const window = printer.lines.slice(since)
      job.ejected = window.filter(line => line.event === 'ejected').length
      job.rejected = window.filter(line => line.event === 'rejected').length
      job.stray = other.lines
        .slice(otherSince)
        .filter(line => line.event === 'ejected' || line.event === 'rejected').length
      const state = job.jobId ? await jobState(technician.client, job.jobId) : 'none'
      if (state === 'spoiled' && job.rejected === 0) {
        // Left inside (a clean-up that failed): a technician takes it out, so the campaign
        // goes on; the check on rejections still counts this job against the agent.
        job.problem ||= 'spoiled medium left inside'
        await rejectByHand(
          technician.client,
          kind === 'id-card' ? station.devices.cardPrinter : station.devices.pagePrinter,
        ).catch(() => undefined)
      }
      retryNumber = state === 'succeeded' ? undefined : documentNumber
      done.push(job)
      if ((index + 1) % 25 === 0) {
        say(`  ${String(index + 1)}/${String(jobs)} jobs`)
      }
    }
  } finally {
    technician.client.close()
  }
  return done
}

async function jobState(client: AgentClient, jobId: string): Promise<string> {
  const job = await client.getJob(jobId)
  return enumValueName(v1.JobState, job.state ?? 0, 'JOB_STATE_').toLowerCase()
}

/** One job with its fault, followed to its end and, after a crash, resolved by a technician. */
async function runOne(
  station: Station,
  job: CampaignJob,
  variant: number,
  technician: { client: AgentClient },
): Promise<void> {
  const card = job.kind === 'id-card'
  const printer = (): SimProcess => (card ? station.cardPrinter : station.pagePrinter)
  const printerId = card ? station.devices.cardPrinter : station.devices.pagePrinter
  const client = await station.connect()
  // Fault-free capturing jobs show the reader works again after each replug.
  const captures =
    job.fault === 'reader-unplug' || (job.fault === 'none' && variant < CAPTURING_SHARE)
  const base = {
    kind: job.kind,
    printerId,
    encoderId: card ? station.devices.cardEncoder : station.devices.pageEncoder,
    ...(captures ? { scannerId: station.devices.scanner } : {}),
    applicant: {
      format: card ? ('TD1' as const) : ('TD3' as const),
      profile: card ? 'uto-specimen-id' : 'uto-specimen-passport',
      document: documentData(card ? 'TD1' : 'TD3', job.documentNumber),
      face: faceJpeg(),
      syntheticFace: true,
      fingerRecords: [],
    },
    idempotencyKey: `fault-campaign-${String(job.index)}`,
  }
  // The operator at the station (agent/cli/station/operator.ts); at an empty ribbon the fault
  // may do its work instead.
  const family = card ? 'card' : 'page'
  const operator =
    (onRibbon?: () => Promise<'continue' | 'cancel'>) =>
    (prompt: v1.IJobPrompt): Promise<'continue' | 'cancel'> =>
      onRibbon !== undefined && prompt.kind === 'printer-ribbon-ended'
        ? onRibbon()
        : answerAsOperator(printer(), family, prompt)
  const options = { ...base, onPrompt: operator() }
  const chipFault = (kind: 'pull' | 'mute') =>
    printer().control({ cmd: 'card', card: { cmd: 'fault', kind, ins: 0xd6 } })
  // The applicant's finger on the platen, for a job that captures.
  if (captures) {
    await station.scanner.control({
      cmd: 'present',
      identity: `fault-campaign-${String(job.index)}`,
      profile: 'good',
    })
  }
  // Emptied before each job so a full box does not meet a job whose client is gone, and the
  // finished documents taken away.
  await printer().control({ cmd: 'reject-box', full: false })
  await emptyOutput(printer(), family)
  try {
    switch (job.fault) {
      case 'none':
        await runIssuance(client, {
          ...options,
          onJob: seen => (job.jobId ||= seen.jobId ?? ''),
        })
        return
      case 'card-pulled':
        await chipFault('pull')
        await runIssuance(client, { ...options, onJob: seen => (job.jobId ||= seen.jobId ?? '') })
        return
      case 'printer-jam':
        await printer().control({ cmd: 'jam', at: 'print' })
        await runIssuance(client, { ...options, onJob: seen => (job.jobId ||= seen.jobId ?? '') })
        return
      case 'printer-garble':
        // In step with the job: the ribbon runs out at print, and while the operator changes
        // it the line garbles the printer's next reply.
        await printer().control({ cmd: 'ribbon', remaining: 0 })
        await runIssuance(client, {
          ...options,
          onJob: seen => (job.jobId ||= seen.jobId ?? ''),
          onPrompt: operator(async () => {
            await printer().control({ cmd: 'ribbon', remaining: 200 })
            await printer().control({ cmd: 'garble', count: 1 })
            return 'continue'
          }),
        })
        return
      case 'client-disconnect': {
        // The chip stops answering at its first write, so the job waits there for the client.
        await chipFault('mute')
        const gone = runIssuance(client, {
          ...options,
          onJob: seen => {
            job.jobId ||= seen.jobId ?? ''
            if (seen.step === 'chip-write-files') client.close()
          },
        }).catch(() => undefined)
        await gone
        await waitTerminal(technician.client, job)
        return
      }
      case 'reader-unplug':
        await readerUnplug(station, job, client, options)
        return
      case 'agent-kill':
        await agentKill(station, job, variant, client, printer, options, operator, technician)
        return
    }
  } finally {
    client.close()
    await printer().control({ cmd: 'card', card: { cmd: 'clear-faults' } })
    await printer().control({ cmd: 'ribbon', remaining: 200 })
  }
}

/**
 * SIGKILL the agent with the job mid-chip-write (a mute chip holds it there) or at print (an
 * empty ribbon holds it at a prompt), start it again, and do what a technician does with the
 * INTERRUPTED job: resolve it spoiled, then reject the medium still inside.
 */
async function agentKill(
  station: Station,
  job: CampaignJob,
  variant: number,
  client: AgentClient,
  printer: () => SimProcess,
  options: Parameters<typeof runIssuance>[1],
  operator: (
    onRibbon: () => Promise<'continue' | 'cancel'>,
  ) => (prompt: v1.IJobPrompt) => Promise<'continue' | 'cancel'>,
  technician: { client: AgentClient },
): Promise<void> {
  const atPrint = variant < 0.5
  if (atPrint) await printer().control({ cmd: 'ribbon', remaining: 0 })
  else await printer().control({ cmd: 'card', card: { cmd: 'fault', kind: 'mute', ins: 0xd6 } })
  let kill: Promise<void> | undefined
  const crash = () => {
    kill ??= station.restartAgent()
    return kill
  }
  const progress = { settled: false }
  const run = runIssuance(client, {
    ...options,
    onJob: seen => {
      job.jobId ||= seen.jobId ?? ''
      if (!atPrint && seen.step === 'chip-write-files') void crash()
    },
    onPrompt: operator(async () => {
      await crash()
      return 'cancel'
    }),
  })
    .catch(() => undefined)
    .finally(() => (progress.settled = true))
  // The job waits at its hold point until the kill comes; nothing else ends it.
  for (let waited = 0; kill === undefined; waited += 50) {
    // It ended before its hold point (the fault did not hold it): an ordinary outcome.
    if (progress.settled) return
    if (waited > 60_000) throw new Error('the job never reached the point of the kill')
    await sleep(50)
  }
  await kill
  client.close()
  await Promise.race([run, sleep(2000)])
  technician.client.close()
  technician.client = await station.connect('technician')
  const state = await jobState(technician.client, job.jobId)
  if (state !== 'interrupted') {
    // The kill came after the job had ended; nothing to resolve.
    if (!TERMINAL.has(state)) job.problem = `after the restart the job is ${state}`
    return
  }
  job.interrupted = true
  await technician.client.resolveJob(job.jobId, 'spoiled', 'fault campaign: agent killed mid-job')
  await printer().control({ cmd: 'card', card: { cmd: 'clear-faults' } })
  try {
    await rejectByHand(technician.client, options.printerId)
  } catch (error) {
    job.problem = `reject after restart: ${error instanceof Error ? error.message : String(error)}`
  }
}

/**
 * The fingerprint reader is pulled out once the job's capture has begun (before any medium is
 * fed), then plugged in again, as a new reader process with the same serial.
 */
async function readerUnplug(
  station: Station,
  job: CampaignJob,
  client: AgentClient,
  options: Parameters<typeof runIssuance>[1],
): Promise<void> {
  const scanner = station.scanner
  const pulled = { unplugged: false }
  const capturing = scanner.waitFor(line => line.event === 'capture-started', 60_000, 'capture')
  void capturing.then(
    () => {
      pulled.unplugged = true
      // Not control(): the reader answers an unplug only with its own notice, then exits.
      scanner.child.stdin?.write('{"cmd":"unplug"}\n')
    },
    () => undefined,
  )
  try {
    await runIssuance(client, { ...options, onJob: seen => (job.jobId ||= seen.jobId ?? '') })
  } finally {
    if (!pulled.unplugged) job.problem ||= 'the job ended before its capture began'
    await station.replugScanner()
  }
}

async function rejectByHand(client: AgentClient, printerId: string): Promise<void> {
  const lease = await client.claimDevice(printerId)
  try {
    await client.rejectMedium(printerId)
  } finally {
    await client.releaseDevice(lease.leaseId ?? '').catch(() => undefined)
  }
}

async function waitTerminal(client: AgentClient, job: CampaignJob): Promise<void> {
  const deadline = Date.now() + 120_000
  while (!TERMINAL.has(await jobState(client, job.jobId))) {
    if (Date.now() > deadline) throw new Error('the job did not end after its client left')
    await sleep(100)
  }
}

interface Check {
  readonly name: string
  readonly pass: boolean
  readonly detail?: string
}

interface JobRow {
  readonly id: string
  readonly state: string
  readonly document_ref: string
  readonly result: string | null
  readonly resolution: string | null
  readonly error_code: string | null
  readonly error_step: string | null
}

/** The checks, read from the journal file itself (read-only) and the printers' event lines. */
function verify(station: Station, campaign: readonly CampaignJob[]): Check[] {
  const journalPath = path.join(station.dataDir, 'journal', 'journal.db')
  const db = new Database(journalPath, { readonly: true, fileMustExist: true })
  const checks: Check[] = []
  const add = (name: string, bad: readonly string[]) => {
    checks.push({
      name,
      pass: bad.length === 0,
      ...(bad.length > 0 ? { detail: `${String(bad.length)}: ${bad.slice(0, 5).join('; ')}` } : {}),
    })
  }
  try {
    const rows = new Map(
      db
        .prepare<[], JobRow>(
          'SELECT id, state, document_ref, result, resolution, error_code, error_step FROM jobs',
        )
        .all()
        .map(row => [row.id, row]),
    )
    const events = db
      .prepare<[], { job_id: string; action: string; to_state: string }>(
        'SELECT job_id, action, to_state FROM job_events ORDER BY job_id, seq',
      )
      .all()
    const audit = db
      .prepare<[], { job_id: string; event: string }>(
        'SELECT job_id, event FROM audit_log ORDER BY seq',
      )
      .all()

    add(
      'every job got an id and is in the journal, with no problem along the way',
      campaign
        .filter(job => !job.jobId || !rows.has(job.jobId) || job.problem)
        .map(job => `#${String(job.index)} ${job.fault} ${job.problem || 'no journal row'}`),
    )
    add(
      'the journal holds the campaign’s jobs and no others',
      rows.size === campaign.length ? [] : [`${String(rows.size)} rows`],
    )
    const outcome: string[] = []
    const readBack: string[] = []
    for (const job of campaign) {
      const row = rows.get(job.jobId)
      if (row === undefined) continue
      const name = `#${String(job.index)} ${job.fault} ${row.state}`
      if (row.state === 'succeeded') {
        if (job.ejected !== 1 || job.rejected !== 0) {
          outcome.push(`${name} ejected ${String(job.ejected)} rejected ${String(job.rejected)}`)
        }
      } else if (row.state === 'spoiled' || row.state === 'failed' || row.state === 'canceled') {
        if (job.ejected !== 0) outcome.push(`${name} but ejected`)
        if (row.resolution !== null && row.resolution !== 'spoiled')
          outcome.push(`${name} resolved`)
      } else {
        outcome.push(`${name} left unended`)
      }
      if (job.stray !== 0) outcome.push(`${name}: the other printer moved`)
      if (job.ejected > 0) {
        const result =
          row.result === null ? {} : (JSON.parse(row.result) as Record<string, unknown>)
        if (row.state !== 'succeeded' || result.passiveAuthentication !== true) {
          readBack.push(`${name} ejected without a passing read-back`)
        }
      }
    }
    add('every job ended issued (one ejection) or spoiled/failed/canceled (none)', outcome)
    add(
      'every spoiled medium went to the reject box, once',
      campaign
        .filter(job => rows.get(job.jobId)?.state === 'spoiled' && job.rejected !== 1)
        .map(job => `#${String(job.index)} ${job.fault} rejected ${String(job.rejected)}`),
    )
    add('every ejected card’s job passed its read-back (passive authentication)', readBack)
    const ejectedTotal = [station.cardPrinter, station.pagePrinter]
      .flatMap(printer => printer.lines)
      .filter(line => line.event === 'ejected').length
    const issued = [...rows.values()].filter(row => row.state === 'succeeded')
    add(
      'every ejection the printers report is one issued job',
      ejectedTotal === issued.length
        ? []
        : [`${String(ejectedTotal)} ejected, ${String(issued.length)} issued`],
    )
    const refs = new Map<string, number>()
    for (const row of issued) refs.set(row.document_ref, (refs.get(row.document_ref) ?? 0) + 1)
    add(
      'no document number issued twice (journal documentRef)',
      [...refs.entries()]
        .filter(([, n]) => n > 1)
        .map(([ref, n]) => `${ref.slice(0, 8)}… ×${String(n)}`),
    )
    add(
      'fault-free jobs all issued',
      campaign
        .filter(job => job.fault === 'none' && rows.get(job.jobId)?.state !== 'succeeded')
        .map(job => {
          const row = rows.get(job.jobId)
          return `#${String(job.index)} ${job.kind} ${row?.state ?? 'missing'} ${row?.error_code ?? ''} at ${row?.error_step ?? ''}`
        }),
    )

    add(
      'a reader unplugged mid-capture fails its job at capture, before any medium is fed',
      campaign
        .filter(job => job.fault === 'reader-unplug')
        .filter(job => {
          const row = rows.get(job.jobId)
          return (
            row?.state !== 'failed' ||
            row.error_step !== 'capture-fingerprints' ||
            job.ejected + job.rejected !== 0
          )
        })
        .map(job => {
          const row = rows.get(job.jobId)
          return `#${String(job.index)} ${row?.state ?? 'missing'} ${row?.error_code ?? ''} at ${row?.error_step ?? ''}`
        }),
    )

    const journalBad: string[] = []
    const byJob = new Map<string, { action: string; to_state: string }[]>()
    for (const event of events) {
      const list = byJob.get(event.job_id) ?? []
      list.push(event)
      byJob.set(event.job_id, list)
    }
    for (const row of rows.values()) {
      const list = byJob.get(row.id) ?? []
      if (list[0]?.action !== 'begin') journalBad.push(`${row.id} does not start with begin`)
      if (list.at(-1)?.to_state !== row.state)
        journalBad.push(`${row.id} last event not ${row.state}`)
    }
    add('the journal’s events run from begin to each job’s final state', journalBad)

    const reader = openAuditReader(
      journalPath,
      path.join(station.dataDir, 'journal', 'journal.key'),
    )
    try {
      const verification = reader.verify()
      add(
        'audit chain intact, MACs checked',
        verification.ok && verification.macChecked
          ? []
          : [
              `ok ${String(verification.ok)} macChecked ${String(verification.macChecked)} ` +
                `${reader.macUnavailable ?? ''} ${JSON.stringify(verification.firstBad ?? {})}`,
            ],
      )
    } finally {
      reader.close()
    }
    const auditByJob = new Map<string, string[]>()
    for (const record of audit) {
      const list = auditByJob.get(record.job_id) ?? []
      list.push(record.event)
      auditByJob.set(record.job_id, list)
    }
    const auditBad: string[] = []
    for (const job of campaign) {
      const row = rows.get(job.jobId)
      if (row === undefined) continue
      const list = auditByJob.get(row.id) ?? []
      const ends = list.filter(event => TERMINAL.has(event.slice('job.'.length)))
      const count = (event: string) => list.filter(e => e === event).length
      const name = `#${String(job.index)} ${job.fault}`
      if (count('job.accepted') !== 1)
        auditBad.push(`${name}: ${String(count('job.accepted'))} accepted`)
      if (job.interrupted) {
        if (count('job.interrupted') !== 1 || count('job.resolved') !== 1 || ends.length !== 0) {
          auditBad.push(`${name}: ${list.join(',')}`)
        }
      } else if (ends.length !== 1 || ends[0] !== `job.${row.state}`) {
        auditBad.push(`${name}: ${list.join(',')}`)
      }
    }
    add('one audit record set per job (accepted … one end, or interrupted + resolved)', auditBad)
    if (auditByJob.size !== rows.size) {
      add('the audit trail names the journal’s jobs and no others', [
        `${String(auditByJob.size)} jobs audited, ${String(rows.size)} journaled`,
      ])
    }
    for (const job of campaign) tally(job, rows.get(job.jobId)?.state ?? 'none')
  } finally {
    db.close()
  }
  return checks
}

const COLUMNS = [
  'jobs',
  'succeeded',
  'spoiled',
  'failed',
  'canceled',
  'interrupted→resolved',
  'ejected',
  'rejected',
] as const
const table = new Map<string, Record<(typeof COLUMNS)[number], number>>()

function tally(job: CampaignJob, state: string): void {
  for (const key of [job.fault, 'all']) {
    const row =
      table.get(key) ??
      (Object.fromEntries(COLUMNS.map(c => [c, 0])) as Record<(typeof COLUMNS)[number], number>)
    row.jobs += 1
    if (job.interrupted) row['interrupted→resolved'] += 1
    else if (
      state === 'succeeded' ||
      state === 'spoiled' ||
      state === 'failed' ||
      state === 'canceled'
    ) {
      row[state] += 1
    }
    row.ejected += job.ejected
    row.rejected += job.rejected
    table.set(key, row)
  }
}

function printTally(): void {
  const header = ['fault', ...COLUMNS]
  const lines = [...FAULTS, 'all']
    .filter(fault => table.has(fault))
    .map(fault => {
      const row = table.get(fault)
      return [fault, ...COLUMNS.map(column => String(row?.[column] ?? 0))]
    })
  const widths = header.map((title, i) =>
    Math.max(title.length, ...lines.map(line => line[i]?.length ?? 0)),
  )
  const render = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
  say(render(header))
  for (const line of lines) say(render(line))
}

if (require.main === module) {
  main().then(
    code => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      )
      process.exit(1)
    },
  )
}
