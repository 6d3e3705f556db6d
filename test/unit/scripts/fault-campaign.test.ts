import assert from 'node:assert/strict'
import { FAULTS, parseCampaignArgs, pickFault, prng } from '../../../scripts/fault-campaign'

describe('scripts/fault-campaign', () => {
  it('replays the same faults from the same seed, and others from another', () => {
    const run = (seed: number) => {
      const random = prng(seed)
      return Array.from({ length: 50 }, () => pickFault(random))
    }
    assert.deepEqual(run(7), run(7))
    assert.notDeepEqual(run(7), run(8))
  })

  it('runs about half the jobs clean and spreads the rest over every fault', () => {
    const random = prng(1)
    const counts = new Map<string, number>()
    for (let i = 0; i < 4000; i += 1) {
      const fault = pickFault(random)
      counts.set(fault, (counts.get(fault) ?? 0) + 1)
    }
    const clean = counts.get('none') ?? 0
    assert.ok(clean > 1800 && clean < 2200, String(clean))
    for (const fault of FAULTS) assert.ok((counts.get(fault) ?? 0) > 250, fault)
  })

  it('takes 1000 jobs by default, 30 with --quick, and refuses a bad count', () => {
    assert.deepEqual(parseCampaignArgs([]), { jobs: 1000, seed: 7, keep: false })
    assert.equal(parseCampaignArgs(['--quick']).jobs, 30)
    assert.deepEqual(parseCampaignArgs(['--jobs', '100', '--seed', '3']), {
      jobs: 100,
      seed: 3,
      keep: false,
    })
    assert.throws(() => parseCampaignArgs(['--jobs', '0']), /usage/)
  })
})
