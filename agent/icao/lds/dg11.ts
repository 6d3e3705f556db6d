import { IcaoDecodeError, invalidArgument } from '../icao-error'
import { decodeTlvs, encodeTlv } from '../tlv'
import { decodeDate, decodeText, encodeDate, encodeText } from './lds-values'
import { decodeTaggedTemplate, encodeTaggedTemplate, type TemplateElement } from './tagged-template'

/*
 * DG11, additional personal details (Doc 9303-10 §4.7.11; JMRTD DG11File):
 * 6B { 5C tag list, 5F0E full name, A0 { 02 count, 5F0F other name… }, 5F10 personal number,
 * 5F2B full date of birth CCYYMMDD, 5F11 place of birth, 5F42 address, 5F12 telephone,
 * 5F13 profession }. Only present elements are written. Text is UTF-8 in national characters —
 * Arabic and Kurdish as entered, not transliterated (that is the MRZ's business) — and is written
 * as given: `<` separates the parts of a name, a place or an address, as in the Doc 9303-10
 * Appendix A.5 example (5F0E SMITH<<JOHN<J, 5F11 ANYTOWN<MN). {@link dg11FullName} builds the
 * full name that way. The tag list names other names as 5F0F (as JMRTD writes it); A0 is also
 * accepted there when reading.
 */

const DG11_TAG = 0x6b
const OTHER_NAMES_TEMPLATE = 0xa0
const OTHER_NAME = 0x5f0f
const COUNT = 0x02
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
  /** `PRIMARY<<SECONDARY`, components separated by `<`: see {@link dg11FullName}. */
  readonly fullName?: string
  /** Other names, each in the full-name form; an empty list writes nothing. At most 255. */
  readonly otherNames?: readonly string[]
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
  const elements: TemplateElement[] = []
  for (const field of ORDER) {
    const value = details[field]
    if (value !== undefined) {
      elements.push([
        TAG[field],
        field === 'fullDateOfBirth' ? encodeDate(field, value) : encodeText(field, value),
      ])
    }
    if (field === 'fullName' && details.otherNames !== undefined && details.otherNames.length > 0)
      elements.push([OTHER_NAME, encodeOtherNames(details.otherNames), OTHER_NAMES_TEMPLATE])
  }
  return encodeTaggedTemplate(DG11_TAG, elements)
}

/**
 * The DG11 full name (5F0E) from the two identifiers in national characters: `PRIMARY<<SECONDARY`,
 * with each run of spaces inside an identifier written as one `<` (Doc 9303-10 Appendix A.5:
 * SMITH<<JOHN<J). Without a secondary identifier it is the primary alone, as in the MRZ. Letters
 * are kept as they are (UTF-8 on the chip). Throws `INVALID_ARGUMENT` `primary` `required` for a
 * blank primary identifier.
 */
export function dg11FullName(primary: string, secondary: string): string {
  const component = (identifier: string) => identifier.trim().split(/\s+/u).join('<')
  const primaryPart = component(primary)
  if (primaryPart.length === 0) throw invalidArgument('primary', 'required')
  const secondaryPart = component(secondary)
  return secondaryPart.length === 0 ? primaryPart : `${primaryPart}<<${secondaryPart}`
}

function encodeOtherNames(names: readonly string[]): Buffer {
  if (names.length > 0xff) throw invalidArgument('otherNames', 'too-long')
  return Buffer.concat([
    encodeTlv(COUNT, Buffer.from([names.length])),
    ...names.map(name => encodeTlv(OTHER_NAME, encodeText('otherNames', name))),
  ])
}

function decodeOtherNames(structure: string, value: Buffer): string[] {
  const [count, ...names] = decodeTlvs(value, structure)
  if (count?.tag !== COUNT || count.value.length !== 1)
    throw new IcaoDecodeError(structure, 'missing-element')
  if (names.some(name => name.tag !== OTHER_NAME))
    throw new IcaoDecodeError(structure, 'unexpected-tag')
  if (names.length !== count.value[0]) throw new IcaoDecodeError(structure, 'bad-value')
  return names.map(name => decodeText(structure, name.value))
}

/** Decodes DG11; throws {@link IcaoDecodeError} (structure `DG11`) for malformed bytes. */
export function decodeDg11(bytes: Uint8Array): Dg11 {
  const structure = 'DG11'
  const values = decodeTaggedTemplate(
    bytes,
    DG11_TAG,
    structure,
    new Map([[OTHER_NAMES_TEMPLATE, OTHER_NAME]]),
  )
  const result: { -readonly [K in keyof Dg11]: Dg11[K] } = {}
  for (const field of TEXT_FIELDS) {
    const value = values.get(TAG[field])
    if (value !== undefined) result[field] = decodeText(structure, value)
  }
  const otherNames = values.get(OTHER_NAMES_TEMPLATE)
  if (otherNames !== undefined) result.otherNames = decodeOtherNames(structure, otherNames)
  const dateOfBirth = values.get(TAG.fullDateOfBirth)
  if (dateOfBirth !== undefined) result.fullDateOfBirth = decodeDate(structure, dateOfBirth)
  return result
}
