import assert from 'node:assert/strict'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { EXIT_CODES } from '../../agent/cli/exit-codes'
import { startStation, type Station } from '../../agent/cli/station/station'
import type { SimLine, SimProcess } from '../../agent/cli/station/sim-process'
import { v1 } from '../../protocol'
import { runCliProcess, type ProcessRun } from '../support/agent-process'

const ROOT = path.resolve(__dirname, '..', '..')
const EXAMPLES = path.join(ROOT, 'examples')

// The technician's and the operator's side of a workstation, from the command line: the real
// `idstation` processes against a station whose printers are simulators behind real ptys and
// whose chips sit in vpcd readers of a private pcscd.
describe('idstation printer and issue commands on a simulated workstation', function () {
  this.timeout(120_000)
  let station: Station | undefined
  let dir = ''
  let serial = 0

  const cli = (args: readonly string[], timeoutMs = 60_000): Promise<ProcessRun> =>
    runCliProcess(
      [...args, '--data-dir', station!.dataDir, '--runtime-dir', station!.runtimeDir],
      timeoutMs,
    )

  /** The example applicant with a document number of its own, written next to the station. */
  const applicantFile = (kind: 'id-card' | 'passport', changes: Record<string, string> = {}) => {
    serial += 1
    const example = JSON.parse(
      readFileSync(path.join(EXAMPLES, `applicant-${kind}.json`), 'utf8'),
    ) as Record<string, unknown>
    const file = path.join(dir, `applicant-${String(serial)}.json`)
    // The Iraqi profiles' patterns: 9 of A–Z 0–9 on the card, a letter and 8 digits in the passport.
    const documentNumber = `${kind === 'id-card' ? 'ZC' : 'Z0'}${String(serial).padStart(7, '0')}`
    writeFileSync(file, JSON.stringify({ ...example, documentNumber, ...changes }))
    return file
  }

  const issueArgs = (kind: 'id-card' | 'passport', file: string, lane = 0) => {
    const devices = station!.lanes[lane]?.devices ?? station!.devices
    const card = kind === 'id-card'
    return [
      ...['issue', kind, '--applicant', file, '--json', '--on-prompt', 'cancel'],
      ...['--printer', card ? devices.cardPrinter : devices.pagePrinter],
      ...['--encoder', card ? devices.cardEncoder : devices.pageEncoder],
    ]
  }

  const eventsSince = (sim: SimProcess, since: number, event: string): SimLine[] =>
    sim.lines.slice(since).filter(line => line.event === event)

  const nextEvent = (sim: SimProcess, since: number, event: string) =>
    sim.seen(line => line.event === event && sim.lines.indexOf(line) >= since, 10_000, event)

  const simStatus = async (sim: SimProcess) => sim.control({ cmd: 'status' })

  const failure = (run: ProcessRun) => `exit ${String(run.code)}\n${run.stdout}\n${run.stderr}`

  /** Leaves a blank card sitting at the print head: a test card that finds the ribbon ended. */
  const parkCard = async () => {
    await station!.cardPrinter.control({ cmd: 'ribbon', remaining: 0 })
    const run = await cli(['printer', 'test-card', station!.devices.cardPrinter])
    assert.equal(run.code, EXIT_CODES.failure, failure(run))
    assert.match(run.stderr, /ribbon/i)
    await station!.cardPrinter.control({ cmd: 'ribbon', remaining: 200 })
    assert.equal((await simStatus(station!.cardPrinter)).cardPos, 'print')
  }

  before(async function () {
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    dir = mkdtempSync(path.join(tmpdir(), 'idstation-cli-issuance-e2e-'))
    // Two counters' printers, as in an office: the second pair's jobs must stay on its own.
    station = await startStation({ dir, captureMs: 100, printerPairs: 2 })
  })

  after(async () => {
    await station?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('printer status: ready → 0 with the model and no medium; cover open → 1 naming it', async () => {
    const printer = station!.devices.cardPrinter
    const ready = await cli(['printer', 'status', printer])
    assert.equal(ready.code, EXIT_CODES.ok, failure(ready))
    assert.match(ready.stdout, /^model\s+\S+/m)
    assert.match(ready.stdout, /^position\s+none$/m)

    const json = await cli(['printer', 'status', printer, '--json'])
    assert.equal(json.code, EXIT_CODES.ok, failure(json))
    const view = JSON.parse(json.stdout) as Record<string, unknown> & {
      status: { position: string; attention: string[]; faults: string[]; feederRemaining: number }
    }
    assert.equal(view.deviceId, printer)
    assert.ok(typeof view.model === 'string' && view.model !== '')
    assert.ok(typeof view.dpi === 'number' && view.dpi > 0)
    assert.ok(Array.isArray(view.faces) && view.faces.length === 2)
    assert.equal(view.status.position, 'none')
    assert.deepEqual(view.status.attention, [])
    assert.deepEqual(view.status.faults, [])

    const page = await cli(['printer', 'status', station!.devices.pagePrinter, '--json'])
    assert.equal(page.code, EXIT_CODES.ok, failure(page))
    const pageView = JSON.parse(page.stdout) as { faces: string[]; status: { position: string } }
    assert.equal(pageView.status.position, 'none')

    await station!.cardPrinter.control({ cmd: 'cover', open: true })
    try {
      const open = await cli(['printer', 'status', printer])
      assert.equal(open.code, EXIT_CODES.failure, failure(open))
      assert.match(open.stdout, /^attention\s+.*cover-open/m)
      const openJson = await cli(['printer', 'status', printer, '--json'])
      assert.equal(openJson.code, EXIT_CODES.failure, failure(openJson))
      const openView = JSON.parse(openJson.stdout) as { status: { attention: string[] } }
      assert.ok(openView.status.attention.includes('cover-open'))
    } finally {
      await station!.cardPrinter.control({ cmd: 'cover', open: false })
    }
  })

  it('printer test-card: prints the pattern and ejects the card', async () => {
    const since = station!.cardPrinter.lines.length
    const run = await cli(['printer', 'test-card', station!.devices.cardPrinter])
    assert.equal(run.code, EXIT_CODES.ok, failure(run))
    assert.match(run.stdout, /test card printed/)
    await nextEvent(station!.cardPrinter, since, 'printed')
    await nextEvent(station!.cardPrinter, since, 'ejected')
    assert.equal(eventsSince(station!.cardPrinter, since, 'printed').length, 1)
    assert.equal(eventsSince(station!.cardPrinter, since, 'rejected').length, 0)
  })

  it('printer reject: the card sitting in the printer goes to the reject box', async () => {
    await parkCard()
    const since = station!.cardPrinter.lines.length
    const run = await cli(['printer', 'reject', station!.devices.cardPrinter, '--json'])
    assert.equal(run.code, EXIT_CODES.ok, failure(run))
    const view = JSON.parse(run.stdout) as { status: { position: string } }
    assert.equal(view.status.position, 'none')
    await nextEvent(station!.cardPrinter, since, 'rejected')
    assert.equal(eventsSince(station!.cardPrinter, since, 'ejected').length, 0)

    // Nothing left inside: the printer says so, typed, and the command exits 1.
    const empty = await cli(['printer', 'reject', station!.devices.cardPrinter])
    assert.equal(empty.code, EXIT_CODES.failure, failure(empty))
    assert.match(empty.stderr, /no card inside/)
    // The same refusal, typed, as the protocol carries it.
    const client = await station!.connect('technician')
    try {
      const lease = await client.claimDevice(station!.devices.cardPrinter)
      await assert.rejects(client.rejectMedium(station!.devices.cardPrinter), {
        code: 'BAD_STATE',
        details: { reason: 'no-medium', position: 'none' },
      })
      await client.releaseDevice(lease.leaseId ?? '')
    } finally {
      client.close()
    }
  })

  it('printer eject: a technician ejects the card inside; an operator is refused with 4', async () => {
    await parkCard()
    // An operator's installation of the CLI: its own data directory, the front-end's key as
    // its identity, the station's agent key and sockets.
    const operatorDir = path.join(dir, 'operator-cli')
    mkdirSync(path.join(operatorDir, 'keys'), { recursive: true, mode: 0o700 })
    copyFileSync(
      path.join(station!.dataDir, 'keys', 'front-end.key'),
      path.join(operatorDir, 'keys', 'cli.key'),
    )
    const since = station!.cardPrinter.lines.length
    const refused = await runCliProcess([
      ...['printer', 'eject', station!.devices.cardPrinter],
      ...['--data-dir', operatorDir, '--runtime-dir', station!.runtimeDir],
      ...['--set', `keys.agentKeyFile=${path.join(station!.dataDir, 'keys', 'agent.key')}`],
    ])
    assert.equal(refused.code, EXIT_CODES.refused, failure(refused))
    assert.match(refused.stderr, /ejectMedium needs the technician role/)
    assert.equal(eventsSince(station!.cardPrinter, since, 'ejected').length, 0)

    const run = await cli(['printer', 'eject', station!.devices.cardPrinter])
    assert.equal(run.code, EXIT_CODES.ok, failure(run))
    assert.match(run.stdout, /medium ejected/)
    await nextEvent(station!.cardPrinter, since, 'ejected')
    assert.equal(eventsSince(station!.cardPrinter, since, 'rejected').length, 0)
  })

  let idCardKey = ''
  let idCardJob = ''
  let idCardFile = ''

  it('issue id-card: fingerprints from the reader, chip verified, two faces printed, ejected', async () => {
    await station!.scanner.control({ cmd: 'present', identity: 'cli-applicant', profile: 'good' })
    const since = station!.cardPrinter.lines.length
    idCardKey = `cli-e2e-${String(Date.now())}`
    idCardFile = applicantFile('id-card')
    const run = await cli([
      ...issueArgs('id-card', idCardFile),
      ...['--scanner', station!.devices.scanner, '--key', idCardKey],
    ])
    assert.equal(run.code, EXIT_CODES.ok, failure(run))
    const job = JSON.parse(run.stdout) as {
      id: string
      state: string
      facesPrinted: number
      mediumDisposition: string
      fingersCaptured: number
      idempotencyKey: string
      outcome: { passiveAuthentication: boolean }
    }
    assert.equal(job.state, 'succeeded')
    assert.equal(job.outcome.passiveAuthentication, true)
    assert.equal(job.facesPrinted, 2)
    assert.equal(job.mediumDisposition, 'ejected')
    assert.equal(job.fingersCaptured, 2)
    assert.equal(job.idempotencyKey, idCardKey)
    idCardJob = job.id
    await nextEvent(station!.cardPrinter, since, 'ejected')
    assert.equal(eventsSince(station!.cardPrinter, since, 'printed').length, 2)
  })

  it('issue with the same --key again: the same job back, no second card fed', async () => {
    assert.ok(idCardKey !== '', 'the ID card issuance ran')
    const before = await simStatus(station!.cardPrinter)
    const since = station!.cardPrinter.lines.length
    const run = await cli([
      ...issueArgs('id-card', idCardFile),
      ...['--scanner', station!.devices.scanner, '--key', idCardKey],
    ])
    assert.equal(run.code, EXIT_CODES.ok, failure(run))
    const job = JSON.parse(run.stdout) as { id: string; state: string }
    assert.equal(job.id, idCardJob)
    assert.equal(job.state, 'succeeded')
    const after = await simStatus(station!.cardPrinter)
    assert.equal(after.fed, before.fed)
    assert.equal(after.feeder, before.feeder)
    assert.equal(eventsSince(station!.cardPrinter, since, 'printed').length, 0)
  })

  it('issue passport: through the page printer, SUCCEEDED', async () => {
    const since = station!.pagePrinter.lines.length
    const run = await cli(issueArgs('passport', applicantFile('passport')))
    assert.equal(run.code, EXIT_CODES.ok, failure(run))
    const job = JSON.parse(run.stdout) as {
      state: string
      kind: string
      outcome: { passiveAuthentication: boolean }
    }
    assert.equal(job.state, 'succeeded')
    assert.equal(job.kind, 'issue-passport')
    assert.equal(job.outcome.passiveAuthentication, true)
    await nextEvent(station!.pagePrinter, since, 'printed')
  })

  it('the second printer pair issues a card and a passport at once, each on its own printer and encoder', async () => {
    const [first, second] = station!.lanes
    assert.ok(first !== undefined && second !== undefined, 'the station has two printer pairs')
    const ids = [first.devices, second.devices].flatMap(devices => [
      devices.cardPrinter,
      devices.pagePrinter,
      devices.cardEncoder,
      devices.pageEncoder,
    ])
    assert.equal(new Set(ids).size, 8, 'eight distinct printers and encoders')
    const sims = [first.cardPrinter, first.pagePrinter, second.cardPrinter, second.pagePrinter]
    const since = sims.map(sim => sim.lines.length)
    const runs = await Promise.all([
      cli(issueArgs('id-card', applicantFile('id-card'), 1)),
      cli(issueArgs('passport', applicantFile('passport'), 1)),
    ])
    for (const run of runs) {
      assert.equal(run.code, EXIT_CODES.ok, failure(run))
      assert.equal((JSON.parse(run.stdout) as { state: string }).state, 'succeeded')
    }
    const printed = sims.map((sim, index) => eventsSince(sim, since[index] ?? 0, 'printed').length)
    // A card prints both faces, a passport its one data page; the first pair printed nothing.
    assert.deepEqual(printed, [0, 0, 2, 1])
  })

  it('issue id-card on an empty feeder with --on-prompt cancel: exit 1, CANCELED', async () => {
    await station!.cardPrinter.control({ cmd: 'feeder', count: 0 })
    try {
      const since = station!.cardPrinter.lines.length
      const run = await cli(issueArgs('id-card', applicantFile('id-card')))
      assert.equal(run.code, EXIT_CODES.failure, failure(run))
      const job = JSON.parse(run.stdout) as { state: string }
      assert.equal(job.state, 'canceled')
      assert.match(run.stderr, /printer-feeder-empty.*answering cancel/)
      assert.equal(eventsSince(station!.cardPrinter, since, 'printed').length, 0)
    } finally {
      await station!.cardPrinter.control({ cmd: 'feeder', count: 20 })
    }
  })

  it('issue id-card with a date of birth that does not exist: exit 2 naming the field, nothing fed', async () => {
    const before = await simStatus(station!.cardPrinter)
    const run = await cli(
      issueArgs('id-card', applicantFile('id-card', { dateOfBirth: '1990-02-30' })),
    )
    assert.equal(run.code, EXIT_CODES.usage, failure(run))
    assert.match(run.stderr, /dateOfBirth/)
    assert.ok(!run.stderr.includes('1990-02-30'), 'the message names the field, not its value')
    assert.equal(run.stdout, '')
    const after = await simStatus(station!.cardPrinter)
    assert.equal(after.fed, before.fed)
  })

  it('left no job of this file running', async () => {
    const client = await station!.connect('technician')
    try {
      const { jobs } = await client.listJobs({})
      const running = jobs.filter(job => job.state === v1.JobState.JOB_STATE_RUNNING)
      assert.deepEqual(running, [])
    } finally {
      client.close()
    }
  })
})
