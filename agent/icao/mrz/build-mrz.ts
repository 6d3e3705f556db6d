import { compareDates, formatYymmdd, parseIsoDate } from '../calendar-date'
import { invalidArgument } from '../icao-error'
import { checkDigitCharacter } from './check-digit'
import {
  documentCodeField,
  documentNumberValue,
  optionalDataValue,
  sexField,
  stateCodeField,
} from './mrz-input-fields'
import type { Mrz, MrzCommonFields, MrzInput, Sex, Td1Input, Td3Input } from './mrz-types'
import { MRZ_SHAPE } from './mrz-types'
import { formatNameField, nameComponents, parseNameField } from './name-field'

/** A built MRZ and whether the holder's name had to be truncated to fit its field. */
export interface BuiltMrz extends Mrz {
  readonly nameTruncated: boolean
}

/**
 * Builds the MRZ of a TD1 or TD3 document from structured data (Doc 9303-3 §4, 9303-4 §4.2.2,
 * 9303-5 §4.2.2), check digits included. Throws `INVALID_ARGUMENT` with `details.field` and
 * `details.reason` for the first field that is not acceptable; neither message nor details ever
 * hold the value.
 */
export function buildMrz(input: MrzInput): BuiltMrz {
  return input.format === 'TD3' ? buildTd3(input) : buildTd1(input)
}

/** The passport MRZ, 2 × 44 (Doc 9303-4 §4.2.2). */
export function buildTd3(input: Td3Input): BuiltMrz {
  const common = commonFields(input)
  const personalNumber = optionalDataValue('personalNumber', input.personalNumber, 14).padEnd(
    14,
    '<',
  )
  const name = formatNameField(common.primary, common.secondary, MRZ_SHAPE.TD3.nameWidth)
  const documentNumber = common.documentNumber.padEnd(9, '<')

  const line1 = `${common.documentCode}${common.issuingState}${name.text}`
  const upToExpiry =
    withCheckDigit(documentNumber) +
    common.nationality +
    withCheckDigit(common.dateOfBirth) +
    common.sexCharacter +
    withCheckDigit(common.dateOfExpiry)
  // An unused personal number may carry `<` as its check digit (Doc 9303-4 §4.2.2 note on position 43).
  const personalNumberCheck = /^<+$/.test(personalNumber)
    ? '<'
    : checkDigitCharacter(personalNumber)
  const beforeComposite = upToExpiry + personalNumber + personalNumberCheck
  // Composite over positions 1–10, 14–20 and 22–43 of line 2.
  const composite = checkDigitCharacter(
    beforeComposite.slice(0, 10) + beforeComposite.slice(13, 20) + beforeComposite.slice(21, 43),
  )
  const lines = [line1, beforeComposite + composite]
  return {
    format: 'TD3',
    lines,
    nameTruncated: name.truncated,
    fields: {
      format: 'TD3',
      ...fieldsOf(common, name.text),
      personalNumber: stripFillers(personalNumber),
    },
  }
}

/**
 * The ID-card MRZ, 3 × 30 (Doc 9303-5 §4.2.2). A document number longer than nine characters
 * overflows: its first nine characters sit in positions 6–14, position 15 holds `<`, and optional
 * data 1 starts with the remaining characters, the check digit of the whole number and a filler.
 */
export function buildTd1(input: Td1Input): BuiltMrz {
  const common = commonFields(input)
  const optionalData1 = optionalDataValue('optionalData1', input.optionalData1, 15)
  const optionalData2 = optionalDataValue('optionalData2', input.optionalData2, 11)
  const name = formatNameField(common.primary, common.secondary, MRZ_SHAPE.TD1.nameWidth)

  let documentPart: string
  let optionalPart: string
  if (common.documentNumber.length <= 9) {
    documentPart = withCheckDigit(common.documentNumber.padEnd(9, '<'))
    optionalPart = optionalData1
  } else {
    const overflow = `${common.documentNumber.slice(9)}${checkDigitCharacter(common.documentNumber)}<`
    documentPart = `${common.documentNumber.slice(0, 9)}<`
    optionalPart = overflow + optionalData1
    if (optionalPart.length > 15) throw invalidArgument('optionalData1', 'too-long')
  }

  const line1 = `${common.documentCode}${common.issuingState}${documentPart}${optionalPart.padEnd(15, '<')}`
  const line2Body =
    withCheckDigit(common.dateOfBirth) +
    common.sexCharacter +
    withCheckDigit(common.dateOfExpiry) +
    common.nationality +
    optionalData2.padEnd(11, '<')
  // Composite over line 1 positions 6–30 and line 2 positions 1–7, 9–15 and 19–29.
  const composite = checkDigitCharacter(
    line1.slice(5, 30) + line2Body.slice(0, 7) + line2Body.slice(8, 15) + line2Body.slice(18, 29),
  )
  const lines = [line1, line2Body + composite, name.text]
  return {
    format: 'TD1',
    lines,
    nameTruncated: name.truncated,
    fields: {
      format: 'TD1',
      ...fieldsOf(common, name.text),
      optionalData1: stripFillers(optionalData1),
      optionalData2: stripFillers(optionalData2),
    },
  }
}

interface CommonFields {
  readonly documentCode: string
  readonly issuingState: string
  readonly nationality: string
  readonly primary: string[]
  readonly secondary: string[]
  readonly documentNumber: string
  readonly dateOfBirth: string
  readonly sex: Sex
  /** The sex as printed: M, F or `<`. */
  readonly sexCharacter: string
  readonly dateOfExpiry: string
}

function commonFields(input: MrzInput): CommonFields {
  const documentCode = documentCodeField(input.format, input.documentCode)
  const issuingState = stateCodeField('issuingState', input.issuingState)
  const nationality = stateCodeField('nationality', input.nationality)
  const primary = nameComponents(input.primaryIdentifier, 'primaryIdentifier')
  if (primary.length === 0) throw invalidArgument('primaryIdentifier', 'required')
  const secondary = nameComponents(input.secondaryIdentifier, 'secondaryIdentifier')
  const documentNumber = documentNumberValue(input.format, input.documentNumber)
  const birth = parseIsoDate(input.dateOfBirth, 'dateOfBirth')
  const expiry = parseIsoDate(input.dateOfExpiry, 'dateOfExpiry')
  if (compareDates(expiry, birth) <= 0)
    throw invalidArgument('dateOfExpiry', 'expiry-not-after-birth')
  return {
    documentCode,
    issuingState,
    nationality,
    primary,
    secondary,
    documentNumber,
    dateOfBirth: formatYymmdd(birth),
    sex: input.sex,
    sexCharacter: sexField(input.sex),
    dateOfExpiry: formatYymmdd(expiry),
  }
}

function fieldsOf(common: CommonFields, nameText: string): MrzCommonFields {
  const name = parseNameField(nameText)
  return {
    documentCode: stripFillers(common.documentCode),
    issuingState: stripFillers(common.issuingState),
    nationality: stripFillers(common.nationality),
    primaryIdentifier: name.primary.join(' '),
    secondaryIdentifier: name.secondary.join(' '),
    documentNumber: common.documentNumber,
    dateOfBirth: common.dateOfBirth,
    sex: common.sex,
    dateOfExpiry: common.dateOfExpiry,
  }
}

function withCheckDigit(field: string): string {
  return field + checkDigitCharacter(field)
}

function stripFillers(value: string): string {
  return value.replace(/<+$/, '')
}
