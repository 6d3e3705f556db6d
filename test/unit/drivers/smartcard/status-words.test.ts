import assert from 'node:assert/strict'
import { AgentError } from '../../../../drivers/core/errors'
import {
  describeStatusWord,
  formatStatusWord,
  type StatusWordCategory,
  StatusWordError,
} from '../../../../drivers/smartcard/status-words'

describe('drivers/smartcard/status-words', () => {
  const table: { sw: number; category: StatusWordCategory; meaning: RegExp }[] = [
    { sw: 0x9000, category: 'success', meaning: /normal processing/ },
    { sw: 0x6110, category: 'success', meaning: /^16 response bytes/ },
    { sw: 0x6100, category: 'success', meaning: /^256 response bytes/ },
    { sw: 0x6282, category: 'warning', meaning: /end of file/ },
    { sw: 0x6381, category: 'warning', meaning: /filled up/ },
    { sw: 0x63c2, category: 'security', meaning: /2 tries left/ },
    { sw: 0x63c0, category: 'security', meaning: /0 tries left/ },
    { sw: 0x6581, category: 'execution-error', meaning: /memory failure/ },
    { sw: 0x6700, category: 'checking-error', meaning: /wrong length/ },
    { sw: 0x6982, category: 'security', meaning: /security status/ },
    { sw: 0x6985, category: 'checking-error', meaning: /conditions of use/ },
    { sw: 0x6986, category: 'checking-error', meaning: /no current EF/ },
    { sw: 0x6987, category: 'security', meaning: /data objects missing/ },
    { sw: 0x6988, category: 'security', meaning: /incorrect secure messaging/ },
    { sw: 0x6a80, category: 'checking-error', meaning: /data field/ },
    { sw: 0x6a82, category: 'checking-error', meaning: /not found/ },
    { sw: 0x6a84, category: 'checking-error', meaning: /memory space/ },
    { sw: 0x6a86, category: 'checking-error', meaning: /P1-P2/ },
    { sw: 0x6b00, category: 'checking-error', meaning: /P1-P2/ },
    { sw: 0x6c12, category: 'checking-error', meaning: /exact length is 18/ },
    { sw: 0x6c00, category: 'checking-error', meaning: /exact length is 256/ },
    { sw: 0x6d00, category: 'checking-error', meaning: /instruction/ },
    { sw: 0x6e00, category: 'checking-error', meaning: /class/ },
    { sw: 0x9001, category: 'success', meaning: /unlisted/ },
    { sw: 0x6299, category: 'warning', meaning: /unlisted/ },
    { sw: 0x6301, category: 'warning', meaning: /unlisted/ },
    { sw: 0x6401, category: 'execution-error', meaning: /unlisted/ },
    { sw: 0x6502, category: 'execution-error', meaning: /unlisted/ },
    { sw: 0x6600, category: 'security', meaning: /unlisted/ },
    { sw: 0x6a99, category: 'checking-error', meaning: /unlisted/ },
    { sw: 0x6f01, category: 'checking-error', meaning: /unlisted/ },
    { sw: 0x9100, category: 'unknown', meaning: /unlisted/ },
    { sw: 0x0000, category: 'unknown', meaning: /unlisted/ },
  ]
  for (const row of table) {
    it(`describes ${formatStatusWord(row.sw)} as ${row.category}`, () => {
      const info = describeStatusWord(row.sw)
      assert.equal(info.category, row.category)
      assert.match(info.meaning, row.meaning)
    })
  }

  it('formats status words as four upper-case hex digits', () => {
    assert.equal(formatStatusWord(0x6a82), '6A82')
    assert.equal(formatStatusWord(0x0090), '0090')
  })

  describe('StatusWordError', () => {
    it('is an AgentError carrying the SW and its category', () => {
      const error = new StatusWordError(0x6982, { step: 'read-dg1' })
      assert.ok(error instanceof AgentError)
      assert.equal(error.name, 'StatusWordError')
      assert.equal(error.code, 'BAD_STATE')
      assert.equal(error.sw, 0x6982)
      assert.equal(error.category, 'security')
      assert.deepEqual(error.details, { sw: '6982', category: 'security', step: 'read-dg1' })
      assert.match(error.message, /6982: security status not satisfied/)
    })

    it('leaves out the step when none is given and keeps the cause', () => {
      const cause = new Error('underlying')
      const error = new StatusWordError(0x6581, { cause })
      assert.deepEqual(error.details, { sw: '6581', category: 'execution-error' })
      assert.equal(error.cause, cause)
      assert.equal(new StatusWordError(0x6700).cause, undefined)
    })
  })
})
