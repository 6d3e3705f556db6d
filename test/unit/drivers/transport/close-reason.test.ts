import assert from 'node:assert/strict'
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { TransportError } from '../../../../drivers/core/errors'
import { SocketReportTransport } from '../../../../drivers/simulated/socket-report-transport'
import { closeError } from '../../../../drivers/transport/close-reason'

describe('transport close reasons', function () {
  it('a detach is TRANSPORT_DISCONNECTED, an ordinary close TRANSPORT_CANCELED', function () {
    const detached = closeError('detached', 'port closed')
    const closed = closeError('closed', 'port closed')
    assert.ok(detached instanceof TransportError && closed instanceof TransportError)
    assert.deepEqual([detached.code, closed.code], ['TRANSPORT_DISCONNECTED', 'TRANSPORT_CANCELED'])
    assert.match(detached.message, /detached/)
  })

  describe('a simulated HID transport with a read pending', function () {
    let dir: string
    let server: Server
    const peers: Socket[] = []

    beforeEach(async function () {
      dir = await mkdtemp(join(tmpdir(), 'idstation-close-'))
      server = createServer(socket => peers.push(socket))
      await new Promise<void>(resolve => server.listen(join(dir, 'device.sock'), resolve))
    })

    afterEach(async function () {
      for (const peer of peers.splice(0)) peer.destroy()
      await new Promise(resolve => server.close(resolve))
      await rm(dir, { recursive: true, force: true })
    })

    for (const [reason, code] of [
      ['detached', 'TRANSPORT_DISCONNECTED'],
      ['closed', 'TRANSPORT_CANCELED'],
      [undefined, 'TRANSPORT_CANCELED'],
    ] as const) {
      it(`close(${String(reason)}) fails the read with ${code}`, async function () {
        const transport = new SocketReportTransport(
          { kind: 'hid', path: 'sim:close-test' },
          join(dir, 'device.sock'),
        )
        await transport.open()
        const read = transport.read().then(
          () => undefined,
          (error: unknown) => error,
        )
        await transport.close(reason)
        const error = await read
        assert.ok(error instanceof TransportError, String(error))
        assert.equal(error.code, code)
        assert.equal(transport.state, 'closed')
      })
    }
  })
})
