import assert from 'node:assert/strict'
import { matchDriver } from '../../../../../agent/services/devices/match-driver'
import { R30X_DESCRIPTOR } from '../../../../../drivers/fingerprint/r30x'
import { DRIVERS } from '../../../../../drivers/registry'

describe('R30x descriptor', function () {
  const serial = (path: string) => ({ kind: 'serial', path }) as const

  it('is chosen by the registry for a serial path that names the module', function () {
    for (const path of [
      '/dev/r30x',
      '/dev/fingerprint-R503',
      '/tmp/idstation-pty-1/r30x-host',
      '/dev/serial/by-id/zfm20-module',
      'COM3\\as608',
      '/dev/fpm10a',
      '/dev/r307',
    ]) {
      assert.equal(matchDriver(serial(path), DRIVERS)?.id, 'r30x', path)
    }
  })

  it('leaves unnamed ports, other names and other transports alone', function () {
    for (const path of ['/dev/ttyUSB0', '/dev/ttyACM0', '/tmp/r30x/A', '/dev/ttyS0', 'COM3']) {
      assert.equal(matchDriver(serial(path), DRIVERS)?.id, undefined, path)
    }
    assert.equal(matchDriver({ kind: 'hid', path: '/dev/r30x' }, [R30X_DESCRIPTOR]), undefined)
  })
})
