import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import {
  buildMrz,
  type MrzInput,
  type Sex,
  type Td1Input,
  type Td3Input,
} from '../../../../../agent/icao/mrz'
import { formatNameField, nameComponents } from '../../../../../agent/icao/mrz/name-field'
import specimens from '../../../../fixtures/icao9303/mrz-specimens.json'

const td3 = specimens.td3.input as Td3Input
const td1 = specimens.td1.input as Td1Input

const invalid = (field: string, reason: string) => (error: unknown) =>
  error instanceof AgentError &&
  error.code === 'INVALID_ARGUMENT' &&
  error.details.field === field &&
  error.details.reason === reason

describe('agent/icao/mrz buildMrz', () => {
  it('reproduces the ICAO TD3 specimen from structured fields', () => {
    const mrz = buildMrz(td3)
    assert.deepEqual(mrz.lines, specimens.td3.lines)
    assert.equal(mrz.nameTruncated, false)
    assert.deepEqual(mrz.fields, {
      format: 'TD3',
      documentCode: 'P',
      issuingState: 'UTO',
      nationality: 'UTO',
      primaryIdentifier: 'ERIKSSON',
      secondaryIdentifier: 'ANNA MARIA',
      documentNumber: 'L898902C3',
      dateOfBirth: '740812',
      sex: 'F',
      dateOfExpiry: '120415',
      personalNumber: 'ZE184226B',
    })
  })

  it('reproduces the ICAO TD1 specimen from structured fields', () => {
    const mrz = buildMrz(td1)
    assert.deepEqual(mrz.lines, specimens.td1.lines)
    assert.equal(mrz.nameTruncated, false)
  })

  it('prints an unused personal number with the filler as its check digit', () => {
    const [, line2] = buildMrz({ ...td3, personalNumber: '' }).lines
    assert.equal(line2?.slice(28, 43), '<'.repeat(15))
  })

  it('prints sex X as the filler', () => {
    const [, line2] = buildMrz({ ...td3, sex: 'X' }).lines
    assert.equal(line2?.[20], '<')
  })

  it('overflows a TD1 document number longer than nine characters into optional data 1', () => {
    const mrz = buildMrz({ ...td1, documentNumber: 'D231458907AB', optionalData1: 'XYZ' })
    const [line1] = mrz.lines
    // Positions 6–14 the first nine characters, 15 the filler, then the rest, the check digit of
    // the whole number (D231458907AB → 7) and a filler (Doc 9303-5 §4.2.2 note j).
    assert.equal(line1, 'I<UTOD23145890<7AB7<XYZ<<<<<<<')
    assert.equal(mrz.fields.documentNumber, 'D231458907AB')
  })

  it('refuses an overflow that leaves no room for optional data 1', () => {
    assert.throws(
      () => buildMrz({ ...td1, documentNumber: 'D231458907AB', optionalData1: 'X'.repeat(12) }),
      invalid('optionalData1', 'too-long'),
    )
    assert.doesNotThrow(() => buildMrz({ ...td1, documentNumber: 'A'.repeat(22) }))
    assert.throws(
      () => buildMrz({ ...td1, documentNumber: 'A'.repeat(23) }),
      invalid('documentNumber', 'too-long'),
    )
  })

  describe('names (Doc 9303-3 §4.6, 9303-4 §4.2.3, 9303-5 §4.2.3)', () => {
    for (const example of specimens.names) {
      it(`${example.source}: ${example.field}`, () => {
        const field = formatNameField(
          nameComponents(example.primary, 'primaryIdentifier'),
          nameComponents(example.secondary, 'secondaryIdentifier'),
          example.width,
        )
        assert.equal(field.text, example.field)
        assert.equal(field.truncated, example.truncated)
      })
    }

    it('drops apostrophes and turns hyphens, commas and spaces into one filler', () => {
      assert.deepEqual(nameComponents("D'ARTAGNAN", 'f'), ['DARTAGNAN'])
      assert.deepEqual(nameComponents('MARIE-ELISE', 'f'), ['MARIE', 'ELISE'])
      assert.deepEqual(nameComponents('ANNA, MARIA', 'f'), ['ANNA', 'MARIA'])
      assert.deepEqual(nameComponents(' SMITH - JONES ', 'f'), ['SMITH', 'JONES'])
    })

    it('cuts a TD1 secondary identifier to initials from the back and fills the field', () => {
      // Doc 9303-5 §4.2.3.1 b prints ARNPOL<PE<CH, one of the methods left to the issuer; this
      // agent's single rule gives ARNPOL<PET<C, which also ends with a letter.
      const field = formatNameField(['NILAVADHANANANDA'], ['ARNPOL', 'PETCH', 'CHARONGUANG'], 30)
      assert.equal(field.text, 'NILAVADHANANANDA<<ARNPOL<PET<C')
    })

    it('cuts an over-long primary identifier alone and ends it with a letter', () => {
      const field = formatNameField(['A'.repeat(50)], [], 39)
      assert.deepEqual(field, { text: 'A'.repeat(39), truncated: true })
      const several = formatNameField(['AAAAAAAAAAAAAAAAAAAA', 'BBBBBBBBBBBBBBBBBBBB'], [], 39)
      assert.equal(several.text, 'AAAAAAAAAAAAAAAAAAAA<BBBBBBBBBBBBBBBBBB')
    })

    it('keeps two characters of the secondary identifier when the primary has to give way', () => {
      const field = formatNameField(['P'.repeat(45)], ['ANNA'], 39)
      assert.equal(field.text, `${'P'.repeat(35)}<<AN`)
    })

    it('ends a truncated field with a letter even when single-letter components leave a gap', () => {
      const primary = ['A', 'AAAAAAAAA', 'AAAAAAAAAAA', 'AA']
      const field = formatNameField(primary, ['B', 'C'], 30)
      assert.equal(field.text, 'A<AAAAAAAAA<AAAAAAAAAAA<A<<B<C')
      assert.equal(field.truncated, true)
    })

    it('flags truncation in the result of buildMrz', () => {
      const mrz = buildMrz({
        ...td1,
        primaryIdentifier: 'NILAVADHANANANDA',
        secondaryIdentifier: 'CHAYAPA DEJTHAMRONG KRASUANG',
      })
      assert.equal(mrz.nameTruncated, true)
      assert.equal(mrz.lines[2], 'NILAVADHANANANDA<<CHAYAPA<DE<K')
      assert.equal(mrz.fields.secondaryIdentifier, 'CHAYAPA DE K')
    })
  })

  describe('refuses bad input with the field and reason', () => {
    const cases: [string, Partial<MrzInput>, string, string][] = [
      [
        'digits in a name',
        { secondaryIdentifier: 'ANNA 2' },
        'secondaryIdentifier',
        'character-not-allowed',
      ],
      [
        'an accented letter',
        { secondaryIdentifier: 'ANNA MARÍA' },
        'secondaryIdentifier',
        'character-not-allowed',
      ],
      [
        'lower case',
        { primaryIdentifier: 'Eriksson' },
        'primaryIdentifier',
        'character-not-allowed',
      ],
      [
        'an empty primary identifier',
        { primaryIdentifier: " '-" },
        'primaryIdentifier',
        'required',
      ],
      ['a bad document code', { documentCode: 'X' }, 'documentCode', 'unsupported-format'],
      ['a four-letter state', { issuingState: 'UTOP' }, 'issuingState', 'too-long'],
      ['a digit in a nationality', { nationality: 'U2O' }, 'nationality', 'character-not-allowed'],
      [
        'a filler in a document number',
        { documentNumber: 'L898<02C3' },
        'documentNumber',
        'character-not-allowed',
      ],
      [
        'a ten-character TD3 number',
        { documentNumber: 'L898902C31' },
        'documentNumber',
        'too-long',
      ],
      ['an impossible date', { dateOfBirth: '1974-02-29' }, 'dateOfBirth', 'not-a-date'],
      ['a date in another shape', { dateOfExpiry: '15.04.2012' }, 'dateOfExpiry', 'not-a-date'],
      [
        'expiry before birth',
        { dateOfExpiry: '1974-08-11' },
        'dateOfExpiry',
        'expiry-not-after-birth',
      ],
      [
        'expiry on the birthday',
        { dateOfExpiry: '1974-08-12' },
        'dateOfExpiry',
        'expiry-not-after-birth',
      ],
      ['a long personal number', { personalNumber: 'A'.repeat(15) }, 'personalNumber', 'too-long'],
      [
        'punctuation in a personal number',
        { personalNumber: 'ZE-184' },
        'personalNumber',
        'character-not-allowed',
      ],
    ]
    for (const [name, change, field, reason] of cases) {
      it(name, () => {
        assert.throws(() => buildMrz({ ...td3, ...change }), invalid(field, reason))
      })
    }

    it('a sex other than M, F or X from outside the type system', () => {
      assert.throws(() => buildMrz({ ...td3, sex: 'Q' as Sex }), invalid('sex', 'out-of-range'))
    })

    it('a TD1 document code starting with P, with V second, or AI', () => {
      assert.throws(
        () => buildMrz({ ...td1, documentCode: 'AI' }),
        invalid('documentCode', 'character-not-allowed'),
      )
      assert.doesNotThrow(() => buildMrz({ ...td1, documentCode: 'AC' }))
      assert.throws(
        () => buildMrz({ ...td1, documentCode: 'P' }),
        invalid('documentCode', 'unsupported-format'),
      )
      assert.throws(
        () => buildMrz({ ...td1, documentCode: 'IV' }),
        invalid('documentCode', 'character-not-allowed'),
      )
    })

    it('leap days that exist are accepted', () => {
      assert.doesNotThrow(() => buildMrz({ ...td3, dateOfBirth: '2000-02-29' }))
    })
  })
})
