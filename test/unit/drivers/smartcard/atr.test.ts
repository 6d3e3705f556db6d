import assert from 'node:assert/strict'
import { AgentError } from '../../../../drivers/core/errors'
import { formatProtocol, parseAtr } from '../../../../drivers/smartcard/atr'

const hex = (value: string): Buffer => Buffer.from(value.replace(/\s/g, ''), 'hex')

describe('drivers/smartcard/atr', () => {
  const table: {
    name: string
    atr: string
    protocols: number[]
    historical: string
    tck?: number
    groups: number
    fi?: number
    di?: number
  }[] = [
    {
      name: 'the idstation virtual card (T=0 and T=1, "IDSTATION")',
      atr: '3B 89 80 01 49 44 53 54 41 54 49 4F 4E 5F',
      protocols: [0, 1],
      historical: Buffer.from('IDSTATION').toString('hex'),
      tck: 0x5f,
      groups: 2,
      fi: 372,
      di: 1,
    },
    {
      name: 'the minimal T=1 ATR from the vpcd notes',
      atr: '3B 80 80 01 01',
      protocols: [0, 1],
      historical: '',
      tck: 0x01,
      groups: 2,
    },
    {
      name: 'a PC/SC part 3 contactless storage card (MIFARE Classic 1K)',
      atr: '3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 01 00 00 00 00 6A',
      protocols: [0, 1],
      historical: '804f0ca00000030603000100000000',
      tck: 0x6a,
      groups: 2,
    },
    {
      name: 'NXP JCOP v2.4.1 (TA1 13, T=1 with TA3/TB3)',
      atr: '3B F8 13 00 00 81 31 FE 45 4A 43 4F 50 76 32 34 31 B7',
      protocols: [1],
      historical: Buffer.from('JCOPv241').toString('hex'),
      tck: 0xb7,
      groups: 3,
      fi: 372,
      di: 4,
    },
    {
      name: 'a Belgian eID card (TA1 96, T=0, then T=1 and T=15 globals)',
      atr: '3B DB 96 00 80 B1 FE 45 1F 83 00 31 C0 64 C7 FC 10 00 01 90 00 74',
      protocols: [0, 1],
      historical: '0031c064c7fc1000019000',
      tck: 0x74,
      groups: 4,
      fi: 512,
      di: 32,
    },
    {
      name: 'a T=0-only card without a TCK',
      atr: '3B 65 00 00 9C 11 01 01 03',
      protocols: [0],
      historical: '9c11010103',
      groups: 1,
    },
    {
      name: 'no interface bytes at all',
      atr: '3B 02 14 50',
      protocols: [0],
      historical: '1450',
      groups: 0,
      fi: 372,
      di: 1,
    },
  ]

  for (const row of table) {
    it(`parses ${row.name}`, () => {
      const atr = parseAtr(hex(row.atr))
      assert.equal(atr.convention, 'direct')
      assert.deepEqual(atr.protocols, row.protocols)
      assert.equal(atr.historicalBytes.toString('hex'), row.historical)
      assert.equal(atr.tck, row.tck)
      assert.equal(atr.tckValid, row.tck === undefined ? undefined : true)
      assert.equal(atr.interfaceBytes.length, row.groups)
      if (row.fi !== undefined) assert.equal(atr.fi, row.fi)
      if (row.di !== undefined) assert.equal(atr.di, row.di)
      assert.equal(atr.raw.toString('hex'), hex(row.atr).toString('hex'))
    })
  }

  it('names the interface bytes of each group', () => {
    const atr = parseAtr(hex('3B F8 13 00 00 81 31 FE 45 4A 43 4F 50 76 32 34 31 B7'))
    assert.deepEqual(atr.interfaceBytes, [
      { index: 1, ta: 0x13, tb: 0x00, tc: 0x00, td: 0x81 },
      { index: 2, td: 0x31 },
      { index: 3, ta: 0xfe, tb: 0x45 },
    ])
  })

  it('reports inverse convention', () => {
    assert.equal(parseAtr(hex('3F 02 14 50')).convention, 'inverse')
  })

  it('reports a wrong TCK without rejecting the ATR', () => {
    const atr = parseAtr(hex('3B 89 80 01 49 44 53 54 41 54 49 4F 4E 5E'))
    assert.equal(atr.tckValid, false)
    assert.equal(atr.historicalBytes.toString(), 'IDSTATION')
  })

  const bad: { atr: string; reason: string }[] = [
    { atr: '', reason: 'empty' },
    { atr: '3B', reason: 'truncated' },
    { atr: '3C 00', reason: 'bad-ts' },
    { atr: '3B 89 80 01 49 44', reason: 'truncated' },
    { atr: '3B 80 80 01', reason: 'truncated' },
    { atr: '3B F0 13 00', reason: 'truncated' },
    { atr: '3B 02 14 50 00', reason: 'trailing-bytes' },
  ]
  for (const row of bad) {
    it(`rejects "${row.atr}" as ${row.reason}`, () => {
      assert.throws(
        () => parseAtr(hex(row.atr)),
        (e: unknown) =>
          e instanceof AgentError &&
          e.code === 'INVALID_ARGUMENT' &&
          e.details.reason === row.reason,
      )
    })
  }

  it('formats protocols as people write them', () => {
    assert.equal(formatProtocol(1), 'T=1')
  })
})
