import assert from 'node:assert/strict'
import { AgentError } from '../../../../drivers/core/errors'
import {
  CommandApdu,
  type CommandApduFields,
  ResponseApdu,
} from '../../../../drivers/smartcard/apdu'
import bac from '../../../fixtures/icao9303/appendix-d-bac.json'
import sm from '../../../fixtures/icao9303/appendix-d-secure-messaging.json'

const hex = (value: string): Buffer => Buffer.from(value, 'hex')
const filler = (length: number): Buffer => Buffer.alloc(length, 0xa5)

const isInvalid = (e: unknown): boolean => e instanceof AgentError && e.code === 'INVALID_ARGUMENT'

describe('drivers/smartcard/apdu', () => {
  describe('CommandApdu encode and parse', () => {
    const table: { name: string; fields: CommandApduFields; encoded: string; extended: boolean }[] =
      [
        {
          name: 'case 1',
          fields: { cla: 0x00, ins: 0xa4, p1: 0x00, p2: 0x00 },
          encoded: '00a40000',
          extended: false,
        },
        {
          name: 'case 2S, GET CHALLENGE (D.3)',
          fields: { cla: 0x00, ins: 0x84, p1: 0x00, p2: 0x00, ne: 8 },
          encoded: bac.getChallenge,
          extended: false,
        },
        {
          name: 'case 2S with Ne 256 as Le 00',
          fields: { cla: 0x00, ins: 0xb0, p1: 0x00, p2: 0x00, ne: 256 },
          encoded: '00b0000000',
          extended: false,
        },
        {
          name: 'case 3S, SELECT EF.COM (D.4)',
          fields: { cla: 0x00, ins: 0xa4, p1: 0x02, p2: 0x0c, data: hex('011e') },
          encoded: sm.exchanges[0]?.command ?? '',
          extended: false,
        },
        {
          name: 'case 4S, EXTERNAL AUTHENTICATE (D.3)',
          fields: {
            cla: 0x00,
            ins: 0x82,
            p1: 0x00,
            p2: 0x00,
            data: hex(bac.eIfd + bac.mIfd),
            ne: 0x28,
          },
          encoded: bac.externalAuthenticate,
          extended: false,
        },
        {
          name: 'case 4S, protected SELECT (D.4)',
          fields: {
            cla: 0x0c,
            ins: 0xa4,
            p1: 0x02,
            p2: 0x0c,
            data: hex('8709016375432908C044F68E08BF8B92D635FF24F8'),
            ne: 256,
          },
          encoded: sm.exchanges[0]?.protectedCommand ?? '',
          extended: false,
        },
        {
          name: 'case 2E, Ne 257',
          fields: { cla: 0x00, ins: 0xb0, p1: 0x00, p2: 0x00, ne: 257 },
          encoded: '00b00000000101',
          extended: true,
        },
        {
          name: 'case 2E, Ne 65536 as Le 0000',
          fields: { cla: 0x00, ins: 0xb0, p1: 0x00, p2: 0x00, ne: 65536 },
          encoded: '00b00000000000',
          extended: true,
        },
        {
          name: 'case 3E, 256 data bytes',
          fields: { cla: 0x00, ins: 0xd6, p1: 0x00, p2: 0x00, data: filler(256) },
          encoded: '00d6000000' + '0100' + filler(256).toString('hex'),
          extended: true,
        },
        {
          name: 'case 3S, 255 data bytes stays short',
          fields: { cla: 0x00, ins: 0xd6, p1: 0x00, p2: 0x00, data: filler(255) },
          encoded: '00d60000ff' + filler(255).toString('hex'),
          extended: false,
        },
        {
          name: 'case 4E, 3000 data bytes and Ne 65536',
          fields: { cla: 0x00, ins: 0xd6, p1: 0x00, p2: 0x00, data: filler(3000), ne: 65536 },
          encoded: '00d6000000' + '0bb8' + filler(3000).toString('hex') + '0000',
          extended: true,
        },
        {
          name: 'case 4E, extended by Nc alone with a small Ne',
          fields: { cla: 0x00, ins: 0xd6, p1: 0x00, p2: 0x00, data: filler(300), ne: 5 },
          encoded: '00d6000000' + '012c' + filler(300).toString('hex') + '0005',
          extended: true,
        },
        {
          name: 'case 4E, extended by Ne alone',
          fields: { cla: 0x00, ins: 0xb1, p1: 0x00, p2: 0x00, data: hex('54020001'), ne: 300 },
          encoded: '00b1000000000454020001012c',
          extended: true,
        },
      ]
    for (const row of table) {
      it(`encodes ${row.name}`, () => {
        const apdu = new CommandApdu(row.fields)
        assert.equal(apdu.encode().toString('hex'), row.encoded.toLowerCase())
        assert.equal(apdu.extended, row.extended)
      })
      it(`parses ${row.name}`, () => {
        const apdu = CommandApdu.parse(hex(row.encoded))
        assert.deepEqual(
          { cla: apdu.cla, ins: apdu.ins, p1: apdu.p1, p2: apdu.p2, data: apdu.data, ne: apdu.ne },
          {
            cla: row.fields.cla,
            ins: row.fields.ins,
            p1: row.fields.p1,
            p2: row.fields.p2,
            data: Buffer.from(row.fields.data ?? []),
            ne: row.fields.ne ?? 0,
          },
        )
      })
    }

    it('accepts an extended encoding of a short command and re-encodes it short', () => {
      const apdu = CommandApdu.parse(hex('00d600000000020102'))
      assert.deepEqual(apdu.data, hex('0102'))
      assert.equal(apdu.encode().toString('hex'), '00d60000020102')
    })
  })

  describe('CommandApdu.parse rejects malformed lengths', () => {
    const table = [
      { name: 'no bytes', encoded: '', reason: 'shorter than a header' },
      { name: 'three bytes', encoded: '00a400', reason: 'shorter than a header' },
      {
        name: 'Lc 3 with 2 data bytes',
        encoded: '00a4020c03011e',
        reason: 'the short Lc disagrees',
      },
      { name: 'Lc 2 with 1 data byte', encoded: '00a4020c0201', reason: 'the short Lc disagrees' },
      { name: 'Lc 1 with 3 trailing bytes', encoded: '00a4020c01011e00', reason: 'the short Lc' },
      { name: 'a lone extended marker and one byte', encoded: '00b0000000ff', reason: 'truncated' },
      { name: 'an extended Lc of zero', encoded: '00d6000000000001', reason: 'Lc is zero' },
      {
        name: 'extended Lc 3 with 1 data byte',
        encoded: '00d600000000030102',
        reason: 'extended Lc',
      },
      { name: 'a one-byte extended Le', encoded: '00d6000000000101' + '01', reason: 'extended Lc' },
    ]
    for (const row of table) {
      it(`rejects ${row.name}`, () => {
        assert.throws(
          () => CommandApdu.parse(hex(row.encoded)),
          (e: unknown) =>
            isInvalid(e) &&
            e instanceof AgentError &&
            String(e.details['reason']).includes(row.reason) &&
            e.details['length'] === row.encoded.length / 2,
        )
      })
    }
  })

  describe('CommandApdu.fromHex', () => {
    it('reads hex as a technician types it', () => {
      const apdu = CommandApdu.fromHex(' 00 a4 02 0C:02 01 1e\n')
      assert.equal(apdu.encode().toString('hex'), '00a4020c02011e')
    })
    for (const text of ['00a4020', '00a4020g', 'zz', '0x00a40000']) {
      it(`rejects ${JSON.stringify(text)}`, () => {
        assert.throws(
          () => CommandApdu.fromHex(text),
          (e: unknown) =>
            isInvalid(e) && e instanceof AgentError && e.details['reason'] === 'not-hex',
        )
      })
    }
  })

  describe('CommandApdu fields', () => {
    const base = { cla: 0, ins: 0xb0, p1: 0, p2: 0 }
    const table: { name: string; fields: CommandApduFields; field: string }[] = [
      { name: 'a CLA of 256', fields: { ...base, cla: 256 }, field: 'cla' },
      { name: 'a negative INS', fields: { ...base, ins: -1 }, field: 'ins' },
      { name: 'a fractional P1', fields: { ...base, p1: 1.5 }, field: 'p1' },
      { name: 'a P2 of NaN', fields: { ...base, p2: Number.NaN }, field: 'p2' },
      { name: 'Ne 65537', fields: { ...base, ne: 65537 }, field: 'ne' },
      { name: 'Ne -1', fields: { ...base, ne: -1 }, field: 'ne' },
      { name: 'a fractional Ne', fields: { ...base, ne: 2.5 }, field: 'ne' },
      { name: 'Nc 65536', fields: { ...base, data: Buffer.alloc(65536) }, field: 'data' },
    ]
    for (const row of table) {
      it(`rejects ${row.name}`, () => {
        assert.throws(
          () => new CommandApdu(row.fields),
          (e: unknown) =>
            isInvalid(e) && e instanceof AgentError && e.details['field'] === row.field,
        )
      })
    }

    it('copies the data so later changes to the caller buffer do not leak in', () => {
      const data = hex('011e')
      const apdu = new CommandApdu({ ...base, data })
      data[0] = 0xff
      assert.deepEqual(apdu.data, hex('011e'))
    })
  })

  describe('ResponseApdu', () => {
    const table = [
      { encoded: '9000', data: '', sw: 0x9000, sw1: 0x90, sw2: 0x00 },
      { encoded: '60145f019000', data: '60145f01', sw: 0x9000, sw1: 0x90, sw2: 0x00 },
      { encoded: '6cff', data: '', sw: 0x6cff, sw1: 0x6c, sw2: 0xff },
    ]
    for (const row of table) {
      it(`splits ${row.encoded} into data and SW ${row.sw.toString(16)}`, () => {
        const response = ResponseApdu.parse(hex(row.encoded))
        assert.equal(response.data.toString('hex'), row.data)
        assert.equal(response.sw, row.sw)
        assert.equal(response.sw1, row.sw1)
        assert.equal(response.sw2, row.sw2)
        assert.equal(response.encode().toString('hex'), row.encoded)
      })
    }

    it('rejects fewer than two bytes', () => {
      assert.throws(() => ResponseApdu.parse(hex('90')), isInvalid)
    })

    for (const sw of [-1, 0x10000, 1.5]) {
      it(`rejects SW ${sw}`, () => {
        assert.throws(() => new ResponseApdu(Buffer.alloc(0), sw), isInvalid)
      })
    }
  })
})
