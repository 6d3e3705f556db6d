import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { encodeRgbPng } from '../../../../agent/imaging/png'
import { JobJournal } from '../../../../agent/jobs/journal'
import { IssuanceEngine } from '../../../../agent/jobs/workflows/issue-document/engine'
import { PersonalizeCardEngine } from '../../../../agent/jobs/workflows/personalize-card/engine'
import { EventStream } from '../../../../agent/server/event-stream'
import type { RequestContext } from '../../../../agent/server/handler'
import { KeyRevocation } from '../../../../agent/server/key-revocation'
import { LeaseTable } from '../../../../agent/server/leases'
import { SessionTable, type Session } from '../../../../agent/server/sessions'
import { LogThrottle } from '../../../../agent/server/throttle'
import { DeviceService } from '../../../../agent/services/devices/device-service'
import { SendQueue } from '../../../../agent/server/send-queue'
import { JobService } from '../../../../agent/services/jobs/job-service'
import { KeyObjectSigner } from '../../../../agent/signer'
import { createTestCsca, createTestDocumentSigner } from '../../../../agent/signer/test-pki'
import type { SmartcardEncoderDriver } from '../../../../drivers/core/driver'
import type { FingerprintScanner } from '../../../../drivers/core/fingerprint'
import { AgentError } from '../../../../drivers/core/errors'
import type { PrinterInfo } from '../../../../drivers/core/printer'
import { v1 } from '../../../../protocol'
import { blankImage } from '../../../../simulators/card/card-image'
import { EmrtdCard } from '../../../../simulators/card/emrtd-card'
import { CANARY, documentData, faceJpeg, fingerRecord } from '../../../support/applicant'
import { syntheticJpeg } from '../../../support/synthetic-jpeg'
import { InProcessReader, testSession } from '../../../support/in-process-reader'
import { FakeDeviceSource } from '../../../support/fake-device-source'
import { RecordingLogger } from '../../../support/recording-logger'
import {
  CARD_PRINTER_INFO,
  PAGE_PRINTER_INFO,
  ScriptedPrinter,
} from '../../../support/scripted-printer'

const ENCODER = 'vpcd:reader-0'
const PRINTER = 'evolis:/dev/ttyS0'

function face(info: PrinterInfo, colour: readonly [number, number, number]): Buffer {
  const rgb = Buffer.alloc(info.widthPx * info.heightPx * 3)
  for (let i = 0; i < rgb.length; i += 3) rgb.set(colour, i)
  return encodeRgbPng({ width: info.widthPx, height: info.heightPx, rgb })
}

function idCardRequest(
  documentNumber?: string,
  options: { fingers?: boolean } = {},
): { body: v1.IIssueIdCard; attachments: Buffer[] } {
  return {
    body: {
      printerId: PRINTER,
      encoderId: ENCODER,
      document: documentData('TD1', documentNumber),
      faceAttachment: 1,
      frontAttachment: 2,
      backAttachment: 3,
      fingerAttachments: options.fingers === true ? [4] : [],
      activeAuthentication: false,
    },
    attachments: [
      faceJpeg(),
      face(CARD_PRINTER_INFO, [200, 30, 30]),
      face(CARD_PRINTER_INFO, [30, 30, 200]),
      ...(options.fingers === true ? [fingerRecord()] : []),
    ],
  }
}

interface Harness {
  readonly printer: ScriptedPrinter
  readonly reader: InProcessReader
  readonly journal: JobJournal
  readonly leases: LeaseTable
  readonly logger: RecordingLogger
  readonly prompts: v1.IJobPrompt[]
  issueIdCard(request: ReturnType<typeof idCardRequest>, key: string): Promise<v1.IJob>
  issuePassport(
    request: { body: v1.IIssuePassport; attachments: Buffer[] },
    key: string,
  ): Promise<v1.IJob>
  answer(prompt: v1.IJobPrompt, answer: v1.PromptAnswer): void
  /** AnswerPrompt and CancelJob as another client (the job's starter is the harness's own). */
  answerAs(session: Session, prompt: v1.IJobPrompt, answer: v1.PromptAnswer): Promise<void>
  cancelAs(session: Session, jobId: string): Promise<v1.IJob>
  nextPrompt(): Promise<v1.IJobPrompt>
  settle(jobId: string): Promise<v1.IJob>
  close(): void
}

async function harness(
  info: PrinterInfo = CARD_PRINTER_INFO,
  options: {
    extendedAccessControl?: boolean
    dsNotAfter?: Date
    scanner?: FingerprintScanner
    encoderAt?: (printerId: string, station: string) => string | undefined
  } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'idstation-issue-'))
  const journal = JobJournal.open(join(dir, 'journal.db'))
  const reader = new InProcessReader()
  const printer = new ScriptedPrinter(info, present => {
    if (present) reader.insert(new EmrtdCard({ image: blankImage() }))
    else reader.remove()
  })
  const driver = { id: ENCODER, apdu: reader, maxCommandLength: 65548 }
  const csca = createTestCsca()
  const ds = createTestDocumentSigner({
    csca,
    ...(options.dsNotAfter === undefined ? {} : { notAfter: options.dsNotAfter }),
  })
  const logger = new RecordingLogger()
  const prompts: v1.IJobPrompt[] = []
  const promptWaiters: ((prompt: v1.IJobPrompt) => void)[] = []
  const sink = {
    send: (frames: Uint8Array[]) => {
      const event = v1.Event.decode(frames[1]!)
      if (event.jobPrompt) {
        prompts.push(event.jobPrompt)
        promptWaiters.shift()?.(event.jobPrompt)
      }
      return Promise.resolve()
    },
  }
  const stream = new EventStream(new SendQueue(sink, 1000, () => undefined), () => 0)
  const leases = new LeaseTable(() => 0)
  const me = testSession()
  await leases.acquire(ENCODER, me)
  await leases.acquire(PRINTER, me)
  if (options.scanner) await leases.acquire('fake:1', me)
  const readers = {
    withReader: <T>(_id: string, work: (d: SmartcardEncoderDriver) => Promise<T>) =>
      work(driver as unknown as SmartcardEncoderDriver),
  }
  const personalization = new PersonalizeCardEngine({
    readers,
    signer: new KeyObjectSigner(ds.privateKey, ds.certificate),
    trustAnchors: [csca.certificate],
    maxFaceBytes: 30_000,
    extendedLength: true,
    stationSerial: 'IDSTATION-TEST',
    cardTimeoutMs: 1000,
    clock: { now: () => Date.now() },
    logger,
    extendedAccessControl: options.extendedAccessControl ?? false,
  })
  const issuance = new IssuanceEngine({
    personalization,
    readers,
    printers: { printer: () => printer, withPrinter: (_id, work) => work(printer) },
    scanner: () => {
      if (options.scanner) return options.scanner
      throw new AgentError('DEVICE_NOT_FOUND', 'no reader here')
    },
    quality: () => 100,
    dg3BudgetBytes: 30_000,
    chipWaitMs: 1000,
    maxFaceImageBytes: 1 << 20,
    specimen: false,
    now: () => Date.now(),
    logger,
    ...(options.encoderAt ? { encoderAt: options.encoderAt } : {}),
  })
  const service = new JobService({ journal, leases, stream, logger, personalization, issuance })
  const handlers = service.handlers()
  const context = (key: string, attachments: Buffer[]): RequestContext => ({
    session: me,
    routingId: me.routingId,
    requestId: key,
    idempotencyKey: key,
    signal: new AbortController().signal,
    attachments,
    logger,
  })
  return {
    printer,
    reader,
    journal,
    leases,
    logger,
    prompts,
    async issueIdCard(request, key) {
      const reply = await handlers.issueIdCard.run(request.body, context(key, request.attachments))
      return reply.result.job ?? {}
    },
    async issuePassport(request, key) {
      const reply = await handlers.issuePassport.run(
        request.body,
        context(key, request.attachments),
      )
      return reply.result.job ?? {}
    },
    answer(prompt, answer) {
      void handlers.answerPrompt.run(
        { jobId: prompt.jobId ?? '', promptId: prompt.promptId ?? '', answer },
        context('answer', []),
      )
    },
    async answerAs(session, prompt, answer) {
      await handlers.answerPrompt.run(
        { jobId: prompt.jobId ?? '', promptId: prompt.promptId ?? '', answer },
        { ...context('answer', []), session },
      )
    },
    async cancelAs(session, jobId) {
      const reply = await handlers.cancelJob.run({ jobId }, { ...context('cancel', []), session })
      return reply.result.job ?? {}
    },
    nextPrompt: () => new Promise(resolve => promptWaiters.push(resolve)),
    async settle(jobId) {
      await service.settled(jobId)
      return (await handlers.getJob.run({ jobId }, {} as RequestContext)).result.job ?? {}
    },
    close() {
      journal.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

const isCode = (code: string, reason?: string) => (error: unknown) =>
  error instanceof AgentError &&
  error.code === code &&
  (reason === undefined || error.details.reason === reason)

/** A copy of `jpeg` whose first frame header (SOF0) states another size. */
function withFrameSize(jpeg: Buffer, width: number, height: number): Buffer {
  const copy = Buffer.from(jpeg)
  const sof = copy.indexOf(Buffer.from([0xff, 0xc0]))
  copy.writeUInt16BE(height, sof + 5)
  copy.writeUInt16BE(width, sof + 7)
  return copy
}

/** A PNG signature and IHDR with the given size and colour type, then IEND: no image data. */
function bareIhdrPng(width: number, height: number, colourType: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const crc = Buffer.alloc(4)
    crc.writeUInt32BE(crc32(body) >>> 0)
    return Buffer.concat([length, body, crc])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr[8] = 8
  ihdr[9] = colourType
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A single-finger reader that returns a plain 96 × 96 print for every finger asked. */
function fakeScanner(): FingerprintScanner & { captures: number } {
  const scanner = {
    captures: 0,
    info: () =>
      Promise.resolve({
        model: 'fake',
        serialNumber: '1',
        firmware: '1',
        units: ['single' as const],
        resolutionPpi: 500,
        deviceTemplates: false,
        deviceQuality: true,
        deviceMatch: false,
      }),
    selfTest: () => Promise.reject(new Error('not used')),
    signal: () => Promise.resolve(),
    capture: (request: { readonly positions: readonly number[] }) => {
      scanner.captures += 1
      return Promise.resolve({
        kind: 'captured' as const,
        metThreshold: true,
        deviceMs: 1,
        fingers: request.positions.map(position => ({
          position,
          width: 96,
          height: 96,
          resolutionPpi: 500,
          pixels: Buffer.alloc(96 * 96, 200),
          quality: 90,
        })),
      })
    },
  }
  return scanner
}

describe('issue-document workflow (scripted printer, in-process chip, real journal)', () => {
  let h: Harness
  afterEach(() => {
    h.close()
  })

  it('issues an ID card: feed to contact, personalise and verify, print both faces, eject', async () => {
    h = await harness()
    const accepted = await h.issueIdCard(idCardRequest(), 'card-1')
    const job = await h.settle(accepted.jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    assert.equal(job.kind, 'issue-id-card')
    assert.deepEqual(h.printer.operations, ['feed:contact', 'print:front+back', 'eject'])
    assert.equal(job.outcome?.passiveAuthentication, true)
    assert.equal(job.outcome.facesPrinted, 2)
    assert.equal(job.outcome.mediumDisposition, 'ejected')
    assert.equal(job.outcome.encoderId, ENCODER)
    assert.deepEqual(job.outcome.dataGroups, [1, 2, 11, 12])
    // The faces the printer got are the decoded PNGs, pixel for pixel.
    const [front, back] = h.printer.printed[0] ?? []
    assert.deepEqual([...(front?.image.rgb.subarray(0, 3) ?? [])], [200, 30, 30])
    assert.deepEqual([...(back?.image.rgb.subarray(0, 3) ?? [])], [30, 30, 200])
    const steps = h.logger.withEvent('job.step').map(record => record.fields.step)
    assert.deepEqual(steps, [
      'capture-fingerprints',
      'feed',
      'personalize',
      'chip-wait-card',
      'chip-identify-chip',
      'chip-sign-document',
      'chip-write-files',
      'chip-set-access-keys',
      'chip-write-sod',
      'chip-lock-chip',
      'chip-verify',
      'print',
      'eject',
    ])
  })

  it('refuses finger attachments without EAC at accept: no medium fed, no chip touched', async () => {
    h = await harness()
    await assert.rejects(
      h.issueIdCard(idCardRequest(undefined, { fingers: true }), 'fingers'),
      isCode('INVALID_ARGUMENT', 'dg3-needs-eac'),
    )
    assert.equal(h.printer.counters.fed, 0)
    assert.deepEqual(h.printer.operations, [])
    assert.equal(h.reader.sent, 0)
    assert.deepEqual(h.journal.list(), [])
  })

  it('refuses an encoder that is not the one wired to the station, before anything moves', async () => {
    const wired = (printerId: string, station: string) =>
      printerId === PRINTER && station === 'contact' ? 'vpcd:reader-7' : undefined
    h = await harness(CARD_PRINTER_INFO, { encoderAt: wired })
    await assert.rejects(
      h.issueIdCard(idCardRequest(), 'wrong-encoder'),
      isCode('INVALID_ARGUMENT', 'encoder-not-at-station'),
    )
    assert.equal(h.printer.counters.fed, 0)
    assert.equal(h.reader.sent, 0)
    assert.deepEqual(h.journal.list(), [])
    h.close()
    // The wired one is taken.
    h = await harness(CARD_PRINTER_INFO, { encoderAt: () => ENCODER })
    const job = await h.settle((await h.issueIdCard(idCardRequest(), 'wired')).jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED)
  })

  it('writes the finger attachments to DG3 when EAC is configured', async () => {
    h = await harness(CARD_PRINTER_INFO, { extendedAccessControl: true })
    const request = idCardRequest(undefined, { fingers: true })
    const job = await h.settle((await h.issueIdCard(request, 'eac')).jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    assert.deepEqual(job.outcome?.dataGroups, [1, 2, 3, 11, 12])
  })

  it('refuses a document that outlives the DS certificate at accept: no medium fed', async () => {
    // The applicant's card expires 2034-07-13; this certificate ends the day before.
    h = await harness(CARD_PRINTER_INFO, { dsNotAfter: new Date('2034-07-12T23:59:59Z') })
    await assert.rejects(h.issueIdCard(idCardRequest(), 'outlives'), (error: unknown) => {
      assert.ok(error instanceof AgentError)
      assert.equal(error.code, 'SIGNER_UNAVAILABLE')
      assert.equal(error.details.reason, 'document-outlives-ds-certificate')
      assert.match(error.message, /2034-07-13.*2034-07-12T23:59:59/)
      return true
    })
    assert.equal(h.printer.counters.fed, 0)
    assert.deepEqual(h.printer.operations, [])
    assert.equal(h.reader.sent, 0)
    assert.deepEqual(h.journal.list(), [])
  })

  describe('refuses at accept what would spoil a card: no medium fed, no chip touched', () => {
    async function refusedUnfed(
      request: ReturnType<typeof idCardRequest>,
      field: string,
      reason: string,
    ): Promise<void> {
      await assert.rejects(h.issueIdCard(request, `refused-${reason}`), (error: unknown) => {
        assert.ok(error instanceof AgentError, String(error))
        assert.equal(error.code, 'INVALID_ARGUMENT')
        assert.deepEqual(error.details, { field, reason })
        return true
      })
      assert.equal(h.printer.counters.fed, 0)
      assert.deepEqual(h.printer.operations, [])
      assert.equal(h.reader.sent, 0)
      assert.deepEqual(h.journal.list(), [])
    }

    it('a 100,000-character DG11 full name (Doc 9303-10: 99 bytes)', async () => {
      h = await harness()
      const request = idCardRequest()
      request.body.document = { ...request.body.document, fullName: 'A'.repeat(100_000) }
      await refusedUnfed(request, 'document.full_name', 'too-long')
    })

    it('a DG12 issuing authority of 100 UTF-8 bytes (50 Arabic letters)', async () => {
      h = await harness()
      const request = idCardRequest()
      request.body.document = { ...request.body.document, issuingAuthority: 'ع'.repeat(50) }
      await refusedUnfed(request, 'document.issuing_authority', 'too-long')
    })

    it('a 22-character TD1 document number: the MRZ holds it, the BAC seed does not', async () => {
      h = await harness()
      await refusedUnfed(
        idCardRequest('IDQX12345678901234567X'),
        'document.document_number',
        'longer-than-chip-bac-seed',
      )
    })

    it('a portrait JPEG whose header claims 65535 × 65535', async () => {
      h = await harness()
      const request = idCardRequest()
      request.attachments[0] = withFrameSize(syntheticJpeg(240, 320, 3), 65535, 65535)
      await refusedUnfed(request, 'face_attachment', 'dimensions-too-large')
    })

    it('a portrait JPEG below the ISO/IEC 19794-5 minimum of 240 × 320', async () => {
      h = await harness()
      const request = idCardRequest()
      request.attachments[0] = syntheticJpeg(120, 160, 3)
      await refusedUnfed(request, 'face_attachment', 'portrait-too-small')
    })

    it('a portrait JPEG with a frame header but no image data', async () => {
      h = await harness()
      const request = idCardRequest()
      const jpeg = syntheticJpeg(240, 320, 3)
      const scan = jpeg.indexOf(Buffer.from([0xff, 0xda]))
      request.attachments[0] = Buffer.concat([jpeg.subarray(0, scan), Buffer.from([0xff, 0xd9])])
      await refusedUnfed(request, 'face_attachment', 'not-decodable')
    })

    it('a face PNG whose IHDR claims 65535 × 65535, before decoding', async () => {
      h = await harness()
      const request = idCardRequest()
      request.attachments[1] = bareIhdrPng(65535, 65535, 2)
      await refusedUnfed(request, 'front_attachment', 'too-large')
    })

    it('a face PNG of the raster size that cannot be decoded', async () => {
      h = await harness()
      const request = idCardRequest()
      request.attachments[2] = bareIhdrPng(CARD_PRINTER_INFO.widthPx, CARD_PRINTER_INFO.heightPx, 7)
      await refusedUnfed(request, 'back_attachment', 'bad-data')
    })
  })

  for (const extendedAccessControl of [false, true]) {
    it(`captures the job's fingers and ${extendedAccessControl ? 'writes them to DG3 with' : 'keeps them off the chip without'} EAC`, async () => {
      const scanner = fakeScanner()
      h = await harness(CARD_PRINTER_INFO, { extendedAccessControl, scanner })
      const request = idCardRequest()
      request.body.fingerprints = {
        deviceId: 'fake:1',
        positions: [
          v1.FingerPosition.FINGER_POSITION_RIGHT_INDEX,
          v1.FingerPosition.FINGER_POSITION_LEFT_INDEX,
        ],
      }
      const job = await h.settle((await h.issueIdCard(request, 'captured')).jobId ?? '')
      assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
      assert.equal(scanner.captures, 2)
      assert.equal(job.outcome?.fingersCaptured, 2)
      assert.deepEqual(
        job.outcome.dataGroups,
        extendedAccessControl ? [1, 2, 3, 11, 12] : [1, 2, 11, 12],
      )
    })
  }

  it('audits the issuance by ids only, one intact chain with no applicant data', async () => {
    h = await harness()
    const job = await h.settle((await h.issueIdCard(idCardRequest(), 'audited')).jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    const records = h.journal.auditRecords()
    assert.deepEqual(
      records.map(record => record.event),
      ['job.accepted', 'job.started', 'job.chip-bound', 'job.writing', 'job.succeeded'],
    )
    const stored = h.journal.get(job.jobId ?? '')
    for (const record of records) {
      assert.equal(record.jobId, stored.id)
      assert.equal(record.kind, 'issue-id-card')
      assert.equal(record.documentRef, stored.documentRef)
    }
    assert.equal(records.at(-1)?.chipSerial, stored.chipSerial)
    const text = JSON.stringify(records).toUpperCase()
    for (const value of Object.values(CANARY))
      assert.equal(text.includes(value.toUpperCase()), false, value)
    assert.equal(h.journal.verifyAudit().ok, true)
  })

  it('issues a passport through a page printer with a contactless station', async () => {
    h = await harness(PAGE_PRINTER_INFO)
    const job = await h.settle(
      (
        await h.issuePassport(
          {
            body: {
              printerId: PRINTER,
              encoderId: ENCODER,
              document: documentData('TD3'),
              faceAttachment: 1,
              dataPageAttachment: 2,
              activeAuthentication: true,
            },
            attachments: [faceJpeg(), face(PAGE_PRINTER_INFO, [10, 120, 40])],
          },
          'passport-1',
        )
      ).jobId ?? '',
    )
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    assert.deepEqual(h.printer.operations, ['feed:contactless', 'print:data-page', 'eject'])
    assert.equal(job.outcome?.activeAuthentication, true)
  })

  it('turns a cover opened at feed into a prompt, and goes on after Continue', async () => {
    h = await harness()
    h.printer.arm('feed', 'cover-open')
    const prompt = h.nextPrompt()
    const accepted = await h.issueIdCard(idCardRequest(), 'cover')
    const asked = await prompt
    assert.equal(asked.kind, 'printer-cover-open')
    h.printer.attention.delete('cover-open')
    h.answer(asked, v1.PromptAnswer.PROMPT_ANSWER_CONTINUE)
    const job = await h.settle(accepted.jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    assert.deepEqual(h.printer.operations, ['feed:contact', 'print:front+back', 'eject'])
  })

  it("refuses another operator's CancelJob and AnswerPrompt with PERMISSION_DENIED; a technician may", async () => {
    h = await harness()
    h.printer.arm('feed', 'cover-open')
    const prompt = h.nextPrompt()
    const accepted = await h.issueIdCard(idCardRequest(), 'steered')
    const asked = await prompt
    const jobId = accepted.jobId ?? ''
    const other = (role: 'operator' | 'technician', keyName: string): Session => ({
      ...testSession(),
      id: `${keyName}-session`,
      routingId: Buffer.from(`${keyName}-session`),
      keyName,
      role,
    })
    const operatorB = other('operator', 'counter-2')
    await assert.rejects(
      h.answerAs(operatorB, asked, v1.PromptAnswer.PROMPT_ANSWER_CANCEL),
      isCode('PERMISSION_DENIED', 'not-job-starter'),
    )
    await assert.rejects(
      h.cancelAs(operatorB, jobId),
      isCode('PERMISSION_DENIED', 'not-job-starter'),
    )
    // Nothing changed: the job still waits on the same prompt.
    const waiting = h.journal.get(jobId)
    assert.equal(waiting.state, 'running')
    assert.deepEqual(h.printer.operations, [])
    // The job's own key from another session (a reconnect) may answer; a technician may cancel.
    h.printer.attention.delete('cover-open')
    h.printer.arm('feed', 'cover-open')
    const second = h.nextPrompt()
    await h.answerAs(
      other('operator', 'enrolment-ui'),
      asked,
      v1.PromptAnswer.PROMPT_ANSWER_CONTINUE,
    )
    await second
    const canceled = await h.cancelAs(other('technician', 'technician-cli'), jobId)
    assert.equal(canceled.state, v1.JobState.JOB_STATE_CANCELED)
  })

  it('cancels on an empty feeder answered with Cancel: nothing was taken, nothing spoiled', async () => {
    h = await harness()
    h.printer.feeder = 0
    const prompt = h.nextPrompt()
    const accepted = await h.issueIdCard(idCardRequest(), 'empty')
    const asked = await prompt
    assert.equal(asked.kind, 'printer-feeder-empty')
    h.answer(asked, v1.PromptAnswer.PROMPT_ANSWER_CANCEL)
    const job = await h.settle(accepted.jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_CANCELED)
    assert.deepEqual(h.printer.operations, [])
    // The number is free again: the next attempt may issue it.
    h.printer.feeder = 5
    const again = await h.settle((await h.issueIdCard(idCardRequest(), 'empty-2')).jobId ?? '')
    assert.equal(again.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(again.error))
  })

  it("fails without spoiling or rejecting when another job's card is still in the printer", async () => {
    h = await harness()
    h.printer.position = 'print'
    const job = await h.settle((await h.issueIdCard(idCardRequest(), 'leftover')).jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_FAILED)
    assert.equal(job.error?.code, v1.ErrorCode.ERROR_CODE_BAD_STATE)
    assert.deepEqual(h.printer.operations, [])
    assert.equal(h.printer.position, 'print', 'the leftover card is left for a technician')
  })

  it('rejects the card and records it spoiled on a jam while printing', async () => {
    h = await harness()
    h.printer.arm('print', 'jam')
    const job = await h.settle((await h.issueIdCard(idCardRequest(), 'jam')).jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(job.error?.code, v1.ErrorCode.ERROR_CODE_PRINTER_FAULT)
    assert.equal(job.error.details?.step, 'print')
    assert.deepEqual(h.printer.operations, ['feed:contact', 'reject'])
    assert.equal(h.printer.counters.ejected, 0)
    assert.equal(h.logger.withEvent('job.medium-rejected').length, 1)
    assert.equal(h.journal.auditRecords().at(-1)?.event, 'job.spoiled')
  })

  it('rejects the card when the chip is pulled mid-write', async () => {
    h = await harness()
    void h.printer.nextAtStation().then(() => {
      h.reader.pullOn = 0xd6
    })
    const job = await h.settle((await h.issueIdCard(idCardRequest(), 'pull')).jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(job.error?.details?.step, 'personalize')
    assert.deepEqual(h.printer.operations, ['feed:contact', 'reject'])
  })

  it('fails a card that is not blank instead of prompting, and rejects it', async () => {
    h = await harness()
    const first = await h.settle((await h.issueIdCard(idCardRequest('X00000001'), 'a')).jobId ?? '')
    assert.equal(first.state, v1.JobState.JOB_STATE_SUCCEEDED)
    const reader = h.reader
    const realInsert = reader.insert.bind(reader)
    const previous = h.printer.printed.length
    let sameChip: EmrtdCard | undefined
    reader.insert = chip => {
      // From now on the feeder holds one chip: job b personalises it, job c finds it used.
      sameChip ??= chip
      realInsert(sameChip)
    }
    await h.settle((await h.issueIdCard(idCardRequest('X00000002'), 'b')).jobId ?? '')
    const job = await h.settle((await h.issueIdCard(idCardRequest('X00000003'), 'c')).jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(job.error?.code, v1.ErrorCode.ERROR_CODE_CARD_NOT_BLANK)
    assert.equal(h.printer.operations.at(-1), 'reject')
    assert.equal(h.printer.printed.length, previous + 1)
    assert.deepEqual(h.prompts, [])
  })

  it('rejects the card, never ejects it, when the client loses the printer lease mid-job', async () => {
    h = await harness()
    void h.printer.nextAtStation().then(() => {
      h.leases.releaseDevice(PRINTER)
    })
    const job = await h.settle((await h.issueIdCard(idCardRequest(), 'gone')).jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(h.printer.counters.ejected, 0)
    assert.equal(h.printer.operations.at(-1), 'reject')
    assert.equal(h.logger.withEvent('job.client-gone').length, 1)
  })

  it('rejects the card, never ejects it, when the client key is revoked mid-job', async () => {
    h = await harness()
    // The server's session table and the device service that releases a closed session's
    // leases, as in the agent; the harness's leases belong to the session id 'front-end'.
    const sessions = new SessionTable({ maxSessions: 4 }, () => 0)
    sessions.open({ ...testSession(), publicKey: 'revoked-key' })
    const stream = new EventStream(
      new SendQueue({ send: () => Promise.resolve() }, 10, () => undefined),
      () => 0,
    )
    new DeviceService({
      source: new FakeDeviceSource(),
      leases: h.leases,
      sessions,
      stream,
      logger: h.logger,
    })
    const revocation = new KeyRevocation({
      lookup: () => undefined,
      sessions,
      admitted: { admitted: () => new Map(), forget: () => undefined },
      cutSubscribers: () => Promise.resolve(),
      fingerprint: () => '00',
      logger: h.logger,
      throttle: new LogThrottle(1000, () => 0),
    })
    void h.printer.nextAtStation().then(() => revocation.check())
    const job = await h.settle((await h.issueIdCard(idCardRequest(), 'revoked')).jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(h.printer.counters.ejected, 0)
    assert.equal(h.printer.operations.at(-1), 'reject')
    assert.equal(h.logger.withEvent('job.client-gone').length, 1)
    assert.equal(h.logger.withEvent('lease.released')[0]?.fields.reason, 'session-revoked')
  })

  it('refuses faces that are not PNG or not the printer raster before journaling anything', async () => {
    h = await harness()
    const notPng = idCardRequest()
    notPng.attachments[1] = Buffer.from('not a png')
    await assert.rejects(h.issueIdCard(notPng, 'x'), isCode('INVALID_ARGUMENT', 'not-png'))
    const small = idCardRequest()
    small.attachments[2] = face({ ...CARD_PRINTER_INFO, widthPx: 32 }, [0, 0, 0])
    await assert.rejects(h.issueIdCard(small, 'y'), isCode('INVALID_ARGUMENT', 'wrong-size'))
    const td3 = idCardRequest()
    td3.body.document = documentData('TD3')
    await assert.rejects(h.issueIdCard(td3, 'z'), isCode('INVALID_ARGUMENT', 'must-be-td1'))
    assert.deepEqual(h.journal.list(), [])
    assert.deepEqual(h.printer.operations, [])
  })
})
