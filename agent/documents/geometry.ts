/**
 * Millimetres on a face to pixels on a printer's raster. A printer prints at its own resolution,
 * so the scale is uniform (dpi / 25.4): a 2.54 mm MRZ pitch stays 2.54 mm on the card whatever
 * bleed the raster adds. The Evolis face raster (1016 × 648 at 300 dpi, 86.0 × 54.9 mm) is a
 * little larger than an ID-1 card (85.6 × 54.0 mm): the card is centred on it and the background
 * runs into the bleed. Without a dpi the face is fitted into the raster and centred.
 */

/** The raster a printer wants for one face; PrinterInfo has this shape. */
export interface RasterSize {
  readonly widthPx: number
  readonly heightPx: number
  /** The printer's resolution; absent → the face is scaled to fit the raster. */
  readonly dpi?: number
}

/** A face's physical size. */
export interface FaceSizeMm {
  readonly widthMm: number
  readonly heightMm: number
}

/** How millimetres on the face land on the raster: a uniform scale and the face's offset. */
export interface FaceFrame {
  readonly pxPerMm: number
  /** The face's top-left corner in raster pixels (may be fractional or negative by a pixel). */
  readonly offsetX: number
  readonly offsetY: number
  readonly widthMm: number
  readonly heightMm: number
}

/** ID-1 (Doc 9303-5 §2.1, ISO/IEC 7810) and TD3 data page (Doc 9303-4 §2.2) sizes. */
export const DOCUMENT_SIZE_MM: Readonly<Record<'TD1' | 'TD3', FaceSizeMm>> = {
  TD1: { widthMm: 85.6, heightMm: 54.0 },
  TD3: { widthMm: 125.0, heightMm: 88.0 },
}

const MM_PER_INCH = 25.4

/** Places a face on a raster; throws RangeError for a raster that is not positive integers. */
export function faceFrame(face: FaceSizeMm, size: RasterSize): FaceFrame {
  const { widthPx, heightPx } = size
  if (!Number.isInteger(widthPx) || !Number.isInteger(heightPx) || widthPx < 1 || heightPx < 1) {
    throw new RangeError('raster width and height must be positive integers')
  }
  const pxPerMm =
    size.dpi === undefined
      ? Math.min(widthPx / face.widthMm, heightPx / face.heightMm)
      : size.dpi / MM_PER_INCH
  return {
    pxPerMm,
    offsetX: (widthPx - face.widthMm * pxPerMm) / 2,
    offsetY: (heightPx - face.heightMm * pxPerMm) / 2,
    widthMm: face.widthMm,
    heightMm: face.heightMm,
  }
}

/** The raster that holds `face` exactly at `dpi` (rounded to whole pixels). */
export function nominalSize(face: FaceSizeMm, dpi: number): Required<RasterSize> {
  return {
    widthPx: Math.round((face.widthMm * dpi) / MM_PER_INCH),
    heightPx: Math.round((face.heightMm * dpi) / MM_PER_INCH),
    dpi,
  }
}
