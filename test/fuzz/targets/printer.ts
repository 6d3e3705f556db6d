import fc from 'fast-check'
import { TransportError, type AgentError } from '../../../drivers/core/errors'
import { ReplyFramer, type Reply } from '../../../drivers/printer/evolis/replies'
import { isErrorText, nackError, textError } from '../../../drivers/printer/evolis/reply-errors'
import {
  parseCoverOpen,
  parseFeederEmpty,
  parsePosition,
} from '../../../drivers/printer/evolis/status-replies'
import { decodeInfo } from '../../../drivers/printer/idstation-page/commands'
import {
  declaredFrameLength,
  decodeFrame,
  encodeFrame,
  isFrameFault,
  SOH,
} from '../../../drivers/printer/idstation-page/frames'
import {
  decodeStatusBlock,
  STATUS_BLOCK_LENGTH,
  STATUS_CODE,
  statusError,
  toPrinterStatus,
} from '../../../drivers/printer/idstation-page/status'
import { agentError, transportIo } from '../accept'
import { target } from '../harness'
import { outsideBytes, pieces } from '../mutate'

/**
 * Throws the first typed error a stream parser reported after the whole stream went through, so
 * a case that recovers still counts its errors; an untyped throw escapes at once.
 */
class Collected {
  first: AgentError | undefined
  note(error: AgentError): void {
    this.first ??= error
  }
  settle(): void {
    if (this.first !== undefined) throw this.first
  }
}

const evolisSamples = [
  Buffer.from('\x06'),
  Buffer.from('\x15T'),
  Buffer.from('NO CARD\r'),
  Buffer.from('5,00 Volts\r'),
  Buffer.from('0\r\x06ERR CARD\r'),
  Buffer.from('SMART CARD\x00\x00\x00'),
  Buffer.from('ERR FEEDER EMPTY\r\n'),
]

/** What the Evolis driver does with one reply: map failures, parse status answers. */
function readEvolisReply(reply: Reply, collected: Collected): void {
  if (reply.kind === 'ack') return
  if (reply.kind === 'nack') {
    collected.note(nackError(reply.code, 'Sis', 'feed'))
    return
  }
  if (isErrorText(reply.text)) {
    collected.note(textError(reply.text, 'Pc', 'print'))
    return
  }
  for (const parse of [parsePosition, parseCoverOpen, parseFeederEmpty]) {
    try {
      parse(reply.text)
    } catch (error) {
      if (!transportIo(error)) throw error
      collected.note(error)
    }
  }
}

/** Evolis replies arriving in arbitrary pieces, through the framer and the reply parsers. */
export const evolisReplies = target<{ stream: Buffer; cuts: number[]; nul: boolean }>({
  name: 'printer.evolis-replies',
  arbitrary: () =>
    fc.record({
      stream: outsideBytes(
        [Buffer.concat(evolisSamples), ...evolisSamples, Buffer.alloc(140, 0x41)],
        200,
      ),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
      nul: fc.boolean(),
    }),
  run: ({ stream, cuts, nul }) => {
    const framer = new ReplyFramer(nul ? 'nul' : 'cr')
    const collected = new Collected()
    for (const piece of pieces(stream, cuts)) {
      framer.push(piece)
      // Each take consumes at least one byte or waits: more takes than bytes means a loop.
      for (let guard = 0; ; guard += 1) {
        if (guard > stream.length + 1) throw new Error('the framer stopped consuming')
        let reply: Reply | undefined
        try {
          reply = framer.take()
        } catch (error) {
          if (!transportIo(error)) throw error
          collected.note(error)
          continue
        }
        if (reply === undefined) break
        readEvolisReply(reply, collected)
      }
    }
    collected.settle()
  },
  accept: agentError([
    'TRANSPORT_IO',
    'PRINTER_ATTENTION',
    'PRINTER_FAULT',
    'BAD_STATE',
    'INVALID_ARGUMENT',
  ]),
})

function statusBlock(): Buffer {
  const block = Buffer.alloc(STATUS_BLOCK_LENGTH)
  block[0] = 3
  block[1] = 2
  block.writeUInt16BE(0x0005, 2)
  block.writeUInt16BE(0x0002, 4)
  block.writeUInt32BE(12, 16)
  return block
}

function infoData(): Buffer {
  const head = Buffer.alloc(12)
  head.writeUInt16BE(300, 0)
  head.writeUInt16BE(1050, 2)
  head.writeUInt16BE(1500, 4)
  head[6] = 3
  head[7] = 1
  head.writeUInt32BE(4096, 8)
  const text = (value: string) => Buffer.concat([Buffer.of(value.length), Buffer.from(value)])
  return Buffer.concat([head, text('IDS-P1'), text('SN0001'), text('1.2.3')])
}

function replyPayload(code: number, data: Buffer = Buffer.alloc(0)): Buffer {
  return Buffer.concat([Buffer.of(code), statusBlock(), data])
}

const pageFrames = () => [
  encodeFrame({ sequence: 1, command: 0x81, payload: replyPayload(STATUS_CODE.ok, infoData()) }),
  encodeFrame({ sequence: 2, command: 0x82, payload: replyPayload(STATUS_CODE['cover-open']) }),
  encodeFrame({ sequence: 3, command: 0x83, payload: Buffer.alloc(0) }),
]

/**
 * The page printer's byte stream as its link reads it: skip to SOH, decode, drop a bad frame
 * (its declared length after a bad CRC, else one byte) and go on; what is left at the end of the
 * stream must decode as 'truncated' or not at all.
 */
export const pageFrameStream = target<{ stream: Buffer; cuts: number[] }>({
  name: 'printer.page-frames',
  arbitrary: () =>
    fc.record({
      stream: outsideBytes([Buffer.concat(pageFrames()), ...pageFrames()], 200),
      cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }),
    }),
  run: ({ stream, cuts }) => {
    const collected = new Collected()
    let buffered: Buffer = Buffer.alloc(0)
    for (const piece of pieces(stream, cuts)) {
      buffered = Buffer.concat([buffered, piece])
      for (let guard = 0; ; guard += 1) {
        if (guard > stream.length + 1) throw new Error('the decoder stopped consuming')
        const start = buffered.indexOf(SOH)
        buffered = start < 0 ? Buffer.alloc(0) : buffered.subarray(start)
        try {
          const decoded = decodeFrame(buffered)
          if (decoded === undefined) break
          if (decoded.length < 1) throw new Error('a frame of no bytes')
          buffered = buffered.subarray(decoded.length)
        } catch (error) {
          if (!isFrameFault(error)) throw error
          collected.note(error)
          const skip = error.details.reason === 'bad-crc' ? (declaredFrameLength(buffered) ?? 1) : 1
          buffered = buffered.subarray(Math.min(Math.max(skip, 1), buffered.length))
        }
      }
    }
    try {
      if (buffered.length > 0) decodeFrame(buffered, true)
    } catch (error) {
      if (!isFrameFault(error)) throw error
      collected.note(error)
    }
    collected.settle()
  },
  accept: error => error instanceof TransportError && isFrameFault(error),
})

/** A reply frame's payload: status code, status block, then GET_INFO's data. */
export const pageReply = target<Buffer>({
  name: 'printer.page-reply',
  arbitrary: () =>
    outsideBytes([
      replyPayload(STATUS_CODE.ok, infoData()),
      replyPayload(STATUS_CODE.jam),
      replyPayload(0x99),
    ]),
  run: payload => {
    if (payload.length < 1 + STATUS_BLOCK_LENGTH) {
      throw new TransportError('TRANSPORT_IO', 'short', { details: { reason: 'truncated' } })
    }
    const status = decodeStatusBlock(payload.subarray(1, 1 + STATUS_BLOCK_LENGTH))
    toPrinterStatus(status)
    const code = payload[0] ?? 0
    if (code !== STATUS_CODE.ok) throw statusError(code, 'get-info')
    return decodeInfo(payload.subarray(1 + STATUS_BLOCK_LENGTH))
  },
  accept: agentError(['TRANSPORT_IO', 'PRINTER_ATTENTION', 'PRINTER_FAULT', 'BAD_STATE']),
})
