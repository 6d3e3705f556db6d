import assert from 'node:assert/strict'
import { controlCommand } from '../../../../../../agent/cli/commands/simulate/control-actions'
import { UsageError } from '../../../../../../agent/cli/usage-error'

describe('simulate control actions', function () {
  it("map onto each simulator's own JSON control commands", function () {
    const cases: [Parameters<typeof controlCommand>, Record<string, unknown>][] = [
      [['fingerprint-scanner', 'present', []], { cmd: 'present', identity: 'applicant' }],
      [
        ['fingerprint-scanner', 'present', [], { identity: 'a-7', profile: 'poor' }],
        { cmd: 'present', identity: 'a-7', profile: 'poor' },
      ],
      [['fingerprint-scanner', 'lift', []], { cmd: 'lift' }],
      [
        ['fingerprint-scanner', 'fault', ['sleep'], { ms: '300' }],
        { cmd: 'fault', kind: 'sleep', ms: 300 },
      ],
      [['fingerprint-scanner', 'swap-hands', ['off']], { cmd: 'swap-hands', on: false }],
      [['card-printer', 'cover', ['open']], { cmd: 'cover', open: true }],
      [['page-printer', 'cover', ['close']], { cmd: 'cover', open: false }],
      [['card-printer', 'jam', ['print']], { cmd: 'jam', at: 'print' }],
      [['card-printer', 'feeder', ['empty']], { cmd: 'feeder', count: 0 }],
      [['page-printer', 'feeder', ['12']], { cmd: 'feeder', count: 12 }],
      [['card-printer', 'ribbon', ['empty']], { cmd: 'ribbon', remaining: 0 }],
      // The card printer's output is its hopper; the page printer's its output tray.
      [['card-printer', 'output', ['empty']], { cmd: 'hopper', full: false }],
      [['page-printer', 'output', ['full']], { cmd: 'output', full: true }],
      [['page-printer', 'reject-box', ['empty']], { cmd: 'reject-box', full: false }],
      [
        ['card-printer', 'pull-chip', []],
        { cmd: 'card', card: { cmd: 'fault', kind: 'pull', count: 1 } },
      ],
      [
        ['page-printer', 'chip-fault', ['mute'], { count: '2' }],
        { cmd: 'card', card: { cmd: 'fault', kind: 'mute', count: 2 } },
      ],
      [['fingerprint-scanner', 'status', []], { cmd: 'status' }],
      [['page-printer', 'send', ['{"cmd":"reset"}']], { cmd: 'reset' }],
    ]
    for (const [args, expected] of cases) {
      assert.deepEqual(controlCommand(...args), expected, JSON.stringify(args))
    }
  })

  it('refuse, as usage errors, what a device has not or an argument out of range', function () {
    const refused: Parameters<typeof controlCommand>[] = [
      ['fingerprint-scanner', 'cover', ['open']],
      ['card-printer', 'present', []],
      ['card-printer', 'cover', ['ajar']],
      ['card-printer', 'cover', []],
      ['card-printer', 'feeder', ['-1']],
      ['card-printer', 'feeder', ['70000']],
      ['card-printer', 'send', ['[1]']],
      ['card-printer', 'send', ['not json']],
    ]
    for (const args of refused) {
      assert.throws(() => controlCommand(...args), UsageError, JSON.stringify(args))
    }
  })
})
