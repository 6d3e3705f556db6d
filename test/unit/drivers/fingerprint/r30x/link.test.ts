import assert from 'node:assert/strict'
import { SYSTEM_CLOCK } from '../../../../../drivers/core/clock'
import { TransportError } from '../../../../../drivers/core/errors'
import { NULL_LOGGER } from '../../../../../drivers/core/logger'
import { R30xLink } from '../../../../../drivers/fingerprint/r30x/link'
import { encodePacket, type PacketKind } from '../../../../../drivers/fingerprint/r30x/packets'
import { MemoryByteStream } from '../../../../support/memory-byte-stream'

const ADDRESS = 0xffffffff

function packet(kind: PacketKind, payload: number[], address = ADDRESS): Buffer {
  return encodePacket({ address, kind, payload: Buffer.from(payload) })
}

/** A link whose far end answers each host write with the next scripted bytes. */
async function scripted(
  replies: Buffer[],
  chunkSize?: number,
): Promise<{ link: R30xLink; stream: MemoryByteStream }> {
  const stream = new MemoryByteStream(
    { kind: 'serial', path: '/dev/r30x' },
    chunkSize === undefined ? {} : { chunkSize },
  )
  stream.far.onData(() => {
    const reply = replies.shift()
    if (reply !== undefined) stream.far.write(reply)
  })
  await stream.open()
  const link = new R30xLink(stream, {
    address: ADDRESS,
    replyTimeoutMs: 200,
    clock: SYSTEM_CLOCK,
    logger: NULL_LOGGER,
  })
  return { link, stream }
}

function fault(reason: string) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof TransportError, String(error))
    assert.equal(error.code, 'TRANSPORT_IO')
    assert.equal(error.details.reason, reason)
    return true
  }
}

describe('R30xLink', function () {
  it('sends the command packet and returns the acknowledge', async function () {
    const { link, stream } = await scripted([packet('ack', [0x00, 0x12, 0x34])])
    const ack = await link.command(0x03, 'match', Uint8Array.of())
    assert.deepEqual(stream.written, [Buffer.from('EF01FFFFFFFF010003030007', 'hex')])
    assert.equal(ack.confirmation, 0)
    assert.deepEqual(ack.data, Buffer.of(0x12, 0x34))
  })

  it('skips noise before the first packet and a lone EF split from its 01', async function () {
    const reply = Buffer.concat([Buffer.of(0x55, 0x00, 0xef), packet('ack', [0x00])])
    const { link } = await scripted([reply], 3)
    assert.equal((await link.command(0x40, 'handshake', Uint8Array.of())).confirmation, 0)
  })

  it('fails on noise once in step, and drops what came with it before the next command', async function () {
    const { link } = await scripted([
      packet('ack', [0x00]),
      Buffer.concat([Buffer.of(0x01, 0x02), packet('ack', [0x07])]),
      packet('ack', [0x00]),
    ])
    await link.command(0x40, 'handshake', Uint8Array.of())
    await assert.rejects(link.command(0x40, 'handshake', Uint8Array.of()), fault('bad-header'))
    // The 0x07 acknowledge behind the noise belonged to the failed command: dropped.
    assert.equal((await link.command(0x40, 'handshake', Uint8Array.of())).confirmation, 0x00)
  })

  it('names a malformed or unexpected reply', async function () {
    const { link } = await scripted([
      packet('ack', []),
      packet('command', [0x01]),
      packet('ack', [0x00], 0x01020304),
    ])
    await assert.rejects(link.command(0x01, 'gen-img', Uint8Array.of()), fault('malformed'))
    await assert.rejects(link.command(0x01, 'gen-img', Uint8Array.of()), fault('unexpected-packet'))
    await assert.rejects(link.command(0x01, 'gen-img', Uint8Array.of()), fault('bad-address'))
  })

  it('receives data up to end-data and refuses more than asked or an ack inside', async function () {
    const { link } = await scripted([
      Buffer.concat([packet('ack', [0x00]), packet('data', [1, 2]), packet('end-data', [3])]),
      Buffer.concat([packet('ack', [0x00]), packet('data', [1, 2, 3]), packet('end-data', [4])]),
      Buffer.concat([packet('ack', [0x00]), packet('data', [1]), packet('ack', [0x00])]),
    ])
    await link.command(0x08, 'up-char', Uint8Array.of(1))
    assert.deepEqual(await link.receiveData('up-char', 3), Buffer.of(1, 2, 3))
    await link.command(0x08, 'up-char', Uint8Array.of(1))
    await assert.rejects(link.receiveData('up-char', 3), fault('too-much-data'))
    await link.command(0x08, 'up-char', Uint8Array.of(1))
    await assert.rejects(link.receiveData('up-char', 3), fault('unexpected-packet'))
  })

  it('sends data in packets of the given size, the last as end-data', async function () {
    const { link, stream } = await scripted([])
    await link.sendData(Uint8Array.of(1, 2, 3, 4, 5), 2)
    assert.deepEqual(stream.written, [
      packet('data', [1, 2]),
      packet('data', [3, 4]),
      packet('end-data', [5]),
    ])
  })

  it('sends nothing when the signal is already aborted', async function () {
    const { link, stream } = await scripted([])
    await assert.rejects(
      link.command(0x01, 'gen-img', Uint8Array.of(), { signal: AbortSignal.abort() }),
      (error: unknown) => error instanceof TransportError && error.code === 'TRANSPORT_CANCELED',
    )
    assert.equal(stream.written.length, 0)
  })
})
