import { AgentError } from '../core/errors'

/** The three MRZ fields BAC keys come from, as printed (dates YYMMDD, no check digits). */
export interface MrzFields {
  readonly documentNumber: string
  readonly dateOfBirth: string
  readonly dateOfExpiry: string
}

/** Up to 22: a TD1 number longer than nine overflows into optional data, and BAC uses it whole. */
const DOCUMENT_NUMBER = /^[0-9A-Z<]{1,22}$/
const DATE = /^[0-9]{2}(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])$/
const WEIGHTS = [7, 3, 1]

/** ICAO 9303 Part 3 §4.9: digits as themselves, A–Z as 10–35, '<' as 0, weights 7 3 1. */
export function mrzCheckDigit(field: string): number {
  let sum = 0
  for (let i = 0; i < field.length; i += 1) {
    const code = field.charCodeAt(i)
    const value = code >= 0x30 && code <= 0x39 ? code - 0x30 : code >= 0x41 ? code - 0x41 + 10 : 0
    sum += value * (WEIGHTS[i % 3] ?? 0)
  }
  return sum % 10
}

/**
 * The MRZ information BAC hashes: document number (padded with '<' to nine characters), date of
 * birth and date of expiry, each followed by its check digit. Throws
 * `AgentError('INVALID_ARGUMENT')` naming the field, never its value (the values are personal
 * data). A TD1 document number longer than nine characters is used whole, with its own check
 * digit, as 9303-11 §9.7.2 asks (truncating it makes BAC fail).
 */
export function mrzInformation(fields: MrzFields): string {
  const documentNumber = fields.documentNumber.padEnd(9, '<')
  if (!DOCUMENT_NUMBER.test(fields.documentNumber)) throw invalid('document_number')
  if (!DATE.test(fields.dateOfBirth)) throw invalid('date_of_birth')
  if (!DATE.test(fields.dateOfExpiry)) throw invalid('date_of_expiry')
  return [documentNumber, fields.dateOfBirth, fields.dateOfExpiry]
    .map(part => `${part}${mrzCheckDigit(part)}`)
    .join('')
}

function invalid(field: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `${field} is not a valid MRZ field`, {
    details: { field, reason: 'bad-mrz-field' },
  })
}
