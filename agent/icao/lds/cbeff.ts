import { uintBytes } from '../biometrics/byte-reader'
import { IcaoDecodeError, invalidArgument } from '../icao-error'
import { decodeTlvs, encodeTlv } from '../tlv'

/*
 * The biometric information template group that DG2, DG3 and DG4 wrap (Doc 9303-10 §4.7.2,
 * ISO/IEC 7816-11 Annex C, CBEFF ISO/IEC 19785):
 *
 *   7F61 biometric information group template
 *     02  number of templates that follow
 *     7F60 biometric information template (once per biometric)
 *       A1  biometric header template
 *         80 ICAO header version (optional)  81 biometric type  82 biometric subtype
 *         83 creation date  85 validity period  86 creator       (optional, skipped on read)
 *         87 format owner   88 format type                        (mandatory)
 *       5F2E biometric data block
 */

const TAG = {
  group: 0x7f61,
  count: 0x02,
  template: 0x7f60,
  header: 0xa1,
  type: 0x81,
  subtype: 0x82,
  formatOwner: 0x87,
  formatType: 0x88,
  data: 0x5f2e,
} as const

/** CBEFF biometric types (ISO/IEC 19785-1 §6.5.6) used by the LDS. */
export const BIOMETRIC_TYPE = { face: 0x02, finger: 0x08, iris: 0x10 } as const
/** Format owner ISO/IEC JTC 1/SC 37. */
export const FORMAT_OWNER_SC37 = 0x0101
/** Format types of the ISO/IEC 19794 (2005) generation: face 19794-5, finger 19794-4. */
export const FORMAT_TYPE = { face19794: 0x0008, finger19794: 0x0007 } as const

/** The biometric header template fields this agent writes and reads. */
export interface BiometricHeader {
  readonly type: number
  /** Absent when the header carries no 82 element. */
  readonly subtype?: number
  readonly formatOwner: number
  readonly formatType: number
}

/** One biometric information template: its header and its data block. */
export interface BiometricTemplate {
  readonly header: BiometricHeader
  /** The biometric data block, e.g. a 19794-5 facial record. */
  readonly data: Buffer
}

/** The 7F61 group holding `templates` (1 to 255), each as 7F60 { A1 header, 5F2E data }. */
export function encodeBiometricGroup(templates: readonly BiometricTemplate[]): Buffer {
  if (templates.length === 0) throw invalidArgument('biometrics', 'required')
  if (templates.length > 0xff) throw invalidArgument('biometrics', 'too-long')
  return encodeTlv(TAG.group, [
    encodeTlv(TAG.count, Buffer.from([templates.length])),
    ...templates.map(template =>
      encodeTlv(TAG.template, [encodeHeader(template.header), encodeTlv(TAG.data, template.data)]),
    ),
  ])
}

/**
 * Reads the 7F61 group that is the whole value of a biometric data group. Throws
 * {@link IcaoDecodeError} naming `structure` when the group, a template or its header is missing
 * or malformed, the count disagrees with the templates, or a template holds an encrypted block
 * (7F2E) this agent does not read.
 */
export function decodeBiometricGroup(value: Buffer, structure: string): BiometricTemplate[] {
  const children = decodeTlvs(value, structure)
  const [group, ...rest] = children
  if (group?.tag !== TAG.group || rest.length > 0)
    throw new IcaoDecodeError(structure, 'unexpected-tag')
  const [count, ...templates] = decodeTlvs(group.value, structure)
  if (count?.tag !== TAG.count || count.value.length !== 1) {
    throw new IcaoDecodeError(structure, 'missing-element')
  }
  if ((count.value[0] ?? 0) !== templates.length) throw new IcaoDecodeError(structure, 'bad-value')
  return templates.map(template => {
    if (template.tag !== TAG.template) throw new IcaoDecodeError(structure, 'unexpected-tag')
    const parts = decodeTlvs(template.value, structure)
    const header = parts.find(part => part.tag === TAG.header)
    const data = parts.find(part => part.tag === TAG.data)
    if (!header || !data || parts.length !== 2)
      throw new IcaoDecodeError(structure, 'missing-element')
    return { header: decodeHeader(header.value, structure), data: data.value }
  })
}

function encodeHeader(header: BiometricHeader): Buffer {
  return encodeTlv(TAG.header, [
    encodeTlv(TAG.type, uintBytes('biometricType', header.type, 1)),
    ...(header.subtype === undefined
      ? []
      : [encodeTlv(TAG.subtype, uintBytes('biometricSubtype', header.subtype, 1))]),
    encodeTlv(TAG.formatOwner, uintBytes('formatOwner', header.formatOwner, 2)),
    encodeTlv(TAG.formatType, uintBytes('formatType', header.formatType, 2)),
  ])
}

function decodeHeader(value: Buffer, structure: string): BiometricHeader {
  const elements = new Map<number, Buffer>()
  for (const element of decodeTlvs(value, structure)) {
    if (elements.has(element.tag)) throw new IcaoDecodeError(structure, 'duplicate-element')
    elements.set(element.tag, element.value)
  }
  const number = (tag: number, sizes: readonly number[]): number | undefined => {
    const bytes = elements.get(tag)
    if (bytes === undefined) return undefined
    if (!sizes.includes(bytes.length)) throw new IcaoDecodeError(structure, 'bad-value')
    return bytes.readUIntBE(0, bytes.length)
  }
  // The biometric type may take up to three bytes (19785-1); the LDS values fit in one.
  const type = number(TAG.type, [1, 2, 3])
  const subtype = number(TAG.subtype, [1])
  const formatOwner = number(TAG.formatOwner, [2])
  const formatType = number(TAG.formatType, [2])
  if (type === undefined || formatOwner === undefined || formatType === undefined) {
    throw new IcaoDecodeError(structure, 'missing-element')
  }
  return { type, formatOwner, formatType, ...(subtype === undefined ? {} : { subtype }) }
}
