import assert from 'node:assert/strict'
import { matchDriver } from '../../../../../agent/services/devices/match-driver'
import { DRIVERS } from '../../../../../drivers/registry'

describe('drivers/printer/idstation-page descriptor', function () {
  const match = (path: string): string | undefined =>
    matchDriver({ kind: 'serial', path }, DRIVERS)?.id

  it('matches a serial path whose last component names a page or passport printer', function () {
    assert.equal(match('/dev/page-printer'), 'idstation-page')
    assert.equal(match('/dev/serial/by-id/usb-Acme_Passport-Printer_01-if00'), 'idstation-page')
    assert.equal(match('/tmp/x/PAGE-PRINTER-2'), 'idstation-page')
    assert.equal(match('COM7\\passport-printer'), 'idstation-page')
  })

  it('leaves other paths alone, including a printer named only by a folder', function () {
    assert.notEqual(match('/dev/ttyUSB0'), 'idstation-page')
    assert.notEqual(match('/dev/page-printer/ttyUSB0'), 'idstation-page')
    assert.notEqual(match('/dev/card-printer'), 'idstation-page')
  })
})
