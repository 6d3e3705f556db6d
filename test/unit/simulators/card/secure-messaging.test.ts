import assert from 'node:assert/strict'
import { parseCommand } from '../../../../simulators/card/apdu-parse'
import { SmSession } from '../../../../simulators/card/secure-messaging'
import vectors from '../../../fixtures/icao9303/appendix-d-secure-messaging.json'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')

function session(): SmSession {
  return new SmSession({
    ksEnc: hex(vectors.ksEnc),
    ksMac: hex(vectors.ksMac),
    ssc: hex(vectors.sscStart),
  })
}

describe('simulators/card secure messaging (ICAO 9303-11 Appendix D.4)', () => {
  it('opens each protected command and protects each answer byte for byte', () => {
    const chip = session()
    for (const exchange of vectors.exchanges) {
      const wire = parseCommand(hex(exchange.protectedCommand))
      assert.ok(wire, exchange.name)
      const opened = chip.unwrap(wire)
      assert.notEqual(typeof opened, 'number', exchange.name)
      const plain = parseCommand(hex(exchange.command))
      assert.deepEqual(opened, plain, exchange.name)
      const response = hex(exchange.response)
      const answer = chip.wrap({
        data: response.subarray(0, -2),
        sw: response.readUInt16BE(response.length - 2),
      })
      assert.equal(
        answer.toString('hex'),
        exchange.protectedResponse.slice(0, -4).toLowerCase(),
        exchange.name,
      )
    }
  })

  it('answers 6988 to a wrong MAC, 6987 to a missing one and 6988 to garbage', () => {
    const [first] = vectors.exchanges
    assert.ok(first)
    const tampered = hex(first.protectedCommand)
    tampered.writeUInt8(tampered.readUInt8(tampered.length - 2) ^ 1, tampered.length - 2)
    assert.equal(session().unwrap(parseCommand(tampered)!), 0x6988)
    const noMac = parseCommand(hex('0CA4020C0B8709016375432908C044F6'))!
    assert.equal(session().unwrap(noMac), 0x6987)
    assert.equal(session().unwrap(parseCommand(hex('0CB0000003FFFFFF'))!), 0x6988)
  })

  it('flips the response MAC when the wrong-MAC fault asks for it', () => {
    const good = session()
    const bad = session()
    const reply = { data: Buffer.alloc(0), sw: 0x9000 }
    assert.notEqual(good.wrap(reply).toString('hex'), bad.wrap(reply, true).toString('hex'))
  })
})
