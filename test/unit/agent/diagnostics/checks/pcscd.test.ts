import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  checkPcscd,
  connectUnixSocket,
  type PcscdProbe,
} from '../../../../../agent/diagnostics/checks/pcscd'

function probe(socketProblem: string | undefined, readers: readonly string[]): PcscdProbe {
  return {
    socketPath: '/run/pcscd/pcscd.comm',
    connectSocket: () => Promise.resolve(socketProblem),
    listReaders: () => Promise.resolve(readers),
  }
}

describe('doctor: pcscd', function () {
  it('fails without a socket, with the start and install fix', async function () {
    const result = await checkPcscd(true, probe('ENOENT', []))
    assert.equal(result.status, 'fail')
    assert.equal(result.detail, 'no pcscd on /run/pcscd/pcscd.comm (ENOENT)')
    assert.equal(
      result.fix,
      'systemctl start pcscd (if it is not installed: apt-get install pcscd)',
    )
  })

  it('warns when pcscd lists no reader, and lists the readers otherwise', async function () {
    const none = await checkPcscd(true, probe(undefined, []))
    assert.equal(none.status, 'warn')
    assert.match(none.fix ?? '', /pcsc_scan/)
    const two = await checkPcscd(true, probe(undefined, ['Virtual PCD 00 00', 'ACS 01']))
    assert.deepEqual([two.status, two.detail], ['ok', '2 reader(s): Virtual PCD 00 00, ACS 01'])
  })

  it('is ok without asking pcscd when the provider is disabled', async function () {
    const result = await checkPcscd(false, {
      ...probe(undefined, []),
      connectSocket: () => Promise.reject(new Error('must not be asked')),
    })
    assert.equal(result.status, 'ok')
  })

  it('connectUnixSocket tells a listening socket from a missing one', async function () {
    const dir = mkdtempSync(join(tmpdir(), 'idstation-doctor-'))
    const path = join(dir, 'pcscd.comm')
    const server = createServer(socket => socket.destroy())
    await new Promise<void>(resolve => server.listen(path, resolve))
    try {
      assert.equal(await connectUnixSocket(path), undefined)
      assert.equal(await connectUnixSocket(join(dir, 'absent')), 'ENOENT')
    } finally {
      await new Promise(resolve => server.close(resolve))
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
