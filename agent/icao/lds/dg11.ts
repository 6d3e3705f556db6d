import { decodeDate, decodeText, encodeDate, encodeText } from './lds-values'
import { decodeTaggedTemplate, encodeTaggedTemplate } from './tagged-template'

/*
 * DG11, additional personal details (Doc 9303-10 §4.7.11; JMRTD DG11File):
 * 6B { 5C tag list, 5F0E full name, 5F10 personal number, 5F2B full date of birth CCYYMMDD,
 * 5F11 place of birth, 5F42 address, 5F12 telephone, 5F13 profession }. Only present elements
 * are written; text is UTF-8 and written as given (Doc 9303-10 uses `<` to separate parts of a
 * name, address or place, which is the front-end's choice).
 */

const DG11_TAG = 0x6b
const TAG = {
  fullName: 0x5f0e,
  personalNumber: 0x5f10,
  fullDateOfBirth: 0x5f2b,
  placeOfBirth: 0x5f11,
  address: 0x5f42,
  telephone: 0x5f12,
  profession: 0x5f13,
} as const

type TextField = Exclude<keyof typeof TAG, 'fullDateOfBirth'>
const TEXT_FIELDS: readonly TextField[] = [
  'fullName',
  'personalNumber',
  'placeOfBirth',
  'address',
  'telephone',
  'profession',
]
/** The order elements are written in, as Doc 9303-10 lists them. */
const ORDER = [
  'fullName',
  'personalNumber',
  'fullDateOfBirth',
  'placeOfBirth',
  'address',
  'telephone',
  'profession',
] as const

/** The DG11 elements this agent writes and reads; absent means not on the chip. */
export interface Dg11 {
  readonly fullName?: string
  readonly personalNumber?: string
  /** ISO 8601 `YYYY-MM-DD`. */
  readonly fullDateOfBirth?: string
  readonly placeOfBirth?: string
  readonly address?: string
  readonly telephone?: string
  readonly profession?: string
}

/**
 * Encodes DG11 with the elements present, in the order of Doc 9303-10. Throws `INVALID_ARGUMENT`
 * naming the field for empty or malformed text and for a date that does not exist.
 */
export function encodeDg11(details: Dg11): Buffer {
  const elements: [number, Buffer][] = []
  for (const field of ORDER) {
    const value = details[field]
    if (value === undefined) continue
    elements.push([
      TAG[field],
      field === 'fullDateOfBirth' ? encodeDate(field, value) : encodeText(field, value),
    ])
  }
  return encodeTaggedTemplate(DG11_TAG, elements)
}

/** Decodes DG11; throws {@link IcaoDecodeError} (structure `DG11`) for malformed bytes. */
export function decodeDg11(bytes: Uint8Array): Dg11 {
  const structure = 'DG11'
  const values = decodeTaggedTemplate(bytes, DG11_TAG, structure)
  const result: { -readonly [K in keyof Dg11]: Dg11[K] } = {}
  for (const field of TEXT_FIELDS) {
    const value = values.get(TAG[field])
    if (value !== undefined) result[field] = decodeText(structure, value)
  }
  const dateOfBirth = values.get(TAG.fullDateOfBirth)
  if (dateOfBirth !== undefined) result.fullDateOfBirth = decodeDate(structure, dateOfBirth)
  return result
}
