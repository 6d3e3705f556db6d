import assert from 'node:assert/strict'
import { parseControl } from '../../../../../simulators/printer/page/control'
import { PassportPrinter } from '../../../../../simulators/printer/page/printer'
import { statusBlock } from '../../../../../simulators/printer/page/state'

function printer(): PassportPrinter {
  return new PassportPrinter({
    feeder: 5,
    ribbon: 5,
    rejectCapacity: 2,
    outputCapacity: 3,
    timings: { feedMs: 0, printMs: 0, ejectMs: 0 },
    hostTimeoutMs: 0,
    serial: 'PP-TRAYS',
    send: () => undefined,
    announce: () => undefined,
  })
}

describe('page printer simulator control', function () {
  it('reads the output tray command and refuses a non-boolean', function () {
    assert.deepEqual(parseControl('{"cmd":"output","full":false}'), { cmd: 'output', full: false })
    assert.ok('error' in parseControl('{"cmd":"output","full":"no"}'))
  })

  it('a full output tray shows in the status block and emptying it clears it', function () {
    const sim = printer()
    sim.setOutputFull(true)
    assert.equal(sim.state.outputCount, 3)
    const attention = (block: Buffer) => block.readUInt16BE(2)
    assert.notEqual(attention(statusBlock(sim.state)) & 0x20, 0)
    sim.setOutputFull(false)
    assert.equal(sim.state.outputCount, 0)
    assert.equal(attention(statusBlock(sim.state)) & 0x20, 0)
  })
})
