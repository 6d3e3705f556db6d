import { IcaoDecodeError, invalidArgument } from '../icao-error'
import { MRZ_SHAPE, type MrzFormat } from '../mrz/mrz-types'
import { decodeTlvs, encodeTlv, expectTlv } from '../tlv'

/*
 * DG1 (Doc 9303-10 §4.7.1): 61 { 5F1F MRZ }, the MRZ lines concatenated without separators:
 * 90 characters for TD1 (61 5D 5F1F 5A …), 88 for TD3 (61 5B 5F1F 58 …).
 */

const TAG = { dg1: 0x61, mrz: 0x5f1f } as const
const MRZ_LINE = /^[A-Z0-9<]+$/

/** DG1 read back: the MRZ lines and their format. */
export interface Dg1 {
  readonly format: MrzFormat
  readonly lines: readonly string[]
}

/**
 * Encodes DG1 from MRZ lines (e.g. `buildMrz(...).lines`). Throws `INVALID_ARGUMENT` (field `mrz`)
 * when the lines are not a TD1 or TD3 MRZ.
 */
export function encodeDg1(lines: readonly string[]): Buffer {
  formatOf(
    lines.length,
    lines.map(line => line.length),
  )
  if (!lines.every(line => MRZ_LINE.test(line)))
    throw invalidArgument('mrz', 'character-not-allowed')
  return encodeTlv(TAG.dg1, [encodeTlv(TAG.mrz, Buffer.from(lines.join(''), 'ascii'))])
}

/**
 * Decodes DG1 back into its MRZ lines, split by the length of the data: 90 is TD1, 88 is TD3.
 * Throws {@link IcaoDecodeError} (structure `DG1`) for anything else; the check digits are
 * `parseMrz`'s business.
 */
export function decodeDg1(bytes: Uint8Array): Dg1 {
  const structure = 'DG1'
  const children = decodeTlvs(expectTlv(bytes, TAG.dg1, structure), structure)
  const [mrz] = children
  if (mrz?.tag !== TAG.mrz || children.length !== 1)
    throw new IcaoDecodeError(structure, 'missing-element')
  const text = mrz.value.toString('latin1')
  if (!MRZ_LINE.test(text)) throw new IcaoDecodeError(structure, 'bad-value')
  const format = (['TD1', 'TD3'] as const).find(
    candidate => MRZ_SHAPE[candidate].lines * MRZ_SHAPE[candidate].length === text.length,
  )
  if (format === undefined) throw new IcaoDecodeError(structure, 'bad-length')
  const width = MRZ_SHAPE[format].length
  const lines: string[] = []
  for (let i = 0; i < text.length; i += width) lines.push(text.slice(i, i + width))
  return { format, lines }
}

function formatOf(count: number, lengths: readonly number[]): MrzFormat {
  for (const format of ['TD1', 'TD3'] as const) {
    const shape = MRZ_SHAPE[format]
    if (count === shape.lines && lengths.every(length => length === shape.length)) return format
  }
  throw invalidArgument('mrz', 'unsupported-format')
}
