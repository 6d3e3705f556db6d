import assert from 'node:assert/strict'
import { addYears, contentOfDocument, readApplicant } from '../../../../agent/documents/applicant'
import type { DocumentProfile } from '../../../../agent/documents/profile'
import { parseMrz } from '../../../../agent/icao/mrz'
import { AgentError } from '../../../../drivers/core/errors'
import { v1 } from '../../../../protocol'
import { documentData } from '../../../support/applicant'

/** A card profile shaped like the Iraqi national card, without faces (nothing is drawn here). */
const CARD: DocumentProfile = {
  id: 'test-card',
  title: { national: 'البطاقة الوطنية', latin: 'National Card' },
  format: 'TD1',
  documentCode: 'ID',
  issuingState: 'IRQ',
  issuingAuthority: { national: 'مديرية الجنسية العامة', latin: 'General Directorate' },
  validityYears: 10,
  documentNumber: { pattern: '^[A-Z0-9]{9}$', maxLength: 9 },
  nationalNumber: { required: true, pattern: '^[0-9]{12}$', mrzPlacement: 'optional-data-1' },
  faces: [],
  specimen: false,
}
const PASSPORT: DocumentProfile = {
  ...CARD,
  id: 'test-passport',
  format: 'TD3',
  documentCode: 'P',
  documentNumber: { pattern: '^[A-Z][0-9]{7,8}$', maxLength: 9 },
  nationalNumber: { required: false, pattern: '^[0-9]{12}$', mrzPlacement: 'personal-number' },
}

const APPLICANT: v1.IApplicant = {
  primaryName: 'الموسوي',
  secondaryName: 'زينب حسن',
  placeOfBirth: 'البصرة',
  dateOfBirth: '1992-05-17',
  sex: 'F',
  nationalNumber: '199205170043',
  documentNumber: 'AB1234567',
  dateOfIssue: '2026-01-15',
}
const OPTIONS = { today: '2026-12-08', specimen: false }

const refusal = (field: string, reason: string) => (error: unknown) => {
  assert.ok(error instanceof AgentError, String(error))
  assert.equal(error.code, 'INVALID_ARGUMENT')
  assert.equal(error.details.field, field)
  assert.equal(error.details.reason, reason)
  return true
}

describe('readApplicant (applicant + profile → document data and face content)', () => {
  it('transliterates Arabic names into the MRZ and keeps them in national characters for DG11', () => {
    const { document, content, nameSource } = readApplicant(CARD, APPLICANT, OPTIONS)
    assert.equal(nameSource, 'transliterated')
    assert.match(document.primaryIdentifier ?? '', /^[A-Z ]+$/)
    assert.match(document.secondaryIdentifier ?? '', /^[A-Z]+ [A-Z]+$/)
    // Doc 9303-10 §4.7.11: DG11's full name is PRIMARY<<SECONDARY in national characters.
    assert.equal(document.fullName, 'الموسوي<<زينب<حسن')
    assert.equal(document.placeOfBirth, 'البصرة')
    assert.deepEqual(content.surname, {
      national: 'الموسوي',
      latin: document.primaryIdentifier,
    })
    // Doc 9303-3 §6 C: no vowels written, XSS for sad, XAH for teh marbuta.
    assert.deepEqual(content.placeOfBirth, { national: 'البصرة', latin: 'ALBXSSRXAH' })
    const parsed = parseMrz(content.mrzLines)
    assert.equal(parsed.fields.format, 'TD1')
    assert.equal(parsed.fields.documentCode, 'ID')
    assert.equal(parsed.fields.issuingState, 'IRQ')
    assert.equal(parsed.fields.nationality, 'IRQ', 'nationality defaults to the issuing state')
    assert.equal(parsed.fields.documentNumber, 'AB1234567')
    assert.ok(parsed.valid)
    // The profile puts the national number in TD1 optional data 1 (line 1, positions 16–27).
    assert.equal(content.mrzLines[0]?.slice(15, 27), '199205170043')
  })

  it('uses the Latin spelling of an earlier passport instead of transliterating', () => {
    const { document, nameSource } = readApplicant(
      CARD,
      { ...APPLICANT, primaryNameLatin: 'AL-MOUSAWI', secondaryNameLatin: 'Zaynab Hassan' },
      OPTIONS,
    )
    assert.equal(nameSource, 'given')
    assert.equal(document.primaryIdentifier, 'AL-MOUSAWI')
    assert.equal(document.secondaryIdentifier, 'ZAYNAB HASSAN')
    assert.equal(document.fullName, 'الموسوي<<زينب<حسن', 'DG11 keeps the national script')
  })

  it('takes a holder with a Latin name only (a foreign resident)', () => {
    const { document, content } = readApplicant(
      CARD,
      {
        ...APPLICANT,
        primaryName: '',
        secondaryName: '',
        primaryNameLatin: 'OKAFOR',
        secondaryNameLatin: 'CHIDI',
      },
      OPTIONS,
    )
    assert.equal(document.fullName, 'OKAFOR<<CHIDI')
    assert.deepEqual(content.surname, { national: '', latin: 'OKAFOR' })
  })

  it('dates: expiry defaults to issue + the profile validity, issue to today', () => {
    const { document } = readApplicant(
      PASSPORT,
      { ...APPLICANT, documentNumber: 'B1234567', dateOfIssue: '' },
      OPTIONS,
    )
    assert.equal(document.dateOfIssue, '2026-12-08')
    assert.equal(document.dateOfExpiry, '2036-12-08')
    assert.equal(addYears('2024-02-29', 10), '2034-02-28')
  })

  it('puts the national number in the TD3 personal number where the profile says', () => {
    const { content } = readApplicant(
      PASSPORT,
      { ...APPLICANT, documentNumber: 'B1234567' },
      OPTIONS,
    )
    const parsed = parseMrz(content.mrzLines)
    assert.ok(parsed.valid)
    assert.equal(parsed.fields.format === 'TD3' ? parsed.fields.personalNumber : '', '199205170043')
  })

  it('refuses what the profile or the MRZ cannot take, naming the field and never the value', () => {
    const cases: [v1.IApplicant, string, string][] = [
      [
        { ...APPLICANT, documentNumber: 'AB12345678' },
        'applicant.document_number',
        'does-not-match-profile',
      ],
      [
        { ...APPLICANT, documentNumber: 'ab1234567' },
        'applicant.document_number',
        'does-not-match-profile',
      ],
      [{ ...APPLICANT, documentNumber: '' }, 'applicant.document_number', 'missing'],
      [{ ...APPLICANT, nationalNumber: '' }, 'applicant.national_number', 'missing'],
      [
        { ...APPLICANT, nationalNumber: '19920517004X' },
        'applicant.national_number',
        'does-not-match-profile',
      ],
      [
        { ...APPLICANT, primaryName: '', primaryNameLatin: '' },
        'applicant.primary_name',
        'missing',
      ],
      [{ ...APPLICANT, dateOfBirth: '1992-02-30' }, 'applicant.date_of_birth', 'not-a-date'],
      [{ ...APPLICANT, dateOfBirth: '17/05/1992' }, 'applicant.date_of_birth', 'not-yyyy-mm-dd'],
      [{ ...APPLICANT, sex: 'W' }, 'applicant.sex', 'not-m-f-or-x'],
      [{ ...APPLICANT, primaryName: 'Ω' }, 'applicant.primary_name', 'untransliterable'],
      [
        { ...APPLICANT, primaryNameLatin: 'M1LLER', secondaryNameLatin: '' },
        'applicant.primary_name_latin',
        'character-not-allowed',
      ],
      [{ ...APPLICANT, placeOfBirth: 'Ω' }, 'applicant.place_of_birth', 'untransliterable'],
      [{ ...APPLICANT, dateOfExpiry: '1990-01-01' }, 'applicant.dateOfExpiry', 'not-after-birth'],
    ]
    for (const [applicant, field, reason] of cases) {
      let thrown: unknown
      try {
        readApplicant(CARD, applicant, OPTIONS)
      } catch (error) {
        thrown = error
      }
      assert.ok(thrown !== undefined, `${field} ${reason}: accepted`)
      if (field !== 'applicant.dateOfExpiry') refusal(field, reason)(thrown)
      else assert.equal((thrown as AgentError).code, 'INVALID_ARGUMENT')
      const message = (thrown as Error).message
      for (const value of ['الموسوي', 'AB1234567', '199205170043', '1992-05-17']) {
        assert.ok(!message.includes(value), `${field}: the message shows a value`)
      }
    }
  })

  it('draws document data a front-end built itself, Latin only, for a profile of its format', () => {
    const content = contentOfDocument(CARD, documentData('TD1'), { specimen: true })
    assert.equal(content.surname.national, '')
    assert.equal(content.surname.latin, documentData('TD1').primaryIdentifier)
    assert.equal(content.specimen, true)
    assert.equal(content.mrzLines.length, 3)
    assert.throws(
      () => contentOfDocument(PASSPORT, documentData('TD1'), { specimen: false }),
      refusal('profile', 'format-mismatch'),
    )
  })

  it('marks the content specimen when the profile is one, whatever the option', () => {
    const specimen = { ...CARD, specimen: true }
    assert.equal(readApplicant(specimen, APPLICANT, OPTIONS).content.specimen, true)
    assert.equal(readApplicant(CARD, APPLICANT, OPTIONS).content.specimen, false)
    assert.equal(
      readApplicant(CARD, APPLICANT, { ...OPTIONS, specimen: true }).content.specimen,
      true,
    )
  })
})
