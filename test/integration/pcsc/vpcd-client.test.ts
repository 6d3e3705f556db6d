import assert from 'node:assert/strict'
import { once } from 'node:events'
import { createServer, type Server, type Socket } from 'node:net'
import { ATR, EMRTD_AID, MinimalEmrtdCard } from '../../../simulators/card/minimal-card'
import { VpcdClient } from '../../../simulators/card/vpcd-client'
import { withTimeout } from '../../support/wait-for'

/** vpcd's side of the wire, played by the test over loopback TCP. */
class FakeVpcd {
  readonly server: Server = createServer()
  private received = Buffer.alloc(0)
  private wake: (() => void) | undefined
  socket: Socket | undefined

  async listen(): Promise<number> {
    this.server.listen(0, '127.0.0.1')
    await once(this.server, 'listening')
    return (this.server.address() as { port: number }).port
  }

  async accept(): Promise<Socket> {
    const [socket] = (await withTimeout(
      once(this.server, 'connection'),
      3000,
      'the card to connect',
    )) as [Socket]
    this.socket = socket
    this.received = Buffer.alloc(0)
    socket.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk])
      this.wake?.()
    })
    return socket
  }

  /** Sends one frame, split into single bytes to exercise the card's reassembly. */
  async sendSplit(payload: Buffer): Promise<void> {
    const frame = Buffer.concat([
      Buffer.from([payload.length >> 8, payload.length & 0xff]),
      payload,
    ])
    for (const byte of frame) {
      this.socket!.write(Buffer.from([byte]))
      await new Promise(resolve => setImmediate(resolve))
    }
  }

  /** The next whole frame's payload from the card. */
  async frame(timeoutMs = 2000): Promise<Buffer> {
    const take = async (): Promise<Buffer> => {
      for (;;) {
        if (this.received.length >= 2) {
          const length = this.received.readUInt16BE(0)
          if (this.received.length >= 2 + length) {
            const payload = this.received.subarray(2, 2 + length)
            this.received = this.received.subarray(2 + length)
            return payload
          }
        }
        await new Promise<void>(resolve => (this.wake = resolve))
      }
    }
    return withTimeout(take(), timeoutMs, 'a frame from the card')
  }

  pending(): number {
    return this.received.length
  }

  async close(): Promise<void> {
    this.socket?.destroy()
    this.server.close()
    await once(this.server, 'close').catch(() => undefined)
  }
}

const hex = (text: string): Buffer => Buffer.from(text.replace(/ /g, ''), 'hex')

describe('virtual card vpcd client (against a fake vpcd)', function () {
  let vpcd: FakeVpcd
  let client: VpcdClient
  let card: MinimalEmrtdCard

  beforeEach(async function () {
    vpcd = new FakeVpcd()
    const port = await vpcd.listen()
    card = new MinimalEmrtdCard()
    client = new VpcdClient(card, { host: '127.0.0.1', port, minBackoffMs: 10, maxBackoffMs: 40 })
    client.start()
    await vpcd.accept()
  })

  afterEach(async function () {
    await client.stop()
    await vpcd.close()
  })

  it('answers GET ATR only, and no other control code', async function () {
    for (const code of [0x01, 0x00, 0x02]) await vpcd.sendSplit(Buffer.from([code]))
    await vpcd.sendSplit(Buffer.from([0x04]))
    assert.deepEqual(await vpcd.frame(), ATR)
    assert.equal(vpcd.pending(), 0)
  })

  it('carries an ATR whose TCK makes T0..TCK XOR to zero', function () {
    assert.equal(
      ATR.subarray(1).reduce((acc, byte) => acc ^ byte, 0),
      0,
    )
  })

  it('answers each reassembled APDU with one R-APDU', async function () {
    await vpcd.sendSplit(Buffer.concat([hex('00 A4 04 0C 07'), EMRTD_AID]))
    assert.equal((await vpcd.frame()).toString('hex'), '9000')
    assert.ok(card.selected)
    // One C-APDU, one R-APDU: nothing else may follow.
    const extra = await vpcd.frame(0).catch(() => undefined)
    assert.equal(extra, undefined)
    await vpcd.sendSplit(hex('00 84 00 00 08'))
    assert.match((await vpcd.frame()).toString('hex'), /^[0-9a-f]{16}9000$/)
  })

  it('drops the selection on power off and reset', async function () {
    await vpcd.sendSplit(Buffer.concat([hex('00 A4 04 0C 07'), EMRTD_AID]))
    await vpcd.frame()
    await vpcd.sendSplit(Buffer.from([0x02]))
    await vpcd.sendSplit(Buffer.from([0x04]))
    await vpcd.frame()
    assert.equal(card.selected, false)
  })

  it('returns the FCI for SELECT with P2 = 00, and ISO status words for the rest', async function () {
    const cases: [string, string][] = [
      ['00 A4 04 00 07 A0000002471001 00', '6f098407a00000024710019000'],
      ['00 A4 04 0C 07 A0000002471002', '6a82'],
      ['00 A4 00 0C 02 011E', '6a82'],
      ['00 A4 0A 0C 02 011E', '6a86'],
      ['00 84 00 00 10', '6700'],
      ['00 84 00 00', '6700'],
      ['00 84 01 00 08', '6a86'],
      ['00 84 00 00 00 00 08', '9000'],
      ['00 B0 00 00 00', '6d00'],
      ['FF 84 00 00 08', '6e00'],
      ['00 A4 04 0C 07 A00000', '6700'],
      ['00 A4 04', '6700'],
    ]
    for (const [command, expected] of cases) {
      await vpcd.sendSplit(hex(command))
      const response = (await vpcd.frame()).toString('hex')
      if (expected === '9000') assert.match(response, /^[0-9a-f]{16}9000$/, command)
      else assert.equal(response, expected, command)
    }
  })

  it('reconnects after vpcd drops it, and stays away after stop()', async function () {
    vpcd.socket!.destroy()
    await vpcd.accept()
    await vpcd.sendSplit(Buffer.from([0x04]))
    assert.deepEqual(await vpcd.frame(), ATR)
    await client.stop()
    const again = once(vpcd.server, 'connection')
    const late = new Promise(resolve =>
      setTimeout(() => {
        resolve('none')
      }, 200),
    )
    assert.equal(await Promise.race([again, late]), 'none')
  })
})
