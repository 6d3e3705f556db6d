import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import { CommandApdu, ResponseApdu } from '../../../../../drivers/smartcard/apdu'
import { des3CbcDecrypt, des3CbcEncrypt } from '../../../../../drivers/smartcard/crypto/des3'
import { padIso9797Method2 } from '../../../../../drivers/smartcard/crypto/padding'
import { retailMac } from '../../../../../drivers/smartcard/crypto/retail-mac'
import {
  Des3SmCipher,
  SecureMessagingError,
  type SecureMessagingFailure,
  SmWrapper,
} from '../../../../../drivers/smartcard/secure-messaging'
import sm from '../../../../fixtures/icao9303/appendix-d-secure-messaging.json'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')
const cipher = new Des3SmCipher(hex(sm.ksEnc), hex(sm.ksMac))
const wrapperAt = (ssc: string): SmWrapper => new SmWrapper(cipher, hex(ssc))

/** The SSC one below `ssc`, so the wrapper's increment lands on it. */
const before = (ssc: string): string =>
  (BigInt(`0x${ssc}`) - 1n).toString(16).padStart(ssc.length, '0')

/** A response as a card would build it, from the independently pinned primitives. */
function cardResponse(ssc: string, objects: string, mac?: string): ResponseApdu {
  const tag = mac ?? retailMac(hex(sm.ksMac), padIso9797Method2(hex(ssc + objects))).toString('hex')
  return ResponseApdu.parse(hex(`${objects}8e08${tag}9000`))
}

const failsWith =
  (reason: SecureMessagingFailure) =>
  (e: unknown): boolean =>
    e instanceof SecureMessagingError && e.code === 'BAD_STATE' && e.details['reason'] === reason

describe('drivers/smartcard/secure-messaging/sm-wrapper', () => {
  describe('the Appendix D.4 exchanges', () => {
    for (const x of sm.exchanges) {
      it(`protects ${x.name}`, () => {
        const wrapper = wrapperAt(before(x.commandSsc))
        const wrapped = wrapper.wrap(CommandApdu.parse(hex(x.command)))
        assert.equal(wrapped.encode().toString('hex'), x.protectedCommand.toLowerCase())
        assert.equal(wrapper.ssc.toString('hex'), x.commandSsc.toLowerCase())
      })

      it(`opens the answer to ${x.name}`, () => {
        const wrapper = wrapperAt(x.commandSsc)
        const plain = wrapper.unwrap(ResponseApdu.parse(hex(x.protectedResponse)))
        assert.equal(plain.encode().toString('hex'), x.response.toLowerCase())
        assert.equal(wrapper.ssc.toString('hex'), x.responseSsc.toLowerCase())
      })
    }

    it('runs all three in one session from the SSC BAC produced', () => {
      const wrapper = wrapperAt(sm.sscStart)
      const data: Buffer[] = []
      for (const x of sm.exchanges) {
        const wrapped = wrapper.wrap(CommandApdu.parse(hex(x.command)))
        assert.equal(wrapped.encode().toString('hex'), x.protectedCommand.toLowerCase())
        data.push(wrapper.unwrap(ResponseApdu.parse(hex(x.protectedResponse))).data)
      }
      assert.equal(
        Buffer.concat(data).toString('hex'),
        '60145f0104303130365f36063034303030305c026175',
      )
    })
  })

  describe('extended length and odd INS', () => {
    const ssc = '0000000000000000'

    it('puts a 3000-byte UPDATE BINARY in a long-form DO87 and an extended APDU', () => {
      const payload = Buffer.alloc(3000, 0x5a)
      const wrapped = wrapperAt(ssc).wrap(
        new CommandApdu({ cla: 0, ins: 0xd6, p1: 0, p2: 0, data: payload }),
      )
      assert.equal(wrapped.extended, true)
      assert.equal(wrapped.ne, 65536)
      const do87 = wrapped.data.subarray(0, 5 + 3008)
      assert.equal(do87.subarray(0, 5).toString('hex'), '87820bc101')
      assert.deepEqual(des3CbcDecrypt(hex(sm.ksEnc), do87.subarray(5)), padIso9797Method2(payload))
      const header = padIso9797Method2(hex('0cd60000'))
      const mac = retailMac(
        hex(sm.ksMac),
        padIso9797Method2(Buffer.concat([hex('0000000000000001'), header, do87])),
      )
      assert.equal(wrapped.data.subarray(5 + 3008).toString('hex'), `8e08${mac.toString('hex')}`)
      assert.match(wrapped.encode().subarray(4, 7).toString('hex'), /^000bcf$/)
    })

    const leTable = [
      { ne: 256, do97: '970100', extended: false },
      { ne: 255, do97: '9701ff', extended: false },
      { ne: 300, do97: '9702012c', extended: true },
      { ne: 65536, do97: '97020000', extended: true },
    ]
    for (const row of leTable) {
      it(`writes Ne ${row.ne} as ${row.do97}`, () => {
        const wrapped = wrapperAt(ssc).wrap(
          new CommandApdu({ cla: 0, ins: 0xb0, p1: 0, p2: 0, ne: row.ne }),
        )
        assert.equal(wrapped.data.subarray(0, row.do97.length / 2).toString('hex'), row.do97)
        assert.equal(wrapped.extended, row.extended)
        assert.equal(wrapped.ne, row.extended ? 65536 : 256)
      })
    }

    it('uses DO85 without a padding indicator for an odd INS', () => {
      const wrapped = wrapperAt(ssc).wrap(
        new CommandApdu({ cla: 0, ins: 0xb1, p1: 0, p2: 0, data: hex('54028000'), ne: 256 }),
      )
      const encrypted = des3CbcEncrypt(hex(sm.ksEnc), padIso9797Method2(hex('54028000')))
      assert.equal(wrapped.data.subarray(0, 10).toString('hex'), `8508${encrypted.toString('hex')}`)
    })

    it('opens a DO85 and a long-form DO87 answer', () => {
      const plain = Buffer.alloc(300, 0x33)
      const encrypted = des3CbcEncrypt(hex(sm.ksEnc), padIso9797Method2(plain)).toString('hex')
      const odd = wrapperAt(ssc).unwrap(
        cardResponse('0000000000000001', `85820130${encrypted}99029000`),
      )
      assert.deepEqual(odd.data, plain)
      const even = wrapperAt(ssc).unwrap(
        cardResponse('0000000000000001', `8782013101${encrypted}99026282`),
      )
      assert.deepEqual(even.data, plain)
      assert.equal(even.sw, 0x6282)
    })

    it('keeps the chaining bit of CLA', () => {
      const wrapped = wrapperAt(ssc).wrap(new CommandApdu({ cla: 0x10, ins: 0xd6, p1: 0, p2: 0 }))
      assert.equal(wrapped.cla, 0x1c)
    })

    it('carries the SSC over from ...FF to the next byte', () => {
      const wrapper = wrapperAt('00000000000000ff')
      wrapper.wrap(new CommandApdu({ cla: 0, ins: 0xa4, p1: 0, p2: 0 }))
      assert.equal(wrapper.ssc.toString('hex'), '0000000000000100')
      const wrapped = wrapperAt('ffffffffffffffff')
      wrapped.wrap(new CommandApdu({ cla: 0, ins: 0xa4, p1: 0, p2: 0 }))
      assert.equal(wrapped.ssc.toString('hex'), '0000000000000000')
    })
  })

  describe('rejects', () => {
    const ssc = '887022120C06C227'
    const good = sm.exchanges[0]?.protectedResponse ?? ''

    it('a response MAC with one bit flipped', () => {
      const tampered = hex(good)
      tampered[8] = (tampered[8] ?? 0) ^ 0x01
      assert.throws(
        () => wrapperAt(ssc).unwrap(ResponseApdu.parse(tampered)),
        failsWith('wrong-mac'),
      )
    })

    it('a response checked against the wrong SSC', () => {
      assert.throws(
        () => wrapperAt(sm.sscStart).unwrap(ResponseApdu.parse(hex(good))),
        failsWith('wrong-mac'),
      )
    })

    it('a short MAC', () => {
      assert.throws(
        () => wrapperAt(ssc).unwrap(ResponseApdu.parse(hex('990290008e04fa855a5d9000'))),
        failsWith('wrong-mac'),
      )
    })

    const table: { name: string; response: () => ResponseApdu; reason: SecureMessagingFailure }[] =
      [
        {
          name: 'a bare status word',
          response: () => ResponseApdu.parse(hex('6988')),
          reason: 'unprotected-response',
        },
        {
          name: 'a response without DO8E',
          response: () => ResponseApdu.parse(hex('990290009000')),
          reason: 'missing-mac',
        },
        {
          name: 'an object after DO8E',
          response: () => ResponseApdu.parse(hex('8e08fa855a5d4c50a8ed990290009000')),
          reason: 'missing-mac',
        },
        {
          name: 'a response without DO99',
          response: () => cardResponse('887022120c06c228', ''),
          reason: 'missing-status',
        },
        {
          name: 'a one-byte DO99',
          response: () => cardResponse('887022120c06c228', '990190'),
          reason: 'missing-status',
        },
        {
          name: 'a DO87 with padding indicator 02',
          response: () => cardResponse('887022120c06c228', '8709029ff0ec34f992265199029000'),
          reason: 'bad-padding-indicator',
        },
        {
          name: 'a DO87 of a partial block',
          response: () => cardResponse('887022120c06c228', '8704019ff0ec99029000'),
          reason: 'bad-padding',
        },
        {
          name: 'an empty DO87',
          response: () => cardResponse('887022120c06c228', '870099029000'),
          reason: 'bad-padding-indicator',
        },
        {
          name: 'a DO87 holding only the padding indicator',
          response: () => cardResponse('887022120c06c228', '87010199029000'),
          reason: 'bad-padding',
        },
        {
          name: 'a DO87 that decrypts without padding',
          response: () =>
            cardResponse(
              '887022120c06c228',
              `870901${des3CbcEncrypt(hex(sm.ksEnc), hex('0102030405060708')).toString('hex')}99029000`,
            ),
          reason: 'bad-padding',
        },
        {
          name: 'a truncated data object',
          response: () => ResponseApdu.parse(hex('990590009000')),
          reason: 'malformed-data-object',
        },
      ]
    for (const row of table) {
      it(row.name, () => {
        assert.throws(() => wrapperAt(ssc).unwrap(row.response()), failsWith(row.reason))
      })
    }

    it('a command that already signals secure messaging', () => {
      assert.throws(
        () => wrapperAt(ssc).wrap(new CommandApdu({ cla: 0x0c, ins: 0xb0, p1: 0, p2: 0, ne: 4 })),
        failsWith('already-protected'),
      )
    })

    it('an SSC that is not one block', () => {
      assert.throws(
        () => new SmWrapper(cipher, Buffer.alloc(16)),
        (e: unknown) => e instanceof AgentError && e.code === 'INVALID_ARGUMENT',
      )
    })

    it('every later call once a response has failed', () => {
      const wrapper = wrapperAt(ssc)
      assert.throws(() => wrapper.unwrap(ResponseApdu.parse(hex('6988'))))
      assert.throws(
        () => wrapper.unwrap(ResponseApdu.parse(hex(good))),
        failsWith('session-broken'),
      )
      assert.throws(
        () => wrapper.wrap(new CommandApdu({ cla: 0, ins: 0xb0, p1: 0, p2: 0, ne: 4 })),
        failsWith('session-broken'),
      )
    })

    it('keeps the bare status word in the error details', () => {
      assert.throws(
        () => wrapperAt(ssc).unwrap(ResponseApdu.parse(hex('6987'))),
        (e: unknown) => e instanceof SecureMessagingError && e.details['sw'] === '6987',
      )
    })
  })
})
