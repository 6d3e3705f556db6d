import { IcaoDecodeError, invalidArgument } from '../icao-error'
import { decodeTlvs, encodeTlv, expectTlv } from '../tlv'
import { dataGroupByTag, dataGroupFile, type DataGroupNumber } from './data-group-files'

/*
 * EF.COM (Doc 9303-10 §4.6.1): 60 { 5F01 LDS version, 5F36 Unicode version, 5C tag list }.
 * Example from the reference: LDS 1.7, Unicode 4.0.0, DG1 and DG2 →
 * 60 14 5F01 04 "0107" 5F36 06 "040000" 5C 02 61 75.
 */

const TAG = { com: 0x60, ldsVersion: 0x5f01, unicodeVersion: 0x5f36, tagList: 0x5c } as const

/** The content of EF.COM. */
export interface EfCom {
  /** `aabb` digits: LDS version a.b, e.g. `0107` (1.7) or `0108` (1.8). */
  readonly ldsVersion: string
  /** `aabbcc` digits: Unicode version a.b.c, e.g. `040000`. */
  readonly unicodeVersion: string
  /** The data groups present on the chip. */
  readonly dataGroups: readonly DataGroupNumber[]
}

/**
 * Encodes EF.COM. The tag list names the data groups by their tags in ascending group order, so
 * the same set always gives the same bytes. Throws `INVALID_ARGUMENT` for a version that is not
 * four/six digits or a data group listed twice or outside 1–16.
 */
export function encodeCom(com: EfCom): Buffer {
  if (!/^\d{4}$/.test(com.ldsVersion)) throw invalidArgument('ldsVersion', 'not-well-formed')
  if (!/^\d{6}$/.test(com.unicodeVersion))
    throw invalidArgument('unicodeVersion', 'not-well-formed')
  const groups = [...com.dataGroups].sort((a, b) => a - b)
  if (new Set(groups).size !== groups.length) throw invalidArgument('dataGroups', 'duplicate')
  const tags = groups.map(group => dataGroupFile(group).tag)
  return encodeTlv(TAG.com, [
    encodeTlv(TAG.ldsVersion, Buffer.from(com.ldsVersion, 'ascii')),
    encodeTlv(TAG.unicodeVersion, Buffer.from(com.unicodeVersion, 'ascii')),
    encodeTlv(TAG.tagList, Buffer.from(tags)),
  ])
}

/**
 * Decodes EF.COM into versions and data group numbers (in the order listed). Throws
 * {@link IcaoDecodeError} (structure `EF.COM`) for a missing or repeated element, a version that
 * is not digits, or a tag in the list that names no data group.
 */
export function decodeCom(bytes: Uint8Array): EfCom {
  const structure = 'EF.COM'
  const elements = new Map<number, Buffer>()
  for (const element of decodeTlvs(expectTlv(bytes, TAG.com, structure), structure)) {
    if (elements.has(element.tag)) throw new IcaoDecodeError(structure, 'duplicate-element')
    elements.set(element.tag, element.value)
  }
  const ldsVersion = elements.get(TAG.ldsVersion)
  const unicodeVersion = elements.get(TAG.unicodeVersion)
  const tagList = elements.get(TAG.tagList)
  if (!ldsVersion || !unicodeVersion || !tagList)
    throw new IcaoDecodeError(structure, 'missing-element')
  if (elements.size !== 3) throw new IcaoDecodeError(structure, 'unexpected-tag')
  const digits = (value: Buffer, length: number) => {
    const text = value.toString('latin1')
    if (text.length !== length || !/^\d+$/.test(text))
      throw new IcaoDecodeError(structure, 'bad-value')
    return text
  }
  const dataGroups = [...tagList].map(tag => {
    const group = dataGroupByTag(tag)
    if (group === undefined) throw new IcaoDecodeError(structure, 'unknown-tag')
    return group
  })
  if (new Set(dataGroups).size !== dataGroups.length) {
    throw new IcaoDecodeError(structure, 'duplicate-element')
  }
  return {
    ldsVersion: digits(ldsVersion, 4),
    unicodeVersion: digits(unicodeVersion, 6),
    dataGroups,
  }
}
