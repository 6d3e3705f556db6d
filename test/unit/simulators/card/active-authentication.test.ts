import assert from 'node:assert/strict'
import { constants, createHash, generateKeyPairSync, publicEncrypt, randomBytes } from 'node:crypto'
import { blankImage } from '../../../../simulators/card/card-image'
import { EmrtdCard } from '../../../../simulators/card/emrtd-card'
import { bacKeySeed, parseMrzSeed } from '../../../../simulators/card/personalization'
import { encodeTlv } from '../../../../simulators/card/tlv'
import { mrzSeedData, putData, SELECT_EMRTD } from './apdus'
import { bacRequest, SmTerminal } from './bac-terminal'

const hex = (text: string): Buffer => Buffer.from(text, 'hex')

describe('simulators/card Active Authentication (ICAO 9303-11 §6.1)', () => {
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
  const jwk = privateKey.export({ format: 'jwk' })
  const modulus = Buffer.from(jwk.n!, 'base64url')
  const exponent = Buffer.from(jwk.d!, 'base64url')
  const seed = mrzSeedData('L898902C3', '740812', '120415')

  function card(withKey: boolean): { card: EmrtdCard; sm: SmTerminal } {
    const chip = new EmrtdCard({ image: blankImage() })
    const status = (apdu: Buffer) => Buffer.from(chip.process(apdu)!).toString('hex').slice(-4)
    assert.equal(status(SELECT_EMRTD), '9000')
    assert.equal(status(putData(0x00, 0x62, seed)), '9000')
    if (withKey) {
      assert.equal(status(putData(0, 0x60, encodeTlv(0x60, encodeTlv(0x04, modulus)))), '9000')
      assert.equal(status(putData(0, 0x61, encodeTlv(0x61, encodeTlv(0x04, exponent)))), '9000')
    }
    const challenge = Buffer.from(chip.process(hex('0084000008'))!).subarray(0, 8)
    const request = bacRequest(
      bacKeySeed(parseMrzSeed(seed)!),
      challenge,
      randomBytes(8),
      randomBytes(16),
    )
    const answer = Buffer.from(
      chip.process(Buffer.concat([hex('0082000028'), request.data, hex('28')]))!,
    )
    return { card: chip, sm: new SmTerminal(request.finish(answer.subarray(0, -2))) }
  }

  it('signs the challenge so that the DG15 public key recovers 6A ‖ M1 ‖ SHA-1(M1 ‖ M2) ‖ BC', () => {
    const { card: chip, sm } = card(true)
    const m2 = randomBytes(8)
    const answer = sm.open(Buffer.from(chip.process(sm.protect(hex('00880000'), m2, 256))!))
    assert.equal(answer.sw, 0x9000)
    assert.equal(answer.data.length, 128)
    const f = publicEncrypt({ key: publicKey, padding: constants.RSA_NO_PADDING }, answer.data)
    assert.equal(f.readUInt8(0), 0x6a)
    assert.equal(f.readUInt8(127), 0xbc)
    const m1 = f.subarray(1, 107)
    const digest = createHash('sha1').update(m1).update(m2).digest()
    assert.equal(f.subarray(107, 127).toString('hex'), digest.toString('hex'))
  })

  it('needs BAC and a key', () => {
    const { card: chip, sm } = card(false)
    const answer = sm.open(
      Buffer.from(chip.process(sm.protect(hex('00880000'), randomBytes(8), 256))!),
    )
    assert.equal(answer.sw, 0x6985)
    chip.resetSession()
    assert.equal(
      Buffer.from(chip.process(hex('00880000080102030405060708'))!).toString('hex'),
      '6982',
    )
  })
})
