/**
 * Evolis face and panel geometry (Programming Guide A5013 RevE §Db; docs/evolis-esc.md).
 *
 * A face is 1016 × 648 dots at 300 dpi (a CR80 card, landscape). The printer takes each panel as
 * a portrait raster of 648-dot lines (81 bytes at 1 bit), 1016 lines, as dpavlin/Printer-EVOLIS's
 * driver sends it after `pnmflip -rotate270`. The guide's byte counts (84 624 for 1 bit) do not
 * match 648 × 1016; we follow the geometry, which a working driver pads to (82 296 bytes).
 */
export const FACE_WIDTH = 1016
export const FACE_HEIGHT = 648
export const DPI = 300

/** A panel line: 648 dots. */
export const PANEL_WIDTH = 648
/** Panel lines per face. */
export const PANEL_HEIGHT = 1016

/** The `bits` parameter of `Db` and the bits per dot it stands for (guide §Db). */
export const BITS_PER_DOT: Readonly<Record<number, number>> = { 2: 1, 32: 5, 64: 6, 128: 7 }

/** Bytes of one `Db` payload: every dot, packed most significant bit first, no line padding. */
export function panelBytes(bits: number): number {
  const depth = BITS_PER_DOT[bits]
  if (depth === undefined) throw new RangeError(`Db bits ${bits}: 2, 32, 64 or 128`)
  return (PANEL_WIDTH * PANEL_HEIGHT * depth) / 8
}
