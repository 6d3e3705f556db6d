import assert from 'node:assert/strict'
import {
  CELL_HEIGHT,
  CELL_WIDTH,
  GLYPH_HEIGHT,
  GLYPH_WIDTH,
  GLYPHS,
} from '../../../../../agent/cli/issuance/bitmap-font'
import {
  DATA_PAGE,
  ID_CARD_FACE,
  mrzPlacement,
  renderDataPage,
  renderIdCard,
  type DocumentView,
  type FaceSize,
  type MrzPlacement,
} from '../../../../../agent/cli/issuance/render-document'
import type { RgbImage } from '../../../../../drivers/core/printer'
import { buildTd1, buildTd3 } from '../../../../../agent/icao/mrz'

const PERSON = {
  issuingState: 'UTO',
  nationality: 'UTO',
  primaryIdentifier: "O'NEILL-SMITH",
  secondaryIdentifier: 'ANNA MARIA',
  dateOfBirth: '1974-08-12',
  sex: 'F',
  dateOfExpiry: '2033-04-15',
} as const

const TD1 = buildTd1({ ...PERSON, format: 'TD1', documentCode: 'ID', documentNumber: 'D23145890' })
const TD3 = buildTd3({ ...PERSON, format: 'TD3', documentCode: 'P', documentNumber: 'L898902C3' })

function view(mrzLines: readonly string[], documentCode: string, documentNumber: string) {
  return {
    issuingState: 'UTO',
    documentCode,
    surname: "O'NEILL-SMITH",
    givenNames: 'ANNA MARIA',
    documentNumber,
    nationality: 'UTO',
    dateOfBirth: '1974-08-12',
    sex: 'F',
    dateOfExpiry: '2033-04-15',
    dateOfIssue: '2023-04-16',
    mrzLines,
  } satisfies DocumentView
}

const CARD = view(TD1.lines, 'ID', 'D23145890')
const PASSPORT = view(TD3.lines, 'P', 'L898902C3')

type Ink = 'black' | 'white'

function inkAt(image: RgbImage, x: number, y: number): Ink | 'other' {
  const at = (y * image.width + x) * 3
  const [r, g, b] = [image.rgb[at], image.rgb[at + 1], image.rgb[at + 2]]
  if (r === 0 && g === 0 && b === 0) return 'black'
  if (r === 255 && g === 255 && b === 255) return 'white'
  return 'other'
}

/** One font pixel: the scale × scale block must be all black or all white. */
function block(image: RgbImage, x: number, y: number, scale: number): Ink {
  const first = inkAt(image, x, y)
  for (let dy = 0; dy < scale; dy += 1) {
    for (let dx = 0; dx < scale; dx += 1) {
      const ink = inkAt(image, x + dx, y + dy)
      assert.ok(ink !== 'other' && ink === first, `mixed font pixel at ${x + dx},${y + dy}`)
    }
  }
  return first as Ink
}

/**
 * Reads `lines` × `length` characters back from the image by template match against the font's
 * own glyph table: each cell's 5 × 7 font pixels (and its blank gap column and rows) sampled
 * block by block, then looked up. An unmatched cell reads as `�`.
 */
function readMrz(image: RgbImage, at: MrzPlacement, lines: number, length: number): string[] {
  const templates = new Map(
    [...GLYPHS].map(([character, glyph]) => [
      glyph.map(row => row.map(ink => (ink ? '#' : '.')).join('')).join('/'),
      character,
    ]),
  )
  const s = at.scale
  return Array.from({ length: lines }, (_, line) => {
    let text = ''
    for (let index = 0; index < length; index += 1) {
      const x = at.x + index * CELL_WIDTH * s
      const y = at.y + line * CELL_HEIGHT * s
      const rows: string[] = []
      for (let gy = 0; gy < GLYPH_HEIGHT; gy += 1) {
        let row = ''
        for (let gx = 0; gx < GLYPH_WIDTH; gx += 1) {
          row += block(image, x + gx * s, y + gy * s, s) === 'black' ? '#' : '.'
        }
        rows.push(row)
        if (index < length - 1) {
          assert.equal(block(image, x + GLYPH_WIDTH * s, y + gy * s, s), 'white', 'gap column')
        }
      }
      if (line < lines - 1) {
        for (let gy = GLYPH_HEIGHT; gy < CELL_HEIGHT; gy += 1) {
          for (let gx = 0; gx < CELL_WIDTH; gx += 1) {
            assert.equal(block(image, x + gx * s, y + gy * s, s), 'white', 'line gap')
          }
        }
      }
      text += templates.get(rows.join('/')) ?? '�'
    }
    return text
  })
}

/** The MRZ zone holds only black and white, and exactly as much black as the glyphs ink. */
function assertZoneIsBlackOnWhite(image: RgbImage, at: MrzPlacement, lines: readonly string[]) {
  let black = 0
  for (let y = at.zoneTop; y < image.height; y += 1) {
    for (let x = 0; x < image.width; x += 1) {
      const ink = inkAt(image, x, y)
      assert.notEqual(ink, 'other', `colour in the MRZ zone at ${x},${y}`)
      if (ink === 'black') black += 1
    }
  }
  const glyphInk = lines
    .join('')
    .split('')
    .reduce((sum, character) => sum + GLYPHS.get(character)!.flat().filter(Boolean).length, 0)
  assert.equal(black, glyphInk * at.scale * at.scale)
}

function assertSize(image: RgbImage, size: FaceSize): void {
  assert.equal(image.width, size.width)
  assert.equal(image.height, size.height)
  assert.equal(image.rgb.length, size.width * size.height * 3)
}

describe('agent/cli/issuance/render-document', () => {
  for (const size of [ID_CARD_FACE, { width: 508, height: 324 }, { width: 1012, height: 638 }]) {
    it(`prints the TD1 MRZ on the back of a ${size.width} × ${size.height} card, readable back`, () => {
      const { front, back } = renderIdCard(CARD, size)
      assertSize(front, size)
      assertSize(back, size)
      const at = mrzPlacement(size, TD1.lines)!
      assert.deepEqual(readMrz(back, at, 3, 30), TD1.lines)
      assertZoneIsBlackOnWhite(back, at, TD1.lines)
      // The front carries no MRZ: the same zone is not plain black on white there.
      assert.ok(inkAt(front, 0, front.height - 1) !== 'white')
    })
  }

  for (const size of [DATA_PAGE, { width: 1181, height: 831 }]) {
    it(`prints the TD3 MRZ at the foot of a ${size.width} × ${size.height} data page`, () => {
      const page = renderDataPage(PASSPORT, size)
      assertSize(page, size)
      const at = mrzPlacement(size, TD3.lines)!
      assert.deepEqual(readMrz(page, at, 2, 44), TD3.lines)
      assertZoneIsBlackOnWhite(page, at, TD3.lines)
      // The MRZ sits in the bottom quarter, as on a real data page.
      assert.ok(at.zoneTop > size.height * 0.75)
    })
  }

  it('sizes the MRZ to Doc 9303’s 2.54 mm pitch (30 px at 300 dpi) on both nominal faces', () => {
    assert.equal(mrzPlacement(ID_CARD_FACE, TD1.lines)!.scale * CELL_WIDTH, 30)
    assert.equal(mrzPlacement(DATA_PAGE, TD3.lines)!.scale * CELL_WIDTH, 30)
    assert.equal(mrzPlacement(ID_CARD_FACE, []), undefined)
  })

  it('reads a wrong MRZ as wrong (the OCR is not vacuous)', () => {
    const altered = [TD1.lines[0]!, TD1.lines[1]!.replace(/^7/, '1'), TD1.lines[2]!]
    const { back } = renderIdCard({ ...CARD, mrzLines: altered }, ID_CARD_FACE)
    const read = readMrz(back, mrzPlacement(ID_CARD_FACE, TD1.lines)!, 3, 30)
    assert.deepEqual(read, altered)
    assert.notDeepEqual(read, TD1.lines)
  })

  it('renders the same bytes for the same input, and different bytes for different data', () => {
    const first = renderIdCard(CARD, ID_CARD_FACE)
    const again = renderIdCard(CARD, ID_CARD_FACE)
    assert.ok(first.front.rgb.equals(again.front.rgb))
    assert.ok(first.back.rgb.equals(again.back.rgb))
    assert.ok(
      renderDataPage(PASSPORT, DATA_PAGE).rgb.equals(renderDataPage(PASSPORT, DATA_PAGE).rgb),
    )
    const other = renderIdCard({ ...CARD, surname: 'ERIKSSON' }, ID_CARD_FACE)
    assert.ok(!other.front.rgb.equals(first.front.rgb))
  })

  it('refuses a face too small to hold its MRZ', () => {
    assert.throws(() => renderIdCard(CARD, { width: 150, height: 100 }), RangeError)
    assert.throws(() => renderDataPage(PASSPORT, { width: 300, height: 15 }), RangeError)
  })
})
