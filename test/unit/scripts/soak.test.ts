import assert from 'node:assert/strict'
import { cheapCommand, requestCheckpoints } from '../../../scripts/soak'

describe('soak script', () => {
  it('samples after warm-up and at every tenth, the last one at the very end', () => {
    const checkpoints = requestCheckpoints(200_000)
    assert.equal(checkpoints.get(4_000), 'warm-up')
    assert.equal(checkpoints.get(20_000), 'requests 10 %')
    assert.equal(checkpoints.get(200_000), 'requests 100 %')
    assert.equal(checkpoints.size, 11)
    // Warm-up is capped, and a tiny run still ends with its 100 % sample.
    assert.equal(requestCheckpoints(1_000_000).get(10_000), 'warm-up')
    assert.equal(requestCheckpoints(3).get(3), 'requests 100 %')
    assert.equal(requestCheckpoints(0).size, 0)
  })

  it('mixes mostly pings with device lists and printer status asks', () => {
    const counts = new Map<string, number>()
    for (let index = 0; index < 100; index += 1) {
      const command = cheapCommand(index)
      counts.set(command, (counts.get(command) ?? 0) + 1)
    }
    assert.deepEqual(Object.fromEntries(counts), {
      ping: 60,
      listDevices: 25,
      getPrinterStatus: 15,
    })
  })
})
