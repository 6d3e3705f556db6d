import { DEPTH } from './parser'

/** The face the host sees: 1016 × 648, landscape. */
export const FACE_WIDTH = 1016
export const FACE_HEIGHT = 648
const LINE = 648

/** One received panel: its `bits` code and bitmap. */
export interface ReceivedPanel {
  readonly bits: string
  readonly data: Buffer
}

/**
 * What the printer put on a face, as RGB, from the panels it received: line `l`, dot `d` of a
 * panel is face pixel (x = l, y = 647 − d). Y, M and C densities take away blue, green and red;
 * a K dot is black; the overlay is clear varnish and changes no colour. A missing panel prints
 * nothing.
 */
export function renderFace(panels: ReadonlyMap<string, ReceivedPanel>): Buffer {
  const rgb = Buffer.alloc(FACE_WIDTH * FACE_HEIGHT * 3, 0xff)
  const cyan = reader(panels.get('c'))
  const magenta = reader(panels.get('m'))
  const yellow = reader(panels.get('y'))
  const black = reader(panels.get('k'))
  for (let y = 0; y < FACE_HEIGHT; y += 1) {
    for (let x = 0; x < FACE_WIDTH; x += 1) {
      const dot = x * LINE + (FACE_HEIGHT - 1 - y)
      const at = (y * FACE_WIDTH + x) * 3
      if (black(dot) > 0) {
        rgb[at] = 0
        rgb[at + 1] = 0
        rgb[at + 2] = 0
        continue
      }
      rgb[at] = 255 - cyan(dot)
      rgb[at + 1] = 255 - magenta(dot)
      rgb[at + 2] = 255 - yellow(dot)
    }
  }
  return rgb
}

/** Dot index → density 0–255 of one panel (its n-bit values read most significant bit first). */
function reader(panel: ReceivedPanel | undefined): (dot: number) => number {
  if (panel === undefined) return () => 0
  const depth = DEPTH[panel.bits] ?? 1
  const max = (1 << depth) - 1
  const data = panel.data
  return dot => {
    let value = 0
    const first = dot * depth
    for (let bit = first; bit < first + depth; bit += 1) {
      const byte = data[bit >> 3] ?? 0
      value = (value << 1) | ((byte >> (7 - (bit & 7))) & 1)
    }
    return Math.round((value * 255) / max)
  }
}

/** The printer's own test card (`St`): colour bars over the top half, grey ramp below. */
export function testPattern(): Buffer {
  const rgb = Buffer.alloc(FACE_WIDTH * FACE_HEIGHT * 3)
  const bars = [
    [255, 255, 0],
    [0, 255, 255],
    [0, 255, 0],
    [255, 0, 255],
    [255, 0, 0],
    [0, 0, 255],
  ]
  for (let y = 0; y < FACE_HEIGHT; y += 1) {
    for (let x = 0; x < FACE_WIDTH; x += 1) {
      const at = (y * FACE_WIDTH + x) * 3
      const grey = Math.floor((x * 255) / (FACE_WIDTH - 1))
      const colour: readonly number[] =
        y < FACE_HEIGHT / 2
          ? (bars[Math.floor((x * bars.length) / FACE_WIDTH)] ?? [0, 0, 0])
          : [grey, grey, grey]
      rgb[at] = colour[0] ?? 0
      rgb[at + 1] = colour[1] ?? 0
      rgb[at + 2] = colour[2] ?? 0
    }
  }
  return rgb
}
