import { invalidArgument } from '../icao-error'

/**
 * The elementary files of the eMRTD application: file identifier, short file identifier and the
 * tag of the TLV each file holds (Doc 9303-10 §4.6 table of LDS files; FIDs and SFIs as JMRTD
 * PassportService, tags as JMRTD LDSFile). The personalisation job creates and selects files by
 * FID; EF.COM lists data groups by tag.
 */

/** The number of a data group of LDS 1.7/1.8. */
export type DataGroupNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15 | 16

/** A data group by number, or EF.COM / EF.SOD by name. */
export type LdsFileKey = DataGroupNumber | 'COM' | 'SOD'

/** One elementary file of the application. */
export interface LdsFile {
  /** `EF.COM`, `EF.DG1` … `EF.DG16`, `EF.SOD`. */
  readonly name: string
  readonly fid: number
  readonly sfi: number
  readonly tag: number
  /** Set for data groups only. */
  readonly dataGroup?: DataGroupNumber
}

const DATA_GROUP_TAGS = [
  0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f, 0x70,
] as const

const DATA_GROUPS: readonly LdsFile[] = DATA_GROUP_TAGS.map((tag, index) => {
  const dataGroup = (index + 1) as DataGroupNumber
  return { name: `EF.DG${dataGroup}`, fid: 0x0100 + dataGroup, sfi: dataGroup, tag, dataGroup }
})

const COM: LdsFile = { name: 'EF.COM', fid: 0x011e, sfi: 0x1e, tag: 0x60 }
const SOD: LdsFile = { name: 'EF.SOD', fid: 0x011d, sfi: 0x1d, tag: 0x77 }

/** EF.COM, DG1–DG16 and EF.SOD in that order. */
export const LDS_FILES: readonly LdsFile[] = [COM, ...DATA_GROUPS, SOD]

/** The row for a data group number, `'COM'` or `'SOD'`. */
export function dataGroupFile(key: LdsFileKey): LdsFile {
  if (key === 'COM') return COM
  if (key === 'SOD') return SOD
  const file = DATA_GROUPS[key - 1]
  // The type admits 1–16 only; a number from outside the type system still gets a clear answer.
  if (file === undefined) throw invalidArgument('dataGroup', 'out-of-range')
  return file
}

/** The data group whose file holds `tag` (61 → 1, 75 → 2, …), or undefined for any other tag. */
export function dataGroupByTag(tag: number): DataGroupNumber | undefined {
  return DATA_GROUPS.find(file => file.tag === tag)?.dataGroup
}
