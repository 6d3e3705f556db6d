import assert from 'node:assert/strict'
import { AgentError, TransportError } from '../../../../drivers/core/errors'
import { CommandApdu } from '../../../../drivers/smartcard/apdu'
import { type ApduTrace, CardChannel } from '../../../../drivers/smartcard/card-channel'

/** One scripted exchange: the exact command hex expected, and the reply hex or an error. */
type Step =
  | { readonly expect: string; readonly reply: string }
  | { readonly expect: string; readonly fail: Error }

/** An ApduTransport.transmit that checks each command against a script. */
function scripted(steps: readonly Step[]): {
  transmit: (command: Uint8Array) => Promise<Buffer>
  sent: string[]
  done: () => void
} {
  const sent: string[] = []
  let index = 0
  return {
    sent,
    transmit: command => {
      const hex = Buffer.from(command).toString('hex')
      sent.push(hex)
      const step = steps[index]
      index += 1
      assert.ok(step, `unexpected command ${hex}`)
      assert.equal(hex, step.expect)
      if ('fail' in step) return Promise.reject(step.fail)
      return Promise.resolve(Buffer.from(step.reply, 'hex'))
    },
    done: () => {
      assert.equal(index, steps.length, 'not every scripted command was sent')
    },
  }
}

const apdu = (hex: string): CommandApdu => CommandApdu.fromHex(hex)

describe('drivers/smartcard/card-channel', () => {
  it('returns a plain answer as it is', async () => {
    const t = scripted([{ expect: '00a4040c07a0000002471001', reply: '9000' }])
    const r = await new CardChannel(t).transmit(apdu('00a4040c07a0000002471001'))
    assert.equal(r.sw, 0x9000)
    assert.equal(r.data.length, 0)
    t.done()
  })

  it('follows 61xx with GET RESPONSE and concatenates the parts', async () => {
    const t = scripted([
      { expect: '00b0000000', reply: 'aabb6103' },
      { expect: '00c0000003', reply: 'ccddee6100' },
      { expect: '00c0000000', reply: 'ff9000' },
    ])
    const r = await new CardChannel(t).transmit(apdu('00b0000000'))
    assert.equal(r.sw, 0x9000)
    assert.equal(r.data.toString('hex'), 'aabbccddeeff')
    t.done()
  })

  it('sends GET RESPONSE on the logical channel of the command, without chaining or SM bits', async () => {
    const t = scripted([
      { expect: '1f840000', reply: '6108' },
      { expect: '03c0000008', reply: '01020304050607089000' },
    ])
    const r = await new CardChannel(t).transmit(apdu('1f840000'))
    assert.equal(r.data.length, 8)
    t.done()
  })

  it('re-issues a 6Cxx command with the exact Le', async () => {
    const t = scripted([
      { expect: '0084000010', reply: '6c08' },
      { expect: '0084000008', reply: '11223344556677889000' },
    ])
    const r = await new CardChannel(t).transmit(apdu('0084000010'))
    assert.equal(r.data.toString('hex'), '1122334455667788')
    t.done()
  })

  it('reads 6C00 as Le 256', async () => {
    const t = scripted([
      { expect: '00b0000001', reply: '6c00' },
      { expect: '00b0000000', reply: '6282' },
    ])
    const r = await new CardChannel(t).transmit(apdu('00b0000001'))
    assert.equal(r.sw, 0x6282)
    t.done()
  })

  it('handles 6Cxx followed by 61xx', async () => {
    const t = scripted([
      { expect: '00ca010000', reply: '6c04' },
      { expect: '00ca010004', reply: 'a1a26102' },
      { expect: '00c0000002', reply: 'a3a49000' },
    ])
    const r = await new CardChannel(t).transmit(apdu('00ca010000'))
    assert.equal(r.data.toString('hex'), 'a1a2a3a4')
    t.done()
  })

  it('gives up on a card that asks for GET RESPONSE forever', async () => {
    let calls = 0
    const channel = new CardChannel({
      transmit: () => {
        calls += 1
        return Promise.resolve(Buffer.from('006101', 'hex'))
      },
    })
    await assert.rejects(
      channel.transmit(apdu('00b0000000')),
      (e: unknown) => e instanceof TransportError && e.code === 'TRANSPORT_IO',
    )
    assert.ok(calls <= 300)
  })

  it('chains a long data field when asked, CLA bit 0x10 on all but the last part', async () => {
    const data = Buffer.alloc(10, 0xab).toString('hex')
    const t = scripted([
      { expect: `10da0000 04 abababab`.replace(/ /g, ''), reply: '9000' },
      { expect: `10da0000 04 abababab`.replace(/ /g, ''), reply: '9000' },
      { expect: `00da0000 02 abab 00`.replace(/ /g, ''), reply: '019000' },
    ])
    const channel = new CardChannel(t, { chainBlockSize: 4 })
    const r = await channel.transmit(apdu(`00da00000a${data}00`), { chaining: true })
    assert.equal(r.sw, 0x9000)
    assert.equal(r.data.toString('hex'), '01')
    t.done()
  })

  it('stops a chain at the first refusal', async () => {
    const t = scripted([{ expect: '10da000004abababab', reply: '6884' }])
    const channel = new CardChannel(t, { chainBlockSize: 4 })
    const r = await channel.transmit(apdu(`00da00000a${'ab'.repeat(10)}`), { chaining: true })
    assert.equal(r.sw, 0x6884)
    t.done()
  })

  it('does not chain unless asked', async () => {
    const t = scripted([{ expect: `00da000006${'ab'.repeat(6)}`, reply: '9000' }])
    await new CardChannel(t, { chainBlockSize: 4 }).transmit(apdu(`00da000006${'ab'.repeat(6)}`))
    t.done()
  })

  it('refuses a command longer than the reader takes, before sending it', async () => {
    const t = scripted([])
    const channel = new CardChannel(t, { maxCommandLength: 261 })
    await assert.rejects(
      channel.transmit(
        new CommandApdu({ cla: 0, ins: 0xd6, p1: 0, p2: 0, data: Buffer.alloc(300) }),
      ),
      (e: unknown) =>
        e instanceof AgentError &&
        e.code === 'INVALID_ARGUMENT' &&
        e.details.length === 307 &&
        e.details.max === 261,
    )
    assert.deepEqual(t.sent, [])
  })

  it('passes transport errors through, a pulled card included', async () => {
    const pulled = new TransportError('TRANSPORT_DISCONNECTED', 'SCardTransmit failed')
    const t = scripted([
      { expect: '00b0000000', reply: '0102610a' },
      { expect: '00c000000a', fail: pulled },
    ])
    await assert.rejects(
      new CardChannel(t).transmit(apdu('00b0000000')),
      (e: unknown) => e === pulled,
    )
  })

  it('rejects a reader answer without a status word as TRANSPORT_IO', async () => {
    const t = scripted([{ expect: '00840000', reply: '90' }])
    await assert.rejects(
      new CardChannel(t).transmit(apdu('00840000')),
      (e: unknown) => e instanceof TransportError && e.code === 'TRANSPORT_IO',
    )
  })

  it('traces every APDU on the wire with metadata only', async () => {
    const traces: ApduTrace[] = []
    let clock = 0
    const t = scripted([
      { expect: '00b0000004', reply: '6c02' },
      { expect: '00b0000002', reply: 'cafe6101' },
      { expect: '00c0000001', reply: 'ba9000' },
    ])
    const channel = new CardChannel(t, {
      observer: trace => traces.push(trace),
      now: () => (clock += 5),
    })
    await channel.transmit(apdu('00b0000004'))
    assert.deepEqual(traces, [
      { cla: 0, ins: 0xb0, p1: 0, p2: 0, nc: 0, ne: 4, sw: 0x6c02, dataLength: 0, durationMs: 5 },
      { cla: 0, ins: 0xb0, p1: 0, p2: 0, nc: 0, ne: 2, sw: 0x6101, dataLength: 2, durationMs: 5 },
      { cla: 0, ins: 0xc0, p1: 0, p2: 0, nc: 0, ne: 1, sw: 0x9000, dataLength: 1, durationMs: 5 },
    ])
    for (const trace of traces) {
      assert.deepEqual(Object.keys(trace).sort(), [
        'cla',
        'dataLength',
        'durationMs',
        'ins',
        'nc',
        'ne',
        'p1',
        'p2',
        'sw',
      ])
    }
  })

  it('ignores an observer that throws', async () => {
    const t = scripted([{ expect: '00840000', reply: '9000' }])
    const channel = new CardChannel(t, {
      observer: () => {
        throw new Error('observer bug')
      },
    })
    assert.equal((await channel.transmit(apdu('00840000'))).sw, 0x9000)
  })
})
