import assert from 'node:assert/strict'
import {
  answerAsOperator,
  emptyOutput,
  type PrinterControl,
} from '../../../../simulators/station/operator'

/** A printer control channel that records what it was sent. */
function recorder(): PrinterControl & { readonly sent: Record<string, unknown>[] } {
  const sent: Record<string, unknown>[] = []
  return {
    sent,
    control: command => {
      sent.push({ ...command })
      return Promise.resolve({ event: 'control' })
    },
  }
}

describe('station operator', function () {
  it('fixes what each attention prompt asks for, then continues', async function () {
    const cases: [string, 'card' | 'page', Record<string, unknown>][] = [
      ['printer-reject-box-full', 'card', { cmd: 'reject-box', full: false }],
      ['printer-ribbon-ended', 'page', { cmd: 'ribbon', remaining: 500 }],
      ['printer-feeder-empty', 'card', { cmd: 'feeder', count: 100 }],
      ['printer-output-full', 'card', { cmd: 'hopper', full: false }],
      ['printer-output-full', 'page', { cmd: 'output', full: false }],
    ]
    for (const [kind, family, expected] of cases) {
      const printer = recorder()
      assert.equal(await answerAsOperator(printer, family, { kind }), 'continue', kind)
      assert.deepEqual(printer.sent, [expected], kind)
    }
  })

  it('cancels a prompt it has no fix for and touches nothing', async function () {
    const printer = recorder()
    for (const kind of ['printer-cover-open', 'card-not-blank', '', null]) {
      assert.equal(await answerAsOperator(printer, 'card', { kind }), 'cancel')
    }
    assert.deepEqual(printer.sent, [])
  })

  it('empties the tray its printer family names', async function () {
    const card = recorder()
    const page = recorder()
    await emptyOutput(card, 'card')
    await emptyOutput(page, 'page')
    assert.deepEqual(
      [card.sent, page.sent],
      [[{ cmd: 'hopper', full: false }], [{ cmd: 'output', full: false }]],
    )
  })
})
