import assert from 'node:assert/strict'
import {
  encodeFrame,
  FRAME_TYPE,
  FrameAssembler,
  outputReport,
  type Frame,
} from '../../../../drivers/fingerprint/idstation-hid/frames'
import { parseFingerprintControl } from '../../../../simulators/fingerprint/control'
import { HidFingerprintDevice } from '../../../../simulators/fingerprint/hid-device'
import { crc16, frameReports } from '../../../../simulators/fingerprint/hid-frames'

// The reader's state machine spoken to report by report, with the driver's frame codec on the
// host side: the two implementations of the document must agree on every byte.

/** A host attached to the device that collects the frames it is sent. */
function host(device: HidFingerprintDevice) {
  const assembler = new FrameAssembler([FRAME_TYPE.RESPONSE, FRAME_TYPE.EVENT])
  const frames: Frame[] = []
  const errors: unknown[] = []
  const link = device.attach(report => {
    for (const result of assembler.push(report)) {
      if ('frame' in result) frames.push(result.frame)
      else errors.push(result.error.details.reason)
    }
  })
  const command = (sequence: number, code: number, payload: Buffer = Buffer.alloc(0)): void => {
    const frame = { type: FRAME_TYPE.COMMAND, sequence, code, payload }
    for (const report of encodeFrame(frame)) link.onOutputReport(outputReport(report))
  }
  return { link, frames, errors, command }
}

const STATUS = {
  OK: 0x00,
  BUSY: 0x01,
  BAD_CRC: 0x10,
  BAD_SEQUENCE: 0x11,
  MALFORMED: 0x12,
  UNKNOWN_COMMAND: 0x13,
  BAD_PARAMETER: 0x14,
}

function responses(frames: readonly Frame[]): [number, number][] {
  return frames
    .filter(frame => frame.type === FRAME_TYPE.RESPONSE)
    .map(frame => [frame.sequence, frame.code])
}

describe('virtual HID fingerprint reader', function () {
  let device: HidFingerprintDevice

  beforeEach(function () {
    device = new HidFingerprintDevice({ serialNumber: 'SIM-U1', captureMs: 10 })
  })

  afterEach(function () {
    device.stop()
  })

  it('computes the same CRC and reports as the document', function () {
    assert.equal(crc16(Buffer.from('123456789')), 0x29b1)
    const payload = Buffer.alloc(300, 7)
    assert.deepEqual(
      frameReports({ kind: 0x83, seq: 4, code: 0x43, body: payload }),
      encodeFrame({ type: FRAME_TYPE.EVENT, sequence: 4, code: 0x43, payload }),
    )
  })

  it('answers GET_INFO with its identity', function () {
    const { frames, command } = host(device)
    command(7, 0x01)
    assert.deepEqual(responses(frames), [[7, STATUS.OK]])
    assert.ok(frames[0]?.payload.includes(Buffer.from('SIM-U1')))
  })

  it('answers protocol errors with their status and does not run the command', function () {
    const { link, frames, errors, command } = host(device)
    // A bad CRC: the sequence number as received.
    const [report] = encodeFrame({
      type: FRAME_TYPE.COMMAND,
      sequence: 3,
      code: 0x01,
      payload: Buffer.alloc(0),
    })
    // A continuation outside any frame (sequence unknown: 0), then a bad CRC.
    link.onOutputReport(outputReport(Buffer.alloc(64)))
    const damaged = outputReport(report!)
    damaged[7] = (damaged[7] ?? 0) ^ 0x55
    link.onOutputReport(damaged)
    // A report without its id byte; continuations after an error are skipped, not answered.
    link.onOutputReport(Buffer.alloc(64))
    link.onOutputReport(outputReport(Buffer.alloc(64)))
    // A RESPONSE is not something the host may send.
    const [wrongType] = encodeFrame({
      type: FRAME_TYPE.RESPONSE,
      sequence: 5,
      code: 0,
      payload: Buffer.alloc(0),
    })
    link.onOutputReport(outputReport(wrongType!))
    command(6, 0x7f)
    command(8, 0x01, Buffer.of(1))
    command(9, 0x02, Buffer.of(3, 0, 0, 0, 100, 40, 15, 1, 7))
    command(10, 0x04, Buffer.of(4))
    command(11, 0x05, Buffer.of(0))
    assert.deepEqual(responses(frames), [
      [0, STATUS.BAD_SEQUENCE],
      [3, STATUS.BAD_CRC],
      [0, STATUS.MALFORMED],
      [5, STATUS.MALFORMED],
      [6, STATUS.UNKNOWN_COMMAND],
      [8, STATUS.BAD_PARAMETER],
      [9, STATUS.BAD_PARAMETER],
      [10, STATUS.BAD_PARAMETER],
      [11, STATUS.BAD_PARAMETER],
    ])
    assert.deepEqual(errors, [])
  })

  it('reports a frame cut short by the next one as BAD_SEQUENCE', function () {
    const { link, frames } = host(device)
    const long = encodeFrame({
      type: FRAME_TYPE.COMMAND,
      sequence: 12,
      code: 0x05,
      payload: Buffer.alloc(100),
    })
    link.onOutputReport(outputReport(long[0]!))
    const [next] = encodeFrame({
      type: FRAME_TYPE.COMMAND,
      sequence: 13,
      code: 0x01,
      payload: Buffer.alloc(0),
    })
    link.onOutputReport(outputReport(next!))
    assert.deepEqual(responses(frames), [
      [12, STATUS.BAD_SEQUENCE],
      [13, STATUS.OK],
    ])
  })

  it('is busy for every other command and host while a capture runs', function () {
    const first = host(device)
    const second = host(device)
    first.command(1, 0x02, Buffer.of(1, 0, 0, 0x27, 0x10, 40, 0, 1, 2))
    first.command(2, 0x01)
    second.command(1, 0x03)
    second.command(2, 0x06)
    // CANCEL from the capturing host: the capture's CANCELED first, then CANCEL's OK.
    first.command(3, 0x03)
    first.command(4, 0x03)
    assert.deepEqual(responses(first.frames), [
      [2, STATUS.BUSY],
      [1, 0x06],
      [3, STATUS.OK],
      [4, STATUS.OK],
    ])
    assert.deepEqual(responses(second.frames), [
      [1, STATUS.BUSY],
      [2, STATUS.BUSY],
    ])
  })

  it('drops the capture of a host that goes away', function () {
    const first = host(device)
    const ended: unknown[] = []
    device.events.on('capture-ended', end => ended.push(end.status))
    first.command(1, 0x02, Buffer.of(4, 0, 0, 0x27, 0x10, 40, 0, 2, 1, 6))
    first.link.detach()
    assert.deepEqual(ended, ['CANCELED'])
    const second = host(device)
    second.command(1, 0x01)
    assert.deepEqual(responses(second.frames), [[1, STATUS.OK]])
  })

  it('parses its control lines', function () {
    assert.deepEqual(
      parseFingerprintControl('{"cmd":"present","identity":"applicant-7","profile":"good"}'),
      { cmd: 'present', identity: 'applicant-7', profile: 'good' },
    )
    assert.deepEqual(parseFingerprintControl('{"cmd":"lift"}'), { cmd: 'lift' })
    assert.deepEqual(parseFingerprintControl('{"cmd":"fault","kind":"sleep","ms":250}'), {
      cmd: 'fault',
      kind: 'sleep',
      ms: 250,
    })
    assert.deepEqual(parseFingerprintControl('{"cmd":"swap-hands","on":true}'), {
      cmd: 'swap-hands',
      on: true,
    })
    for (const bad of [
      'nope',
      '[]',
      '{"cmd":"dance"}',
      '{"cmd":"present","identity":"Jane Doe"}',
      '{"cmd":"present","identity":"a","profile":3}',
      '{"cmd":"fault","kind":"melt"}',
      '{"cmd":"fault","kind":"error","ms":-1}',
      '{"cmd":"swap-hands","on":"yes"}',
    ]) {
      assert.ok('error' in parseFingerprintControl(bad), bad)
    }
  })

  it('refuses an unknown quality profile', function () {
    assert.throws(() => {
      device.present('applicant-1', 'superb')
    }, RangeError)
  })
})
