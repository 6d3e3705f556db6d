import fs from 'node:fs'
import path from 'node:path'
import { enumValueName, errorCodeName, v1 } from '../../../protocol/messages'
import { openAuditReader } from '../../jobs/journal/audit-reader'
import type { CliContext, CliLeafCommand } from '../command'
import { DEVICE_HEADERS, deviceCells, deviceRow } from '../device-rows'
import { EXIT_CODES, type ExitCode } from '../exit-codes'
import { readApplicantFile } from '../issuance/applicant-file'
import { stepLabel } from '../issuance/job-progress'
import { runIssuance } from '../issuance/run-issuance'
import { parseCommandArgs } from '../parse-command-args'
import { ROOT } from '../spawn-helpers'
import { startStation, StationUnavailable, type Station } from '../station/station'
import { UsageError } from '../usage-error'

/**
 * `idstation demo`: a whole issuance workstation on this machine, every device simulated behind
 * its real transport, and one ID card and one passport issued end to end as a front-end would.
 * Everything it made stays in the demo directory to look at.
 */
export const DEMO_COMMAND: CliLeafCommand = {
  name: 'demo',
  summary: 'start the agent and simulated devices, and issue an ID card and a passport',
  usage: [
    'Usage: idstation demo [--dir DIR] [--timing fast|realistic]',
    '',
    'DIR defaults to ./.data/demo and is emptied first. Needs root (a private pcscd runs in its',
    'own mount namespace) and the Debian packages pcscd, vsmartcard-vpcd and socat.',
    '--timing realistic moves the simulated printers at desktop-printer speed (about a minute).',
  ].join('\n'),
  async run(context) {
    const { values, positionals } = parseCommandArgs(context.args, {
      dir: { type: 'string' },
      timing: { type: 'string' },
    })
    if (positionals.length > 0) throw new UsageError('demo takes no positional arguments')
    const timing = values.timing ?? 'fast'
    if (timing !== 'fast' && timing !== 'realistic') {
      throw new UsageError('--timing is fast or realistic')
    }
    const dir = path.resolve(context.cwd, values.dir ?? path.join('.data', 'demo'))
    return runDemo(context, dir, timing)
  },
}

interface Issued {
  readonly label: string
  readonly job: v1.IJob
}

async function runDemo(
  context: CliContext,
  dir: string,
  timing: 'fast' | 'realistic',
): Promise<ExitCode> {
  const say = (line: string) => {
    context.output.print(line)
  }
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 })
  say('idstation demo: one workstation, every device simulated behind its real transport')
  say('')
  say('1. station: private pcscd with two vpcd readers, an Evolis card printer and a passport')
  say('   printer on pseudo-terminals (each parks a blank virtual chip in its reader), a HID')
  say('   fingerprint reader, a test CSCA and Document Signer, and the idstation-agent process')
  let station: Station
  try {
    station = await startStation({ dir, timing })
  } catch (error) {
    if (error instanceof StationUnavailable) {
      context.output.error(`idstation demo: ${error.message}`)
      return EXIT_CODES.failure
    }
    throw error
  }
  const issued: Issued[] = []
  try {
    say(`   pcscd mode ${station.pcscdMode}; DS key ${describeSigner(station.pki.mode)}`)
    const client = await station.connect()
    try {
      const devices = await client.listDevices()
      context.output.table(
        DEVICE_HEADERS,
        devices.map(device => deviceCells(deviceRow(device))),
      )
      const { devices: ids } = station
      say('')
      say('2. Iraqi national card (TD1, profile irq-national-id) for the fictitious applicant in')
      say('   examples/applicant-id-card.json, Arabic names: the agent transliterates them to the')
      say('   MRZ (Doc 9303-3) and draws both faces; the job captures the right and left index')
      say('   fingers, then feed → chip → verify → print → eject')
      await station.scanner.control({ cmd: 'present', identity: 'demo-applicant', profile: 'good' })
      issued.push({
        label: 'ID card',
        job: await issue(context, station, client, {
          kind: 'id-card',
          printerId: ids.cardPrinter,
          encoderId: ids.cardEncoder,
          scannerId: ids.scanner,
          file: 'applicant-id-card.json',
        }),
      })
      say('')
      say('3. Iraqi passport (TD3, profile irq-passport) for examples/applicant-passport.json')
      say('   through the page printer')
      issued.push({
        label: 'passport',
        job: await issue(context, station, client, {
          kind: 'passport',
          printerId: ids.pagePrinter,
          encoderId: ids.pageEncoder,
          file: 'applicant-passport.json',
        }),
      })
    } finally {
      client.close()
    }
  } finally {
    await station.stop()
  }
  say('')
  say('4. idstation-agent, printers, reader and pcscd stopped')
  const reports = writeReports(dir, issued)
  const audit = writeAudit(station)
  const printed = listFiles(station.printedDir)
  say('')
  say('Look at:')
  for (const file of printed) say(`  printed      ${file}`)
  for (const file of reports) say(`  chip report  ${file}`)
  say(`  audit        ${audit.file}  (${audit.verdict}; idstation audit verify)`)
  say(
    `  agent log    ${path.join(station.dataDir, 'logs', 'agent.log')}  (event names and ids only)`,
  )
  const good =
    issued.length === 2 && issued.every(item => item.job.state === v1.JobState.JOB_STATE_SUCCEEDED)
  say('')
  say(good ? 'Both documents issued and verified.' : 'A document was not issued: see above.')
  return good ? EXIT_CODES.ok : EXIT_CODES.failure
}

async function issue(
  context: CliContext,
  station: Station,
  client: Awaited<ReturnType<Station['connect']>>,
  options: {
    readonly kind: 'id-card' | 'passport'
    readonly printerId: string
    readonly encoderId: string
    readonly scannerId?: string
    readonly file: string
  },
): Promise<v1.IJob> {
  const applicant = await readApplicantFile(path.join(ROOT, 'examples', options.file))
  let step = ''
  const { job } = await runIssuance(client, {
    kind: options.kind,
    printerId: options.printerId,
    encoderId: options.encoderId,
    ...(options.scannerId === undefined ? {} : { scannerId: options.scannerId }),
    applicant,
    idempotencyKey: `demo-${options.kind}`,
    signal: context.signal,
    onJob: changed => {
      if (changed.step === undefined || changed.step === null || changed.step === step) return
      step = changed.step
      context.output.print(`   ${String(changed.percent ?? 0).padStart(3)}%  ${stepLabel(step)}`)
    },
    onPrompt: prompt => {
      context.output.print(`   prompt ${prompt.kind ?? ''}: nobody at the demo, canceling`)
      return Promise.resolve('cancel')
    },
  })
  const outcome = job.outcome
  const state = enumValueName(v1.JobState, job.state ?? 0, 'JOB_STATE_')
  context.output.print(
    `   ${state}: chip ${job.chipSerial || '-'}, passive authentication ${
      outcome?.passiveAuthentication === true ? 'passed' : 'not passed'
    }, active authentication ${outcome?.activeAuthentication === true ? 'passed' : 'not run'}, ` +
      `DGs ${(outcome?.dataGroups ?? []).join(',')}, ${String(outcome?.facesPrinted ?? 0)} face(s) printed, ` +
      `${outcome?.mediumDisposition || 'rejected'}; ${String(outcome?.durationMs ?? 0)} ms`,
  )
  if (job.error) {
    context.output.print(
      `   error ${errorCodeName(job.error.code ?? 0)}: ${job.error.message ?? ''}`,
    )
  }
  return job
}

function describeSigner(mode: 'softhsm' | 'key-file'): string {
  return mode === 'softhsm'
    ? 'generated on a SoftHSM2 token (PKCS#11, not extractable)'
    : 'in a 0600 key file (SoftHSM2 not installed)'
}

/** What the job's own read-back found: BAC, every file compared, passive and active auth. */
function writeReports(dir: string, issued: readonly Issued[]): string[] {
  const folder = path.join(dir, 'reports')
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
  return issued.map(({ label, job }) => {
    const file = path.join(folder, `${job.kind ?? 'job'}-${job.jobId ?? ''}.json`)
    const outcome = job.outcome ?? {}
    const report = {
      document: label,
      jobId: job.jobId,
      state: enumValueName(v1.JobState, job.state ?? 0, 'JOB_STATE_'),
      chipSerial: job.chipSerial,
      readBack: 'BAC + secure messaging, every written file compared',
      passiveAuthentication: outcome.passiveAuthentication === true ? 'passed' : 'not passed',
      activeAuthentication: outcome.activeAuthentication === true ? 'passed' : 'not run',
      dataGroups: outcome.dataGroups ?? [],
      apdus: outcome.apduCount,
      bytesWritten: outcome.bytesWritten,
      facesPrinted: outcome.facesPrinted,
      medium: outcome.mediumDisposition,
      encoder: outcome.encoderId,
      printer: job.deviceId,
    }
    fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o600 })
    return file
  })
}

/**
 * The journal's hash-chained audit trail (ids, states, HMACs; no personal data), verified with
 * the station key and exported as `idstation audit export` writes it.
 */
function writeAudit(station: Station): { file: string; verdict: string } {
  const folder = path.join(station.dir, 'audit')
  fs.mkdirSync(folder, { recursive: true, mode: 0o700 })
  const journalDir = path.join(station.dataDir, 'journal')
  const reader = openAuditReader(
    path.join(journalDir, 'journal.db'),
    path.join(journalDir, 'journal.key'),
  )
  try {
    const file = path.join(folder, 'audit-trail.jsonl')
    const lines = [...reader.records()].map(record => JSON.stringify(record))
    fs.writeFileSync(file, `${lines.join('\n')}\n`, { mode: 0o600 })
    const verdict = reader.verify()
    return {
      file,
      verdict: verdict.ok
        ? `${String(lines.length)} records, hash chain and MACs intact`
        : `BROKEN: ${JSON.stringify(verdict)}`,
    }
  } finally {
    reader.close()
  }
}

function listFiles(folder: string): string[] {
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => path.join(entry.parentPath, entry.name))
    .sort()
}
