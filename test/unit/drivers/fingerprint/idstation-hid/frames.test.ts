import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { TransportError } from '../../../../../drivers/core/errors'
import {
  crc16CcittFalse,
  encodeFrame,
  FRAME_TYPE,
  FrameAssembler,
  MAX_PAYLOAD,
  outputReport,
  REPORT_SIZE,
  type DecodedReport,
  type Frame,
  type FrameType,
} from '../../../../../drivers/fingerprint/idstation-hid/frames'

const DOC = join(__dirname, '..', '..', '..', '..', '..', 'docs', 'hid-fingerprint-protocol.md')
const REASONS = ['malformed', 'truncated', 'bad-sequence', 'bad-crc']

/** The bytes of the fenced block after `<!-- example:NAME -->` in the protocol document. */
function docExample(name: string): Buffer {
  const text = readFileSync(DOC, 'utf8')
  const match = new RegExp(`<!-- example:${name} -->\\s*\`\`\`\\n([^\`]*)\`\`\``).exec(text)
  assert.ok(match?.[1] !== undefined, `example ${name} is in the document`)
  return Buffer.from(match[1].replace(/\s+/g, ''), 'hex')
}

const frameArbitrary = (types: readonly FrameType[]): fc.Arbitrary<Frame> =>
  fc
    .record({
      type: fc.constantFrom(...types),
      sequence: fc.integer({ min: 0, max: 255 }),
      code: fc.integer({ min: 0, max: 255 }),
      payload: fc
        .oneof(
          fc.uint8Array({ maxLength: 200 }),
          fc.uint8Array({ minLength: MAX_PAYLOAD - 200, maxLength: MAX_PAYLOAD }),
        )
        .map(bytes => Buffer.from(bytes)),
    })
    // fast-check builds null-prototype records; deepEqual wants plain objects.
    .map(frame => ({ ...frame }))

const HOST_RECEIVES = [FRAME_TYPE.RESPONSE, FRAME_TYPE.EVENT]

function frames(results: readonly DecodedReport[]): Frame[] {
  return results.flatMap(result => ('frame' in result ? [result.frame] : []))
}

function reasons(results: readonly DecodedReport[]): unknown[] {
  return results.flatMap(result => ('error' in result ? [result.error.details.reason] : []))
}

describe('idstation-hid frames', function () {
  it('computes the CRC-16/CCITT-FALSE check value', function () {
    assert.equal(crc16CcittFalse(Buffer.from('123456789', 'latin1')), 0x29b1)
    assert.equal(crc16CcittFalse(new Uint8Array(0)), 0xffff)
    // Continuing from a previous result equals one pass over both parts.
    assert.equal(
      crc16CcittFalse(Buffer.from('56789'), crc16CcittFalse(Buffer.from('1234'))),
      0x29b1,
    )
  })

  it("encodes the document's GET_INFO command byte for byte", function () {
    const reports = encodeFrame({
      type: FRAME_TYPE.COMMAND,
      sequence: 1,
      code: 0x01,
      payload: Buffer.alloc(0),
    })
    assert.equal(reports.length, 1)
    const [report] = reports
    assert.deepEqual(outputReport(report!), docExample('get-info-command'))
    assert.equal(crc16CcittFalse(Buffer.of(0x81, 0x01, 0x01, 0x00, 0x00)), 0xd809)
  })

  it("decodes the document's GET_INFO response and re-encodes it identically", function () {
    const report = docExample('get-info-response')
    assert.equal(report.length, REPORT_SIZE)
    const [result, ...rest] = new FrameAssembler(HOST_RECEIVES).push(report)
    assert.deepEqual(rest, [])
    assert.ok(result !== undefined && 'frame' in result)
    const { frame } = result
    assert.equal(frame.type, FRAME_TYPE.RESPONSE)
    assert.equal(frame.sequence, 1)
    assert.equal(frame.code, 0x00)
    assert.equal(frame.payload.length, 33)
    assert.equal(crc16CcittFalse(report.subarray(0, 5 + 33)), 0x57c8)
    assert.deepEqual(encodeFrame(frame), [report])
  })

  it('splits long payloads into numbered continuation reports', function () {
    const payload = Buffer.alloc(200, 0xab)
    const reports = encodeFrame({ type: FRAME_TYPE.EVENT, sequence: 9, code: 0x43, payload })
    // 202 bytes of data: 59 in the initial report, then 63 per continuation.
    assert.equal(reports.length, 1 + Math.ceil((202 - 59) / 63))
    assert.deepEqual(
      reports.map(report => report[0]),
      [0x83, 0x00, 0x01, 0x02],
    )
    assert.ok(reports.every(report => report.length === REPORT_SIZE))
    const largest = encodeFrame({
      type: FRAME_TYPE.EVENT,
      sequence: 0,
      code: 0,
      payload: Buffer.alloc(MAX_PAYLOAD),
    })
    assert.equal(largest.length, 128)
    assert.equal(largest.at(-1)?.[0], 126)
  })

  it('refuses fields it cannot encode', function () {
    const frame = { type: FRAME_TYPE.COMMAND, sequence: 0, code: 0, payload: Buffer.alloc(0) }
    assert.throws(() => encodeFrame({ ...frame, sequence: 256 }), RangeError)
    assert.throws(() => encodeFrame({ ...frame, code: -1 }), RangeError)
    assert.throws(
      () => encodeFrame({ ...frame, payload: Buffer.alloc(MAX_PAYLOAD + 1) }),
      RangeError,
    )
  })

  it('names each framing error', function () {
    const assembler = new FrameAssembler(HOST_RECEIVES)
    const long = encodeFrame({
      type: FRAME_TYPE.EVENT,
      sequence: 1,
      code: 0x41,
      payload: Buffer.alloc(300),
    })
    const short = encodeFrame({
      type: FRAME_TYPE.RESPONSE,
      sequence: 2,
      code: 0,
      payload: Buffer.alloc(3),
    })
    assert.deepEqual(reasons(assembler.push(Buffer.alloc(63))), ['malformed'])
    // A COMMAND is what the host sends, never what it receives.
    const command = encodeFrame({
      type: FRAME_TYPE.COMMAND,
      sequence: 1,
      code: 1,
      payload: Buffer.alloc(0),
    })
    assert.deepEqual(reasons(assembler.push(command[0]!)), ['malformed'])
    const tooLong = Buffer.from(short[0]!)
    tooLong.writeUInt16BE(MAX_PAYLOAD + 1, 3)
    assert.deepEqual(reasons(assembler.push(tooLong)), ['malformed'])
    // A lost first continuation, then the orphans of the broken frame are skipped quietly.
    assert.deepEqual(reasons(assembler.push(long[0]!)), [])
    assert.deepEqual(reasons(assembler.push(long[2]!)), ['bad-sequence'])
    assert.deepEqual(reasons(assembler.push(long[3]!)), [])
    // A frame cut short by the next initial report; the next one still decodes.
    assert.deepEqual(reasons(assembler.push(long[0]!)), [])
    const cut = assembler.push(short[0]!)
    assert.deepEqual(reasons(cut), ['truncated'])
    assert.equal(frames(cut)[0]?.sequence, 2)
    // A continuation with no frame started, after a clean frame, is an error of its own.
    assert.deepEqual(reasons(assembler.push(long[1]!)), ['bad-sequence'])
    const corrupt = Buffer.from(short[0]!)
    corrupt[5] = (corrupt[5] ?? 0) ^ 0x01
    assert.deepEqual(reasons(assembler.push(corrupt)), ['bad-crc'])
    const results = assembler.push(short[0]!)
    assert.deepEqual(reasons(results), [])
    assert.equal(frames(results).length, 1)
  })

  it('decodes what it encodes, however the frames follow each other', function () {
    fc.assert(
      fc.property(fc.array(frameArbitrary(HOST_RECEIVES), { maxLength: 6 }), sent => {
        const assembler = new FrameAssembler(HOST_RECEIVES)
        const results = sent
          .flatMap(frame => encodeFrame(frame))
          .flatMap(report => assembler.push(report))
        assert.deepEqual(reasons(results), [])
        assert.deepEqual(frames(results), sent)
      }),
      { numRuns: 50 },
    )
  })

  it('turns any damaged payload or CRC byte into bad-crc, never into a wrong frame', function () {
    fc.assert(
      fc.property(
        frameArbitrary(HOST_RECEIVES),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (frame, where, flip) => {
          const reports = encodeFrame(frame).map(report => Buffer.from(report))
          // Bytes 1–2 of the header (sequence, code) and all frame data; the type and length
          // bytes are left alone, because damage there is a different (also typed) error.
          const data = frame.payload.length + 2
          const spots: [number, number][] = [
            [0, 1],
            [0, 2],
            ...Array.from({ length: data }, (_, index) => dataOffset(index)),
          ]
          const [report, offset] = spots[where % spots.length]!
          const damaged = reports[report]!
          damaged[offset] = (damaged[offset] ?? 0) ^ flip
          const assembler = new FrameAssembler(HOST_RECEIVES)
          const decoded = reports.flatMap(bytes => assembler.push(bytes))
          assert.deepEqual(frames(decoded), [])
          assert.deepEqual(reasons(decoded), ['bad-crc'])
        },
      ),
      { numRuns: 200 },
    )
  })

  it('gives a frame or a typed TRANSPORT_IO error for any reports, and never throws', function () {
    const report = fc.oneof(
      fc.uint8Array({ minLength: REPORT_SIZE, maxLength: REPORT_SIZE }),
      fc.uint8Array({ maxLength: 80 }),
      // Plausible initial and continuation reports, so the property reaches the deep states.
      fc
        .tuple(
          fc.constantFrom(0x82, 0x83, 0x81, 0x00, 0x01, 0x02),
          fc.integer({ min: 0, max: 400 }),
          fc.uint8Array({ minLength: REPORT_SIZE, maxLength: REPORT_SIZE }),
        )
        .map(([first, length, rest]) => {
          const bytes = Buffer.from(rest)
          bytes[0] = first
          if (first >= 0x80) bytes.writeUInt16BE(length, 3)
          return bytes
        }),
    )
    fc.assert(
      fc.property(fc.array(report, { maxLength: 30 }), reports => {
        const assembler = new FrameAssembler(HOST_RECEIVES)
        for (const bytes of reports) {
          for (const result of assembler.push(bytes)) {
            if ('frame' in result) {
              assert.ok(HOST_RECEIVES.includes(result.frame.type as 0x82 | 0x83))
              assert.ok(result.frame.payload.length <= MAX_PAYLOAD)
            } else {
              assert.ok(result.error instanceof TransportError)
              assert.equal(result.error.code, 'TRANSPORT_IO')
              assert.ok(REASONS.includes(String(result.error.details.reason)))
            }
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})

/** [report index, byte offset] of frame data byte `index`. */
function dataOffset(index: number): [number, number] {
  if (index < 59) return [0, 5 + index]
  const rest = index - 59
  return [1 + Math.floor(rest / 63), 1 + (rest % 63)]
}
