import { IcaoDecodeError } from '../icao-error'
import { decodeTagList, decodeTlvs, encodeTagList, encodeTlv, expectTlv } from '../tlv'

/**
 * DG11 and DG12 share one shape (Doc 9303-10 §4.7.11–12): the data group tag around a 5C tag
 * list naming the elements present, then the elements themselves.
 */

const TAG_LIST = 0x5c

/**
 * One element: the tag the 5C list names, its value, and — when it differs — the tag written around
 * the value (DG11 lists other names as 5F0F and writes them inside an A0 template).
 */
export type TemplateElement =
  | readonly [listedTag: number, value: Buffer]
  | readonly [listedTag: number, value: Buffer, writtenTag: number]

/** Writes `outerTag { 5C tags, elements… }` with the elements in the order given. */
export function encodeTaggedTemplate(
  outerTag: number,
  elements: readonly TemplateElement[],
): Buffer {
  return encodeTlv(outerTag, [
    encodeTlv(TAG_LIST, encodeTagList(elements.map(([tag]) => tag))),
    ...elements.map(([tag, value, writtenTag]) => encodeTlv(writtenTag ?? tag, value)),
  ])
}

/**
 * Reads `outerTag { 5C …, elements… }` into a map from the tag written to the value. The tag list
 * must come first and name every element present; an element may not appear twice. `listedAs`
 * maps a written tag to the tag the list may name instead (DG11: A0 listed as 5F0F). Elements this
 * agent does not interpret are kept in the map and ignored by the caller.
 */
export function decodeTaggedTemplate(
  bytes: Uint8Array,
  outerTag: number,
  structure: string,
  listedAs: ReadonlyMap<number, number> = new Map(),
): Map<number, Buffer> {
  const [list, ...elements] = decodeTlvs(expectTlv(bytes, outerTag, structure), structure)
  if (list?.tag !== TAG_LIST) throw new IcaoDecodeError(structure, 'missing-element')
  const listed = new Set(decodeTagList(list.value, structure))
  const values = new Map<number, Buffer>()
  for (const element of elements) {
    if (values.has(element.tag)) throw new IcaoDecodeError(structure, 'duplicate-element')
    const alias = listedAs.get(element.tag)
    if (!listed.has(element.tag) && (alias === undefined || !listed.has(alias)))
      throw new IcaoDecodeError(structure, 'unknown-tag')
    values.set(element.tag, element.value)
  }
  return values
}
