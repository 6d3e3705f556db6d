import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { blankImage, type CardImage } from '../../../../simulators/card/card-image'
import { EmrtdCard } from '../../../../simulators/card/emrtd-card'
import { bacKeySeed, parseMrzSeed } from '../../../../simulators/card/personalization'
import { bacRequest, SmTerminal } from './bac-terminal'
import {
  createFile,
  mrzSeedData,
  putData,
  SELECT_EMRTD,
  selectFile,
  SPECIMEN_SEED,
  specimenDg1,
  updateBinary,
} from './apdus'

const hex = (text: string): Buffer => Buffer.from(text.replace(/ /g, ''), 'hex')
const DG1 = 0x0101
const DG2 = 0x0102

function send(card: EmrtdCard, apdu: Buffer): Buffer {
  const answer = card.process(apdu)
  assert.ok(answer, `no answer to ${apdu.toString('hex')}`)
  return Buffer.from(answer)
}

const sw = (card: EmrtdCard, apdu: Buffer): string => send(card, apdu).toString('hex').slice(-4)

function seedData(): Buffer {
  return mrzSeedData(SPECIMEN_SEED.documentNumber, SPECIMEN_SEED.birth, SPECIMEN_SEED.expiry)
}

/** Writes DG1 (and a 3000-byte DG2 by one extended UPDATE BINARY) plus the MRZ seed. */
function personalise(card: EmrtdCard, dg2 = randomBytes(3000)): Buffer {
  assert.equal(sw(card, SELECT_EMRTD), '9000')
  const dg1 = specimenDg1()
  assert.equal(sw(card, createFile(DG1, dg1.length)), '9000')
  assert.equal(sw(card, selectFile(DG1)), '9000')
  assert.equal(sw(card, updateBinary(0, dg1)), '9000')
  assert.equal(sw(card, createFile(DG2, dg2.length)), '9000')
  assert.equal(sw(card, selectFile(DG2)), '9000')
  assert.equal(sw(card, updateBinary(0, dg2)), '9000')
  assert.equal(sw(card, putData(0x00, 0x62, seedData())), '9000')
  return dg2
}

/** Runs BAC as an inspection system would and returns its SM channel. */
function bac(card: EmrtdCard): SmTerminal {
  const challenge = send(card, hex('0084000008'))
  assert.equal(challenge.length, 10)
  const keySeed = bacKeySeed(parseMrzSeed(seedData())!)
  const request = bacRequest(keySeed, challenge.subarray(0, 8), randomBytes(8), randomBytes(16))
  const apdu = Buffer.concat([hex('0082000028'), request.data, hex('28')])
  const answer = send(card, apdu)
  assert.equal(answer.subarray(-2).toString('hex'), '9000')
  return new SmTerminal(request.finish(answer.subarray(0, -2)))
}

function securedRead(card: EmrtdCard, sm: SmTerminal, fid: number, le: number) {
  const selected = sm.open(
    send(card, sm.protect(hex('00A4020C'), Buffer.from([fid >> 8, fid & 0xff]))),
  )
  assert.equal(selected.sw, 0x9000)
  return sm.open(send(card, sm.protect(hex('00B00000'), undefined, le)))
}

describe('simulators/card eMRTD chip', () => {
  let image: CardImage
  let saves: number
  let card: EmrtdCard

  beforeEach(() => {
    image = blankImage()
    saves = 0
    card = new EmrtdCard({ image, save: () => (saves += 1) })
  })

  it('personalises a blank chip with the applet commands and persists each write', () => {
    personalise(card)
    assert.equal(image.files.get(DG1)?.data.toString('hex'), specimenDg1().toString('hex'))
    assert.ok(image.bacSeed)
    assert.equal(saves, 5)
  })

  it('refuses plain reads in every life-cycle state', () => {
    personalise(card)
    const expectations: [number | undefined, string][] = [
      [0xaf, '9000'],
      [0xad, '9000'],
      [undefined, '6982'],
    ]
    for (const [next, select] of expectations) {
      assert.equal(sw(card, selectFile(DG1)), select, image.lifeCycle)
      assert.equal(sw(card, hex('00B0000004')), '6982', image.lifeCycle)
      if (next !== undefined) assert.equal(sw(card, putData(0xde, next)), '9000')
    }
    assert.equal(image.lifeCycle, 'locked')
  })

  it('answers 6985 to every personalization command once locked, and never unlocks', () => {
    personalise(card)
    assert.equal(sw(card, putData(0xde, 0xad)), '9000')
    assert.equal(sw(card, createFile(0x010b, 10)), '6985')
    assert.equal(sw(card, updateBinary(0, hex('00'))), '6985')
    assert.equal(sw(card, putData(0x00, 0x62, seedData())), '6985')
    assert.equal(sw(card, putData(0xde, 0xaf)), '6985')
    assert.equal(image.lifeCycle, 'locked')
  })

  it('refuses to move the life cycle backwards', () => {
    assert.equal(sw(card, SELECT_EMRTD), '9000')
    assert.equal(sw(card, putData(0xde, 0xaf)), '9000')
    assert.equal(image.lifeCycle, 'personalised')
    assert.equal(sw(card, putData(0xde, 0x00)), '6a88')
  })

  it('reads DG1 back over BAC and secure messaging after the lock', () => {
    const dg2 = personalise(card)
    assert.equal(sw(card, putData(0xde, 0xad)), '9000')
    const sm = bac(card)
    const dg1 = securedRead(card, sm, DG1, 256)
    assert.equal(dg1.sw, 0x9000)
    assert.equal(dg1.data.toString('hex'), specimenDg1().toString('hex'))
    // Extended length: the whole 3000-byte DG2 in one protected READ BINARY.
    const face = securedRead(card, sm, DG2, 65536)
    assert.equal(face.data.toString('hex'), dg2.toString('hex'))
  })

  it('reads by short file identifier and by the odd INS B1 with an offset DO', () => {
    const dg2 = personalise(card)
    const sm = bac(card)
    const bySfi = sm.open(send(card, sm.protect(hex('00B08200'), undefined, 16)))
    assert.equal(bySfi.data.toString('hex'), dg2.subarray(0, 16).toString('hex'))
    const odd = sm.open(send(card, sm.protect(hex('00B10102'), hex('54020BB0'), 256)))
    assert.equal(odd.data.toString('hex'), `5308${dg2.subarray(2992).toString('hex')}`)
  })

  it('warns 6282 when the file ends before Le, and 6B00 past its end', () => {
    personalise(card)
    const sm = bac(card)
    const tail = securedRead(card, sm, DG1, 255)
    assert.equal(tail.sw, 0x6282)
    assert.equal(tail.data.length, specimenDg1().length)
    assert.equal(sm.open(send(card, sm.protect(hex('00B00100'), undefined, 1))).sw, 0x6b00)
  })

  it('refuses BAC with a wrong key and before the MRZ is known', () => {
    assert.equal(sw(card, SELECT_EMRTD), '9000')
    const challenge = send(card, hex('0084000008')).subarray(0, 8)
    const early = bacRequest(Buffer.alloc(16), challenge, randomBytes(8), randomBytes(16))
    assert.equal(sw(card, Buffer.concat([hex('0082000028'), early.data, hex('28')])), '6985')
    personalise(card)
    const again = send(card, hex('0084000008')).subarray(0, 8)
    const wrong = bacRequest(Buffer.alloc(16), again, randomBytes(8), randomBytes(16))
    assert.equal(sw(card, Buffer.concat([hex('0082000028'), wrong.data, hex('28')])), '6300')
    assert.equal(card.secured, false)
  })

  it('ends the session on a wrong command MAC (6988) and on a plain APDU (6982)', () => {
    personalise(card)
    const sm = bac(card)
    const protectedSelect = sm.protect(hex('00A4020C'), hex('0101'))
    protectedSelect.writeUInt8(
      protectedSelect.readUInt8(protectedSelect.length - 2) ^ 1,
      protectedSelect.length - 2,
    )
    assert.equal(send(card, protectedSelect).toString('hex'), '6988')
    assert.equal(card.secured, false)
    const again = bac(card)
    assert.equal(again.open(send(card, again.protect(hex('00A4020C'), hex('0101')))).sw, 0x9000)
    assert.equal(sw(card, hex('00B0000004')), '6982')
    assert.equal(card.secured, false)
  })

  it('drops the session on power off, keeping files and the lock', () => {
    personalise(card)
    assert.equal(sw(card, putData(0xde, 0xad)), '9000')
    bac(card)
    card.resetSession()
    assert.equal(card.secured, false)
    assert.equal(sw(card, SELECT_EMRTD), '9000')
    assert.equal(sw(card, selectFile(DG1)), '6982')
    assert.equal(image.lifeCycle, 'locked')
  })

  it('reports its serial through GET DATA 9F7F in the proprietary class only', () => {
    assert.equal(
      send(card, hex('80CA9F7F00')).toString('hex'),
      `9f7f08${image.serial.toString('hex')}9000`,
    )
    assert.equal(sw(card, hex('00CA9F7F00')), '6d00')
    assert.equal(sw(card, hex('80CA010100')), '6a88')
    assert.notEqual(blankImage().serial.toString('hex'), image.serial.toString('hex'))
  })

  it('keeps the minimal card answers the PC/SC plumbing tests rely on', () => {
    assert.equal(sw(card, hex('00A4040C07A0000002471002')), '6a82')
    assert.equal(sw(card, hex('00CA010100')), '6d00')
    assert.equal(sw(card, hex('00A4')), '6700')
    assert.equal(sw(card, hex('FF84000008')), '6e00')
    assert.equal(
      send(card, hex('00A4040007A000000247100100')).toString('hex'),
      '6f098407a00000024710019000',
    )
  })

  it('fixes a file size at creation: larger re-creation and overlong writes answer 6A84', () => {
    assert.equal(sw(card, SELECT_EMRTD), '9000')
    assert.equal(sw(card, createFile(DG1, 10)), '9000')
    assert.equal(sw(card, createFile(DG1, 11)), '6a84')
    assert.equal(sw(card, selectFile(DG1)), '9000')
    assert.equal(sw(card, updateBinary(5, Buffer.alloc(6))), '6a84')
    assert.equal(sw(card, updateBinary(11, Buffer.alloc(1))), '6b00')
    assert.equal(sw(card, createFile(0x0200, 10)), '6a80')
    assert.equal(sw(card, createFile(DG2, 0x7fff)), '9000')
    assert.equal(sw(card, createFile(0x0103, 0x7fff)), '9000')
    assert.equal(sw(card, createFile(0x0104, 0x7fff)), '9000')
    // 128 KiB of EEPROM: the fourth 32 KiB file no longer fits.
    assert.equal(sw(card, createFile(0x0105, 0x7fff)), '6a84')
  })
})
