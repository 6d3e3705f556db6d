import assert from 'node:assert/strict'
import fc from 'fast-check'
import { parseCommand } from '../../../../simulators/card/apdu-parse'
import { blankImage } from '../../../../simulators/card/card-image'
import { EmrtdCard } from '../../../../simulators/card/emrtd-card'
import { encodeTlv, parseTlvs } from '../../../../simulators/card/tlv'

const bytes = (max: number) => fc.uint8Array({ maxLength: max }).map(b => Buffer.from(b))

describe('simulators/card byte parsers', () => {
  it('decodes every short and extended case, and only those', () => {
    const cases: [string, number, number | undefined][] = [
      ['00A40000', 0, undefined],
      ['00B0000000', 0, 256],
      ['00B00000000000', 0, 65536],
      ['00D6000002AABB', 2, undefined],
      ['00D60000000002AABB', 2, undefined],
      ['00D6000002AABB10', 2, 0x10],
      ['00D60000000002AABB0000', 2, 65536],
    ]
    for (const [apdu, nc, le] of cases) {
      const command = parseCommand(Buffer.from(apdu, 'hex'))
      assert.ok(command, apdu)
      assert.equal(command.data.length, nc, apdu)
      assert.equal(command.le, le, apdu)
    }
    for (const bad of ['00A400', '00D6000003AABB', '00D600000000', '00D60000000002AA']) {
      assert.equal(parseCommand(Buffer.from(bad, 'hex')), undefined, bad)
    }
  })

  it('round-trips any data through an extended Lc', () => {
    fc.assert(
      fc.property(
        bytes(3000).filter(b => b.length > 0),
        data => {
          const apdu = Buffer.concat([
            Buffer.from([0, 0xd6, 0, 0, 0, data.length >> 8, data.length & 0xff]),
            data,
          ])
          assert.deepEqual(parseCommand(apdu)?.data, data)
        },
      ),
    )
  })

  it('re-reads what it encodes as TLV, and never throws on garbage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 0xfe }).filter(tag => (tag & 0x1f) !== 0x1f),
        bytes(600),
        (tag, value) => {
          const [object] = parseTlvs(encodeTlv(tag, value)) ?? []
          assert.deepEqual(object?.value, value)
        },
      ),
    )
    fc.assert(
      fc.property(bytes(64), garbage => {
        parseTlvs(garbage)
      }),
    )
  })

  it('answers any byte string with at least a status word, plain or as SM', () => {
    const card = new EmrtdCard({ image: blankImage() })
    fc.assert(
      fc.property(bytes(300), fc.boolean(), (apdu, sm) => {
        if (sm && apdu.length > 0) apdu.writeUInt8(0x0c, 0)
        const answer = card.process(apdu)
        assert.ok(answer !== undefined && answer.length >= 2)
      }),
    )
  })
})
