/**
 * What a field shows for a DocumentContent key: the Latin form and, for names and places, the
 * national-script form. Dates read as Doc 9303-3 §3 prints them in the visual zone (`12 AUG 1974`);
 * sex as the Arabic word beside the Latin letter (Doc 9303-5 field 05/II).
 */
import type { BilingualText, DocumentContent } from './content'
import type { ValueKey } from './template'

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']

const SEX: Readonly<Record<DocumentContent['sex'], BilingualText>> = {
  F: { national: 'أنثى', latin: 'F' },
  M: { national: 'ذكر', latin: 'M' },
  X: { national: '', latin: 'X' },
}

/** The value of `key` in `content`, `{ national: '', latin: '' }` when the content lacks it. */
export function fieldValue(content: DocumentContent, key: ValueKey): BilingualText {
  switch (key) {
    case 'surname':
    case 'givenNames':
    case 'placeOfBirth':
    case 'issuingAuthority':
    case 'address':
      return content[key] ?? EMPTY
    case 'documentNumber':
    case 'nationality':
      return latin(content[key])
    case 'nationalNumber':
      return latin(content.nationalNumber ?? '')
    case 'dateOfBirth':
    case 'dateOfExpiry':
      return latin(dateText(content[key]))
    case 'dateOfIssue':
      return latin(content.dateOfIssue === undefined ? '' : dateText(content.dateOfIssue))
    case 'sex':
      return SEX[content.sex]
  }
}

const EMPTY: BilingualText = { national: '', latin: '' }

function latin(text: string): BilingualText {
  return { national: '', latin: text }
}

/** `1974-08-12` as `12 AUG 1974`; anything else as it is. */
export function dateText(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1]
  return match === null || month === undefined ? date : `${match[3]} ${month} ${match[1]}`
}
