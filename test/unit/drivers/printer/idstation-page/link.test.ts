import assert from 'node:assert/strict'
import { SYSTEM_CLOCK } from '../../../../../drivers/core/clock'
import { AgentError } from '../../../../../drivers/core/errors'
import { NULL_LOGGER } from '../../../../../drivers/core/logger'
import { decodeFrame, encodeFrame, PageLink } from '../../../../../drivers/printer/idstation-page'
import { MemoryByteStream } from '../../../../support/memory-byte-stream'

/** A link over a memory stream whose far end answers each request through `answer`. */
async function linkWith(
  answer: (sequence: number, command: number) => Buffer[],
  chunkSize?: number,
): Promise<{ link: PageLink; stream: MemoryByteStream }> {
  const stream = new MemoryByteStream(
    { kind: 'serial', path: '/dev/page-printer' },
    chunkSize === undefined ? {} : { chunkSize },
  )
  stream.far.onData(bytes => {
    const decoded = decodeFrame(bytes, true)
    assert.ok(decoded !== undefined)
    for (const reply of answer(decoded.frame.sequence, decoded.frame.command))
      stream.far.write(reply)
  })
  await stream.open()
  const link = new PageLink(stream, {
    replyTimeoutMs: 200,
    clock: SYSTEM_CLOCK,
    logger: NULL_LOGGER,
  })
  return { link, stream }
}

function reply(sequence: number, command: number, payload = Buffer.from([0, 1, 2])): Buffer {
  return encodeFrame({ sequence, command: command | 0x80, payload })
}

function fails(code: string, reason?: string) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof AgentError, String(error))
    assert.equal(error.code, code, error.message)
    if (reason !== undefined) assert.equal(error.details.reason, reason)
    return true
  }
}

describe('drivers/printer/idstation-page link', function () {
  it('re-frames a reply that arrives 3 bytes at a time, behind line noise', async function () {
    const { link } = await linkWith((seq, cmd) => [Buffer.from([0xff, 0x00]), reply(seq, cmd)], 3)
    const frame = await link.request(0x02, 'get-status', Buffer.alloc(0))
    assert.equal(frame.command, 0x82)
    assert.deepEqual(frame.payload, Buffer.from([0, 1, 2]))
  })

  it('numbers requests and matches replies by sequence', async function () {
    const seen: number[] = []
    const { link } = await linkWith((seq, cmd) => {
      seen.push(seq)
      return [reply(seq, cmd)]
    })
    await link.request(0x01, 'get-info', Buffer.alloc(0))
    await link.request(0x02, 'get-status', Buffer.alloc(0))
    assert.deepEqual(seen, [1, 2])
  })

  it('fails a reply with a sequence it never sent as unexpected-sequence', async function () {
    const { link } = await linkWith((seq, cmd) => [reply(seq + 7, cmd)])
    await assert.rejects(
      link.request(0x02, 'get-status', Buffer.alloc(0)),
      fails('TRANSPORT_IO', 'unexpected-sequence'),
    )
  })

  it('fails a reply to another command as unexpected-command', async function () {
    const { link } = await linkWith(seq => [reply(seq, 0x30)])
    await assert.rejects(
      link.request(0x02, 'get-status', Buffer.alloc(0)),
      fails('TRANSPORT_IO', 'unexpected-command'),
    )
  })

  it('times out, then skips the late reply when it comes with the next one', async function () {
    let late: Buffer | undefined
    const { link } = await linkWith((seq, cmd) => {
      if (seq === 1) {
        late = reply(seq, cmd, Buffer.from([9]))
        return []
      }
      // The reply the host gave up on arrives glued to the next one.
      return [Buffer.concat([late ?? Buffer.alloc(0), reply(seq, cmd)])]
    })
    await assert.rejects(
      link.request(0x02, 'get-status', Buffer.alloc(0)),
      fails('TRANSPORT_TIMEOUT'),
    )
    const frame = await link.request(0x02, 'get-status', Buffer.alloc(0))
    assert.equal(frame.sequence, 2)
    assert.deepEqual(frame.payload, Buffer.from([0, 1, 2]))
  })

  it('fails a garbled reply as bad-crc and answers the next request', async function () {
    let first = true
    const { link } = await linkWith((seq, cmd) => {
      const bytes = reply(seq, cmd)
      if (first) bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff
      first = false
      return [bytes]
    })
    await assert.rejects(
      link.request(0x02, 'get-status', Buffer.alloc(0)),
      fails('TRANSPORT_IO', 'bad-crc'),
    )
    assert.equal((await link.request(0x02, 'get-status', Buffer.alloc(0))).sequence, 2)
  })

  it('sends nothing for an aborted request', async function () {
    const { link, stream } = await linkWith((seq, cmd) => [reply(seq, cmd)])
    const controller = new AbortController()
    controller.abort()
    await assert.rejects(
      link.request(0x02, 'get-status', Buffer.alloc(0), { signal: controller.signal }),
      fails('TRANSPORT_CANCELED'),
    )
    assert.equal(stream.written.length, 0)
  })
})
