import assert from 'node:assert/strict'
import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { AgentError } from '../../../../drivers/core/errors'
import { CardChannel } from '../../../../drivers/smartcard/card-channel'
import { EmrtdPersonalizer } from '../../../../drivers/smartcard/emrtd-personalizer'
import { EMRTD_FILES, openEmrtdSession } from '../../../../drivers/smartcard/emrtd-reader'
import { mrzInformation } from '../../../../drivers/smartcard/mrz-information'
import { blankImage } from '../../../../simulators/card/card-image'
import { EmrtdCard } from '../../../../simulators/card/emrtd-card'

const SEED = { documentNumber: 'L898902C3', dateOfBirth: '740812', dateOfExpiry: '120415' }
const PROBE = [EMRTD_FILES.COM, EMRTD_FILES.DG1, EMRTD_FILES.SOD]

function setup(extendedLength: boolean, maxCommandLength = 65548) {
  const card = new EmrtdCard({ image: blankImage() })
  const sent: Buffer[] = []
  const channel = new CardChannel({
    transmit: (apdu: Uint8Array) => {
      sent.push(Buffer.from(apdu))
      return Promise.resolve(Buffer.from(card.process(Buffer.from(apdu)) ?? []))
    },
  })
  const perso = new EmrtdPersonalizer(channel, { maxCommandLength, extendedLength })
  return { card, channel, perso, sent }
}

const code = (expected: string, reason?: string) => (error: unknown) =>
  error instanceof AgentError &&
  error.code === expected &&
  (reason === undefined || error.details.reason === reason)

describe('drivers/smartcard/emrtd-personalizer', () => {
  it('writes a file in the largest chunks the reader and chip take', async () => {
    const file = Buffer.concat([Buffer.from([0x75, 0x82, 0x1f, 0x3c]), randomBytes(0x1f3c)])
    for (const [extended, max, chunks] of [
      [true, 65548, 1],
      [false, 65548, Math.ceil(file.length / 255)],
      [true, 261, Math.ceil(file.length / 255)],
    ] as const) {
      const { perso, sent, card } = setup(extended, max)
      await perso.selectApplication()
      const progress: number[] = []
      await perso.writeFile(EMRTD_FILES.DG2, file, 'write-dg2', written => progress.push(written))
      assert.equal(sent.filter(apdu => apdu[1] === 0xd6).length, chunks)
      assert.equal(progress.at(-1), file.length)
      assert.deepEqual(card.image.files.get(EMRTD_FILES.DG2)?.data, file)
    }
  })

  it('tells blank, personalised and locked chips apart, and reads the unique serial', async () => {
    const { perso, card, channel } = setup(true)
    await perso.selectApplication()
    assert.equal(await perso.readSerial(), card.image.serial.toString('hex').toUpperCase())
    assert.equal(await perso.content(PROBE), 'blank')
    const dg1 = Buffer.from('615B5F1F58' + '3c'.repeat(88), 'hex')
    await perso.writeFile(EMRTD_FILES.DG1, dg1, 'write-dg1')
    await perso.putMrzSeed(SEED)
    assert.equal(await perso.content(PROBE), 'personalised')
    await perso.lock()
    await perso.selectApplication()
    assert.equal(await perso.content(PROBE), 'locked')
    await assert.rejects(perso.writeFile(EMRTD_FILES.DG2, dg1, 'write-dg2'), code('CARD_NOT_BLANK'))
    // The seed set by PUT DATA 62 opens BAC, and the file reads back under secure messaging.
    const session = await openEmrtdSession(channel, mrzInformation(SEED))
    assert.deepEqual(await session.readFile(EMRTD_FILES.DG1), dg1)
  })

  it('maps memory failure and full memory to CARD_WRITE_FAILED with the step', async () => {
    const { perso, card } = setup(true)
    await perso.selectApplication()
    card.faults.arm('memory-failure')
    await assert.rejects(
      perso.writeFile(EMRTD_FILES.DG1, Buffer.alloc(10, 1), 'write-dg1'),
      (error: unknown) =>
        code('CARD_WRITE_FAILED', 'memory-failure')(error) &&
        (error as AgentError).details.step === 'write-dg1',
    )
    card.faults.arm('file-full')
    await assert.rejects(
      perso.writeFile(EMRTD_FILES.DG2, Buffer.alloc(10, 1), 'write-dg2'),
      code('CARD_WRITE_FAILED', 'file-full'),
    )
  })

  it('sets an RSA Active Authentication key the chip then signs with', async () => {
    const { perso, card } = setup(true)
    await perso.selectApplication()
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
    const jwk = privateKey.export({ format: 'jwk' })
    const n = Buffer.from(jwk.n ?? '', 'base64url')
    const d = Buffer.from(jwk.d ?? '', 'base64url')
    await perso.putAaKey(n, d)
    assert.deepEqual(card.image.aaModulus, n)
    assert.deepEqual(card.image.aaPrivateExponent, d)
  })

  it('refuses a file larger than the applet addresses before sending anything', async () => {
    const { perso, sent } = setup(true)
    await assert.rejects(
      perso.writeFile(EMRTD_FILES.DG2, Buffer.alloc(0x8000), 'write-dg2'),
      code('INVALID_ARGUMENT', 'file-size'),
    )
    assert.equal(sent.length, 0)
  })
})
