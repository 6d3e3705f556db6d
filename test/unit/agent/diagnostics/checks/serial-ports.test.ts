import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkSerialPorts,
  systemSerialProbe,
  type SerialProbe,
} from '../../../../../agent/diagnostics/checks/serial-ports'

function probe(access: Record<string, string | undefined>, group?: string): SerialProbe {
  return {
    accessReadWrite: path => Promise.resolve(access[path]),
    groupOf: () => Promise.resolve(group),
    listPorts: () => Promise.resolve(['/dev/ttyUSB0']),
  }
}

describe('doctor: serial ports', function () {
  const serial = (paths: string[]) => ({ enabled: true, paths })

  it('fails a port this user may not open, with the usermod fix for its group', async function () {
    const result = await checkSerialPorts(
      serial(['/dev/ttyUSB0', '/dev/ttyUSB1']),
      probe({ '/dev/ttyUSB1': 'EACCES' }, 'dialout'),
    )
    assert.equal(result.status, 'fail')
    assert.equal(result.detail, 'no read/write access to /dev/ttyUSB1')
    assert.equal(result.fix, 'usermod -aG dialout $(id -un) (then log in again)')
  })

  it('offers chmod when the port belongs to root', async function () {
    const result = await checkSerialPorts(serial(['/dev/p']), probe({ '/dev/p': 'EACCES' }, 'root'))
    assert.match(result.fix ?? '', /^chmod 660 \/dev\/p /)
  })

  it('fails a configured path that is absent', async function () {
    const result = await checkSerialPorts(
      serial(['/tmp/printer-pty']),
      probe({ '/tmp/printer-pty': 'ENOENT' }),
    )
    assert.deepEqual(
      [result.status, result.fix],
      ['fail', 'plug the device in, or remove the path from providers.serial.paths'],
    )
  })

  it('reports listed and configured ports, and warns when listing fails', async function () {
    const ok = await checkSerialPorts(serial(['/tmp/pty']), probe({}))
    assert.deepEqual(
      [ok.status, ok.detail],
      ['ok', '1 port(s) listed (/dev/ttyUSB0); configured: /tmp/pty'],
    )
    const failing = await checkSerialPorts(serial([]), {
      ...probe({}),
      listPorts: () => Promise.reject(new Error('spawn udevadm ENOENT')),
    })
    assert.deepEqual([failing.status, failing.fix], ['warn', 'apt-get install udev'])
  })

  it('the system probe reads the group of a file from the group file', async function () {
    const dir = mkdtempSync(join(tmpdir(), 'idstation-doctor-'))
    try {
      const file = join(dir, 'tty')
      writeFileSync(file, '')
      const gid = process.getgid?.() ?? 0
      const real = systemSerialProbe(() => Promise.resolve(`dialout:x:${gid}:\n`))
      assert.equal(await real.groupOf(file), 'dialout')
      assert.equal(await real.accessReadWrite(file), undefined)
      assert.equal(await real.accessReadWrite(join(dir, 'absent')), 'ENOENT')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
