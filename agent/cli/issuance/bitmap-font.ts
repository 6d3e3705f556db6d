/**
 * Our own 5 × 7 bitmap font for the documents the CLI and the demo render as a front-end: A–Z,
 * 0–9, the MRZ filler `<`, space and . , - / : ' (and `?` for anything else). Zero carries a
 * slash so it never reads as O, which matters in an MRZ. Each glyph sits in a 6 × 9 cell (one
 * blank column on the right, two blank rows below), so text is a grid a template match can read
 * back exactly.
 */

export const GLYPH_WIDTH = 5
export const GLYPH_HEIGHT = 7
/** Horizontal advance per character, in font pixels. */
export const CELL_WIDTH = 6
/** Line pitch, in font pixels. */
export const CELL_HEIGHT = 9

/** Rows top to bottom, `#` inked and `.` blank, GLYPH_WIDTH characters each. */
const DRAWINGS: readonly (readonly [string, readonly string[]])[] = [
  ['A', ['.###.', '#...#', '#...#', '#####', '#...#', '#...#', '#...#']],
  ['B', ['####.', '#...#', '#...#', '####.', '#...#', '#...#', '####.']],
  ['C', ['.###.', '#...#', '#....', '#....', '#....', '#...#', '.###.']],
  ['D', ['####.', '#...#', '#...#', '#...#', '#...#', '#...#', '####.']],
  ['E', ['#####', '#....', '#....', '####.', '#....', '#....', '#####']],
  ['F', ['#####', '#....', '#....', '####.', '#....', '#....', '#....']],
  ['G', ['.###.', '#...#', '#....', '#.###', '#...#', '#...#', '.####']],
  ['H', ['#...#', '#...#', '#...#', '#####', '#...#', '#...#', '#...#']],
  ['I', ['.###.', '..#..', '..#..', '..#..', '..#..', '..#..', '.###.']],
  ['J', ['..###', '...#.', '...#.', '...#.', '...#.', '#..#.', '.##..']],
  ['K', ['#...#', '#..#.', '#.#..', '##...', '#.#..', '#..#.', '#...#']],
  ['L', ['#....', '#....', '#....', '#....', '#....', '#....', '#####']],
  ['M', ['#...#', '##.##', '#.#.#', '#.#.#', '#...#', '#...#', '#...#']],
  ['N', ['#...#', '#...#', '##..#', '#.#.#', '#..##', '#...#', '#...#']],
  ['O', ['.###.', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.']],
  ['P', ['####.', '#...#', '#...#', '####.', '#....', '#....', '#....']],
  ['Q', ['.###.', '#...#', '#...#', '#...#', '#.#.#', '#..#.', '.##.#']],
  ['R', ['####.', '#...#', '#...#', '####.', '#.#..', '#..#.', '#...#']],
  ['S', ['.####', '#....', '#....', '.###.', '....#', '....#', '####.']],
  ['T', ['#####', '..#..', '..#..', '..#..', '..#..', '..#..', '..#..']],
  ['U', ['#...#', '#...#', '#...#', '#...#', '#...#', '#...#', '.###.']],
  ['V', ['#...#', '#...#', '#...#', '#...#', '#...#', '.#.#.', '..#..']],
  ['W', ['#...#', '#...#', '#...#', '#.#.#', '#.#.#', '#.#.#', '.#.#.']],
  ['X', ['#...#', '#...#', '.#.#.', '..#..', '.#.#.', '#...#', '#...#']],
  ['Y', ['#...#', '#...#', '.#.#.', '..#..', '..#..', '..#..', '..#..']],
  ['Z', ['#####', '....#', '...#.', '..#..', '.#...', '#....', '#####']],
  ['0', ['.###.', '#...#', '#..##', '#.#.#', '##..#', '#...#', '.###.']],
  ['1', ['..#..', '.##..', '..#..', '..#..', '..#..', '..#..', '.###.']],
  ['2', ['.###.', '#...#', '....#', '...#.', '..#..', '.#...', '#####']],
  ['3', ['#####', '...#.', '..#..', '...#.', '....#', '#...#', '.###.']],
  ['4', ['...#.', '..##.', '.#.#.', '#..#.', '#####', '...#.', '...#.']],
  ['5', ['#####', '#....', '####.', '....#', '....#', '#...#', '.###.']],
  ['6', ['..##.', '.#...', '#....', '####.', '#...#', '#...#', '.###.']],
  ['7', ['#####', '....#', '...#.', '..#..', '.#...', '.#...', '.#...']],
  ['8', ['.###.', '#...#', '#...#', '.###.', '#...#', '#...#', '.###.']],
  ['9', ['.###.', '#...#', '#...#', '.####', '....#', '...#.', '.##..']],
  ['<', ['...#.', '..#..', '.#...', '#....', '.#...', '..#..', '...#.']],
  [' ', ['.....', '.....', '.....', '.....', '.....', '.....', '.....']],
  ['.', ['.....', '.....', '.....', '.....', '.....', '.##..', '.##..']],
  [',', ['.....', '.....', '.....', '.....', '.##..', '..#..', '.#...']],
  ['-', ['.....', '.....', '.....', '#####', '.....', '.....', '.....']],
  ['/', ['....#', '....#', '...#.', '..#..', '.#...', '#....', '#....']],
  [':', ['.....', '.##..', '.##..', '.....', '.##..', '.##..', '.....']],
  ["'", ['..#..', '..#..', '.#...', '.....', '.....', '.....', '.....']],
  ['?', ['.###.', '#...#', '....#', '...#.', '..#..', '.....', '..#..']],
]

/** A glyph as GLYPH_HEIGHT rows of GLYPH_WIDTH booleans, true where ink goes. */
export type Glyph = readonly (readonly boolean[])[]

/** Every glyph by character, in the order drawn above. */
export const GLYPHS: ReadonlyMap<string, Glyph> = new Map(
  DRAWINGS.map(([character, rows]) => [
    character,
    rows.map(row => Array.from(row, cell => cell === '#')),
  ]),
)

const FALLBACK = '?'

/** The character the font draws for `character`: lower case as upper case, unknown as `?`. */
export function fontCharacter(character: string): string {
  const upper = character.toUpperCase()
  return GLYPHS.has(upper) ? upper : FALLBACK
}

export function glyphFor(character: string): Glyph {
  // The fallback is in the table, so the lookup cannot miss.
  return GLYPHS.get(fontCharacter(character)) ?? []
}

/** Width in device pixels of `text` drawn at `scale`, without the last character's gap column. */
export function textWidth(text: string, scale: number): number {
  return text.length === 0 ? 0 : (Array.from(text).length * CELL_WIDTH - 1) * scale
}

/** Height in device pixels of one line at `scale`, glyph only (no line gap). */
export function textHeight(scale: number): number {
  return GLYPH_HEIGHT * scale
}
