import assert from 'node:assert/strict'
import {
  DOCUMENT_SIZE_MM,
  MRZ_NOMINAL,
  OCR_B_SIZE_1_CAP_HEIGHT_MM,
  faceFrame,
  mrzGeometry,
  nominalSize,
  renderFace,
  type FaceTemplate,
  type RasterSize,
} from '../../../../agent/documents'
import { IRQ_NATIONAL_ID } from '../../../../agent/documents/profiles/irq-national-id'
import { IRQ_PASSPORT } from '../../../../agent/documents/profiles/irq-passport'
import type { RgbImage } from '../../../../drivers/core/printer'
import { contentFor } from '../../../support/document-content'
import { isClear, measureMrz, stemWidthPx } from '../../../support/mrz-measure'

/** The Evolis face raster (drivers/printer/evolis/geometry.ts) and the page printer's (simulators/printer/page). */
const CARD_RASTER: RasterSize = { widthPx: 1016, heightPx: 648, dpi: 300 }
const PAGE_RASTER: RasterSize = { widthPx: 1476, heightPx: 1039, dpi: 300 }
const DATA_PAGE: FaceTemplate = IRQ_PASSPORT.faces[0] ?? assert.fail('no data page')

/**
 * Every deviation of the MRZ printed on `image` from Doc 9303, measured on the raster against
 * the nominal geometry of a `size` raster. Empty when the print conforms.
 */
function deviations(
  format: 'TD1' | 'TD3',
  image: RgbImage,
  size: RasterSize,
  lines: readonly string[],
): string[] {
  const nominal = MRZ_NOMINAL[format]
  const geometry = mrzGeometry(format, size)
  const mm = (px: number) => px / geometry.pxPerMm
  const frame = faceFrame(DOCUMENT_SIZE_MM[format], size)
  const measured = measureMrz(image, Math.ceil(geometry.clearTopPx), image.height, lines)
  const problems: string[] = []
  if (measured.length !== nominal.lines) return [`${String(measured.length)} lines of ink`]
  measured.forEach((line, index) => {
    const name = `line ${String(index + 1)}`
    if (line.glyphs.length !== nominal.charactersPerLine) {
      problems.push(`${name}: ${String(line.glyphs.length)} characters`)
    }
    // Doc 9303-3 §4.4: fixed pitch of 2.54 mm. No tolerance of its own is given; ±0.5 % over
    // a whole line keeps the last character within 0.4 mm of its cell.
    const pitch = mm(line.pitchPx)
    if (Math.abs(pitch - 2.54) > 0.0127) problems.push(`${name}: pitch ${pitch.toFixed(4)} mm`)
    // Doc 9303-4/-5 §4.2.1.3: first character 6.0 / 5.0 ± 1.0 mm from the left edge.
    const left = mm(line.firstCellLeftPx - frame.offsetX)
    if (Math.abs(left - nominal.firstCharacterLeftMm) > 1.0) {
      problems.push(`${name}: first character at ${left.toFixed(2)} mm`)
    }
    // OCR-B size I capitals (ISO 1831 Table 2 via Doc 9303-3 §4.11).
    const cap = mm(line.capBottomPx - line.capTopPx)
    if (cap < OCR_B_SIZE_1_CAP_HEIGHT_MM.min || cap > OCR_B_SIZE_1_CAP_HEIGHT_MM.max) {
      problems.push(`${name}: capital height ${cap.toFixed(3)} mm`)
    }
    // Doc 9303-3 §4.11 → ISO 1831 §5.3.1 range X: stroke 0.35 ± 0.08 mm at size I.
    const stem = mm(stemWidthPx(image, line, lines[index] ?? ''))
    if (!(stem >= 0.27 && stem <= 0.43)) problems.push(`${name}: stroke ${stem.toFixed(3)} mm`)
    // Doc 9303-4 Figure 3 / 9303-5 Figure 6: reference centre line from the bottom edge, and the
    // whole line inside its printing zone. The figures allow the block ± 1.0 mm; our own print is
    // held to ± 0.25 mm (3 dots at 300 dpi) so a drift shows long before it leaves the standard.
    const centre = mm(geometry.bottomPx - line.centrePx)
    const expected = nominal.lineCentresMm[index] ?? Number.NaN
    if (Math.abs(centre - expected) > 0.25) {
      problems.push(`${name}: centre line ${centre.toFixed(3)} mm, nominal ${expected.toFixed(2)}`)
    }
    const zoneTop = geometry.bottomPx - (expected + nominal.printingZoneMm / 2) * geometry.pxPerMm
    const zoneBottom =
      geometry.bottomPx - (expected - nominal.printingZoneMm / 2) * geometry.pxPerMm
    const inkTop = Math.min(...line.glyphs.map(g => g.top))
    const inkBottom = Math.max(...line.glyphs.map(g => g.bottom))
    if (inkTop < zoneTop - 1 || inkBottom > zoneBottom + 1) {
      problems.push(`${name}: ink ${String(inkTop)}–${String(inkBottom)} outside its printing zone`)
    }
  })
  // Line pitch between reference centre lines: 4.23 mm (TD1), 6.35 mm (TD3).
  for (let index = 1; index < measured.length; index += 1) {
    const spacing = mm((measured[index]?.centrePx ?? 0) - (measured[index - 1]?.centrePx ?? 0))
    const expected = (nominal.lineCentresMm[index - 1] ?? 0) - (nominal.lineCentresMm[index] ?? 0)
    if (Math.abs(spacing - expected) > 0.15) {
      problems.push(`line spacing ${spacing.toFixed(3)} mm, nominal ${expected.toFixed(2)}`)
    }
  }
  // Clear area: from the zone's top down to the first printing zone, nothing at all.
  const firstZoneTop =
    geometry.bottomPx -
    ((nominal.lineCentresMm[0] ?? 0) + nominal.printingZoneMm / 2) * geometry.pxPerMm
  const clearBand = {
    left: 0,
    right: image.width,
    top: Math.ceil(geometry.clearTopPx),
    bottom: Math.floor(firstZoneTop),
  }
  if (!isClear(image, clearBand)) problems.push('something is printed in the clear area')
  return problems
}

describe('agent/documents MRZ geometry (Doc 9303-3 §4.4, 9303-4 Figure 3, 9303-5 Figure 6)', () => {
  it('gives the nominal reference centre lines in millimetres', () => {
    assert.deepEqual(MRZ_NOMINAL.TD3.lineCentresMm, [15.75, 9.4])
    assert.deepEqual(
      MRZ_NOMINAL.TD1.lineCentresMm.map(mm => Number(mm.toFixed(2))),
      [15.73, 11.5, 7.27],
    )
  })

  it('places a 300 dpi TD3 page exactly on the page printer raster', () => {
    assert.deepEqual(nominalSize(DOCUMENT_SIZE_MM.TD3, 300), {
      widthPx: 1476,
      heightPx: 1039,
      dpi: 300,
    })
    const geometry = mrzGeometry('TD3', PAGE_RASTER)
    assert.equal(geometry.pitchPx, 30)
  })

  it('prints the ID card MRZ on the Evolis raster at Doc 9303-5 nominal geometry', async () => {
    const content = contentFor(IRQ_NATIONAL_ID)
    const back = IRQ_NATIONAL_ID.faces[1]
    assert.ok(back !== undefined)
    const image = await renderFace(back, content, CARD_RASTER)
    assert.deepEqual(deviations('TD1', image, CARD_RASTER, content.mrzLines), [])
  })

  it('prints the passport MRZ on the page printer raster at Doc 9303-4 nominal geometry', async () => {
    const content = contentFor(IRQ_PASSPORT)
    const image = await renderFace(DATA_PAGE, content, PAGE_RASTER)
    assert.deepEqual(deviations('TD3', image, PAGE_RASTER, content.mrzLines), [])
  })

  it('prints at nominal geometry on a 600 dpi raster too', async () => {
    const content = contentFor(IRQ_PASSPORT)
    const size = nominalSize(DOCUMENT_SIZE_MM.TD3, 600)
    const image = await renderFace(DATA_PAGE, content, size)
    assert.deepEqual(deviations('TD3', image, size, content.mrzLines), [])
  })

  it('catches an MRZ drawn 3 % too large or 2 mm too low', async () => {
    const content = contentFor(IRQ_PASSPORT)
    const lines = content.mrzLines
    const scaled = await renderFace(DATA_PAGE, content, { ...PAGE_RASTER, dpi: 309 })
    const scaledProblems = deviations('TD3', scaled, PAGE_RASTER, lines)
    assert.ok(
      scaledProblems.some(p => p.includes('pitch')),
      scaledProblems.join('; '),
    )
    // A face 4 mm taller than the page: centred, its bottom edge sits 2 mm below the raster's.
    const shifted = await renderFace({ ...DATA_PAGE, heightMm: 92 }, content, PAGE_RASTER)
    const shiftedProblems = deviations('TD3', shifted, PAGE_RASTER, lines)
    assert.ok(
      shiftedProblems.some(p => p.includes('centre line')),
      shiftedProblems.join('; '),
    )
  })
})
