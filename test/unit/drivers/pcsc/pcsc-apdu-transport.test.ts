import assert from 'node:assert/strict'
import { EventEmitter } from 'node:events'
import { TransportError } from '../../../../drivers/core/errors'
import { PcscApduTransport } from '../../../../drivers/pcsc/pcsc-apdu-transport'
import type { PcscReader, ReaderStatus } from '../../../../drivers/pcsc/pcsc-types'
import type { CardPresence } from '../../../../drivers/transport/types'

const PRESENT = 0x20
const ATR = Buffer.from('3b898001494453544154494f4e5f', 'hex')

type Callback = (error: unknown, value?: unknown) => void

/** pcsclite's reader, down to its `connected` flag and its answer-without-connecting quirk. */
class FakeReader extends EventEmitter {
  readonly SCARD_SHARE_SHARED = 2
  readonly SCARD_SHARE_EXCLUSIVE = 1
  readonly SCARD_PROTOCOL_T0 = 1
  readonly SCARD_PROTOCOL_T1 = 2
  readonly SCARD_STATE_PRESENT = PRESENT
  readonly SCARD_LEAVE_CARD = 0
  readonly SCARD_RESET_CARD = 1
  readonly SCARD_UNPOWER_CARD = 2
  readonly SCARD_EJECT_CARD = 3
  connected = false
  connects: number[] = []
  disconnects: number[] = []
  transmitError: Error | undefined
  transmitReply = Buffer.from('9000', 'hex')
  disconnectError: Error | undefined
  controlReply = true
  /** False: the disconnect waits forever, as behind a transmit a mute card never answers. */
  disconnectReply = true
  constructor(readonly name: string) {
    super()
  }
  connect(options: { share_mode?: number }, callback: Callback): void {
    if (this.connected) {
      callback(undefined)
      return
    }
    this.connects.push(options.share_mode ?? -1)
    this.connected = true
    setImmediate(() => {
      callback(undefined, this.SCARD_PROTOCOL_T1)
    })
  }
  disconnect(disposition: number, callback: (error: unknown) => void): void {
    this.disconnects.push(disposition)
    if (!this.disconnectReply) return
    setImmediate(() => {
      if (this.disconnectError) callback(this.disconnectError)
      else {
        this.connected = false
        callback(undefined)
      }
    })
  }
  transmit(data: Buffer, _length: number, _protocol: number, callback: Callback): void {
    setImmediate(() => {
      if (this.transmitError) callback(this.transmitError)
      else callback(undefined, this.transmitReply)
    })
  }
  control(_data: Buffer, _code: number, _length: number, callback: Callback): void {
    if (this.controlReply)
      setImmediate(() => {
        callback(undefined, Buffer.from([1]))
      })
  }
  close(): void {}
}

async function openTransport(
  reader: FakeReader,
  status: ReaderStatus = { state: PRESENT, atr: ATR },
): Promise<PcscApduTransport> {
  const transport = new PcscApduTransport(
    { kind: 'pcsc', path: reader.name },
    { reader: () => ({ reader: reader as unknown as PcscReader, status }) },
  )
  await transport.open()
  return transport
}

const isGone =
  (reason: string, code = 'TRANSPORT_DISCONNECTED') =>
  (e: unknown) =>
    e instanceof TransportError && e.code === code && e.details.reason === reason

describe('PcscApduTransport', function () {
  it('connects shared by default and exclusive when asked', async function () {
    const reader = new FakeReader('r')
    const transport = await openTransport(reader)
    assert.deepEqual(await transport.connect(), { protocol: 'T1' })
    await transport.disconnect('leave')
    await transport.connect({ share: 'exclusive' })
    assert.deepEqual(reader.connects, [2, 1])
  })

  it('disconnects with the disposition asked for', async function () {
    const reader = new FakeReader('r')
    const transport = await openTransport(reader)
    for (const disposition of ['leave', 'reset', 'unpower', 'eject'] as const) {
      await transport.connect()
      await transport.disconnect(disposition)
    }
    assert.deepEqual(reader.disconnects, [0, 1, 2, 3])
  })

  it('reports card removal and insertion with the ATR, and reconnects afterwards', async function () {
    const reader = new FakeReader('r')
    const transport = await openTransport(reader)
    const seen: CardPresence[] = []
    transport.events.on('card', presence => seen.push(presence))
    await transport.connect()
    // pcscd forgets the handle of a pulled card: disconnecting it fails.
    reader.disconnectError = new Error('SCardDisconnect error: Card was removed. (0x80100069)')
    reader.emit('status', { state: 0 })
    reader.emit('status', { state: PRESENT, atr: ATR })
    assert.deepEqual(seen, [{ present: false }, { present: true, atr: ATR }])
    await new Promise(resolve => setImmediate(resolve))
    reader.disconnectError = undefined
    assert.deepEqual(await transport.connect(), { protocol: 'T1' })
    assert.equal(reader.connects.length, 2)
    assert.equal((await transport.transmit(Buffer.from('00840000', 'hex'))).toString('hex'), '9000')
  })

  it('names a pulled card, a gone reader and a stopped pcscd', async function () {
    const reader = new FakeReader('r')
    const transport = await openTransport(reader)
    await transport.connect()
    const apdu = Buffer.from('00840000', 'hex')
    reader.transmitError = new Error('SCardTransmit error: Transaction failed. (0x80100016)')
    await assert.rejects(transport.transmit(apdu), isGone('card-removed'))
    reader.transmitError = new Error('SCardTransmit error: Card was removed. (0x80100069)')
    await assert.rejects(transport.transmit(apdu), isGone('card-removed'))
    reader.transmitError = new Error('SCardTransmit error: Reader unavailable. (0x80100017)')
    await assert.rejects(transport.transmit(apdu), isGone('reader-gone'))
    reader.transmitError = new Error('SCardTransmit error: Service not available. (0x8010001D)')
    await assert.rejects(transport.transmit(apdu), isGone('pcscd-stopped', 'TRANSPORT_UNAVAILABLE'))
    reader.transmitError = undefined
    reader.transmitReply = Buffer.alloc(0)
    await assert.rejects(transport.transmit(apdu), isGone('card-removed'))
    reader.transmitError = new Error('SCardTransmit error: Insufficient buffer. (0x80100008)')
    await assert.rejects(
      transport.transmit(apdu),
      (e: unknown) => e instanceof TransportError && e.code === 'TRANSPORT_IO',
    )
  })

  it('times out a transmit and a control that pcscd never answers', async function () {
    const reader = new FakeReader('r')
    const transport = await openTransport(reader)
    reader.controlReply = false
    await assert.rejects(
      transport.control(0x42000d48, new Uint8Array(), { timeoutMs: 20 }),
      (e: unknown) => e instanceof TransportError && e.code === 'TRANSPORT_TIMEOUT',
    )
    reader.controlReply = true
    assert.deepEqual([...(await transport.control(0x42000d48, new Uint8Array()))], [1])
  })

  it('gives up on a disconnect stuck behind an unanswered transmit', async function () {
    const reader = new FakeReader('r')
    const transport = await openTransport(reader)
    await transport.connect()
    reader.disconnectReply = false
    await assert.rejects(
      transport.disconnect('leave', { timeoutMs: 20 }),
      (e: unknown) => e instanceof TransportError && e.code === 'TRANSPORT_TIMEOUT',
    )
  })

  it('turns the reader going away into a disconnect event', async function () {
    const reader = new FakeReader('r')
    const transport = await openTransport(reader)
    const lost = new Promise<TransportError>(resolve =>
      transport.events.once('disconnect', resolve),
    )
    reader.emit('end')
    assert.equal((await lost).code, 'TRANSPORT_DISCONNECTED')
    assert.equal(transport.state, 'disconnected')
    await assert.rejects(transport.transmit(Buffer.alloc(4)), TransportError)
  })
})
