import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import {
  decodeFrame,
  decodeStatusBlock,
  encodeFrame,
  STATUS_BLOCK_LENGTH,
  toPrinterStatus,
} from '../../../../../drivers/printer/idstation-page'
import { RequestParser } from '../../../../../simulators/printer/page/codec'
import { PassportPrinter } from '../../../../../simulators/printer/page/printer'

const DOC = readFileSync(
  join(__dirname, '..', '..', '..', '..', '..', 'docs', 'page-printer-protocol.md'),
  'utf8',
)

/** The hex bytes of the code block after `<!-- example:NAME -->` in the protocol document. */
function example(name: string): Buffer {
  const match = new RegExp(`<!-- example:${name} -->\\s*\`\`\`\\n([^\`]*)\`\`\``).exec(DOC)
  assert.ok(match?.[1] !== undefined, `the document has example ${name}`)
  return Buffer.from(match[1].replace(/\s+/g, ''), 'hex')
}

describe('page-printer protocol: the worked example of docs/page-printer-protocol.md', function () {
  const request = example('request')
  const reply = example('reply')

  it('is what the driver encodes for FEED to the contactless station with SEQ 0x2A', function () {
    assert.deepEqual(
      encodeFrame({ sequence: 0x2a, command: 0x10, payload: Buffer.from([0x02]) }),
      request,
    )
  })

  it('decodes, on the driver side, to OK and a booklet at the chip station', function () {
    const decoded = decodeFrame(reply, true)
    assert.ok(decoded !== undefined)
    assert.equal(decoded.length, reply.length)
    assert.deepEqual([decoded.frame.sequence, decoded.frame.command], [0x2a, 0x90])
    assert.equal(decoded.frame.payload[0], 0x00)
    const status = decodeStatusBlock(decoded.frame.payload.subarray(1, 1 + STATUS_BLOCK_LENGTH))
    assert.deepEqual(toPrinterStatus(status), {
      position: 'contactless',
      attention: [],
      faults: [],
      feederRemaining: 49,
      ribbonRemaining: 500,
      counters: { fed: 1, printed: 0, ejected: 0, rejected: 0 },
    })
    assert.deepEqual(
      [status.headTemperatureC, status.rejectCount, status.rejectCapacity],
      [38, 0, 20],
    )
  })

  it('is what the simulator parses and answers, byte for byte', async function () {
    const parsed = new RequestParser().push(request)
    assert.deepEqual(parsed, [
      { kind: 'request', request: { seq: 0x2a, cmd: 0x10, payload: Buffer.from([0x02]) } },
    ])
    const sent: Buffer[] = []
    const answered = new Promise<void>(resolve => {
      const printer = new PassportPrinter({
        feeder: 50,
        ribbon: 500,
        rejectCapacity: 20,
        outputCapacity: 100,
        timings: { feedMs: 0, printMs: 0, ejectMs: 0 },
        hostTimeoutMs: 0,
        serial: 'X',
        send: bytes => {
          sent.push(bytes)
          resolve()
        },
        announce: () => undefined,
      })
      printer.receive(request)
    })
    await answered
    assert.deepEqual(Buffer.concat(sent), reply)
  })
})
