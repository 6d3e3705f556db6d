import assert from 'node:assert/strict'
import { fuzzTarget } from '../../fuzz/harness'
import { DEFAULT_RUNS, DEFAULT_SEED, parseFuzzArgs } from '../../../scripts/fuzz'
import { FUZZ_TARGETS } from '../../fuzz/targets'

// A few hundred cases per parser keep every target green in CI; `npm run fuzz` runs 100,000.
const RUNS = 300
const SEED = 7

describe('fuzz targets (a short run of npm run fuzz)', function () {
  this.timeout(30_000)

  it('has one uniquely named target per parser', function () {
    const names = FUZZ_TARGETS.map(t => t.name)
    assert.equal(new Set(names).size, names.length)
  })

  for (const fuzz of FUZZ_TARGETS) {
    it(`${fuzz.name}: values or documented errors only, every case fast`, async function () {
      // Generous: CI machines are slow and shared; the campaign uses 200 ms.
      const outcome = await fuzzTarget(fuzz, { numRuns: RUNS, seed: SEED, caseLimitMs: 2000 })
      assert.equal(
        outcome.failure,
        undefined,
        `${outcome.failure?.reason ?? ''}\ncounterexample: ${outcome.failure?.counterexample ?? ''}`,
      )
      assert.equal(outcome.cases, RUNS)
    })
  }
})

describe('npm run fuzz arguments', function () {
  it('defaults to 100,000 cases of every target under the fixed seed', function () {
    const options = parseFuzzArgs([])
    assert.equal(options.runs, DEFAULT_RUNS)
    assert.equal(DEFAULT_RUNS, 100_000)
    assert.equal(options.seed, DEFAULT_SEED)
    assert.deepEqual(options.only, [])
  })

  it('takes --runs, --seed and --only (repeated or comma separated)', function () {
    const options = parseFuzzArgs(['--runs', '50', '--seed', '9', '--only', 'a,b', '--only', 'c'])
    assert.equal(options.runs, 50)
    assert.equal(options.seed, 9)
    assert.deepEqual(options.only, ['a', 'b', 'c'])
    assert.throws(() => parseFuzzArgs(['--runs', 'many']), /--runs needs an integer/)
  })
})
