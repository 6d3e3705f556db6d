import assert from 'node:assert/strict'
import { EvolisSimPrinter } from '../../../../../simulators/printer/evolis/printer'
import { TIMING_PRESETS } from '../../../../../simulators/printer/evolis/timing'

/** A printer with one-card trays, driven by Esc commands; each command resolves to its reply. */
function printer() {
  const replies: string[] = []
  const waiting: ((reply: string) => void)[] = []
  const sim = new EvolisSimPrinter(
    bytes => {
      const reply = bytes.toString('latin1').replace(/\r$/, '')
      const next = waiting.shift()
      if (next) next(reply)
      else replies.push(reply)
    },
    {
      feeder: 10,
      rejectCapacity: 1,
      hopperCapacity: 1,
      ribbon: 10,
      replyMode: 'text',
      terminator: 'cr',
      timing: TIMING_PRESETS.fast,
      model: 'Primacy',
      serial: 'TRAYS-1',
      firmware: 'sim',
    },
    {
      printed: () => Promise.resolve(),
      ejected: () => undefined,
      rejected: () => undefined,
      chipIn: () => Promise.resolve(),
      chipOut: () => Promise.resolve(),
    },
  )
  const send = (command: string) =>
    new Promise<string>(resolve => {
      waiting.push(resolve)
      sim.receive(Buffer.from(`\x1b${command}\r`, 'latin1'))
    })
  return { sim, send }
}

describe('Evolis simulator trays', function () {
  it('fills the reject box at its capacity, and emptying it makes room again', async function () {
    const { sim, send } = printer()
    assert.equal(await send('Sis'), 'OK')
    assert.equal(await send('Ser'), 'OK')
    assert.equal(sim.status().rejectFull, true)
    assert.equal(await send('Sis'), 'OK')
    assert.equal(await send('Ser'), 'ERR REJECT BOX FULL')
    // The operator empties the box: the card still inside can go now.
    sim.setRejectFull(false)
    assert.deepEqual([sim.status().rejectCount, sim.status().rejectFull], [0, false])
    assert.equal(await send('Ser'), 'OK')
    assert.equal(sim.status().rejectCount, 1)
  })

  it('fills the output hopper at its capacity, and taking the cards away makes room', async function () {
    const { sim, send } = printer()
    assert.equal(await send('Sis'), 'OK')
    assert.equal(await send('Se'), 'OK')
    assert.equal(await send('Sis'), 'OK')
    assert.equal(await send('Se'), 'ERR HOPPER FULL')
    sim.setHopperFull(false)
    assert.deepEqual([sim.status().hopperCount, sim.status().hopperFull], [0, false])
    assert.equal(await send('Se'), 'OK')
  })

  it('a forced-full box stays full until it is emptied', async function () {
    const { sim, send } = printer()
    sim.setRejectFull(true)
    assert.equal(await send('Sis'), 'OK')
    assert.equal(await send('Ser'), 'ERR REJECT BOX FULL')
    sim.setRejectFull(false)
    assert.equal(await send('Ser'), 'OK')
  })
})
