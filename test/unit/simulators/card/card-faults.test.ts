import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { blankImage } from '../../../../simulators/card/card-image'
import { EmrtdCard } from '../../../../simulators/card/emrtd-card'
import { Faults, isFaultKind } from '../../../../simulators/card/faults'
import { bacKeySeed, parseMrzSeed } from '../../../../simulators/card/personalization'
import { bacRequest, SmTerminal } from './bac-terminal'
import { createFile, mrzSeedData, putData, SELECT_EMRTD, selectFile, updateBinary } from './apdus'

const hex = (text: string): Buffer => Buffer.from(text, 'hex')
const statusOf = (answer: Uint8Array | undefined): string | undefined =>
  answer === undefined ? undefined : Buffer.from(answer).toString('hex').slice(-4)

describe('simulators/card fault injection', () => {
  it('counts each fault down over the commands it applies to', () => {
    const faults = new Faults()
    faults.arm('mute', 2)
    assert.deepEqual(faults.armed(), { mute: 2 })
    assert.equal(faults.take('mute'), true)
    assert.equal(faults.take('mute'), true)
    assert.equal(faults.take('mute'), false)
    faults.arm('pull')
    faults.clear()
    assert.equal(faults.take('pull'), false)
    assert.throws(() => {
      faults.arm('mute', -1)
    }, RangeError)
    assert.ok(isFaultKind('file-full'))
    assert.ok(!isFaultKind('fire'))
  })

  it('waits for a command with the named INS before it applies', () => {
    const card = new EmrtdCard({ image: blankImage() })
    card.faults.arm('mute', 1, 0xd6)
    assert.equal(statusOf(card.process(SELECT_EMRTD)), '9000')
    assert.equal(statusOf(card.process(createFile(0x0101, 4))), '9000')
    assert.equal(statusOf(card.process(selectFile(0x0101))), '9000')
    assert.equal(
      card.process(updateBinary(0, hex('61020000'))),
      undefined,
      'the write is swallowed',
    )
    assert.equal(statusOf(card.process(updateBinary(0, hex('61020000')))), '9000')
    assert.deepEqual(card.faults.armed(), {})
  })

  it('stays mute for N APDUs, then answers again', () => {
    const card = new EmrtdCard({ image: blankImage() })
    card.faults.arm('mute', 2)
    assert.equal(card.process(SELECT_EMRTD), undefined)
    assert.equal(card.process(SELECT_EMRTD), undefined)
    assert.equal(statusOf(card.process(SELECT_EMRTD)), '9000')
  })

  it('is pulled mid-APDU: no answer, and the owner is told to drop the connection', () => {
    let pulled = 0
    const card = new EmrtdCard({ image: blankImage(), onPull: () => (pulled += 1) })
    card.faults.arm('pull')
    assert.equal(card.process(SELECT_EMRTD), undefined)
    assert.equal(pulled, 1)
  })

  it('fails the next writes with 6581 and 6A84 without changing the image', () => {
    let saves = 0
    const image = blankImage()
    const card = new EmrtdCard({ image, save: () => (saves += 1) })
    assert.equal(statusOf(card.process(SELECT_EMRTD)), '9000')
    card.faults.arm('memory-failure')
    assert.equal(statusOf(card.process(createFile(0x0101, 4))), '6581')
    card.faults.arm('file-full')
    assert.equal(statusOf(card.process(createFile(0x0101, 4))), '6a84')
    assert.equal(image.files.size, 0)
    assert.equal(saves, 0)
    assert.equal(statusOf(card.process(createFile(0x0101, 4))), '9000')
    card.faults.arm('memory-failure')
    assert.equal(statusOf(card.process(selectFile(0x0101))), '9000')
    assert.equal(statusOf(card.process(updateBinary(0, hex('01020304')))), '6581')
    assert.equal(image.files.get(0x0101)?.data.toString('hex'), '00000000')
  })

  it('corrupts the MAC of the next SM response only', () => {
    const card = new EmrtdCard({ image: blankImage() })
    const seed = mrzSeedData('L898902C3', '740812', '120415')
    assert.equal(statusOf(card.process(SELECT_EMRTD)), '9000')
    assert.equal(statusOf(card.process(putData(0x00, 0x62, seed))), '9000')
    const challenge = Buffer.from(card.process(hex('0084000008'))!).subarray(0, 8)
    const keySeed = bacKeySeed(parseMrzSeed(seed)!)
    const request = bacRequest(keySeed, challenge, randomBytes(8), randomBytes(16))
    const answer = Buffer.from(
      card.process(Buffer.concat([hex('0082000028'), request.data, hex('28')]))!,
    )
    const sm = new SmTerminal(request.finish(answer.subarray(0, -2)))
    card.faults.arm('wrong-mac')
    const bad = card.process(sm.protect(hex('00A4020C'), hex('011E')))
    assert.throws(() => sm.open(Buffer.from(bad!)), /wrong response MAC/)
  })

  it('never throws on arbitrary bytes', () => {
    const card = new EmrtdCard({ image: blankImage() })
    for (let i = 0; i < 2000; i++) {
      const apdu = randomBytes(2 + (i % 40))
      if (i % 3 === 0) apdu.writeUInt8(0x0c, 0)
      const answer = card.process(apdu)
      assert.ok(answer === undefined || answer.length >= 2)
    }
  })
})
