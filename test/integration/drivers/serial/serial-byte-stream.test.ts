import assert from 'node:assert/strict'
import { TransportError } from '../../../../drivers/core/errors'
import { SerialByteStream } from '../../../../drivers/serial/serial-byte-stream'
import { startPtyPair, type PtyPair } from '../../../support/socat-pty'
import { waitForEvent } from '../../../support/wait-for'

function code(expected: string): (error: unknown) => boolean {
  return error => error instanceof TransportError && error.code === expected
}

/** Reads until `length` bytes arrived: a pty may split a write into several reads. */
async function readBytes(stream: SerialByteStream, length: number): Promise<Buffer> {
  const parts: Buffer[] = []
  let total = 0
  while (total < length) {
    const part = await stream.read({ timeoutMs: 2000 })
    parts.push(part)
    total += part.length
  }
  return Buffer.concat(parts)
}

describe('SerialByteStream over a socat pty pair', function () {
  let pty: PtyPair
  let a: SerialByteStream
  let b: SerialByteStream

  beforeEach(async function () {
    pty = await startPtyPair()
    a = new SerialByteStream({ kind: 'serial', path: pty.a })
    b = new SerialByteStream({ kind: 'serial', path: pty.b })
    await a.open()
    await b.open()
  })

  afterEach(async function () {
    await a.close()
    await b.close()
    await pty.dispose()
  })

  it('carries bytes both ways, binary-transparent', async function () {
    const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i))
    await a.write(all)
    await a.drain()
    assert.deepEqual(await readBytes(b, all.length), all)
    await b.write(Uint8Array.of(0x1b, 0x00, 0x0d))
    assert.deepEqual(await readBytes(a, 3), Buffer.of(0x1b, 0x00, 0x0d))
  })

  it('allows one read at a time and times out a read with no data', async function () {
    const first = assert.rejects(b.read({ timeoutMs: 50 }), code('TRANSPORT_TIMEOUT'))
    await assert.rejects(b.read(), code('TRANSPORT_BUSY'))
    await first
  })

  it('cancels a pending read on close', async function () {
    const pending = assert.rejects(b.read(), code('TRANSPORT_CANCELED'))
    await b.close()
    await pending
    assert.equal(b.state, 'closed')
  })

  it('rejects I/O on a port that is not open', async function () {
    const unopened = new SerialByteStream({ kind: 'serial', path: pty.a })
    await assert.rejects(unopened.read(), code('TRANSPORT_CANCELED'))
    await assert.rejects(
      new SerialByteStream({ kind: 'serial', path: `${pty.dir}/missing` }).open(),
      code('TRANSPORT_OPEN_FAILED'),
    )
  })

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`emits disconnect once and fails pending and later I/O when socat gets ${signal}`, async function () {
      const pending = assert.rejects(b.read(), code('TRANSPORT_DISCONNECTED'))
      const disconnect = waitForEvent<[TransportError]>(b.events, 'disconnect', undefined, 3000)
      const disconnects: TransportError[] = []
      b.events.on('disconnect', error => disconnects.push(error))
      await pty.stop(signal)
      const [error] = await disconnect
      assert.equal(error.code, 'TRANSPORT_DISCONNECTED')
      await pending
      await assert.rejects(b.write(Uint8Array.of(1)), code('TRANSPORT_DISCONNECTED'))
      await assert.rejects(b.read(), code('TRANSPORT_DISCONNECTED'))
      assert.equal(b.state, 'disconnected')
      assert.equal(disconnects.length, 1)
    })
  }
})
