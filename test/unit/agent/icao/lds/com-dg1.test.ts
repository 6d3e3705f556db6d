import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import { IcaoDecodeError } from '../../../../../agent/icao/icao-error'
import { decodeCom, decodeDg1, encodeCom, encodeDg1 } from '../../../../../agent/icao/lds'
import { buildMrz, parseMrz, type Td1Input, type Td3Input } from '../../../../../agent/icao/mrz'
import specimens from '../../../../fixtures/icao9303/mrz-specimens.json'

const hex = (value: string) => Buffer.from(value.replaceAll(' ', ''), 'hex')
const failsWith = (reason: string) => (error: unknown) =>
  error instanceof IcaoDecodeError && error.reason === reason

describe('agent/icao/lds EF.COM', () => {
  const vector = '60145F0104303130375F36063034303030305C026175'

  it('reproduces the LDS 1.7 example and reads it back', () => {
    const com = { ldsVersion: '0107', unicodeVersion: '040000', dataGroups: [1, 2] } as const
    assert.equal(encodeCom(com).toString('hex').toUpperCase(), vector)
    assert.deepEqual(decodeCom(hex(vector)), com)
  })

  it('lists the tags in data group order whatever order they came in', () => {
    const bytes = encodeCom({
      ldsVersion: '0108',
      unicodeVersion: '040000',
      dataGroups: [15, 1, 14, 2, 11, 12],
    })
    assert.equal(bytes.subarray(-8).toString('hex'), '5c0661756b6c6e6f')
    assert.deepEqual(decodeCom(bytes).dataGroups, [1, 2, 11, 12, 14, 15])
  })

  it('refuses bad versions and repeated groups', () => {
    assert.throws(
      () => encodeCom({ ldsVersion: '1.7', unicodeVersion: '040000', dataGroups: [1] }),
      AgentError,
    )
    assert.throws(
      () => encodeCom({ ldsVersion: '0107', unicodeVersion: '4', dataGroups: [1] }),
      AgentError,
    )
    assert.throws(
      () => encodeCom({ ldsVersion: '0107', unicodeVersion: '040000', dataGroups: [1, 1] }),
      AgentError,
    )
  })

  it('refuses malformed EF.COM with a typed error', () => {
    const cases: [string, string][] = [
      ['61145F0104303130375F36063034303030305C026175', 'unexpected-tag'],
      ['60105F0104303130375F3606303430303030', 'missing-element'],
      ['60145F0104303130375F36063034303030305C026171', 'unknown-tag'],
      ['60145F0104303130375F36063034303030305C026161', 'duplicate-element'],
      ['60175F0104303130375F36063034303030305C0261755F0100', 'duplicate-element'],
      ['60165F0104303130375F36063034303030305C0261750200', 'unexpected-tag'],
      ['60145F0104303130415F36063034303030305C026175', 'bad-value'],
    ]
    for (const [input, reason] of cases) {
      assert.throws(() => decodeCom(hex(input)), failsWith(reason), input)
    }
  })
})

describe('agent/icao/lds DG1', () => {
  it('wraps a TD1 MRZ as 61 5D 5F1F 5A and a TD3 MRZ as 61 5B 5F1F 58', () => {
    const td1 = encodeDg1(specimens.td1.lines)
    assert.equal(td1.subarray(0, 5).toString('hex'), '615d5f1f5a')
    assert.equal(td1.length, 95)
    assert.equal(td1.subarray(5).toString('ascii'), specimens.td1.lines.join(''))
    const td3 = encodeDg1(specimens.td3.lines)
    assert.equal(td3.subarray(0, 5).toString('hex'), '615b5f1f58')
    assert.equal(td3.length, 93)
  })

  it('gives the MRZ lines back, which parse and verify', () => {
    for (const input of [specimens.td1.input as Td1Input, specimens.td3.input as Td3Input]) {
      const built = buildMrz(input)
      const dg1 = decodeDg1(encodeDg1(built.lines))
      assert.equal(dg1.format, built.format)
      assert.deepEqual(dg1.lines, built.lines)
      assert.equal(parseMrz(dg1.lines).valid, true)
    }
  })

  it('refuses lines that are no MRZ', () => {
    assert.throws(() => encodeDg1(['P<UTO']), AgentError)
    assert.throws(() => encodeDg1(specimens.td3.lines.map(line => line.toLowerCase())), AgentError)
  })

  it('refuses malformed DG1 with a typed error', () => {
    const good = encodeDg1(specimens.td3.lines)
    const shortMrz = Buffer.concat([hex('615a5f1f57'), good.subarray(5, -1)])
    assert.throws(() => decodeDg1(shortMrz), failsWith('bad-length'))
    const lower = Buffer.from(good)
    lower[10] = 0x61
    assert.throws(() => decodeDg1(lower), failsWith('bad-value'))
    assert.throws(() => decodeDg1(hex('6103 5f2000')), failsWith('missing-element'))
    assert.throws(() => decodeDg1(good.subarray(0, 50)), failsWith('truncated'))
  })
})
