import assert from 'node:assert/strict'
import {
  isErrorText,
  nackError,
  parseCoverOpen,
  parseFeederEmpty,
  parsePosition,
  textError,
} from '../../../../../drivers/printer/evolis'

function summary(error: {
  code: string
  details: Readonly<Record<string, unknown>>
}): [string, unknown] {
  return [error.code, error.details.condition ?? error.details.reason]
}

describe('Evolis reply and status mapping', function () {
  it('maps legacy error texts to attention, fault or argument errors', function () {
    const cases: [string, string, unknown][] = [
      ['COVER OPEN', 'PRINTER_ATTENTION', 'cover-open'],
      ['ERR COVER OPEN', 'PRINTER_ATTENTION', 'cover-open'],
      ['FEEDER EMPTY', 'PRINTER_ATTENTION', 'feeder-empty'],
      ['ERR RIBBON', 'PRINTER_ATTENTION', 'ribbon-ended'],
      ['ERR REJECT BOX FULL', 'PRINTER_ATTENTION', 'reject-box-full'],
      ['ERR MECHANICAL', 'PRINTER_FAULT', 'jam'],
      ['ERROR TIME OUT', 'PRINTER_FAULT', 'jam'],
      ['ERR HEAD TEMP', 'PRINTER_FAULT', 'head-temperature'],
      ['ERR RIBBON TYPE', 'PRINTER_FAULT', 'ribbon-error'],
      ['ERR SOMETHING NEW', 'PRINTER_FAULT', 'mechanical'],
      ['ERROR CDE', 'INVALID_ARGUMENT', 'unknown-command'],
      ['ERR PARAMETRES', 'INVALID_ARGUMENT', 'bad-parameter'],
    ]
    for (const [text, code, condition] of cases) {
      assert.ok(isErrorText(text), text)
      assert.deepEqual(summary(textError(text, 'Sis', 'feed')), [code, condition], text)
    }
    assert.deepEqual(summary(textError('ERR CARD', 'Sis', 'feed')), ['BAD_STATE', 'medium-inside'])
    assert.deepEqual(summary(textError('ERR CARD', 'Se', 'eject')), ['BAD_STATE', 'no-medium'])
    assert.ok(!isErrorText('OK'))
    assert.ok(!isErrorText('SMART CARD'))
  })

  it('maps NACK codes, F by the tray the command uses', function () {
    assert.deepEqual(summary(nackError('C', 'Sis', 'feed')), ['PRINTER_ATTENTION', 'cover-open'])
    assert.deepEqual(summary(nackError('F', 'Sis', 'feed')), ['PRINTER_ATTENTION', 'feeder-empty'])
    assert.deepEqual(summary(nackError('F', 'Ser', 'reject')), [
      'PRINTER_ATTENTION',
      'reject-box-full',
    ])
    assert.deepEqual(summary(nackError('F', 'Se', 'eject')), ['PRINTER_ATTENTION', 'output-full'])
    assert.deepEqual(summary(nackError('R', 'Db;y', 'print')), [
      'PRINTER_ATTENTION',
      'ribbon-ended',
    ])
    assert.deepEqual(summary(nackError('T', 'Db;y', 'print')), ['PRINTER_FAULT', 'jam'])
    assert.deepEqual(summary(nackError('1', 'Xx', 'other')), ['INVALID_ARGUMENT', 'command-error'])
    assert.deepEqual(summary(nackError('2', 'Pem;9', 'other')), [
      'INVALID_ARGUMENT',
      'bad-parameter',
    ])
  })

  it('reads the card position, cover and feeder replies', function () {
    assert.equal(parsePosition('NO CARD'), 'none')
    assert.equal(parsePosition('CARD'), 'print')
    assert.equal(parsePosition('SMART CARD'), 'contact')
    assert.equal(parsePosition('CONTACTLESS CARD'), 'contactless')
    assert.throws(() => parsePosition('MAYBE'), { code: 'TRANSPORT_IO' })
    assert.equal(parseCoverOpen('5,00 Volts'), false)
    assert.equal(parseCoverOpen('0,00 Volts'), true)
    assert.throws(() => parseCoverOpen('open'), { code: 'TRANSPORT_IO' })
    assert.equal(parseFeederEmpty('0'), false)
    assert.equal(parseFeederEmpty('3'), true)
    assert.throws(() => parseFeederEmpty('9'), { code: 'TRANSPORT_IO' })
  })
})
