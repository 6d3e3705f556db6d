import { AgentError } from '../../../drivers/core/errors'
import {
  ARABIC_DIGIT_RANGES,
  ARABIC_LETTERS,
  NOT_ENCODED,
  OBSOLETE_LETTERS,
  SHADDA,
  SORANI_LETTERS,
  TEH_MARBUTA,
} from './arabic-transliteration-table'
import { ARABIC_UNICODE_NAMES } from './arabic-unicode-names'

const LETTER_MRZ: ReadonlyMap<number, string> = new Map(
  [...ARABIC_LETTERS, ...SORANI_LETTERS].map(row => [row.codePoint, row.mrz]),
)
const IGNORED: ReadonlySet<number> = new Set(NOT_ENCODED)
const OBSOLETE: ReadonlySet<number> = new Set(OBSOLETE_LETTERS)

/** Arabic, Arabic Supplement, Arabic Extended-A and both presentation-form blocks. */
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/u
const PRESENTATION_FORM = /[\ufb50-\ufdff\ufe70-\ufefe]/gu
/** Joiners, bidi marks and the byte-order mark: invisible, they carry no letter. */
const INVISIBLE_FORMAT = /[\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu
const WORD_SEPARATORS = /[\s-]+/u
const LATIN_ALLOWED = /^[A-Z '\-,]$/

/**
 * An Arabic-script or Latin name as uppercase MRZ-ready Latin text: words separated by single
 * spaces, no fillers — the input of `buildMrz`'s `primaryIdentifier`/`secondaryIdentifier`, which
 * turns it into the name field (with truncation).
 *
 * Arabic script follows ICAO Doc 9303-3 §6 C letter for letter (arabic-transliteration-table.ts):
 * harakat and tatweel are dropped, shadda writes its letter's sequence twice, teh marbuta is XAH at
 * the end of a word and XTA inside one; nothing is added, so the definite article ال stays AL and a
 * long vowel is the letter that writes it (ا A, و W, ي Y). Kurdish (Sorani) letters Doc 9303 lacks
 * use this agent's documented extension. Presentation forms and composed hamza/madda sequences are
 * normalized first (NFKC / NFC).
 *
 * Text with no Arabic-script character is taken as Latin already: a–z are uppercased, and A–Z,
 * space, hyphen, apostrophe and comma (the characters `nameComponents` accepts) pass through.
 *
 * Throws `INVALID_ARGUMENT` with `details { field, reason: 'untransliterable', letter: 'U+06B6' }`
 * for the first character it cannot write — a letter outside the table, a digit, an obsolete letter
 * (Appendix B.5.8), Latin mixed into Arabic. The message names that one character by code point and
 * Unicode name and never holds the rest of the text.
 */
export function transliterateToLatin(text: string, field = 'name'): string {
  const normalized = normalizeArabicScript(text)
  return ARABIC_SCRIPT.test(normalized)
    ? transliterateArabic(normalized, field)
    : passLatin(normalized, field)
}

function normalizeArabicScript(text: string): string {
  return text
    .replace(INVISIBLE_FORMAT, '')
    .replace(PRESENTATION_FORM, form => form.normalize('NFKC').trim())
    .normalize('NFC')
}

function passLatin(text: string, field: string): string {
  const upper = text.replace(/[a-z]+/g, lower => lower.toUpperCase())
  for (const character of upper) {
    if (/\s/u.test(character)) continue
    if (!LATIN_ALLOWED.test(character)) throw refusal(field, character)
  }
  return upper.split(/\s+/u).filter(Boolean).join(' ')
}

function transliterateArabic(text: string, field: string): string {
  return text
    .split(WORD_SEPARATORS)
    .map(word => transliterateWord(Array.from(word), field))
    .filter(word => word.length > 0)
    .join(' ')
}

function transliterateWord(characters: readonly string[], field: string): string {
  const codePoints = characters.map(character => character.codePointAt(0) ?? 0)
  const isLetter = (codePoint: number) =>
    LETTER_MRZ.has(codePoint) || codePoint === TEH_MARBUTA.codePoint
  const lastLetter = codePoints.findLastIndex(isLetter)
  let out = ''
  // The letters written so far, for shadda: the last one's MRZ sequence and code point.
  let previous: { readonly mrz: string; readonly codePoint: number; doubled: boolean } | undefined
  let beforePrevious: number | undefined
  codePoints.forEach((codePoint, index) => {
    if (IGNORED.has(codePoint)) return
    if (codePoint === SHADDA) {
      // Nothing to double at the start of a word, and a letter is doubled once. Allah (الله) is
      // written with both lams and a shadda on the second; Appendix B.5.5.11 calls it a special
      // case: the doubling is already spelt out, so a shadda on a letter that repeats the one
      // before it adds nothing.
      if (previous === undefined || previous.doubled || beforePrevious === previous.codePoint)
        return
      out += previous.mrz
      previous.doubled = true
      return
    }
    const mrz =
      codePoint === TEH_MARBUTA.codePoint
        ? index === lastLetter
          ? TEH_MARBUTA.endOfComponent
          : TEH_MARBUTA.general
        : LETTER_MRZ.get(codePoint)
    if (mrz === undefined) throw refusal(field, characters[index] ?? '')
    out += mrz
    beforePrevious = previous?.codePoint
    previous = { mrz, codePoint, doubled: false }
  })
  return out
}

/** `U+06B6`: the form `details.letter` and the messages use. */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
}

function refusal(field: string, character: string): AgentError {
  const codePoint = character.codePointAt(0) ?? 0
  const letter = codePointLabel(codePoint)
  const name = ARABIC_UNICODE_NAMES.get(codePoint)
  const label = name === undefined ? letter : `${letter} ${name}`
  return new AgentError(
    'INVALID_ARGUMENT',
    `${field} is invalid: untransliterable: ${label} ${why(codePoint)}`,
    { details: { field, reason: 'untransliterable', letter } },
  )
}

function why(codePoint: number): string {
  if (
    ARABIC_DIGIT_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last) ||
    /\p{Nd}/u.test(String.fromCodePoint(codePoint))
  )
    return 'is a digit, and a name holds none (Doc 9303-3 §4.6)'
  if (OBSOLETE.has(codePoint))
    return 'is obsolete and not transliterated (Doc 9303-3 Appendix B.5.8)'
  if (/[A-Za-z]/.test(String.fromCodePoint(codePoint)))
    return 'is Latin inside an Arabic-script name; give the Latin spelling on its own'
  return 'has no MRZ transliteration'
}
