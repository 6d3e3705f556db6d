import assert from 'node:assert/strict'
import fc from 'fast-check'
import { TransportError } from '../../../../../drivers/core/errors'
import { ReplyFramer, type Reply } from '../../../../../drivers/printer/evolis'

function takeAll(framer: ReplyFramer): Reply[] {
  const replies: Reply[] = []
  for (let reply = framer.take(); reply !== undefined; reply = framer.take()) replies.push(reply)
  return replies
}

function reasonOf(error: unknown): unknown {
  assert.ok(error instanceof TransportError, String(error))
  assert.equal(error.code, 'TRANSPORT_IO')
  return error.details.reason
}

describe('Evolis reply framing', function () {
  it('reads CR-terminated text, ACK and NACK + code', function () {
    const framer = new ReplyFramer('cr')
    framer.push(Buffer.from('OK\r\x06\x15CSMART CARD\r\n5,00 Volts\r', 'latin1'))
    assert.deepEqual(takeAll(framer), [
      { kind: 'text', text: 'OK' },
      { kind: 'ack' },
      { kind: 'nack', code: 'C' },
      { kind: 'text', text: 'SMART CARD' },
      { kind: 'text', text: '5,00 Volts' },
    ])
  })

  it('reads NUL-terminated text, a trailing CR trimmed', function () {
    const framer = new ReplyFramer('nul')
    framer.push(Buffer.from('FEEDER EMPTY\r\x00\x00\x00OK\x00', 'latin1'))
    assert.deepEqual(takeAll(framer), [
      { kind: 'text', text: 'FEEDER EMPTY' },
      { kind: 'text', text: 'OK' },
    ])
  })

  it('waits for the rest of a reply split anywhere', function () {
    const framer = new ReplyFramer('cr')
    const bytes = Buffer.from('ERR COVER OPEN\r\x15F', 'latin1')
    const replies: Reply[] = []
    for (const byte of bytes) {
      framer.push(Buffer.from([byte]))
      replies.push(...takeAll(framer))
    }
    assert.deepEqual(replies, [
      { kind: 'text', text: 'ERR COVER OPEN' },
      { kind: 'nack', code: 'F' },
    ])
  })

  it('throws TRANSPORT_IO for junk, an overlong line or an unknown NACK code, then goes on', function () {
    const framer = new ReplyFramer('cr')
    framer.push(Buffer.from([0xcf, 0xcb, 0x0d, 0x4f, 0x4b, 0x0d]))
    assert.throws(
      () => framer.take(),
      error => reasonOf(error) === 'garbled-reply',
    )
    assert.deepEqual(framer.take(), { kind: 'text', text: 'OK' })
    framer.push(Buffer.alloc(200, 0x41))
    assert.throws(
      () => framer.take(),
      error => reasonOf(error) === 'reply-too-long',
    )
    framer.push(Buffer.from('\x15Z', 'latin1'))
    assert.throws(
      () => framer.take(),
      error => reasonOf(error) === 'bad-nack-code',
    )
    assert.equal(framer.take(), undefined)
  })

  const reply = fc.oneof(
    fc.constant<Reply>({ kind: 'ack' }),
    fc
      .constantFrom('1', '2', 'T', 'C', 'F', 'R', 'K', 'D', 'W' as const)
      .map((code): Reply => ({ kind: 'nack', code })),
    fc
      .stringMatching(/^[A-Z0-9][A-Z0-9 ,.;]{0,40}[A-Z0-9]$/)
      .map((text): Reply => ({ kind: 'text', text })),
  )

  it('re-frames any sequence of replies however the bytes are cut', function () {
    fc.assert(
      fc.property(fc.array(reply, { maxLength: 8 }), fc.array(fc.nat(20)), (replies, cuts) => {
        const bytes = Buffer.concat(
          replies.map(r =>
            r.kind === 'ack'
              ? Buffer.from([0x06])
              : r.kind === 'nack'
                ? Buffer.from([0x15, r.code.charCodeAt(0)])
                : Buffer.from(`${r.text}\r`, 'latin1'),
          ),
        )
        const framer = new ReplyFramer('cr')
        const got: Reply[] = []
        let offset = 0
        for (const cut of [...cuts, bytes.length]) {
          framer.push(bytes.subarray(offset, Math.min(bytes.length, offset + cut)))
          offset = Math.min(bytes.length, offset + cut)
          got.push(...takeAll(framer))
        }
        assert.deepEqual(got, replies)
      }),
      { numRuns: 200 },
    )
  })

  it('never throws anything but TRANSPORT_IO on arbitrary bytes', function () {
    fc.assert(
      fc.property(
        fc.constantFrom('cr' as const, 'nul' as const),
        fc.array(fc.uint8Array({ maxLength: 64 }), { maxLength: 8 }),
        (terminator, chunks) => {
          const framer = new ReplyFramer(terminator)
          for (const chunk of chunks) {
            framer.push(chunk)
            for (let i = 0; i < 200; i += 1) {
              try {
                if (framer.take() === undefined) break
              } catch (error) {
                reasonOf(error)
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    )
  })
})
