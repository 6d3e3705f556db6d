import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { AgentError } from '../../../../drivers/core/errors'
import { CardChannel } from '../../../../drivers/smartcard/card-channel'
import {
  EMRTD_FILES,
  openEmrtdSession,
  readEmrtdFile,
  SHORT_READ_LENGTH,
} from '../../../../drivers/smartcard/emrtd-reader'
import { mrzCheckDigit, mrzInformation } from '../../../../drivers/smartcard/mrz-information'
import { blankImage } from '../../../../simulators/card/card-image'
import { EmrtdCard } from '../../../../simulators/card/emrtd-card'
import {
  createFile,
  mrzSeedData,
  putData,
  SELECT_EMRTD,
  selectFile,
  SPECIMEN_SEED,
  specimenDg1,
  updateBinary,
} from '../../simulators/card/apdus'

const SPECIMEN = {
  documentNumber: SPECIMEN_SEED.documentNumber,
  dateOfBirth: SPECIMEN_SEED.birth,
  dateOfExpiry: SPECIMEN_SEED.expiry,
}

/** A locked virtual chip with DG1 and a 3000-byte DG2 (a TLV, so its length is in its header). */
function personalisedCard(): { card: EmrtdCard; dg1: Buffer; dg2: Buffer } {
  const card = new EmrtdCard({ image: blankImage() })
  const send = (apdu: Buffer): string => Buffer.from(card.process(apdu) ?? []).toString('hex')
  const dg1 = specimenDg1()
  const body = randomBytes(2995)
  const dg2 = Buffer.concat([Buffer.from([0x75, 0x82, body.length >> 8, body.length & 0xff]), body])
  const sws = [
    send(SELECT_EMRTD),
    send(createFile(EMRTD_FILES.DG1, dg1.length)),
    send(selectFile(EMRTD_FILES.DG1)),
    send(updateBinary(0, dg1)),
    send(createFile(EMRTD_FILES.DG2, dg2.length)),
    send(selectFile(EMRTD_FILES.DG2)),
    send(updateBinary(0, dg2)),
    send(putData(0x00, 0x62, mrzSeedData('L898902C3', '740812', '120415'))),
    send(putData(0xde, 0xad)),
  ]
  assert.deepEqual(
    sws.map(sw => sw.slice(-4)),
    sws.map(() => '9000'),
  )
  return { card, dg1, dg2 }
}

/** A channel straight onto the in-process chip; `tamper` may rewrite the n-th answer. */
function channelTo(card: EmrtdCard, tamper?: (answer: Buffer, index: number) => Buffer) {
  let index = 0
  return new CardChannel({
    transmit: (apdu: Uint8Array) => {
      const answer = Buffer.from(card.process(Buffer.from(apdu)) ?? [])
      index += 1
      return Promise.resolve(tamper ? tamper(answer, index) : answer)
    },
  })
}

describe('drivers/smartcard/mrz-information', function () {
  it('computes the ICAO 9303 specimen MRZ information with check digits', function () {
    assert.equal(mrzInformation(SPECIMEN), 'L898902C3674081221204159')
    assert.equal(mrzCheckDigit('L898902C3'), 6)
    assert.equal(mrzInformation({ ...SPECIMEN, documentNumber: 'AB12' }).slice(0, 10), 'AB12<<<<<8')
    // ICAO TD1 specimen with a long number: D23145890734 whole, check digit 9 (9303-5 §4.2.4).
    assert.equal(
      mrzInformation({ ...SPECIMEN, documentNumber: 'D23145890734' }).slice(0, 13),
      'D231458907349',
    )
  })

  it('rejects bad fields by name, never echoing the value', function () {
    for (const [field, fields] of [
      ['document_number', { ...SPECIMEN, documentNumber: 'l898902c3' }],
      ['document_number', { ...SPECIMEN, documentNumber: 'L898902C3XXL898902C3XXL' }],
      ['date_of_birth', { ...SPECIMEN, dateOfBirth: '741312' }],
      ['date_of_expiry', { ...SPECIMEN, dateOfExpiry: '1204' }],
    ] as const) {
      assert.throws(
        () => mrzInformation(fields),
        (e: unknown) =>
          e instanceof AgentError &&
          e.code === 'INVALID_ARGUMENT' &&
          e.details.field === field &&
          !e.message.includes(fields.documentNumber),
      )
    }
  })
})

describe('drivers/smartcard/emrtd-reader', function () {
  it('reads DG1 and a 3000-byte DG2 after BAC, in one read or in short reads', async function () {
    const { card, dg1, dg2 } = personalisedCard()
    const info = mrzInformation(SPECIMEN)
    assert.deepEqual(await readEmrtdFile(channelTo(card), info, EMRTD_FILES.DG1), dg1)
    // No reset between reads: the second starts inside the first one's SM session.
    assert.deepEqual(await readEmrtdFile(channelTo(card), info, EMRTD_FILES.DG2), dg2)
    const short = { maxReadLength: SHORT_READ_LENGTH }
    assert.deepEqual(await readEmrtdFile(channelTo(card), info, EMRTD_FILES.DG2, short), dg2)
  })

  it('reads past offset 32767 with the odd INS B1, over one BAC session for several files', async function () {
    const { card, dg1 } = personalisedCard()
    // Larger than the applet's CREATE FILE allows: placed in the image as a bigger chip would hold it.
    const body = randomBytes(40_000)
    const big = Buffer.concat([
      Buffer.from([0x63, 0x82, body.length >> 8, body.length & 0xff]),
      body,
    ])
    card.image.files.set(0x0105, { size: big.length, data: big })
    const seen: number[] = []
    const channel = new CardChannel({
      transmit: (apdu: Uint8Array) => {
        seen.push(apdu[1]!)
        return Promise.resolve(Buffer.from(card.process(Buffer.from(apdu)) ?? []))
      },
    })
    const session = await openEmrtdSession(channel, mrzInformation(SPECIMEN), {
      maxReadLength: 0x1000,
    })
    assert.deepEqual(await session.readFile(0x0105), big)
    assert.deepEqual(await session.readFile(EMRTD_FILES.DG1), dg1)
    assert.ok(seen.includes(0xb1), 'offsets past 32767 need B1')
    assert.equal(seen.filter(ins => ins === 0x82).length, 1, 'one BAC for both files')
  })

  it('fails a wrong MRZ with BacError at step bac', async function () {
    const { card } = personalisedCard()
    const wrong = mrzInformation({ ...SPECIMEN, dateOfBirth: '740813' })
    await assert.rejects(
      readEmrtdFile(channelTo(card), wrong, EMRTD_FILES.DG1),
      (e: unknown) =>
        e instanceof AgentError &&
        e.code === 'UNAUTHENTICATED' &&
        e.details.step === 'bac' &&
        e.details.reason === 'refused',
    )
  })

  it('fails a missing file with file-not-found at step select-file', async function () {
    const { card } = personalisedCard()
    await assert.rejects(
      readEmrtdFile(channelTo(card), mrzInformation(SPECIMEN), 0x0105),
      (e: unknown) =>
        e instanceof AgentError &&
        e.code === 'BAD_STATE' &&
        e.details.step === 'select-file' &&
        e.details.reason === 'file-not-found' &&
        e.details.sw === '6A82',
    )
  })

  it('fails a tampered SM answer as a broken session, naming the step', async function () {
    const { card } = personalisedCard()
    // Answers 1–3 are SELECT, GET CHALLENGE and EXTERNAL AUTHENTICATE; 4 is the protected SELECT.
    const channel = channelTo(card, (answer, index) => {
      if (index === 4) answer.writeUInt8(answer.readUInt8(answer.length - 3) ^ 1, answer.length - 3)
      return answer
    })
    await assert.rejects(
      readEmrtdFile(channel, mrzInformation(SPECIMEN), EMRTD_FILES.DG1),
      (e: unknown) =>
        e instanceof AgentError &&
        e.code === 'BAD_STATE' &&
        e.details.step === 'select-file' &&
        e.details.reason === 'wrong-mac',
    )
  })

  it('rejects a file id that is not two bytes', async function () {
    const { card } = personalisedCard()
    await assert.rejects(
      readEmrtdFile(channelTo(card), mrzInformation(SPECIMEN), 0x10000),
      (e: unknown) => e instanceof AgentError && e.code === 'INVALID_ARGUMENT',
    )
  })
})
