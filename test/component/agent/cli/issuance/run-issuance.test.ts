import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { curveKeyPair } from 'zeromq'
import { readApplicantFile, type Applicant } from '../../../../../agent/cli/issuance/applicant-file'
import { runIssuance } from '../../../../../agent/cli/issuance/run-issuance'
import { UsageError } from '../../../../../agent/cli/usage-error'
import { readApplicant } from '../../../../../agent/documents/applicant'
import { findProfile } from '../../../../../agent/documents/profiles'
import { renderDocument, type RenderedFace } from '../../../../../agent/documents/render'
import { encodeRgbPng } from '../../../../../agent/imaging/png'
import { JobJournal } from '../../../../../agent/jobs/journal'
import { PersonalizeCardEngine } from '../../../../../agent/jobs/workflows/personalize-card/engine'
import { AgentServer } from '../../../../../agent/server/agent-server'
import type {
  DeviceSummary,
  RegistryEvent,
} from '../../../../../agent/services/devices/device-registry'
import type { DeviceSource } from '../../../../../agent/services/devices/device-service'
import { KeyObjectSigner } from '../../../../../agent/signer'
import { createTestCsca, createTestDocumentSigner } from '../../../../../agent/signer/test-pki'
import { SYSTEM_CLOCK } from '../../../../../drivers/core/clock'
import type { DeviceDriver, DeviceKind } from '../../../../../drivers/core/driver'
import type { PrinterInfo } from '../../../../../drivers/core/printer'
import { AgentClient, v1 } from '../../../../../protocol'
import { blankImage } from '../../../../../simulators/card/card-image'
import { EmrtdCard } from '../../../../../simulators/card/emrtd-card'
import { fingerprint, TEST_LIMITS } from '../../../../support/agent-fixture'
import { InProcessReader } from '../../../../support/in-process-reader'
import { RecordingLogger } from '../../../../support/recording-logger'
import {
  CARD_PRINTER_INFO,
  PAGE_PRINTER_INFO,
  ScriptedPrinter,
} from '../../../../support/scripted-printer'

const EXAMPLES = path.join(__dirname, '../../../../../examples')
const PRINTER = 'evolis:/dev/ttyS0'
const ENCODER = 'vpcd:reader-0'
/** The renderer needs a real raster for its MRZ; the scripted printers' default is tiny. */
const CARD_PRINTER: PrinterInfo = { ...CARD_PRINTER_INFO, widthPx: 1016, heightPx: 648 }
const PAGE_PRINTER: PrinterInfo = { ...PAGE_PRINTER_INFO, widthPx: 1476, heightPx: 1039 }

/** A device source holding one scripted printer and one in-process reader. */
class TestDevices implements DeviceSource {
  readonly events = new EventEmitter<{ change: [event: RegistryEvent] }>()
  private readonly devices = new Map<string, { summary: DeviceSummary; driver: DeviceDriver }>()

  add(id: string, kind: DeviceKind, driver: object): void {
    const summary: DeviceSummary = {
      id,
      driverId: id.split(':')[0] ?? id,
      driverName: 'Test device',
      kind,
      info: { kind: 'hid', path: `/dev/test/${id}`, vendorId: 0x1209, productId: 0x4944 },
      status: { state: 'ready' },
    }
    this.devices.set(id, { summary, driver: { id, ...driver } as unknown as DeviceDriver })
  }
  list(): readonly DeviceSummary[] {
    return [...this.devices.values()].map(device => device.summary)
  }
  get(id: string): DeviceSummary | undefined {
    return this.devices.get(id)?.summary
  }
  driver(id: string): DeviceDriver | undefined {
    return this.devices.get(id)?.driver
  }
}

interface Station {
  readonly server: AgentServer
  readonly printer: ScriptedPrinter
  readonly reader: InProcessReader
  readonly operator: AgentClient
  readonly dir: string
  stop(): Promise<void>
}

/**
 * With `feedAfterSubscription` the feed waits until the follower's event subscription reached
 * the agent, as a real printer's seconds-long feed does: in process the whole job is faster
 * than a subscription, and its progress would show only the first and last states.
 */
async function station(info: PrinterInfo, feedAfterSubscription = false): Promise<Station> {
  const dir = mkdtempSync(path.join(tmpdir(), 'idstation-run-issuance-'))
  const reader = new InProcessReader()
  const printer = new ScriptedPrinter(info, present => {
    if (present) reader.insert(new EmrtdCard({ image: blankImage() }))
    else reader.remove()
  })
  const devices = new TestDevices()
  const logger = new RecordingLogger()
  const slow = new Proxy(printer, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver)
      if (key !== 'feed' || typeof value !== 'function' || !feedAfterSubscription) return value
      return async (...args: unknown[]) => {
        while (logger.withEvent('events.subscribed').length === 0) {
          await new Promise(resolve => setTimeout(resolve, 10))
        }
        return (value as (...a: unknown[]) => Promise<void>).apply(target, args)
      }
    },
  })
  devices.add(PRINTER, info.medium === 'card' ? 'card-printer' : 'page-printer', {
    printer: slow,
  })
  devices.add(ENCODER, 'card-encoder', { apdu: reader, maxCommandLength: 65548 })
  const csca = createTestCsca()
  const ds = createTestDocumentSigner({ csca })
  const journal = JobJournal.open(path.join(dir, 'journal.db'))
  const agentKeys = curveKeyPair()
  const operatorKeys = curveKeyPair()
  const endpoints = {
    requests: `ipc://${dir}/agent.sock`,
    events: `ipc://${dir}/events.sock`,
  }
  const server = new AgentServer({
    endpoints,
    agentKeys,
    lookup: key =>
      key === operatorKeys.publicKey ? { name: 'enrolment-ui', role: 'operator' } : undefined,
    fingerprint,
    limits: { ...TEST_LIMITS, maxRequestBytes: 8 * 1024 * 1024, maxFramesPerRequest: 8 },
    sessions: { heartbeatIntervalMs: 1000, heartbeatTimeoutMs: 5000 },
    events: { heartbeatIntervalMs: 200, sendHighWaterMark: 1000 },
    source: devices,
    capabilities: () => ['devices'],
    agentVersion: '0.0.0-test',
    logger,
    clock: SYSTEM_CLOCK,
    jobs: {
      journal,
      personalization: readers =>
        new PersonalizeCardEngine({
          readers,
          signer: new KeyObjectSigner(ds.privateKey, ds.certificate),
          trustAnchors: [csca.certificate],
          maxFaceBytes: 30_000,
          extendedLength: true,
          stationSerial: 'IDSTATION-TEST',
          cardTimeoutMs: 1000,
          clock: { now: () => Date.now() },
          logger,
        }),
      issuance: {
        chipWaitMs: 1000,
        dg3BudgetBytes: 30_000,
        maxFaceImageBytes: 8 << 20,
        specimen: true,
      },
    },
  })
  await server.start()
  const operator = await AgentClient.connect({
    requestsEndpoint: endpoints.requests,
    eventsEndpoint: endpoints.events,
    serverPublicKey: agentKeys.publicKey,
    keys: operatorKeys,
    clientName: 'test-front-end',
    connectTimeoutMs: 1500,
  })
  return {
    server,
    printer,
    reader,
    operator,
    dir,
    async stop() {
      operator.close()
      await server.stop()
      journal.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The faces the agent draws for an example applicant: its profile, at the printer's raster. */
async function expectedFaces(applicant: Applicant, info: PrinterInfo): Promise<RenderedFace[]> {
  const profile = findProfile(applicant.profile)
  assert.ok(profile && applicant.applicant)
  const { content } = readApplicant(profile, applicant.applicant, {
    today: new Date().toISOString().slice(0, 10),
    specimen: true,
    portraitJpeg: applicant.face,
  })
  return renderDocument(profile, content, () => ({
    widthPx: info.widthPx,
    heightPx: info.heightPx,
    dpi: info.dpi,
  }))
}

describe('runIssuance against an in-process agent (scripted printer, in-process chip)', function () {
  this.timeout(30_000)
  let s: Station
  let idCard: Applicant
  let passport: Applicant
  before(async () => {
    idCard = await readApplicantFile(path.join(EXAMPLES, 'applicant-id-card.json'))
    passport = await readApplicantFile(path.join(EXAMPLES, 'applicant-passport.json'))
  })
  afterEach(async () => {
    await s.stop()
  })

  it('issues an ID card: prints exactly the faces it drew, keeps them, releases its leases', async () => {
    s = await station(CARD_PRINTER, true)
    const seen: v1.IJob[] = []
    const facesDir = path.join(s.dir, 'faces')
    // No fingers: without EAC (the station default) DG3 is refused, and this test has none.
    const applicant = idCard
    const { job, facesSent } = await runIssuance(s.operator, {
      kind: 'id-card',
      printerId: PRINTER,
      encoderId: ENCODER,
      applicant,
      idempotencyKey: 'id-card-1',
      facesDir,
      onJob: change => seen.push(change),
    })
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    const outcome = job.outcome
    assert.ok(outcome)
    assert.equal(outcome.mediumDisposition, 'ejected')
    assert.equal(outcome.facesPrinted, 2)
    assert.equal(outcome.passiveAuthentication, true)
    assert.deepEqual(outcome.dataGroups, [1, 2, 11, 12, 15])
    assert.deepEqual(s.printer.operations, ['feed:contact', 'print:front+back', 'eject'])

    const [front, back] = await expectedFaces(applicant, CARD_PRINTER)
    const printed = s.printer.printed[0] ?? []
    assert.deepEqual(
      printed.map(face => face.side),
      ['front', 'back'],
    )
    assert.ok(printed[0]?.image.rgb.equals(front?.image.rgb ?? Buffer.alloc(0)), 'the front drawn')
    assert.ok(printed[1]?.image.rgb.equals(back?.image.rgb ?? Buffer.alloc(0)), 'the back drawn')
    assert.deepEqual(facesSent, [
      path.join(facesDir, 'id-card-1-front.png'),
      path.join(facesDir, 'id-card-1-back.png'),
    ])
    // The faces kept are the agent's RenderDocument at the printer raster: what it printed.
    assert.ok(
      readFileSync(facesSent[0] ?? '').equals(encodeRgbPng(front?.image ?? printed[0]!.image)),
    )

    // The feed waited for the subscription: every later step was seen.
    const steps = [...new Set(seen.map(change => change.step))]
    for (const step of ['feed', 'personalize', 'chip-write-files', 'print', 'eject']) {
      assert.ok(steps.includes(step), `${step} in ${steps.join(' ')}`)
    }
    const percents = seen.map(change => change.percent ?? 0)
    assert.deepEqual(
      percents,
      [...percents].sort((a, b) => a - b),
      'progress never goes back',
    )
    assert.equal(seen.at(-1)?.state, v1.JobState.JOB_STATE_SUCCEEDED)
    assert.equal(s.server.leases.forDevice(PRINTER), undefined)
    assert.equal(s.server.leases.forDevice(ENCODER), undefined)
  })

  it('issues a passport with the data page at the page printer raster', async () => {
    s = await station(PAGE_PRINTER)
    const { job, facesSent } = await runIssuance(s.operator, {
      kind: 'passport',
      printerId: PRINTER,
      encoderId: ENCODER,
      applicant: passport,
      idempotencyKey: 'passport-1',
    })
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    assert.deepEqual(facesSent, [])
    const [page] = await expectedFaces(passport, PAGE_PRINTER)
    const printed = s.printer.printed[0] ?? []
    assert.deepEqual(
      printed.map(face => face.side),
      ['data-page'],
    )
    assert.ok(printed[0]?.image.rgb.equals(page?.image.rgb ?? Buffer.alloc(0)))
  })

  it('passes a printer prompt to onPrompt and continues after the cover is closed', async () => {
    s = await station(CARD_PRINTER)
    s.printer.arm('feed', 'cover-open')
    const prompts: string[] = []
    const { job } = await runIssuance(s.operator, {
      kind: 'id-card',
      printerId: PRINTER,
      encoderId: ENCODER,
      applicant: idCard,
      idempotencyKey: 'cover-1',
      onPrompt: prompt => {
        prompts.push(prompt.kind ?? '')
        s.printer.attention.clear()
        return Promise.resolve('continue')
      },
    })
    assert.deepEqual(prompts, ['printer-cover-open'])
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
  })

  it('ends the job, not the caller, when the prompt is answered cancel', async () => {
    s = await station(CARD_PRINTER)
    s.printer.arm('feed', 'cover-open')
    const { job } = await runIssuance(s.operator, {
      kind: 'id-card',
      printerId: PRINTER,
      encoderId: ENCODER,
      applicant: idCard,
      idempotencyKey: 'cover-2',
      onPrompt: () => Promise.resolve('cancel'),
    })
    assert.equal(job.state, v1.JobState.JOB_STATE_CANCELED)
    assert.equal(s.printer.counters.ejected, 0)
    assert.equal(s.server.leases.forDevice(PRINTER), undefined)
  })

  it('returns the same job for the same idempotency key and feeds no second blank', async () => {
    s = await station(CARD_PRINTER)
    const options = {
      kind: 'id-card',
      printerId: PRINTER,
      encoderId: ENCODER,
      applicant: idCard,
      idempotencyKey: 'retry-1',
    } as const
    const first = await runIssuance(s.operator, options)
    const again = await runIssuance(s.operator, options)
    assert.equal(again.job.jobId, first.job.jobId)
    assert.equal(again.job.state, v1.JobState.JOB_STATE_SUCCEEDED)
    assert.equal(s.printer.counters.fed, 1)
  })

  it('refuses an applicant of the other format before claiming anything', async () => {
    s = await station(CARD_PRINTER)
    await assert.rejects(
      runIssuance(s.operator, {
        kind: 'id-card',
        printerId: PRINTER,
        encoderId: ENCODER,
        applicant: passport,
        idempotencyKey: 'wrong-1',
      }),
      (error: unknown) => error instanceof UsageError && /TD1/.test(error.message),
    )
    assert.equal(s.printer.counters.fed, 0)
    assert.ok(!existsSync(path.join(s.dir, 'faces')))
  })

  it('refuses an applicant its profile does not take at accept: nothing fed, nothing journaled', async () => {
    s = await station(CARD_PRINTER)
    for (const [change, field] of [
      [{ documentNumber: 'AB12345678' }, 'applicant.document_number'],
      [{ nationalNumber: '' }, 'applicant.national_number'],
      [{ primaryName: 'Ω' }, 'applicant.primary_name'],
    ] as const) {
      await assert.rejects(
        runIssuance(s.operator, {
          kind: 'id-card',
          printerId: PRINTER,
          encoderId: ENCODER,
          applicant: { ...idCard, applicant: { ...idCard.applicant, ...change } },
          idempotencyKey: `refused-${field}`,
        }),
        (error: unknown) =>
          error instanceof Error &&
          error.message.startsWith(`${field}:`) &&
          !error.message.includes('AB12345678'),
      )
    }
    assert.equal(s.printer.counters.fed, 0)
    assert.deepEqual(s.printer.operations, [])
  })

  it('RenderDocument: the profiles, the faces at 300 dpi or a printer raster, a bad portrait refused', async () => {
    s = await station(PAGE_PRINTER)
    const { profiles } = await s.operator.listDocumentProfiles()
    assert.deepEqual(
      profiles.map(profile => [profile.id, (profile.sides ?? []).join('+')]),
      [
        ['irq-national-id', 'front+back'],
        ['irq-passport', 'data-page'],
        ['irq-residence', 'front+back'],
        ['uto-specimen-id', 'front+back'],
        ['uto-specimen-passport', 'data-page'],
      ],
    )
    const card = await s.operator.renderDocument(
      { profile: 'irq-national-id', applicant: idCard.applicant ?? null },
      idCard.face,
    )
    // ID-1 at 300 dpi: 85.6 × 54 mm.
    assert.deepEqual(
      card.result.faces.map(face => [face.side, face.widthPx, face.heightPx, face.attachment]),
      [
        ['front', 1011, 638, 1],
        ['back', 1011, 638, 2],
      ],
    )
    assert.equal(card.result.nameSource, 'transliterated')
    assert.equal(card.result.specimen, true, 'the test agent is configured with specimen')
    assert.equal(card.result.mrzLines.length, 3)
    assert.ok(card.attachments[0]?.subarray(1, 4).equals(Buffer.from('PNG')))
    const page = await s.operator.renderDocument(
      { profile: 'irq-passport', applicant: passport.applicant ?? null, printerId: PRINTER },
      passport.face,
    )
    assert.deepEqual(
      page.result.faces.map(face => [face.widthPx, face.heightPx]),
      [[PAGE_PRINTER.widthPx, PAGE_PRINTER.heightPx]],
    )
    await assert.rejects(
      s.operator.renderDocument(
        { profile: 'irq-passport', applicant: passport.applicant ?? null },
        Buffer.from('ffd8ffe0 not really a jpeg'),
      ),
      (error: unknown) => error instanceof Error && /portrait_attachment/.test(error.message),
    )
    await assert.rejects(
      s.operator.renderDocument({ profile: 'no-such-profile', applicant: {} }),
      (error: unknown) => error instanceof Error && /profile/.test(error.message),
    )
  })
})
