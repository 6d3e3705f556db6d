import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Applicant } from '../../agent/cli/issuance/applicant-file'
import { runIssuance, type IssuanceOptions } from '../../agent/cli/issuance/run-issuance'
import { answerAsOperator } from '../../agent/cli/station/operator'
import { startStation, type Station } from '../../agent/cli/station/station'
import type { SimLine } from '../../agent/cli/station/sim-process'
import { AgentClient, v1 } from '../../protocol'
import { CANARY, documentData, faceJpeg } from '../support/applicant'

/** A synthetic applicant with the canary's distinctive values and its own document number. */
function applicant(format: 'TD1' | 'TD3', documentNumber: string): Applicant {
  return {
    format,
    profile: format === 'TD1' ? 'uto-specimen-id' : 'uto-specimen-passport',
    document: documentData(format, documentNumber),
    face: faceJpeg(),
    syntheticFace: true,
    fingerRecords: [],
  }
}

// Issue 6's end to end: a front-end → agent → Evolis Esc over a real pty → the card printer
// simulator, which parks each card's chip in a vpcd reader of a private pcscd → the agent
// personalises and verifies it over PC/SC → prints → ejects; the same for passports through the
// page printer; every printer fault the issue names, as a job outcome. Ran in the pcscd mode the
// station reports (nodelay-preload when a C compiler is present).
describe('issuance through the real pcscd, ptys and printer simulators', function () {
  this.timeout(180_000)
  let station: Station | undefined
  let dir = ''
  let serial = 0
  const clients: AgentClient[] = []

  const connect = async (role: 'operator' | 'technician' = 'operator') => {
    const client = await station!.connect(role)
    clients.push(client)
    return client
  }

  const issue = async (
    kind: 'id-card' | 'passport',
    options: Partial<IssuanceOptions> & { client?: AgentClient } = {},
  ) => {
    serial += 1
    const devices = station!.devices
    const client = options.client ?? (await connect())
    const card = kind === 'id-card'
    return runIssuance(client, {
      kind,
      printerId: card ? devices.cardPrinter : devices.pagePrinter,
      encoderId: card ? devices.cardEncoder : devices.pageEncoder,
      applicant: applicant(card ? 'TD1' : 'TD3', `E2E${String(serial).padStart(6, '0')}`),
      idempotencyKey: `e2e-${String(serial)}`,
      ...options,
    })
  }

  const cardEvent = (event: string, since: number) =>
    station!.cardPrinter.seen(
      (line: SimLine) => line.event === event && station!.cardPrinter.lines.indexOf(line) >= since,
      30_000,
      event,
    )

  before(async function () {
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    dir = mkdtempSync(path.join(tmpdir(), 'idstation-issuance-e2e-'))
    station = await startStation({ dir, logLevel: 'debug', captureMs: 100 })
    process.stdout.write(`      pcscd mode: ${station.pcscdMode}; signer: ${station.pki.mode}\n`)
  })

  after(async () => {
    for (const client of clients) client.close()
    await station?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('issues an ID card: fingerprints by the job, chip verified, both faces printed, ejected', async () => {
    await station!.scanner.control({ cmd: 'present', identity: 'e2e-applicant', profile: 'good' })
    const since = station!.cardPrinter.lines.length
    const { job, facesSent } = await issue('id-card', {
      scannerId: station!.devices.scanner,
      facesDir: path.join(dir, 'sent'),
    })
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    assert.equal(job.outcome?.passiveAuthentication, true)
    assert.equal(job.outcome.activeAuthentication, true)
    assert.equal(job.outcome.fingersCaptured, 2)
    assert.deepEqual(
      job.outcome.dataGroups,
      [1, 2, 11, 12, 15],
      'captured, not on the chip: no EAC',
    )
    assert.equal(job.outcome.mediumDisposition, 'ejected')
    await cardEvent('ejected', since)
    // What the printer printed is what the front-end sent: the simulator rebuilt each face from
    // the YMCKO panels it received; the MRZ (black, on the back) survives the K panel exactly.
    const printed = station!.cardPrinter.lines
      .slice(since)
      .filter(line => line.event === 'printed')
      .map(line => String(line.path))
    assert.equal(printed.length, 2)
    for (const file of [...printed, ...facesSent]) assert.ok(existsSync(file), file)
  })

  it('issues a passport through the page printer and its contactless station', async () => {
    const since = station!.pagePrinter.lines.length
    const { job } = await issue('passport')
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    assert.equal(job.kind, 'issue-passport')
    assert.equal(job.outcome?.passiveAuthentication, true)
    const printed = await station!.pagePrinter.seen(
      line => line.event === 'printed' && station!.pagePrinter.lines.indexOf(line) >= since,
      10_000,
      'a printed page',
    )
    assert.ok(existsSync(String(printed.path)))
  })

  it('asks to close an open cover, then goes on after Continue', async () => {
    await station!.cardPrinter.control({ cmd: 'cover', open: true })
    const prompts: string[] = []
    const { job } = await issue('id-card', {
      onPrompt: async prompt => {
        prompts.push(prompt.kind ?? '')
        await station!.cardPrinter.control({ cmd: 'cover', open: false })
        return 'continue'
      },
    })
    assert.deepEqual(prompts, ['printer-cover-open'])
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
  })

  it('cancels on an empty feeder: nothing taken, nothing spoiled, the number free again', async () => {
    await station!.cardPrinter.control({ cmd: 'feeder', count: 0 })
    const { job } = await issue('id-card', {
      onPrompt: prompt => {
        assert.equal(prompt.kind, 'printer-feeder-empty')
        return Promise.resolve('cancel')
      },
    })
    assert.equal(job.state, v1.JobState.JOB_STATE_CANCELED)
    await station!.cardPrinter.control({ cmd: 'feeder', count: 20 })
  })

  it('asks for a new ribbon when it ends mid-print and prints after Continue', async () => {
    await station!.cardPrinter.control({ cmd: 'ribbon', remaining: 0 })
    const { job } = await issue('id-card', {
      onPrompt: async prompt => {
        assert.equal(prompt.kind, 'printer-ribbon-ended')
        await station!.cardPrinter.control({ cmd: 'ribbon', remaining: 200 })
        return 'continue'
      },
    })
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
  })

  it('rejects a card that jams in the printer (after the operator empties a full reject box)', async () => {
    await station!.cardPrinter.control({ cmd: 'jam', at: 'print' })
    await station!.cardPrinter.control({ cmd: 'reject-box', full: true })
    const since = station!.cardPrinter.lines.length
    const prompts: string[] = []
    const { job } = await issue('id-card', {
      onPrompt: async prompt => {
        prompts.push(prompt.kind ?? '')
        await station!.cardPrinter.control({ cmd: 'reject-box', full: false })
        return 'continue'
      },
    })
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(job.error?.code, v1.ErrorCode.ERROR_CODE_PRINTER_FAULT)
    assert.deepEqual(prompts, ['printer-reject-box-full'])
    await cardEvent('rejected', since)
    assert.ok(!station!.cardPrinter.lines.slice(since).some(line => line.event === 'ejected'))
  })

  it('rejects the card when its chip is pulled mid-write', async () => {
    await station!.cardPrinter.control({
      cmd: 'card',
      card: { cmd: 'fault', kind: 'pull', ins: 0xd6 },
    })
    const since = station!.cardPrinter.lines.length
    const { job } = await issue('id-card')
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(job.error?.details?.step, 'personalize')
    await cardEvent('rejected', since)
  })

  it('rejects the card, never ejects it, when the client goes away mid-job', async () => {
    // The chip stops answering at its first write, so the job waits there for the client to go.
    await station!.cardPrinter.control({
      cmd: 'card',
      card: { cmd: 'fault', kind: 'mute', ins: 0xd6 },
    })
    const since = station!.cardPrinter.lines.length
    const client = await connect()
    let jobId = ''
    const gone = issue('id-card', {
      client,
      onJob: job => {
        jobId = job.jobId ?? jobId
        if (job.step === 'chip-write-files') client.close()
      },
    }).catch((error: unknown) => error)
    await cardEvent('rejected', since)
    await gone
    const observer = await connect('technician')
    const job = await observer.getJob(jobId)
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.ok(!station!.cardPrinter.lines.slice(since).some(line => line.event === 'ejected'))
    // The client may have gone before the first write reached the chip: disarm for the next.
    await station!.cardPrinter.control({ cmd: 'card', card: { cmd: 'clear-faults' } })
  })

  it('spoils and rejects the card on a garbled printer reply', async () => {
    // In step with the job: the card is in and personalised, the ribbon is out at print; while
    // the operator changes it, the line garbles the printer's next reply.
    await station!.cardPrinter.control({ cmd: 'ribbon', remaining: 0 })
    const since = station!.cardPrinter.lines.length
    const { job } = await issue('id-card', {
      onPrompt: async () => {
        await station!.cardPrinter.control({ cmd: 'ribbon', remaining: 200 })
        await station!.cardPrinter.control({ cmd: 'garble', count: 1 })
        return 'continue'
      },
    })
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED, JSON.stringify(job))
    assert.equal(job.error?.code, v1.ErrorCode.ERROR_CODE_TRANSPORT_IO)
    assert.equal(job.error.details?.step, 'print')
    await cardEvent('rejected', since)
  })

  it('fails the job before any feed when the fingerprint reader is unplugged mid-capture, and captures again once replugged', async () => {
    const scanner = station!.scanner
    await scanner.control({ cmd: 'present', identity: 'e2e-unplug', profile: 'good' })
    void scanner
      .waitFor(line => line.event === 'capture-started', 30_000, 'a capture')
      .then(() => scanner.child.stdin?.write('{"cmd":"unplug"}\n'))
    const since = station!.cardPrinter.lines.length
    const { job } = await issue('id-card', { scannerId: station!.devices.scanner })
    assert.equal(job.state, v1.JobState.JOB_STATE_FAILED, JSON.stringify(job))
    assert.equal(job.error?.code, v1.ErrorCode.ERROR_CODE_TRANSPORT_DISCONNECTED)
    assert.equal(job.error.details?.step, 'capture-fingerprints')
    const moved = station!.cardPrinter.lines
      .slice(since)
      .filter(line => ['ejected', 'rejected', 'printed'].includes(line.event ?? ''))
    assert.deepEqual(moved, [], 'no card was fed for the failed job')
    await station!.replugScanner()
    await station!.scanner.control({ cmd: 'present', identity: 'e2e-replug', profile: 'good' })
    const again = await issue('id-card', { scannerId: station!.devices.scanner })
    assert.equal(again.job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(again.job.error))
    assert.equal(again.job.outcome?.fingersCaptured, 2)
  })

  it('asks to empty a full output tray at eject, then ejects after Continue', async () => {
    const prompts: string[] = []
    await station!.pagePrinter.control({ cmd: 'output', full: true })
    const since = station!.pagePrinter.lines.length
    const { job } = await issue('passport', {
      onPrompt: prompt => {
        prompts.push(prompt.kind ?? '')
        return answerAsOperator(station!.pagePrinter, 'page', prompt)
      },
    })
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    assert.deepEqual(prompts, ['printer-output-full'])
    await station!.pagePrinter.seen(
      line => line.event === 'ejected' && station!.pagePrinter.lines.indexOf(line) >= since,
      10_000,
      'the booklet ejected',
    )
  })

  it('spoils the card when the printer is unplugged mid-job, and the printer leaves the list', async () => {
    const client = await connect()
    // The card is fed and personalised; at print the ribbon is out, and while the operator is
    // asked, someone pulls the printer's cable.
    await station!.cardPrinter.control({ cmd: 'ribbon', remaining: 0 })
    const { job } = await issue('id-card', {
      client,
      onPrompt: async () => {
        await station!.cardPrinter.control({ cmd: 'disconnect' }).catch(() => undefined)
        await station!.cardPrinter.stop()
        return 'continue'
      },
    })
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(job.error?.details?.step, 'print')
    const deadline = Date.now() + 10_000
    for (;;) {
      const printers = await client.listDevices(v1.DeviceKind.DEVICE_KIND_CARD_PRINTER)
      if (printers.length === 0) break
      assert.ok(Date.now() < deadline, 'the unplugged printer left the device list')
      await new Promise(resolve => setTimeout(resolve, 200))
    }
  })

  it('wrote no applicant data to the logs, at debug level, through all of the above', () => {
    const logs = path.join(station!.dataDir, 'logs')
    const text = readdirSync(logs)
      .map(file => readFileSync(path.join(logs, file), 'latin1'))
      .join('\n')
    assert.ok(text.includes('job.medium-ejected'), 'the log holds the issuance events')
    for (const value of [
      CANARY.primaryIdentifier,
      CANARY.secondaryIdentifier,
      CANARY.placeOfBirth,
      CANARY.personalNumber,
      'E2E000001',
      '830714',
      '1983-07-14',
    ]) {
      assert.ok(!text.includes(value), `the logs contain ${value}`)
    }
  })
})
