import { invalidArgument } from '../icao-error'

const WEIGHTS = [7, 3, 1] as const

/**
 * The MRZ check digit of Doc 9303-3 §4.9: digits count as themselves, A–Z as 10–35 and the filler
 * `<` as 0; the values are weighted 7, 3, 1 repeating, summed, and taken modulo 10. Throws
 * `INVALID_ARGUMENT` (field `mrz`) for a character outside the MRZ set.
 */
export function mrzCheckDigit(field: string): number {
  let sum = 0
  for (let i = 0; i < field.length; i += 1) {
    sum += characterValue(field.charCodeAt(i)) * (WEIGHTS[i % 3] ?? 0)
  }
  return sum % 10
}

/** {@link mrzCheckDigit} as the character printed in the MRZ. */
export function checkDigitCharacter(field: string): string {
  return String(mrzCheckDigit(field))
}

function characterValue(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30
  if (code >= 0x41 && code <= 0x5a) return code - 0x41 + 10
  if (code === 0x3c) return 0
  throw invalidArgument('mrz', 'character-not-allowed')
}
