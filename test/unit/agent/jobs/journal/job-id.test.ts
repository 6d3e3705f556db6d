import assert from 'node:assert/strict'
import { createJobIdGenerator } from '../../../../../agent/jobs/journal'

describe('job ids', function () {
  it('are 26 Crockford base32 characters that sort by their clock', function () {
    let time = 1_700_000_000_000
    const next = createJobIdGenerator({ now: () => time })
    const first = next()
    time += 1
    const second = next()
    assert.match(first, /^[0-9A-HJKMNP-TV-Z]{26}$/)
    assert.ok(first < second)
    assert.equal(first.slice(0, 10), '01HF7YAT00')
  })

  it('differ within one millisecond', function () {
    const next = createJobIdGenerator({ now: () => 0 })
    const ids = new Set(Array.from({ length: 100 }, () => next()))
    assert.equal(ids.size, 100)
  })
})
