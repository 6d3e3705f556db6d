import assert from 'node:assert/strict'
import type { ImpressionRequest } from '../../../../simulators/fingerprint/finger-source'
import { SyntheticFingerSource } from '../../../../simulators/fingerprint/synthetic-source'
import { WorkerFingerSource } from '../../../../simulators/fingerprint/worker-source'

describe('synthetic finger sources', function () {
  // A worker thread loads tsx and the finger model before its first answer.
  this.timeout(30_000)

  const request: ImpressionRequest = {
    identity: 'applicant-7',
    finger: 7,
    position: 2,
    captureIndex: 1,
    profile: 'fair',
    resolutionPpi: 500,
  }

  it('records the asked position and is deterministic', function () {
    const source = new SyntheticFingerSource()
    const first = source.impression(request)
    assert.equal(first.pixels.length, first.width * first.height)
    assert.equal(first.template.subarray(0, 4).toString('latin1'), 'FMR\0')
    // The record's first view names the position the reader was asked for, not the finger.
    assert.equal(first.template[24], 2)
    assert.deepEqual(new SyntheticFingerSource().impression(request), first)
    assert.throws(() => source.impression({ ...request, profile: 'superb' }), RangeError)
  })

  it('renders on a worker thread the same bytes as on this one', async function () {
    const workers = new WorkerFingerSource(1)
    try {
      const [threaded, another] = await Promise.all([
        workers.impression(request),
        workers.impression({ ...request, finger: 8, position: 3 }),
      ])
      assert.deepEqual(threaded, new SyntheticFingerSource().impression(request))
      assert.equal(another.template[24], 3)
      await assert.rejects(workers.impression({ ...request, profile: 'superb' }), RangeError)
    } finally {
      await workers.close()
    }
    // Closed: later requests are rendered on this thread.
    assert.equal((await workers.impression(request)).template[24], 2)
  })
})
