import { invalidArgument } from '../icao-error'
import type { MrzFormat, Sex } from './mrz-types'

/**
 * Checks of single input fields, each throwing `INVALID_ARGUMENT` with the field name and a reason,
 * never the value.
 */

const LETTERS = /^[A-Z]+$/
const ALPHANUMERIC = /^[A-Z0-9]+$/
const MRZ_CHARACTERS = /^[A-Z0-9<]*$/

/** Longest document number: 9 in line 1 plus 13 overflowing into TD1 optional data 1 (15 − check digit − filler). */
export const TD1_MAX_DOCUMENT_NUMBER = 22
/** A TD3 document number has nine positions and no overflow (Doc 9303-4 §4.2.2.2). */
export const TD3_MAX_DOCUMENT_NUMBER = 9

/**
 * The two-character document code, filler-padded. TD3 starts with P (Doc 9303-4 §4.2.2); TD1 with
 * A, C or I.
 */
export function documentCodeField(format: MrzFormat, value: string): string {
  if (!/^[A-Z]{1,2}$/.test(value)) throw invalidArgument('documentCode', 'character-not-allowed')
  const first = value[0] ?? ''
  const allowedFirst = format === 'TD3' ? ['P'] : ['A', 'C', 'I']
  if (!allowedFirst.includes(first)) throw invalidArgument('documentCode', 'unsupported-format')
  // Doc 9303-5 §4.2.2 note k: never V second, never AI (AC only for crew member certificates).
  if (format === 'TD1' && (value[1] === 'V' || value === 'AI')) {
    throw invalidArgument('documentCode', 'character-not-allowed')
  }
  return value.padEnd(2, '<')
}

/** A Doc 9303-3 §5 letter code of one to three letters, padded with `<` to three characters. */
export function stateCodeField(field: string, value: string): string {
  if (value.length === 0) throw invalidArgument(field, 'required')
  if (value.length > 3) throw invalidArgument(field, 'too-long')
  if (!LETTERS.test(value)) throw invalidArgument(field, 'character-not-allowed')
  return value.padEnd(3, '<')
}

/** The document number, A–Z and 0–9 only, within the format's maximum. */
export function documentNumberValue(format: MrzFormat, value: string): string {
  if (value.length === 0) throw invalidArgument('documentNumber', 'required')
  if (!ALPHANUMERIC.test(value)) throw invalidArgument('documentNumber', 'character-not-allowed')
  const max = format === 'TD1' ? TD1_MAX_DOCUMENT_NUMBER : TD3_MAX_DOCUMENT_NUMBER
  if (value.length > max) throw invalidArgument('documentNumber', 'too-long')
  return value
}

/** Optional data: A–Z, 0–9 and `<`, at most `max` characters. */
export function optionalDataValue(field: string, value: string | undefined, max: number): string {
  const data = value ?? ''
  if (!MRZ_CHARACTERS.test(data)) throw invalidArgument(field, 'character-not-allowed')
  if (data.length > max) throw invalidArgument(field, 'too-long')
  return data
}

/** Sex as printed: M, F, or `<` for X (unspecified), Doc 9303-4 §4.2.2 note on sex. */
export function sexField(value: Sex): string {
  switch (value) {
    case 'M':
    case 'F':
      return value
    case 'X':
      return '<'
    default:
      throw invalidArgument('sex', 'out-of-range')
  }
}
