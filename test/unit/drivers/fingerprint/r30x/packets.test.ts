import assert from 'node:assert/strict'
import fc from 'fast-check'
import { TransportError } from '../../../../../drivers/core/errors'
import {
  decodePacket,
  encodePacket,
  MAX_PAYLOAD,
  packetChecksum,
  type Packet,
  type PacketKind,
} from '../../../../../drivers/fingerprint/r30x/packets'

const hex = (text: string): Buffer => Buffer.from(text.replace(/\s+/g, ''), 'hex')
const FAULTS = ['bad-header', 'bad-length', 'bad-packet-id', 'bad-checksum']

function faultOf(error: unknown): string {
  assert.ok(error instanceof TransportError, `a TransportError, not ${String(error)}`)
  assert.equal(error.code, 'TRANSPORT_IO')
  const reason = error.details.reason
  assert.ok(typeof reason === 'string' && FAULTS.includes(reason), `reason ${String(reason)}`)
  return reason
}

function decodeFault(bytes: Uint8Array): string {
  try {
    decodePacket(bytes)
  } catch (error) {
    return faultOf(error)
  }
  assert.fail('decodePacket accepted the bytes')
}

// Packets as the protocol description frames them, checksums worked out by hand.
const VECTORS: readonly [string, Packet, string][] = [
  [
    'GenImg',
    { address: 0xffffffff, kind: 'command', payload: hex('01') },
    'EF01 FFFFFFFF 01 0003 01 0005',
  ],
  [
    'ReadSysPara',
    { address: 0xffffffff, kind: 'command', payload: hex('0f') },
    'EF01 FFFFFFFF 01 0003 0F 0013',
  ],
  [
    'VfyPwd 0',
    { address: 0xffffffff, kind: 'command', payload: hex('13 00000000') },
    'EF01 FFFFFFFF 01 0007 13 00000000 001B',
  ],
  [
    'Img2Tz 1',
    { address: 0xffffffff, kind: 'command', payload: hex('02 01') },
    'EF01 FFFFFFFF 01 0004 02 01 0008',
  ],
  [
    'ack OK',
    { address: 0xffffffff, kind: 'ack', payload: hex('00') },
    'EF01 FFFFFFFF 07 0003 00 000A',
  ],
  [
    'ack no finger',
    { address: 0xffffffff, kind: 'ack', payload: hex('02') },
    'EF01 FFFFFFFF 07 0003 02 000C',
  ],
  [
    'Match score 0x012C',
    { address: 0x12345678, kind: 'ack', payload: hex('00 012C') },
    'EF01 12345678 07 0005 00 012C 0039',
  ],
  [
    'end-data FF×3',
    { address: 0xffffffff, kind: 'end-data', payload: hex('FFFFFF') },
    'EF01 FFFFFFFF 08 0005 FFFFFF 030A',
  ],
]

describe('R30x packets', function () {
  for (const [name, packet, bytes] of VECTORS) {
    it(`encodes and decodes ${name}`, function () {
      assert.deepEqual(encodePacket(packet), hex(bytes))
      assert.deepEqual(decodePacket(hex(bytes)), { packet, length: hex(bytes).length })
    })
  }

  it('sums PID, both LEN bytes and the payload into 16 bits', function () {
    assert.equal(packetChecksum(0x01, hex('01')), 0x0005)
    // 256 payload bytes of FF: 0x02 + 0x01 + 0x02 + 256 × 0xFF = 0xFF05.
    assert.equal(packetChecksum(0x02, Buffer.alloc(256, 0xff)), 0xff05)
  })

  it('waits for the rest of a packet and ignores bytes after it', function () {
    const genImg = hex('EF01 FFFFFFFF 01 0003 01 0005')
    for (let length = 0; length < genImg.length; length += 1) {
      assert.equal(decodePacket(genImg.subarray(0, length)), undefined, `${length} bytes`)
    }
    const decoded = decodePacket(Buffer.concat([genImg, hex('EF01')]))
    assert.equal(decoded?.length, genImg.length)
  })

  it('names each framing fault', function () {
    assert.equal(decodeFault(hex('00')), 'bad-header')
    assert.equal(decodeFault(hex('EF02')), 'bad-header')
    assert.equal(decodeFault(hex('EF01 FFFFFFFF 05 0003 01 0009')), 'bad-packet-id')
    assert.equal(decodeFault(hex('EF01 FFFFFFFF 01 0001')), 'bad-length')
    assert.equal(decodeFault(hex('EF01 FFFFFFFF 02 0103')), 'bad-length')
    assert.equal(decodeFault(hex('EF01 FFFFFFFF 01 0003 01 0006')), 'bad-checksum')
  })

  it('refuses to encode a payload over MAX_PAYLOAD', function () {
    assert.throws(
      () => encodePacket({ address: 0, kind: 'data', payload: Buffer.alloc(MAX_PAYLOAD + 1) }),
      RangeError,
    )
  })

  describe('properties', function () {
    const kinds: PacketKind[] = ['command', 'data', 'ack', 'end-data']
    const packets = fc.record({
      address: fc.integer({ min: 0, max: 0xffffffff }),
      kind: fc.constantFrom(...kinds),
      payload: fc.uint8Array({ maxLength: MAX_PAYLOAD }).map(bytes => Buffer.from(bytes)),
    })
    // fast-check's records have no prototype; decoded packets are plain objects.
    const plain = packets.map((packet): Packet => ({ ...packet }))

    it('decodes any bytes to a packet, "need more" or a typed TRANSPORT_IO fault', function () {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (random, framed) => {
          // Half the inputs start with a start code, so the parser gets past the header check.
          const bytes = framed ? Buffer.concat([hex('EF01'), random]) : Buffer.from(random)
          try {
            const decoded = decodePacket(bytes)
            if (decoded !== undefined) {
              assert.ok(decoded.length >= 11 && decoded.length <= bytes.length)
              assert.deepEqual(encodePacket(decoded.packet), bytes.subarray(0, decoded.length))
            }
          } catch (error) {
            faultOf(error)
          }
        }),
        { numRuns: 2000 },
      )
    })

    it('round-trips every packet, also split anywhere', function () {
      fc.assert(
        fc.property(plain, fc.nat(), (packet, cut) => {
          const bytes = encodePacket(packet)
          assert.deepEqual(decodePacket(bytes), { packet, length: bytes.length })
          assert.equal(decodePacket(bytes.subarray(0, cut % bytes.length)), undefined)
        }),
      )
    })

    it('detects any change to one payload or checksum byte', function () {
      fc.assert(
        fc.property(packets, fc.nat(), fc.integer({ min: 1, max: 255 }), (packet, at, delta) => {
          const bytes = encodePacket(packet)
          // Past the 9 header bytes: the payload and the checksum.
          const index = 9 + (at % (bytes.length - 9))
          bytes[index] = ((bytes[index] ?? 0) + delta) & 0xff
          assert.equal(decodeFault(bytes), 'bad-checksum')
        }),
      )
    })
  })
})
