import assert from 'node:assert/strict'
import { frame, PacketDecoder, PID } from '../../../../../simulators/fingerprint/r30x/codec'
import { parseControl } from '../../../../../simulators/fingerprint/r30x/control'
import {
  CHAR_FILE_LENGTH,
  characterFile,
  fingerLevels,
  IDENTICAL_SCORE,
  matchScore,
  packLevels,
} from '../../../../../simulators/fingerprint/r30x/finger'
import { R30xModule, type ModuleOptions } from '../../../../../simulators/fingerprint/r30x/module'

const ADDRESS = 0xffffffff

interface Reply {
  readonly pid: number
  readonly payload: Buffer
}

/** A module and a way to send it a command and read every packet it answers with. */
function module(options: ModuleOptions = {}) {
  const decoder = new PacketDecoder()
  const replies: Reply[] = []
  const sim = new R30xModule(bytes => {
    for (const packet of decoder.push(bytes)) {
      assert.equal(packet.type, 'packet')
      replies.push({ pid: packet.pid, payload: packet.payload })
    }
  }, options)
  const send = (pid: number, payload: number[] | Buffer, address = ADDRESS): Reply[] => {
    replies.length = 0
    sim.receive(frame(address, pid, Buffer.from(payload)))
    return [...replies]
  }
  /** The confirmation code and data of a command's acknowledge. */
  const command = (...payload: number[]): { confirmation: number; data: Buffer } => {
    const [ack] = send(PID.command, payload)
    assert.ok(ack !== undefined, 'no acknowledge')
    assert.equal(ack.pid, PID.ack)
    return { confirmation: ack.payload[0] ?? -1, data: ack.payload.subarray(1) }
  }
  return { sim, send, command }
}

describe('R30x module simulator', function () {
  describe('codec', function () {
    it('frames the GenImg command as the protocol description does', function () {
      assert.deepEqual(
        frame(ADDRESS, PID.command, Uint8Array.of(0x01)),
        Buffer.from('EF01FFFFFFFF010003010005', 'hex'),
      )
    })

    it('finds packets after noise and across chunks, and reports bad checksums', function () {
      const decoder = new PacketDecoder()
      const genImg = frame(ADDRESS, PID.command, Uint8Array.of(0x01))
      const stream = Buffer.concat([Buffer.of(0x55, 0xef, 0x00), genImg, genImg])
      stream.writeUInt8(stream.readUInt8(stream.length - 1) ^ 0x01, stream.length - 1)
      const found = [
        ...decoder.push(stream.subarray(0, 7)),
        ...decoder.push(stream.subarray(7, 20)),
        ...decoder.push(stream.subarray(20)),
      ]
      assert.deepEqual(
        found.map(packet => packet.type),
        ['packet', 'bad-checksum'],
      )
    })

    it('spoils a checksum or a start code on request', function () {
      const good = frame(1, PID.ack, Uint8Array.of(0))
      assert.notDeepEqual(
        frame(1, PID.ack, Uint8Array.of(0), 'checksum').subarray(-2),
        good.subarray(-2),
      )
      assert.equal(frame(1, PID.ack, Uint8Array.of(0), 'header')[0], 0xee)
    })
  })

  describe('commands', function () {
    it('answers ReadSysPara with its configuration', function () {
      const { command } = module({ packetSize: 64, securityLevel: 4, librarySize: 150 })
      const { confirmation, data } = command(0x0f)
      assert.equal(confirmation, 0)
      assert.deepEqual(
        [0, 2, 4, 6].map(offset => data.readUInt16BE(offset)),
        [0x04, 0x0009, 150, 4],
      )
      assert.equal(data.readUInt32BE(8), ADDRESS)
      assert.deepEqual([data.readUInt16BE(12), data.readUInt16BE(14)], [1, 6])
    })

    it('answers "packet receive error" to a bad checksum and to an unknown instruction', function () {
      const { sim, command } = module()
      const replies: Buffer[] = []
      const listening = new R30xModule(bytes => replies.push(bytes))
      listening.receive(frame(ADDRESS, PID.command, Uint8Array.of(0x0f), 'checksum'))
      assert.equal(replies.length, 1)
      assert.equal(command(0x77).confirmation, 0x01)
      assert.equal(sim.status().captures, 0)
    })

    it('ignores packets for another address', function () {
      const { send } = module({ address: 0x01020304 })
      assert.deepEqual(send(PID.command, [0x0f]), [])
      assert.equal(send(PID.command, [0x0f], 0x01020304).length, 1)
    })

    it('asks for the password first when it has one', function () {
      const { command } = module({ password: 0xcafe })
      assert.equal(command(0x0f).confirmation, 0x21)
      assert.equal(command(0x40).confirmation, 0x00)
      assert.equal(command(0x13, 0, 0, 0, 1).confirmation, 0x13)
      assert.equal(command(0x13, 0, 0, 0xca, 0xfe).confirmation, 0x00)
      assert.equal(command(0x0f).confirmation, 0x00)
    })

    it('captures only with a finger on the sensor and uploads a 4-bit image', function () {
      const { sim, send, command } = module({ packetSize: 256 })
      assert.equal(command(0x01).confirmation, 0x02)
      assert.equal(command(0x0a).confirmation, 0x0f)
      assert.equal(command(0x02, 1).confirmation, 0x15)
      sim.present('alice', 2)
      assert.equal(command(0x01).confirmation, 0x00)
      const upload = send(PID.command, [0x0a])
      assert.equal(upload.length, 1 + (256 * 288) / 2 / 256)
      assert.equal(upload.at(-1)?.pid, PID.endData)
      const image = Buffer.concat(upload.slice(1).map(packet => packet.payload))
      assert.deepEqual(image, packLevels(fingerLevels('alice', 2, 1)))
    })

    it('makes, matches, stores and searches character files', function () {
      const { sim, send, command } = module()
      sim.present('alice', 2)
      command(0x01)
      assert.equal(command(0x02, 1).confirmation, 0)
      command(0x01)
      assert.equal(command(0x02, 2).confirmation, 0)
      const match = command(0x03)
      assert.equal(match.confirmation, 0)
      assert.ok(match.data.readUInt16BE(0) >= 100)
      assert.equal(command(0x05).confirmation, 0)
      assert.equal(command(0x06, 1, 0, 7).confirmation, 0)
      assert.equal(command(0x06, 1, 0x01, 0x00).confirmation, 0x0b)
      assert.equal(command(0x1d).data.readUInt16BE(0), 1)
      const found = command(0x04, 2, 0, 0, 0, 200)
      assert.equal(found.confirmation, 0)
      assert.equal(found.data.readUInt16BE(0), 7)
      // UpChar then DownChar of the same bytes into the other buffer.
      const upload = send(PID.command, [0x08, 1])
      const file = Buffer.concat(upload.slice(1).map(packet => packet.payload))
      assert.equal(file.length, CHAR_FILE_LENGTH)
      assert.equal(command(0x09, 2).confirmation, 0)
      send(PID.data, file.subarray(0, 128))
      send(PID.endData, file.subarray(128))
      assert.equal(command(0x03).data.readUInt16BE(0), IDENTICAL_SCORE)
      sim.present('bob', 2)
      command(0x01)
      command(0x02, 2)
      assert.equal(command(0x03).confirmation, 0x08)
      assert.equal(command(0x05).confirmation, 0x0a)
      assert.equal(command(0x04, 2, 0, 0, 0, 200).confirmation, 0x09)
      assert.equal(command(0x07, 2, 0, 7).confirmation, 0)
      assert.equal(command(0x0c, 0, 7, 0, 1).confirmation, 0)
      assert.equal(command(0x07, 2, 0, 7).confirmation, 0x0c)
      assert.equal(command(0x0d).confirmation, 0)
    })

    it('finds too few features in a poor image', function () {
      const { sim, command } = module()
      sim.present('alice', 2, true)
      command(0x01)
      assert.equal(command(0x02, 1).confirmation, 0x07)
    })

    it('answers the aura command only with a ring', function () {
      const withRing = module()
      assert.equal(withRing.command(0x35, 3, 0, 2, 0).confirmation, 0)
      assert.deepEqual(withRing.sim.status().led, { control: 3, colour: 2 })
      assert.equal(module({ aura: false }).command(0x35, 3, 0, 2, 0).confirmation, 0x01)
    })

    it('spoils the packet after the given number of good ones', function () {
      const { sim } = module()
      const raw: Buffer[] = []
      const spoiling = new R30xModule(bytes => raw.push(bytes))
      spoiling.corruptNext('header', 1)
      spoiling.receive(frame(ADDRESS, PID.command, Uint8Array.of(0x40)))
      spoiling.receive(frame(ADDRESS, PID.command, Uint8Array.of(0x40)))
      spoiling.receive(frame(ADDRESS, PID.command, Uint8Array.of(0x40)))
      assert.deepEqual(
        raw.map(bytes => bytes[0]),
        [0xef, 0xee, 0xef],
      )
      assert.equal(sim.status().finger, null)
    })
  })

  describe('fingers', function () {
    it('renders a capture the same way every time, and each capture and finger differently', function () {
      const first = fingerLevels('alice', 2, 1)
      assert.equal(first.length, 256 * 288)
      assert.deepEqual(fingerLevels('alice', 2, 1), first)
      assert.notDeepEqual(fingerLevels('alice', 2, 2), first)
      assert.notDeepEqual(fingerLevels('alice', 3, 1), first)
      assert.ok(first.every(level => level <= 15))
      assert.ok(first.some(level => level <= 6) && first.includes(15), 'dark ridges, white ground')
    })

    it('scores captures of one finger high and unrelated fingers at 0', function () {
      for (let capture = 1; capture < 20; capture += 1) {
        const score = matchScore(characterFile('alice', 2, 0), characterFile('alice', 2, capture))
        assert.ok(score >= 250, `capture ${capture}: ${score}`)
      }
      let highest = 0
      for (let index = 0; index < 200; index += 1) {
        const score = matchScore(characterFile(`p${index}`, 1, 1), characterFile(`q${index}`, 1, 1))
        highest = Math.max(highest, score)
      }
      assert.ok(highest < 30, `highest unrelated score ${highest}`)
      assert.equal(matchScore(Buffer.alloc(CHAR_FILE_LENGTH), characterFile('a', 1, 1)), 0)
    })
  })

  describe('control channel', function () {
    it('parses the commands and names what is wrong', function () {
      assert.deepEqual(parseControl('{"cmd":"present","identity":"x","position":2}'), {
        cmd: 'present',
        identity: 'x',
        position: 2,
        poor: false,
      })
      assert.deepEqual(parseControl('{"cmd":"lift"}'), { cmd: 'lift' })
      assert.deepEqual(parseControl('{"cmd":"corrupt-next"}'), {
        cmd: 'corrupt-next',
        what: 'checksum',
        after: 0,
      })
      assert.deepEqual(parseControl('{"cmd":"corrupt-next","what":"header","after":3}'), {
        cmd: 'corrupt-next',
        what: 'header',
        after: 3,
      })
      for (const line of [
        'nope',
        '[]',
        '{"cmd":"jump"}',
        '{"cmd":"present","position":2}',
        '{"cmd":"present","identity":"x","position":11}',
        '{"cmd":"corrupt-next","what":"length"}',
        '{"cmd":"corrupt-next","after":-1}',
      ]) {
        assert.ok('error' in parseControl(line), line)
      }
    })
  })
})
