/**
 * Where Doc 9303 puts the machine readable zone, in millimetres and in raster pixels, so the
 * renderer draws by these numbers and the tests measure against the same nominal values.
 *
 * - Doc 9303-3 §4.4: OCR-B, size 1, constant stroke width, fixed pitch 2.54 mm (10 characters per
 *   25.4 mm). ISO 1831 Table 2 (adopted by Doc 9303-3 §4.11): size I centreline height of EIGHT
 *   2.40 mm, stroke 0.35 ± 0.08 mm, so an outline capital stands about 2.4–2.8 mm tall. Debian's
 *   OCR-B scaled to a 2.54 mm advance draws 2.46 mm capitals with 0.35 mm stems (measured at
 *   600 dpi), so the font is used as it is.
 * - Doc 9303-4 §4.2.1.3 and Figure 3 (TD3): first character's left edge 6.0 ± 1.0 mm from the
 *   left edge; reference centre lines 15.75 mm (upper) and 9.40 mm (lower) above the bottom edge,
 *   6.35 mm apart; printing zone 4.3 mm high per line; MRZ 23.2 ± 1.0 mm high from the bottom edge.
 * - Doc 9303-5 §4.2.1.3 and Figure 6 (TD1): first character 5.0 ± 1.0 mm from the left edge; the
 *   middle line's reference centre line 11.5 ± 1.0 mm above the bottom edge, lines 4.23 mm
 *   (0.167 in) apart, so 15.73 / 11.50 / 7.27 mm; printing zone 2.95 mm per line; MRZ
 *   23.3 ± 1.0 mm high.
 */
import { DOCUMENT_SIZE_MM, faceFrame, type FaceFrame, type RasterSize } from './geometry'

/** One MRZ format's nominal geometry in millimetres (Doc 9303-4 Figure 3, 9303-5 Figure 6). */
export interface MrzNominal {
  readonly lines: number
  readonly charactersPerLine: number
  /** Doc 9303-3 §4.4: 2.54 mm for every format. */
  readonly pitchMm: number
  /** Left edge of the first character from the face's left edge (± 1.0 mm). */
  readonly firstCharacterLeftMm: number
  /** Reference centre line of each line, top line first, from the face's bottom edge. */
  readonly lineCentresMm: readonly number[]
  /** Tolerance on the block's vertical position (Figure 6: 11.5 ± 1.0; Figure 3's zone ± 1.0). */
  readonly positionToleranceMm: number
  /** Height of each line's printing zone, centred on its reference centre line. */
  readonly printingZoneMm: number
  /** Height of the MRZ (the clear area) from the bottom edge. */
  readonly zoneHeightMm: number
}

/** TD1 and TD3 nominal MRZ geometry, as the module header cites it. */
export const MRZ_NOMINAL: Readonly<Record<'TD1' | 'TD3', MrzNominal>> = {
  TD1: {
    lines: 3,
    charactersPerLine: 30,
    pitchMm: 2.54,
    firstCharacterLeftMm: 5.0,
    lineCentresMm: [11.5 + 4.23, 11.5, 11.5 - 4.23],
    positionToleranceMm: 1.0,
    printingZoneMm: 2.95,
    zoneHeightMm: 23.3,
  },
  TD3: {
    lines: 2,
    charactersPerLine: 44,
    pitchMm: 2.54,
    firstCharacterLeftMm: 6.0,
    lineCentresMm: [15.75, 9.4],
    positionToleranceMm: 1.0,
    printingZoneMm: 4.3,
    zoneHeightMm: 23.2,
  },
}

/**
 * OCR-B size I capital height (outline) the renderer aims at: ISO 1831 Table 2's 2.40 mm
 * centreline height plus most of one 0.35 mm stroke. The font is scaled by pitch, not by this
 * number; tests check the drawn height against the size I range.
 */
export const OCR_B_SIZE_1_CAP_HEIGHT_MM = { min: 2.3, nominal: 2.46, max: 2.8 } as const

/** The MRZ in raster pixels, for drawing and for measuring. */
export interface MrzGeometry {
  readonly nominal: MrzNominal
  readonly pitchPx: number
  readonly firstCharacterLeftPx: number
  /** Reference centre line of each line, raster y, top line first. */
  readonly lineCentresPx: readonly number[]
  /** Raster y of the top of the clear area; the clear area runs to the face's bottom edge. */
  readonly clearTopPx: number
  /** Raster y of the face's bottom edge. */
  readonly bottomPx: number
  readonly pxPerMm: number
}

/**
 * The nominal MRZ of a `format` document (ID-1 card or TD3 page) printed on a `size` raster, in
 * raster pixels: where the renderer draws it and what the tests measure against.
 */
export function mrzGeometry(format: 'TD1' | 'TD3', size: RasterSize): MrzGeometry {
  return mrzGeometryIn(format, faceFrame(DOCUMENT_SIZE_MM[format], size))
}

/** The nominal MRZ of `format` on a face placed by `frame`. */
export function mrzGeometryIn(format: 'TD1' | 'TD3', frame: FaceFrame): MrzGeometry {
  const nominal = MRZ_NOMINAL[format]
  const bottomPx = frame.offsetY + frame.heightMm * frame.pxPerMm
  return {
    nominal,
    pitchPx: nominal.pitchMm * frame.pxPerMm,
    firstCharacterLeftPx: frame.offsetX + nominal.firstCharacterLeftMm * frame.pxPerMm,
    lineCentresPx: nominal.lineCentresMm.map(mm => bottomPx - mm * frame.pxPerMm),
    clearTopPx: bottomPx - nominal.zoneHeightMm * frame.pxPerMm,
    bottomPx,
    pxPerMm: frame.pxPerMm,
  }
}
