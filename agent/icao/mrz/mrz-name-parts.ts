import { invalidArgument } from '../icao-error'
import { nameComponents } from './name-field'
import { transliterateToLatin } from './transliterate'

/** The holder's name as the applicant record gives it. */
export interface MrzNameInput {
  /** Primary identifier in national characters (Arabic, Kurdish) or already in Latin. */
  readonly primary: string
  /** Secondary identifier; empty when the holder has none. */
  readonly secondary: string
  /**
   * The Latin spelling to keep, e.g. the one on an earlier passport. Given together with
   * `latinSecondary` (which may be empty), or not at all.
   */
  readonly latinPrimary?: string
  readonly latinSecondary?: string
}

/** The name as `buildMrz` takes it, and where its Latin form came from. */
export interface MrzNameParts {
  readonly primaryIdentifier: string
  readonly secondaryIdentifier: string
  /** `given`: the front-end's Latin spelling; `transliterated`: derived from `primary`/`secondary`. */
  readonly source: 'given' | 'transliterated'
}

/**
 * Decides the Latin name for the MRZ. A Latin spelling given by the front-end wins, after the MRZ
 * checks of `nameComponents` (A–Z, space, hyphen, apostrophe, comma; lower-case a–z is
 * upper-cased); otherwise `primary` and `secondary` are transliterated by
 * {@link transliterateToLatin}. Both results are ready for `buildMrz`'s `primaryIdentifier` and
 * `secondaryIdentifier`, which truncate them to the name field.
 *
 * Throws `INVALID_ARGUMENT` naming the field and never the value: `latinSecondary` or
 * `latinPrimary` `required` when only one of the pair is given (a name half given and half
 * transliterated would mix two spellings), `character-not-allowed` for a given spelling outside
 * the MRZ characters, `primaryIdentifier` `required` when the primary would be empty, and
 * `untransliterable` (with `details.letter`) from the transliteration.
 */
export function mrzNameParts(input: MrzNameInput): MrzNameParts {
  const { latinPrimary, latinSecondary } = input
  if (latinPrimary !== undefined || latinSecondary !== undefined) {
    if (latinPrimary === undefined) throw invalidArgument('latinPrimary', 'required')
    if (latinSecondary === undefined) throw invalidArgument('latinSecondary', 'required')
    return withPrimary({
      primaryIdentifier: givenLatin(latinPrimary, 'latinPrimary'),
      secondaryIdentifier: givenLatin(latinSecondary, 'latinSecondary'),
      source: 'given',
    })
  }
  return withPrimary({
    primaryIdentifier: transliterateToLatin(input.primary, 'primary'),
    secondaryIdentifier: transliterateToLatin(input.secondary, 'secondary'),
    source: 'transliterated',
  })
}

function givenLatin(value: string, field: string): string {
  const upper = value.replace(/[a-z]+/g, lower => lower.toUpperCase())
  nameComponents(upper, field)
  return upper.trim().split(/ +/).join(' ')
}

function withPrimary(parts: MrzNameParts): MrzNameParts {
  if (nameComponents(parts.primaryIdentifier, 'primaryIdentifier').length === 0)
    throw invalidArgument('primaryIdentifier', 'required')
  return parts
}
