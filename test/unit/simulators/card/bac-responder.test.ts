import assert from 'node:assert/strict'
import { BacResponder } from '../../../../simulators/card/bac-responder'
import vectors from '../../../fixtures/icao9303/appendix-d-bac.json'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')

/** Hands out RND.IC then K.IC from the worked example, in the order the chip asks for them. */
function scripted(...values: string[]): (size: number) => Buffer {
  return size => {
    const next = values.shift()
    assert.ok(next !== undefined, 'the chip asked for more randomness than the example has')
    assert.equal(next.length / 2, size)
    return hex(next)
  }
}

describe('simulators/card BAC responder (ICAO 9303-11 Appendix D)', () => {
  const request = (): Buffer => Buffer.concat([hex(vectors.eIfd), hex(vectors.mIfd)])

  it('answers the worked example with E.IC ‖ M.IC and derives its session keys and SSC', () => {
    const chip = new BacResponder(scripted(vectors.rndIc, vectors.kIc))
    assert.equal(chip.challenge().toString('hex'), vectors.rndIc.toLowerCase())
    const result = chip.authenticate(hex(vectors.kSeed), request())
    assert.ok(result)
    assert.equal(result.response.toString('hex'), (vectors.eIc + vectors.mIc).toLowerCase())
    assert.equal(result.session.ksEnc.toString('hex'), vectors.ksEnc.toLowerCase())
    assert.equal(result.session.ksMac.toString('hex'), vectors.ksMac.toLowerCase())
    assert.equal(result.session.ssc.toString('hex'), vectors.ssc.toLowerCase())
  })

  it('refuses a wrong M.IFD, a wrong key seed and a missing challenge', () => {
    const tampered = request()
    tampered.writeUInt8(tampered.readUInt8(39) ^ 1, 39)
    const chip = new BacResponder(scripted(vectors.rndIc, vectors.rndIc, vectors.rndIc))
    chip.challenge()
    assert.equal(chip.authenticate(hex(vectors.kSeed), tampered), undefined)
    chip.challenge()
    assert.equal(chip.authenticate(Buffer.alloc(16, 7), request()), undefined)
    assert.equal(chip.authenticate(hex(vectors.kSeed), request()), undefined)
  })

  it('spends a challenge on one attempt, so a replayed cryptogram fails', () => {
    const chip = new BacResponder(scripted(vectors.rndIc, vectors.kIc))
    chip.challenge()
    assert.ok(chip.authenticate(hex(vectors.kSeed), request()))
    assert.equal(chip.authenticate(hex(vectors.kSeed), request()), undefined)
  })

  it('refuses a cryptogram made for another RND.IC', () => {
    const chip = new BacResponder(scripted('0011223344556677'))
    chip.challenge()
    assert.equal(chip.authenticate(hex(vectors.kSeed), request()), undefined)
  })
})
