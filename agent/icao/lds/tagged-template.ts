import { IcaoDecodeError } from '../icao-error'
import { decodeTagList, decodeTlvs, encodeTagList, encodeTlv, expectTlv } from '../tlv'

/**
 * DG11 and DG12 share one shape (Doc 9303-10 §4.7.11–12): the data group tag around a 5C tag
 * list naming the elements present, then the elements themselves.
 */

const TAG_LIST = 0x5c

/** Writes `outerTag { 5C tags, elements… }` with the elements in the order given. */
export function encodeTaggedTemplate(
  outerTag: number,
  elements: readonly (readonly [number, Buffer])[],
): Buffer {
  return encodeTlv(outerTag, [
    encodeTlv(TAG_LIST, encodeTagList(elements.map(([tag]) => tag))),
    ...elements.map(([tag, value]) => encodeTlv(tag, value)),
  ])
}

/**
 * Reads `outerTag { 5C …, elements… }` into a map from tag to value. The tag list must come first
 * and name every element present; an element may not appear twice. Elements this agent does not
 * interpret (e.g. DG11 A0 other names) are kept in the map and ignored by the caller.
 */
export function decodeTaggedTemplate(
  bytes: Uint8Array,
  outerTag: number,
  structure: string,
): Map<number, Buffer> {
  const [list, ...elements] = decodeTlvs(expectTlv(bytes, outerTag, structure), structure)
  if (list?.tag !== TAG_LIST) throw new IcaoDecodeError(structure, 'missing-element')
  const listed = new Set(decodeTagList(list.value, structure))
  const values = new Map<number, Buffer>()
  for (const element of elements) {
    if (values.has(element.tag)) throw new IcaoDecodeError(structure, 'duplicate-element')
    if (!listed.has(element.tag)) throw new IcaoDecodeError(structure, 'unknown-tag')
    values.set(element.tag, element.value)
  }
  return values
}
