import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import { buildMrz, mrzNameParts, type Td3Input } from '../../../../../agent/icao/mrz'
import specimens from '../../../../fixtures/icao9303/mrz-specimens.json'

const td3 = specimens.td3.input as Td3Input

const invalid = (field: string, reason: string) => (error: unknown) =>
  error instanceof AgentError &&
  error.code === 'INVALID_ARGUMENT' &&
  error.details.field === field &&
  error.details.reason === reason

describe('agent/icao/mrz mrzNameParts', () => {
  it('transliterates an Arabic name when no Latin spelling is given', () => {
    assert.deepEqual(mrzNameParts({ primary: 'الرازي', secondary: 'ابو بكر محمد بن زكريا' }), {
      primaryIdentifier: 'ALRAZY',
      secondaryIdentifier: 'ABW BKR MXHMD BN ZKRYA',
      source: 'transliterated',
    })
  })

  it('feeds buildMrz: Doc 9303-3 Appendix B.5.10 as a passport name line', () => {
    const parts = mrzNameParts({ primary: 'الرازي', secondary: 'ابو بكر محمد بن زكريا' })
    const mrz = buildMrz({ ...td3, ...parts })
    assert.equal(mrz.lines[0], 'P<UTOALRAZY<<ABW<BKR<MXHMD<BN<ZKRYA<<<<<<<<<')
    assert.equal(mrz.nameTruncated, false)
  })

  it('keeps the given Latin spelling, upper-cased, instead of transliterating', () => {
    const parts = mrzNameParts({
      primary: 'الرازي',
      secondary: 'محمد',
      latinPrimary: 'al-Razi',
      latinSecondary: "Mohammed  D'Ali",
    })
    assert.deepEqual(parts, {
      primaryIdentifier: 'AL-RAZI',
      secondaryIdentifier: "MOHAMMED D'ALI",
      source: 'given',
    })
    assert.equal(
      buildMrz({ ...td3, ...parts }).lines[0],
      'P<UTOAL<RAZI<<MOHAMMED<DALI<<<<<<<<<<<<<<<<<',
    )
  })

  it('uses the given spelling even where the national name would be refused', () => {
    const parts = mrzNameParts({
      primary: 'ڶ',
      secondary: '',
      latinPrimary: 'SHERKO',
      latinSecondary: '',
    })
    assert.deepEqual(parts, {
      primaryIdentifier: 'SHERKO',
      secondaryIdentifier: '',
      source: 'given',
    })
  })

  it('takes both Latin identifiers or neither', () => {
    assert.throws(
      () => mrzNameParts({ primary: 'علي', secondary: 'حسن', latinPrimary: 'ALI' }),
      invalid('latinSecondary', 'required'),
    )
    assert.throws(
      () => mrzNameParts({ primary: 'علي', secondary: 'حسن', latinSecondary: 'HASAN' }),
      invalid('latinPrimary', 'required'),
    )
  })

  it('checks a given spelling against the MRZ characters, naming the field only', () => {
    for (const latinPrimary of ['MÜLLER', 'ALI 2', 'علي', 'ALI\tHASAN']) {
      assert.throws(
        () => mrzNameParts({ primary: 'x', secondary: '', latinPrimary, latinSecondary: '' }),
        (error: unknown) =>
          invalid('latinPrimary', 'character-not-allowed')(error) &&
          error instanceof AgentError &&
          !error.message.includes(latinPrimary),
        latinPrimary,
      )
    }
  })

  it('requires a primary identifier either way', () => {
    assert.throws(
      () => mrzNameParts({ primary: ' \u0651 ', secondary: 'علي' }),
      invalid('primaryIdentifier', 'required'),
    )
    assert.throws(
      () => mrzNameParts({ primary: 'x', secondary: '', latinPrimary: ' - ', latinSecondary: '' }),
      invalid('primaryIdentifier', 'required'),
    )
  })

  it('names the identifier holding an untransliterable letter', () => {
    assert.throws(
      () => mrzNameParts({ primary: 'علي', secondary: 'ڶ' }),
      (error: unknown) =>
        error instanceof AgentError &&
        error.details.field === 'secondary' &&
        error.details.reason === 'untransliterable' &&
        error.details.letter === 'U+06B6',
    )
  })
})
