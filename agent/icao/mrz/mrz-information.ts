import { invalidArgument } from '../icao-error'
import { checkDigitCharacter } from './check-digit'
import type { MrzCommonFields } from './mrz-types'

/** The three MRZ fields BAC derives its keys from, as a chip's personalisation takes them. */
export interface BacSeedFields {
  /** The full document number, padded with `<` to at least nine characters. */
  readonly documentNumber: string
  /** `YYMMDD`. */
  readonly dateOfBirth: string
  /** `YYMMDD`. */
  readonly dateOfExpiry: string
}

type BacSource = Pick<MrzCommonFields, 'documentNumber' | 'dateOfBirth' | 'dateOfExpiry'>

const DOCUMENT_NUMBER = /^[A-Z0-9<]{1,22}$/

/**
 * The BAC seed fields of a document (from {@link buildMrz} or {@link parseMrz}). The document
 * number is the full one — a TD1 number longer than nine characters keeps its overflow, since
 * cutting it to nine makes BAC fail — and a shorter one is padded with `<` to nine, as printed.
 * Throws `INVALID_ARGUMENT` naming the field (never its value) for anything that cannot be in an
 * MRZ.
 */
export function bacSeedFields(document: BacSource): BacSeedFields {
  if (!DOCUMENT_NUMBER.test(document.documentNumber)) {
    throw invalidArgument('documentNumber', 'character-not-allowed')
  }
  if (!/^[0-9<]{6}$/.test(document.dateOfBirth)) throw invalidArgument('dateOfBirth', 'not-a-date')
  if (!/^\d{6}$/.test(document.dateOfExpiry)) throw invalidArgument('dateOfExpiry', 'not-a-date')
  return {
    documentNumber: document.documentNumber.padEnd(9, '<'),
    dateOfBirth: document.dateOfBirth,
    dateOfExpiry: document.dateOfExpiry,
  }
}

/**
 * MRZ_information of Doc 9303-11 §4.3.1 (BAC key seed input): document number ‖ check digit ‖
 * date of birth ‖ check digit ‖ date of expiry ‖ check digit. For a TD1 overflow the document
 * number and its check digit cover all characters, not the nine printed in line 1.
 */
export function mrzInformation(document: BacSource): string {
  const seed = bacSeedFields(document)
  return [seed.documentNumber, seed.dateOfBirth, seed.dateOfExpiry]
    .map(field => field + checkDigitCharacter(field))
    .join('')
}
