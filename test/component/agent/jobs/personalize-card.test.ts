import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { JobJournal } from '../../../../agent/jobs/journal'
import { PersonalizeCardEngine } from '../../../../agent/jobs/workflows/personalize-card/engine'
import { EventStream } from '../../../../agent/server/event-stream'
import type { RequestContext } from '../../../../agent/server/handler'
import { LeaseTable } from '../../../../agent/server/leases'
import { SendQueue } from '../../../../agent/server/send-queue'
import { JobService } from '../../../../agent/services/jobs/job-service'
import { KeyObjectSigner } from '../../../../agent/signer'
import { createTestCsca, createTestDocumentSigner } from '../../../../agent/signer/test-pki'
import type { SmartcardEncoderDriver } from '../../../../drivers/core/driver'
import { AgentError } from '../../../../drivers/core/errors'
import { decodeCom } from '../../../../agent/icao/lds'
import { parseSod } from '../../../../agent/icao/sod'
import { CardChannel } from '../../../../drivers/smartcard/card-channel'
import { EMRTD_FILES, openEmrtdSession } from '../../../../drivers/smartcard/emrtd-reader'
import { mrzInformation } from '../../../../drivers/smartcard/mrz-information'
import { v1 } from '../../../../protocol'
import { blankImage } from '../../../../simulators/card/card-image'
import { EmrtdCard } from '../../../../simulators/card/emrtd-card'
import { CANARY, personalizeRequest } from '../../../support/applicant'
import { InProcessReader, testSession as session } from '../../../support/in-process-reader'
import { RecordingLogger } from '../../../support/recording-logger'

const DEVICE = 'vpcd:reader-0'

interface Harness {
  readonly reader: InProcessReader
  readonly journal: JobJournal
  readonly service: JobService
  readonly logger: RecordingLogger
  readonly events: v1.Event[]
  readonly cscaCertificate: Uint8Array
  personalize(
    request: ReturnType<typeof personalizeRequest>,
    key: string,
  ): Promise<v1.IPersonalizeCardResult>
  settle(jobId: string): Promise<v1.IJob>
  close(): void
}

async function harness(
  options: {
    trustAnchors?: Uint8Array[]
    signerClosed?: boolean
    extendedAccessControl?: boolean
    dsNotAfter?: Date
  } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'idstation-perso-'))
  const journal = JobJournal.open(join(dir, 'journal.db'))
  const reader = new InProcessReader(new EmrtdCard({ image: blankImage() }))
  const driver = { id: DEVICE, apdu: reader, maxCommandLength: 65548 }
  const csca = createTestCsca()
  const ds = createTestDocumentSigner({
    csca,
    ...(options.dsNotAfter === undefined ? {} : { notAfter: options.dsNotAfter }),
  })
  const signer = new KeyObjectSigner(ds.privateKey, ds.certificate)
  if (options.signerClosed === true) await signer.close()
  const logger = new RecordingLogger()
  const events: v1.Event[] = []
  const sink = {
    send: (frames: Uint8Array[]) => {
      events.push(v1.Event.decode(frames[1]!))
      return Promise.resolve()
    },
  }
  const stream = new EventStream(new SendQueue(sink, 1000, () => undefined), () => 0)
  const leases = new LeaseTable(() => 0)
  const me = session()
  await leases.acquire(DEVICE, me)
  const engine = new PersonalizeCardEngine({
    readers: {
      withReader: (_id, work) => work(driver as unknown as SmartcardEncoderDriver),
    },
    signer,
    trustAnchors: options.trustAnchors ?? [csca.certificate],
    maxFaceBytes: 30_000,
    extendedLength: true,
    stationSerial: 'IDSTATION-TEST',
    cardTimeoutMs: 1000,
    clock: { now: () => Date.now() },
    logger,
    extendedAccessControl: options.extendedAccessControl ?? false,
  })
  const service = new JobService({ journal, leases, stream, logger, personalization: engine })
  const handlers = service.handlers()
  return {
    reader,
    journal,
    service,
    logger,
    events,
    cscaCertificate: csca.certificate,
    async personalize(request, key) {
      const context: RequestContext = {
        session: me,
        routingId: me.routingId,
        requestId: key,
        idempotencyKey: key,
        signal: new AbortController().signal,
        attachments: request.attachments,
        logger,
      }
      return (await handlers.personalizeCard.run(request.body, context)).result
    },
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

describe('personalize-card workflow (in-process chip, real journal, key-object signer)', () => {
  let h: Harness
  afterEach(() => {
    h.close()
  })

  for (const format of ['TD3', 'TD1'] as const) {
    it(`personalises a ${format} chip, locks it and passes the BAC read-back`, async () => {
      h = await harness()
      const request = personalizeRequest(DEVICE, format)
      const accepted = await h.personalize(request, `key-${format}`)
      assert.equal(accepted.replayed, false)
      const job = await h.settle(accepted.job?.jobId ?? '')
      assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
      assert.equal(job.outcome?.passiveAuthentication, true)
      assert.equal(job.outcome.activeAuthentication, true)
      assert.deepEqual(job.outcome.dataGroups, [1, 2, 11, 12, 15])
      const chip = h.reader.chip!
      assert.equal(job.chipSerial, chip.image.serial.toString('hex').toUpperCase())
      assert.equal(chip.image.lifeCycle, 'locked')
      // A border reader's view: BAC with the MRZ, then DG1 under secure messaging.
      const number = format === 'TD3' ? CANARY.td3DocumentNumber : CANARY.td1DocumentNumber
      const channel = new CardChannel(h.reader)
      const read = await openEmrtdSession(
        channel,
        mrzInformation({ documentNumber: number, dateOfBirth: '830714', dateOfExpiry: '340713' }),
      )
      const dg1 = await read.readFile(EMRTD_FILES.DG1)
      // A TD1 number past nine characters is split by the check-digit filler in the MRZ.
      assert.ok(dg1.toString('latin1').includes(number.slice(0, 9)))
      const steps = h.logger.withEvent('job.step').map(record => record.fields.step)
      assert.deepEqual(steps, [
        'wait-card',
        'identify-chip',
        'sign-document',
        'write-files',
        'set-access-keys',
        'write-sod',
        'lock-chip',
        'verify',
      ])
    })
  }

  /**
   * What a border reader is told is on the chip (EF.COM's tag list, EF.SOD's hashes, both read
   * under BAC) against the data group files the chip really holds.
   */
  async function listedAndPresent(number: string) {
    const chip = h.reader.chip!
    const read = await openEmrtdSession(
      new CardChannel(h.reader),
      mrzInformation({ documentNumber: number, dateOfBirth: '830714', dateOfExpiry: '340713' }),
    )
    const com = decodeCom(await read.readFile(EMRTD_FILES.COM)).dataGroups
    const sod = [...parseSod(await read.readFile(EMRTD_FILES.SOD)).dataGroupHashes.keys()]
    const present = [...chip.image.files.keys()]
      .filter(fid => fid >= 0x0101 && fid <= 0x0110)
      .map(fid => fid - 0x0100)
    const sorted = (list: readonly number[]) => [...list].sort((a, b) => a - b)
    return { com: sorted(com), sod: sorted(sod), present: sorted(present) }
  }

  it('lists in EF.COM and EF.SOD exactly the data groups on the chip, and no DG3 without EAC', async () => {
    h = await harness()
    const accepted = await h.personalize(personalizeRequest(DEVICE, 'TD3'), 'listed')
    const job = await h.settle(accepted.job?.jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    const { com, sod, present } = await listedAndPresent(CANARY.td3DocumentNumber)
    assert.deepEqual(present, [1, 2, 11, 12, 15])
    assert.deepEqual(com, present)
    assert.deepEqual(sod, present)
  })

  it('refuses finger attachments without EAC before journaling or touching the chip', async () => {
    h = await harness()
    await assert.rejects(
      h.personalize(personalizeRequest(DEVICE, 'TD3', { fingers: true }), 'fingers'),
      (error: unknown) =>
        isCode('INVALID_ARGUMENT', 'dg3-needs-eac')(error) &&
        (error as AgentError).details.field === 'finger_attachments',
    )
    assert.deepEqual(h.journal.list(), [])
    assert.equal(h.reader.sent, 0)
  })

  it('writes the fingers to DG3 when EAC is configured, and lists DG3 in EF.COM and EF.SOD', async () => {
    h = await harness({ extendedAccessControl: true })
    const request = personalizeRequest(DEVICE, 'TD3', { fingers: true })
    const job = await h.settle((await h.personalize(request, 'eac')).job?.jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    assert.deepEqual(job.outcome?.dataGroups, [1, 2, 3, 11, 12, 15])
    const { com, sod, present } = await listedAndPresent(CANARY.td3DocumentNumber)
    assert.deepEqual(present, [1, 2, 3, 11, 12, 15])
    assert.deepEqual(com, present)
    assert.deepEqual(sod, present)
  })

  it('refuses a document that outlives the DS certificate before touching the chip', async () => {
    h = await harness({ dsNotAfter: new Date('2034-07-13T12:00:00Z') })
    await assert.rejects(
      h.personalize(personalizeRequest(DEVICE, 'TD1'), 'outlives'),
      isCode('SIGNER_UNAVAILABLE', 'document-outlives-ds-certificate'),
    )
    assert.deepEqual(h.journal.list(), [])
    assert.equal(h.reader.sent, 0)
  })

  it('personalises a TD1 chip with a 20-character number, the longest its BAC seed takes', async () => {
    h = await harness()
    const number = 'IDQX1234567890123456'
    const request = personalizeRequest(DEVICE, 'TD1', { documentNumber: number })
    const job = await h.settle((await h.personalize(request, 'twenty')).job?.jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    const { com, present } = await listedAndPresent(number)
    assert.deepEqual(com, present)
  })

  it('returns the first job for a replayed idempotency key and touches no card', async () => {
    h = await harness()
    const request = personalizeRequest(DEVICE, 'TD3')
    const first = await h.personalize(request, 'same-key')
    await h.settle(first.job?.jobId ?? '')
    const sent = h.reader.sent
    h.reader.insert(new EmrtdCard({ image: blankImage() }))
    const again = await h.personalize(request, 'same-key')
    assert.equal(again.replayed, true)
    assert.equal(again.job?.jobId, first.job?.jobId)
    assert.equal(again.job?.state, v1.JobState.JOB_STATE_SUCCEEDED)
    assert.equal(h.reader.sent, sent, 'no APDU for a replay')
    await assert.rejects(
      h.personalize(personalizeRequest(DEVICE, 'TD1'), 'same-key'),
      isCode('IDEMPOTENCY_CONFLICT'),
    )
  })

  it('never writes a document number to a second chip', async () => {
    h = await harness()
    const first = await h.personalize(personalizeRequest(DEVICE, 'TD3'), 'first')
    await h.settle(first.job?.jobId ?? '')
    h.reader.insert(new EmrtdCard({ image: blankImage() }))
    const sent = h.reader.sent
    await assert.rejects(
      h.personalize(personalizeRequest(DEVICE, 'TD3'), 'second'),
      isCode('DOCUMENT_ALREADY_ISSUED'),
    )
    assert.equal(h.reader.sent, sent)
  })

  it('refuses a face that is not JPEG, or too large, before journaling anything', async () => {
    h = await harness()
    const request = personalizeRequest(DEVICE, 'TD3')
    request.attachments[0] = Buffer.from('89504e470d0a1a0a', 'hex')
    await assert.rejects(h.personalize(request, 'png'), isCode('INVALID_ARGUMENT', 'not-jpeg'))
    const large = personalizeRequest(DEVICE, 'TD3', { faceBytes: 31_000 })
    await assert.rejects(
      h.personalize(large, 'large'),
      isCode('INVALID_ARGUMENT', 'image-too-large'),
    )
    const bad = personalizeRequest(DEVICE, 'TD3')
    bad.body.document = { ...bad.body.document, dateOfBirth: '1983-02-30' }
    await assert.rejects(h.personalize(bad, 'date'), isCode('INVALID_ARGUMENT'))
    assert.deepEqual(h.journal.list(), [])
    assert.equal(h.reader.sent, 0)
  })

  it('asks for a blank card when the chip is used, and cancels cleanly on Cancel', async () => {
    h = await harness()
    const done = await h.personalize(personalizeRequest(DEVICE, 'TD3'), 'first')
    await h.settle(done.job?.jobId ?? '')
    const used = await h.personalize(
      personalizeRequest(DEVICE, 'TD3', { documentNumber: 'QX0000001' }),
      'on-used-card',
    )
    const jobId = used.job?.jobId ?? ''
    for (let i = 0; i < 100 && !h.events.some(event => event.jobPrompt); i += 1) {
      await new Promise(resolve => setImmediate(resolve))
    }
    const prompt = h.events.find(event => event.jobPrompt)?.jobPrompt
    assert.equal(prompt?.kind, 'card-not-blank')
    const handlers = h.service.handlers()
    await handlers.answerPrompt.run(
      { jobId, promptId: prompt.promptId ?? '', answer: v1.PromptAnswer.PROMPT_ANSWER_CANCEL },
      { session: session() } as RequestContext,
    )
    const job = await h.settle(jobId)
    assert.equal(job.state, v1.JobState.JOB_STATE_CANCELED)
    assert.equal(job.step, 'identify-chip')
  })

  it('records the card spoiled when the chip fails mid-write', async () => {
    h = await harness()
    h.reader.chip!.faults.arm('memory-failure')
    const accepted = await h.personalize(personalizeRequest(DEVICE, 'TD3'), 'k')
    const job = await h.settle(accepted.job?.jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(job.error?.code, v1.ErrorCode.ERROR_CODE_CARD_WRITE_FAILED)
    assert.equal(job.step, 'write-files')
  })

  it('records the card spoiled when it is pulled mid-write', async () => {
    h = await harness()
    h.reader.pullOn = 0xd6
    const accepted = await h.personalize(personalizeRequest(DEVICE, 'TD3'), 'k')
    const job = await h.settle(accepted.job?.jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(job.error?.code, v1.ErrorCode.ERROR_CODE_TRANSPORT_DISCONNECTED)
  })

  it('spoils the card and never reports it good when passive authentication fails', async () => {
    h = await harness({ trustAnchors: [createTestCsca().certificate] })
    const accepted = await h.personalize(personalizeRequest(DEVICE, 'TD3'), 'k')
    const job = await h.settle(accepted.job?.jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(job.error?.code, v1.ErrorCode.ERROR_CODE_PASSIVE_AUTH_FAILED)
    assert.equal(job.step, 'verify')
  })

  it('fails without touching the chip when the signer is unavailable', async () => {
    h = await harness({ signerClosed: true })
    const chip = h.reader.chip!
    const accepted = await h.personalize(personalizeRequest(DEVICE, 'TD3'), 'k')
    const job = await h.settle(accepted.job?.jobId ?? '')
    assert.equal(job.state, v1.JobState.JOB_STATE_FAILED)
    assert.equal(job.error?.code, v1.ErrorCode.ERROR_CODE_SIGNER_UNAVAILABLE)
    assert.equal(chip.image.files.size, 0, 'nothing written')
    // The document number is free again for a new attempt.
    await h.personalize(personalizeRequest(DEVICE, 'TD3'), 'retry').catch(() => undefined)
  })

  it('logs ids and steps only, never the applicant', async () => {
    h = await harness()
    const accepted = await h.personalize(personalizeRequest(DEVICE, 'TD3'), 'k')
    await h.settle(accepted.job?.jobId ?? '')
    const text = JSON.stringify(h.logger.records)
    for (const value of Object.values(CANARY)) assert.ok(!text.includes(value), value)
    assert.ok(!text.includes('830714'))
  })
})
