/**
 * The machine readable zone, drawn by Doc 9303's numbers (mrz-geometry.ts): a white clear area
 * across the face from the zone's top to the bottom edge, then each character in OCR-B, black, in
 * its own 2.54 mm cell so the pitch is exact whatever the font's advance rounds to, each line's
 * capitals centred on its reference centre line.
 */
import { mrzGeometryIn, type MrzGeometry } from './mrz-geometry'
import type { Painter } from './painter'

/** Font size that makes one OCR-B advance exactly one pitch, and the capital height it gives. */
export interface OcrBMetrics {
  readonly sizePx: number
  readonly capHeightPx: number
}

/** Measures OCR-B's advance once per face: the size follows the pitch, never a point size. */
export function ocrBMetrics(painter: Painter, pitchPx: number): OcrBMetrics {
  const probe = 100
  painter.setFont('ocrB', probe)
  const metrics = painter.ctx.measureText('H')
  const sizePx = (pitchPx / metrics.width) * probe
  return { sizePx, capHeightPx: (metrics.actualBoundingBoxAscent / probe) * sizePx }
}

/**
 * Draws `lines` as the `format` MRZ. Throws RangeError when the lines are not the format's shape,
 * which would put characters outside their printing zone.
 */
export function drawMrz(
  painter: Painter,
  format: 'TD1' | 'TD3',
  lines: readonly string[],
): MrzGeometry {
  const geometry = mrzGeometryIn(format, painter.frame)
  const { nominal } = geometry
  if (lines.length !== nominal.lines || lines.some(l => l.length !== nominal.charactersPerLine)) {
    throw new RangeError(
      `a ${format} MRZ is ${String(nominal.lines)} lines of ${String(nominal.charactersPerLine)}`,
    )
  }
  const { ctx } = painter
  // The clear area spans the whole raster width, bleed included: nothing else prints there.
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, geometry.clearTopPx, ctx.canvas.width, ctx.canvas.height - geometry.clearTopPx)
  const font = ocrBMetrics(painter, geometry.pitchPx)
  painter.setFont('ocrB', font.sizePx)
  ctx.direction = 'ltr'
  ctx.textAlign = 'center'
  ctx.textBaseline = 'alphabetic'
  ctx.fillStyle = '#000000'
  lines.forEach((line, row) => {
    const baseline = (geometry.lineCentresPx[row] ?? 0) + font.capHeightPx / 2
    for (let column = 0; column < line.length; column += 1) {
      const centre = geometry.firstCharacterLeftPx + (column + 0.5) * geometry.pitchPx
      ctx.fillText(line.charAt(column), centre, baseline)
    }
  })
  return geometry
}
