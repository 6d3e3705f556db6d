import assert from 'node:assert/strict'
import fc from 'fast-check'
import { AgentError } from '../../../../../drivers/core/errors'
import {
  buildMrz,
  parseMrz,
  type MrzInput,
  type Td1Input,
  type Td3Input,
} from '../../../../../agent/icao/mrz'
import specimens from '../../../../fixtures/icao9303/mrz-specimens.json'

const td3 = specimens.td3.input as Td3Input
const td1 = specimens.td1.input as Td1Input

const replaceAt = (line: string, index: number, character: string) =>
  line.slice(0, index) + character + line.slice(index + 1)

describe('agent/icao/mrz parseMrz', () => {
  it('parses and verifies the ICAO TD3 specimen', () => {
    const parsed = parseMrz(specimens.td3.lines)
    assert.equal(parsed.valid, true)
    assert.deepEqual(parsed.failedChecks, [])
    assert.deepEqual(parsed.fields, buildMrz(td3).fields)
    assert.equal(parsed.nameMayBeTruncated, false)
  })

  it('parses and verifies the ICAO TD1 specimen', () => {
    const parsed = parseMrz(specimens.td1.lines)
    assert.equal(parsed.valid, true)
    assert.deepEqual(parsed.fields, {
      format: 'TD1',
      documentCode: 'I',
      issuingState: 'UTO',
      nationality: 'UTO',
      primaryIdentifier: 'ERIKSSON',
      secondaryIdentifier: 'ANNA MARIA',
      documentNumber: 'D23145890',
      dateOfBirth: '740812',
      sex: 'F',
      dateOfExpiry: '120415',
      optionalData1: '',
      optionalData2: '',
    })
  })

  it('accepts the lines joined by a line break or run together', () => {
    assert.equal(parseMrz(specimens.td3.lines.join('\n')).valid, true)
    assert.equal(parseMrz(`  ${specimens.td1.lines.join('\r\n')}\n`).valid, true)
    assert.equal(parseMrz(specimens.td1.lines.join('')).format, 'TD1')
    assert.equal(parseMrz(specimens.td3.lines.join('')).format, 'TD3')
  })

  it('names each check digit that does not match', () => {
    const [l1 = '', l2 = ''] = specimens.td3.lines
    const cases: [number, string, string[]][] = [
      [9, '5', ['document-number', 'composite']],
      [19, '3', ['date-of-birth', 'composite']],
      [27, '8', ['date-of-expiry', 'composite']],
      [42, '2', ['personal-number', 'composite']],
      [43, '1', ['composite']],
      [0, 'K', ['document-number', 'composite']],
      [10, 'X', []],
    ]
    for (const [index, character, failed] of cases) {
      const parsed = parseMrz([l1, replaceAt(l2, index, character)])
      assert.deepEqual(parsed.failedChecks, failed, `position ${index + 1}`)
      assert.equal(parsed.valid, failed.length === 0)
    }
  })

  it('checks the TD1 composite over all three areas', () => {
    const [l1 = '', l2 = '', l3 = ''] = specimens.td1.lines
    assert.deepEqual(parseMrz([replaceAt(l1, 20, 'B'), l2, l3]).failedChecks, ['composite'])
    assert.deepEqual(parseMrz([l1, replaceAt(l2, 20, 'B'), l3]).failedChecks, ['composite'])
    assert.deepEqual(parseMrz([l1, replaceAt(l2, 15, 'X'), l3]).failedChecks, [])
  })

  it('accepts 0 or the filler as the check digit of an unused personal number', () => {
    const [l1 = '', l2 = ''] = buildMrz({ ...td3, personalNumber: '' }).lines
    assert.equal(parseMrz([l1, l2]).valid, true)
    const zero = replaceAt(l2, 42, '0')
    // The composite covers position 43 and '<' and '0' weigh the same, so it still matches.
    assert.equal(parseMrz([l1, zero]).valid, true)
    assert.deepEqual(parseMrz([l1, replaceAt(l2, 42, '1')]).failedChecks, [
      'personal-number',
      'composite',
    ])
  })

  it('reads a TD1 overflow document number with its check digit', () => {
    const built = buildMrz({ ...td1, documentNumber: 'D231458907AB', optionalData1: 'XYZ' })
    const parsed = parseMrz(built.lines)
    assert.equal(parsed.valid, true)
    assert.equal(parsed.fields.documentNumber, 'D231458907AB')
    assert.equal(parsed.fields.format === 'TD1' && parsed.fields.optionalData1, 'XYZ')

    const [l1 = '', l2 = '', l3 = ''] = built.lines
    assert.deepEqual(parseMrz([replaceAt(l1, 18, '0'), l2, l3]).failedChecks, [
      'document-number',
      'composite',
    ])
  })

  it('reports a field that is not a date or holds a letter where none belongs', () => {
    const [l1 = '', l2 = ''] = specimens.td3.lines
    const badMonth = parseMrz([l1, replaceAt(replaceAt(l2, 15, '1'), 16, '3')])
    assert.deepEqual(badMonth.fieldProblems, [{ field: 'dateOfBirth', reason: 'not-a-date' }])
    assert.equal(badMonth.valid, false)
    const badSex = parseMrz([l1, replaceAt(l2, 20, 'Q')])
    assert.deepEqual(badSex.fieldProblems, [{ field: 'sex', reason: 'character-not-allowed' }])
    const unknownBirthday = parseMrz([l1, replaceAt(replaceAt(l2, 17, '<'), 18, '<')])
    assert.deepEqual(unknownBirthday.fieldProblems, [])
  })

  it('says a name that reaches the last position may be truncated', () => {
    const mrz = buildMrz({
      ...td3,
      primaryIdentifier: 'PAPANDROPOULOUS',
      secondaryIdentifier: 'JONATHON WARREN TREVOR',
    })
    assert.equal(mrz.nameTruncated, false)
    assert.equal(parseMrz(mrz.lines).nameMayBeTruncated, true)
  })

  it('throws INVALID_ARGUMENT for text that is no MRZ, without echoing it', () => {
    const cases: [string | string[], string][] = [
      ['', 'unsupported-format'],
      [[specimens.td3.lines[0] ?? ''], 'unsupported-format'],
      [specimens.td3.lines.map(line => line.slice(1)), 'unsupported-format'],
      [specimens.td1.lines.slice(0, 2), 'unsupported-format'],
      [specimens.td3.lines.map(line => line.toLowerCase()), 'character-not-allowed'],
    ]
    for (const [text, reason] of cases) {
      assert.throws(
        () => parseMrz(text),
        (error: unknown) =>
          error instanceof AgentError &&
          error.details.reason === reason &&
          !error.message.includes('ERIKSSON'),
      )
    }
  })

  describe('round trip', () => {
    const LETTERS = Array.from({ length: 26 }, (_, i) => String.fromCharCode(0x41 + i))
    const DIGITS = Array.from({ length: 10 }, (_, i) => String(i))
    const letters = (min: number, max: number) =>
      fc.string({
        unit: fc.constantFrom(...LETTERS),
        minLength: min,
        maxLength: max,
      })
    const alphanumeric = (min: number, max: number) =>
      fc.string({
        unit: fc.constantFrom(...LETTERS, ...DIGITS),
        minLength: min,
        maxLength: max,
      })
    const name = (min: number) =>
      fc.array(letters(1, 14), { minLength: min, maxLength: 4 }).chain(parts =>
        fc
          .array(fc.constantFrom(' ', '-', ', ', ' '), {
            minLength: parts.length,
            maxLength: parts.length,
          })
          .map(separators =>
            parts.map((part, i) => (i === 0 ? part : `${separators[i] ?? ' '}${part}`)).join(''),
          ),
      )
    const dates = fc
      .tuple(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2060-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 36_500 }),
      )
      .map(([birth, days]) => {
        const expiry = new Date(birth.getTime() + days * 86_400_000)
        return [birth.toISOString().slice(0, 10), expiry.toISOString().slice(0, 10)] as const
      })
      .filter(([, expiry]) => expiry < '9999')
    const common = fc.record({
      issuingState: letters(1, 3),
      nationality: letters(1, 3),
      primaryIdentifier: name(1),
      secondaryIdentifier: name(0),
      sex: fc.constantFrom('M' as const, 'F' as const, 'X' as const),
      dates,
    })
    const inputs: fc.Arbitrary<MrzInput> = fc.oneof(
      fc
        .tuple(common, fc.constantFrom('P', 'PP', 'PD'), alphanumeric(1, 9), alphanumeric(0, 14))
        .map(([c, documentCode, documentNumber, personalNumber]) => ({
          format: 'TD3' as const,
          documentCode,
          issuingState: c.issuingState,
          nationality: c.nationality,
          primaryIdentifier: c.primaryIdentifier,
          secondaryIdentifier: c.secondaryIdentifier,
          sex: c.sex,
          dateOfBirth: c.dates[0],
          dateOfExpiry: c.dates[1],
          documentNumber,
          personalNumber,
        })),
      fc
        .tuple(
          common,
          fc.constantFrom('I', 'ID', 'AC', 'C'),
          alphanumeric(1, 22),
          alphanumeric(0, 15),
          alphanumeric(0, 11),
        )
        .map(([c, documentCode, documentNumber, optional1, optionalData2]) => ({
          format: 'TD1' as const,
          documentCode,
          issuingState: c.issuingState,
          nationality: c.nationality,
          primaryIdentifier: c.primaryIdentifier,
          secondaryIdentifier: c.secondaryIdentifier,
          sex: c.sex,
          dateOfBirth: c.dates[0],
          dateOfExpiry: c.dates[1],
          documentNumber,
          // What an overflowing number leaves of the 15 positions.
          optionalData1: optional1.slice(
            0,
            documentNumber.length > 9 ? Math.max(0, 15 - (documentNumber.length - 9) - 2) : 15,
          ),
          optionalData2,
        })),
    )

    it('parses what it builds into the same fields, every check digit valid', () => {
      fc.assert(
        fc.property(inputs, input => {
          const built = buildMrz(input)
          const parsed = parseMrz(built.lines)
          assert.deepEqual(parsed.failedChecks, [])
          assert.deepEqual(parsed.fieldProblems, [])
          assert.deepEqual(parsed.fields, built.fields)
          const width = input.format === 'TD1' ? 30 : 44
          assert.ok(built.lines.every(line => line.length === width))
          if (built.nameTruncated) assert.equal(parsed.nameMayBeTruncated, true)
        }),
        { numRuns: 500 },
      )
    })
  })
})
