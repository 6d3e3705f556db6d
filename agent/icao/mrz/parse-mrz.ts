import { isCalendarDate } from '../calendar-date'
import { invalidArgument } from '../icao-error'
import { checkDigitCharacter } from './check-digit'
import type { Mrz, MrzCommonFields, MrzFormat, Sex, Td1Fields, Td3Fields } from './mrz-types'
import { MRZ_SHAPE } from './mrz-types'
import { parseNameField } from './name-field'

/** The check digits of an MRZ, named after the field they protect. */
export type MrzCheck =
  'document-number' | 'date-of-birth' | 'date-of-expiry' | 'personal-number' | 'composite'

/** A field whose content is not what Doc 9303 allows there, whatever its check digit says. */
export interface MrzFieldProblem {
  readonly field: keyof MrzCommonFields
  readonly reason: 'not-a-date' | 'character-not-allowed'
}

/** An MRZ read back and verified. Expected outcomes are values: a failed check is not a throw. */
export interface ParsedMrz extends Mrz {
  /** Check digits that do not match, in the order they appear. Empty when all match. */
  readonly failedChecks: readonly MrzCheck[]
  readonly fieldProblems: readonly MrzFieldProblem[]
  /** True when every check digit matches and no field has a problem. */
  readonly valid: boolean
  /**
   * The name field ends with a letter, so it may have been truncated and must be treated as such
   * (Doc 9303-4 §4.2.3, note to §4.2.3.4).
   */
  readonly nameMayBeTruncated: boolean
}

const MRZ_LINE = /^[A-Z0-9<]+$/

/**
 * Splits, parses and verifies a TD1 or TD3 MRZ: lines → fields, every check digit recomputed.
 * Accepts the lines as an array, as one string with line breaks, or as one string of 90 (TD1) or
 * 88 (TD3) characters. Throws `INVALID_ARGUMENT` (field `mrz`) only when the text is not an MRZ at
 * all — wrong line count or length (`unsupported-format`), a character outside A–Z, 0–9, `<`
 * (`character-not-allowed`). Check digits that do not match are returned in `failedChecks`.
 */
export function parseMrz(text: string | readonly string[]): ParsedMrz {
  const lines = splitLines(text)
  for (const line of lines) {
    if (!MRZ_LINE.test(line)) throw invalidArgument('mrz', 'character-not-allowed')
  }
  const format = formatOf(lines)
  return format === 'TD3' ? parseTd3(lines) : parseTd1(lines)
}

function splitLines(text: string | readonly string[]): string[] {
  if (typeof text !== 'string') return [...text]
  const trimmed = text.trim()
  if (/[\r\n]/.test(trimmed)) return trimmed.split(/\s*\r?\n\s*/)
  const chunk =
    trimmed.length === MRZ_SHAPE.TD1.lines * MRZ_SHAPE.TD1.length
      ? MRZ_SHAPE.TD1.length
      : MRZ_SHAPE.TD3.length
  const lines: string[] = []
  for (let i = 0; i < trimmed.length; i += chunk) lines.push(trimmed.slice(i, i + chunk))
  return lines
}

function formatOf(lines: readonly string[]): MrzFormat {
  for (const format of ['TD1', 'TD3'] as const) {
    const shape = MRZ_SHAPE[format]
    if (lines.length === shape.lines && lines.every(line => line.length === shape.length)) {
      return format
    }
  }
  throw invalidArgument('mrz', 'unsupported-format')
}

function parseTd3(lines: readonly string[]): ParsedMrz {
  const [line1 = '', line2 = ''] = lines
  const checks = new CheckList()
  const documentNumberField = line2.slice(0, 9)
  checks.verify('document-number', documentNumberField, line2[9])
  checks.verify('date-of-birth', line2.slice(13, 19), line2[19])
  checks.verify('date-of-expiry', line2.slice(21, 27), line2[27])
  const personalNumberField = line2.slice(28, 42)
  const personalNumberCheck = line2[42]
  // An unused personal number may carry `<` or 0 as its check digit (Doc 9303-4 §4.2.2.2).
  const unused = /^<+$/.test(personalNumberField)
  if (!(unused && (personalNumberCheck === '<' || personalNumberCheck === '0'))) {
    checks.verify('personal-number', personalNumberField, personalNumberCheck)
  }
  checks.verify(
    'composite',
    line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43),
    line2[43],
  )

  const common = commonFields({
    documentCode: line1.slice(0, 2),
    issuingState: line1.slice(2, 5),
    name: line1.slice(5, 44),
    documentNumber: strip(documentNumberField),
    nationality: line2.slice(10, 13),
    dateOfBirth: line2.slice(13, 19),
    sex: line2[20] ?? '',
    dateOfExpiry: line2.slice(21, 27),
  })
  const fields: Td3Fields = {
    format: 'TD3',
    ...common.fields,
    personalNumber: strip(personalNumberField),
  }
  return result('TD3', lines, fields, checks, common.problems, line1)
}

function parseTd1(lines: readonly string[]): ParsedMrz {
  const [line1 = '', line2 = '', line3 = ''] = lines
  const checks = new CheckList()
  const optionalArea = line1.slice(15, 30)
  let documentNumber: string
  let optionalData1: string
  if (line1[14] === '<' && optionalArea[0] !== '<') {
    // Overflow (Doc 9303-5 §4.2.2, note j): the rest of the number, its check digit, then `<`.
    const terminator = optionalArea.indexOf('<')
    const overflow = terminator < 0 ? optionalArea : optionalArea.slice(0, terminator)
    documentNumber = line1.slice(5, 14) + overflow.slice(0, -1)
    checks.verify('document-number', documentNumber, overflow.length >= 2 ? overflow.at(-1) : '')
    optionalData1 = terminator < 0 ? '' : strip(optionalArea.slice(terminator + 1))
  } else {
    documentNumber = strip(line1.slice(5, 14))
    checks.verify('document-number', line1.slice(5, 14), line1[14])
    optionalData1 = strip(optionalArea)
  }
  checks.verify('date-of-birth', line2.slice(0, 6), line2[6])
  checks.verify('date-of-expiry', line2.slice(8, 14), line2[14])
  checks.verify(
    'composite',
    line1.slice(5, 30) + line2.slice(0, 7) + line2.slice(8, 15) + line2.slice(18, 29),
    line2[29],
  )

  const common = commonFields({
    documentCode: line1.slice(0, 2),
    issuingState: line1.slice(2, 5),
    name: line3,
    documentNumber,
    nationality: line2.slice(15, 18),
    dateOfBirth: line2.slice(0, 6),
    sex: line2[7] ?? '',
    dateOfExpiry: line2.slice(8, 14),
  })
  const fields: Td1Fields = {
    format: 'TD1',
    ...common.fields,
    optionalData1,
    optionalData2: strip(line2.slice(18, 29)),
  }
  return result('TD1', lines, fields, checks, common.problems, line3)
}

interface RawFields {
  readonly documentCode: string
  readonly issuingState: string
  readonly name: string
  readonly documentNumber: string
  readonly nationality: string
  readonly dateOfBirth: string
  readonly sex: string
  readonly dateOfExpiry: string
}

function commonFields(raw: RawFields): { fields: MrzCommonFields; problems: MrzFieldProblem[] } {
  const problems: MrzFieldProblem[] = []
  const lettersOnly = (field: keyof MrzCommonFields, value: string) => {
    if (!/^[A-Z<]*$/.test(value)) problems.push({ field, reason: 'character-not-allowed' })
  }
  lettersOnly('documentCode', raw.documentCode)
  lettersOnly('issuingState', raw.issuingState)
  lettersOnly('nationality', raw.nationality)
  lettersOnly('primaryIdentifier', raw.name)
  if (!isMrzDate(raw.dateOfBirth, true))
    problems.push({ field: 'dateOfBirth', reason: 'not-a-date' })
  if (!isMrzDate(raw.dateOfExpiry, false)) {
    problems.push({ field: 'dateOfExpiry', reason: 'not-a-date' })
  }
  const sex = sexOf(raw.sex)
  if (sex === undefined) problems.push({ field: 'sex', reason: 'character-not-allowed' })
  const name = parseNameField(raw.name)
  return {
    problems,
    fields: {
      documentCode: strip(raw.documentCode),
      issuingState: strip(raw.issuingState),
      nationality: strip(raw.nationality),
      primaryIdentifier: name.primary.join(' '),
      secondaryIdentifier: name.secondary.join(' '),
      documentNumber: raw.documentNumber,
      dateOfBirth: raw.dateOfBirth,
      sex: sex ?? 'X',
      dateOfExpiry: raw.dateOfExpiry,
    },
  }
}

function result(
  format: MrzFormat,
  lines: readonly string[],
  fields: Td1Fields | Td3Fields,
  checks: CheckList,
  fieldProblems: readonly MrzFieldProblem[],
  nameLine: string,
): ParsedMrz {
  return {
    format,
    lines: [...lines],
    fields,
    failedChecks: checks.failed,
    fieldProblems,
    valid: checks.failed.length === 0 && fieldProblems.length === 0,
    nameMayBeTruncated: /[A-Z]$/.test(nameLine),
  }
}

class CheckList {
  readonly failed: MrzCheck[] = []

  verify(check: MrzCheck, field: string, printed: string | undefined): void {
    if (printed !== checkDigitCharacter(field)) this.failed.push(check)
  }
}

/**
 * `YYMMDD` naming a day that exists in some century. A date of birth may hold `<` where a part is
 * unknown (Doc 9303-3 §4.8); the known parts are then not checked further.
 */
function isMrzDate(value: string, fillersAllowed: boolean): boolean {
  if (fillersAllowed && /^[0-9<]{6}$/.test(value) && value.includes('<')) return true
  if (!/^\d{6}$/.test(value)) return false
  const [year, month, day] = [
    Number(value.slice(0, 2)),
    Number(value.slice(2, 4)),
    Number(value.slice(4)),
  ]
  // 29 February of a year ending in 00 exists in 2000 but not in 1900: accept either century.
  return isCalendarDate(2000 + year, month, day) || isCalendarDate(1900 + year, month, day)
}

function sexOf(character: string): Sex | undefined {
  if (character === 'M' || character === 'F') return character
  if (character === '<') return 'X'
  return undefined
}

function strip(value: string): string {
  return value.replace(/<+$/, '')
}
