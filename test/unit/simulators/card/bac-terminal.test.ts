import assert from 'node:assert/strict'
import bac from '../../../fixtures/icao9303/appendix-d-bac.json'
import sm from '../../../fixtures/icao9303/appendix-d-secure-messaging.json'
import { bacRequest, SmTerminal } from './bac-terminal'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')

// The tests' own terminal is only trustworthy as a witness if it reproduces Appendix D too.
describe('simulators/card test terminal (ICAO 9303-11 Appendix D)', () => {
  it('builds E.IFD ‖ M.IFD and derives the session from E.IC ‖ M.IC', () => {
    const request = bacRequest(hex(bac.kSeed), hex(bac.rndIc), hex(bac.rndIfd), hex(bac.kIfd))
    assert.equal(request.data.toString('hex'), (bac.eIfd + bac.mIfd).toLowerCase())
    const session = request.finish(hex(bac.eIc + bac.mIc))
    assert.equal(session.ksEnc.toString('hex'), bac.ksEnc.toLowerCase())
    assert.equal(session.ksMac.toString('hex'), bac.ksMac.toLowerCase())
    assert.equal(session.ssc.toString('hex'), bac.ssc.toLowerCase())
  })

  it('protects and opens the worked-example exchanges', () => {
    const terminal = new SmTerminal({
      ksEnc: hex(sm.ksEnc),
      ksMac: hex(sm.ksMac),
      ssc: hex(sm.sscStart),
    })
    for (const exchange of sm.exchanges) {
      const command = hex(exchange.command)
      const data = command.length > 5 ? command.subarray(5) : undefined
      const le = command.length === 5 ? command.readUInt8(4) : undefined
      const wire = terminal.protect(command.subarray(0, 4), data, le)
      assert.equal(wire.toString('hex'), exchange.protectedCommand.toLowerCase(), exchange.name)
      const opened = terminal.open(hex(exchange.protectedResponse))
      const expected = hex(exchange.response)
      assert.equal(opened.data.toString('hex'), expected.subarray(0, -2).toString('hex'))
      assert.equal(opened.sw, expected.readUInt16BE(expected.length - 2))
    }
  })
})
