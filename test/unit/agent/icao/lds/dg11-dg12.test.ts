import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import { IcaoDecodeError } from '../../../../../agent/icao/icao-error'
import { decodeDg11, decodeDg12, encodeDg11, encodeDg12 } from '../../../../../agent/icao/lds'
import { decodeTlv, decodeTlvs } from '../../../../../agent/icao/tlv'

const hex = (value: string) => Buffer.from(value.replaceAll(' ', ''), 'hex')
const ascii = (value: string) => Buffer.from(value, 'utf8').toString('hex')
const failsWith = (reason: string) => (error: unknown) =>
  error instanceof IcaoDecodeError && error.reason === reason

describe('agent/icao/lds DG11', () => {
  it('writes only the elements present, after a tag list naming them', () => {
    const dg11 = encodeDg11({ fullName: 'ERIKSSON<<ANNA<MARIA', fullDateOfBirth: '1974-08-12' })
    assert.equal(
      dg11.toString('hex'),
      [
        '6b 28',
        '5c 04 5f0e 5f2b',
        `5f0e 14 ${ascii('ERIKSSON<<ANNA<MARIA')}`,
        `5f2b 08 ${ascii('19740812')}`,
      ]
        .join('')
        .replaceAll(' ', ''),
    )
  })

  it('round-trips every element, UTF-8 text included', () => {
    const details = {
      fullName: 'ÅSTRÖM<<ÉLODIE',
      personalNumber: '740812-1234',
      fullDateOfBirth: '1974-08-12',
      placeOfBirth: 'ZÜRICH<CH',
      address: 'HAUPTSTRASSE 1<8000 ZÜRICH',
      telephone: '+41 44 000 00 00',
      profession: 'INGÉNIEURE',
    }
    const dg11 = encodeDg11(details)
    const [tagList] = decodeTlvs(decodeTlv(dg11).value)
    assert.deepEqual(tagList?.value, hex('5f0e 5f10 5f2b 5f11 5f42 5f12 5f13'))
    assert.deepEqual(decodeDg11(dg11), details)
    assert.deepEqual(decodeDg11(encodeDg11({})), {})
  })

  it('reads a date of birth written as four BCD bytes', () => {
    assert.deepEqual(decodeDg11(hex('6b 0b 5c 02 5f2b 5f2b 04 19740812')), {
      fullDateOfBirth: '1974-08-12',
    })
  })

  it('refuses empty or malformed text and impossible dates, naming the field', () => {
    const cases: [Parameters<typeof encodeDg11>[0], string, string][] = [
      [{ fullName: '' }, 'fullName', 'required'],
      [{ address: 'LINE 1\nLINE 2' }, 'address', 'not-well-formed'],
      [{ profession: 'A\uD800B' }, 'profession', 'not-well-formed'],
      [{ fullDateOfBirth: '1974-13-01' }, 'fullDateOfBirth', 'not-a-date'],
    ]
    for (const [details, field, reason] of cases) {
      assert.throws(
        () => encodeDg11(details),
        (error: unknown) =>
          error instanceof AgentError &&
          error.details.field === field &&
          error.details.reason === reason,
      )
    }
  })

  it('refuses malformed DG11 with a typed error', () => {
    assert.throws(() => decodeDg11(hex('6b 05 5f0e 02 4142')), failsWith('missing-element'))
    assert.throws(() => decodeDg11(hex('6b 09 5c 02 5f10 5f0e 02 4142')), failsWith('unknown-tag'))
    assert.throws(
      () => decodeDg11(hex('6b 0c 5c 02 5f0e 5f0e 01 41 5f0e 01 42')),
      failsWith('duplicate-element'),
    )
    assert.throws(() => decodeDg11(hex('6b 08 5c 02 5f0e 5f0e 01 ff')), failsWith('not-utf8'))
    assert.throws(
      () => decodeDg11(hex('6b 0f 5c 02 5f2b 5f2b 08 3139373430323330')),
      failsWith('not-a-date'),
    )
    assert.throws(
      () => decodeDg11(hex('6b 0b 5c 02 5f2b 5f2b 04 1974081a')),
      failsWith('not-a-date'),
    )
  })
})

describe('agent/icao/lds DG12', () => {
  it('writes issuing authority, date of issue, personalization time (UTC) and system serial', () => {
    const dg12 = encodeDg12({
      issuingAuthority: 'UTOPIA MINISTRY',
      dateOfIssue: '2024-02-29',
      personalizationTime: new Date('2024-03-01T09:08:07.654+02:00'),
      personalizationSystemSerial: 'WS-0042',
    })
    assert.equal(
      dg12.toString('hex'),
      [
        '6c 42',
        '5c 08 5f19 5f26 5f55 5f56',
        `5f19 0f ${ascii('UTOPIA MINISTRY')}`,
        `5f26 08 ${ascii('20240229')}`,
        `5f55 0e ${ascii('20240301070807')}`,
        `5f56 07 ${ascii('WS-0042')}`,
      ]
        .join('')
        .replaceAll(' ', ''),
    )
    assert.deepEqual(decodeDg12(dg12), {
      issuingAuthority: 'UTOPIA MINISTRY',
      dateOfIssue: '2024-02-29',
      personalizationTime: new Date('2024-03-01T07:08:07Z'),
      personalizationSystemSerial: 'WS-0042',
    })
  })

  it('keeps only what is present', () => {
    assert.deepEqual(decodeDg12(encodeDg12({ personalizationSystemSerial: 'WS-1' })), {
      personalizationSystemSerial: 'WS-1',
    })
  })

  it('refuses an invalid Date and impossible moments', () => {
    assert.throws(() => encodeDg12({ personalizationTime: new Date(Number.NaN) }), AgentError)
    assert.throws(() => encodeDg12({ dateOfIssue: '2023-02-29' }), AgentError)
    const moment = (value: string) => hex(`6c 15 5c 02 5f55 5f55 0e ${ascii(value)}`)
    assert.ok(decodeDg12(moment('20240229235959')).personalizationTime instanceof Date)
    for (const bad of ['20240229246000', '20230229120000', '2024022912000A']) {
      assert.throws(() => decodeDg12(moment(bad)), failsWith('not-a-date'), bad)
    }
  })
})
