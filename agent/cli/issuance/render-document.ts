/**
 * Document faces as the CLI and the demo send them when they act as the front-end: the agent
 * itself never draws text, it prints the PNG faces it is given. A coloured header band with the
 * issuing state and the title, a drawn silhouette where the portrait goes (no photo decoding),
 * the labelled fields, and the MRZ in black on a white zone at the foot, so a printer's K panel
 * carries it. Every length derives from the face size; the nominal sizes are 300 dpi.
 */
import type { RgbImage } from '../../../drivers/core/printer'
import type { Sex } from '../../icao/mrz'
import { CELL_HEIGHT, CELL_WIDTH, GLYPH_HEIGHT, textWidth } from './bitmap-font'
import { BLACK, Canvas, WHITE, type Colour } from './raster'

/** What a face shows. `mrzLines` come from buildTd1/buildTd3 and are drawn exactly as given. */
export interface DocumentView {
  /** Doc 9303 letter code, e.g. `UTO`. */
  readonly issuingState: string
  /** `P…` for a passport, `I`, `A` or `C…` for an ID card. */
  readonly documentCode: string
  readonly surname: string
  readonly givenNames: string
  readonly documentNumber: string
  readonly nationality: string
  /** ISO 8601 `YYYY-MM-DD` (printed as `12 AUG 1974`), or any text to print as it is. */
  readonly dateOfBirth: string
  readonly sex: Sex
  readonly dateOfExpiry: string
  readonly dateOfIssue?: string
  readonly mrzLines: readonly string[]
}

export interface FaceSize {
  readonly width: number
  readonly height: number
}

/** An ID-1 card face at 300 dpi (85.6 × 54 mm, trimmed to the printer's printable area). */
export const ID_CARD_FACE: FaceSize = { width: 1016, height: 648 }
/** A TD3 data page at 300 dpi (125 × 88 mm). */
export const DATA_PAGE: FaceSize = { width: 1476, height: 1039 }

/** Where the MRZ's first glyph cell starts and how large its font pixels are. */
export interface MrzPlacement {
  readonly x: number
  readonly y: number
  readonly scale: number
  /** Top of the white zone that holds nothing but the MRZ. */
  readonly zoneTop: number
}

const BAND: Colour = [22, 58, 110]
const BAND_ACCENT: Colour = [232, 192, 86]
const PAPER: Colour = [238, 243, 248]
const STRIPE: Colour = [226, 234, 243]
const LABEL: Colour = [64, 86, 118]
const PORTRAIT_BACK: Colour = [206, 215, 226]
const SILHOUETTE: Colour = [118, 133, 152]
/** Height over width of a 35 × 45 mm photo. */
const PHOTO_ASPECT = 45 / 35

/** The front (portrait and fields) and back (issue data and the TD1 MRZ) of an ID card. */
export function renderIdCard(
  doc: DocumentView,
  size: FaceSize = ID_CARD_FACE,
): { front: RgbImage; back: RgbImage } {
  const metrics = metricsFor(size, ID_CARD_FACE)
  const front = new Canvas(size.width, size.height, PAPER)
  stripes(front, metrics)
  const bandBottom = band(front, metrics, Math.round(size.height * 0.17), doc)
  const portrait = portraitBox(metrics, size.width * 0.27, bandBottom, size.height - metrics.margin)
  drawPortrait(front, metrics, portrait)
  drawFields(front, metrics, portrait.x + portrait.w + metrics.margin, bandBottom, size.height, [
    [['SURNAME', doc.surname]],
    [['GIVEN NAMES', doc.givenNames]],
    [
      ['SEX', doc.sex],
      ['NATIONALITY', doc.nationality],
    ],
    [['DATE OF BIRTH', dateText(doc.dateOfBirth)]],
    [
      ['DOCUMENT NO.', doc.documentNumber],
      ['DATE OF EXPIRY', dateText(doc.dateOfExpiry)],
    ],
  ])

  const back = new Canvas(size.width, size.height, PAPER)
  stripes(back, metrics)
  const backBand = band(back, metrics, Math.round(size.height * 0.11), doc)
  const mrz = drawMrz(back, size, doc.mrzLines)
  drawFields(back, metrics, metrics.margin, backBand, mrz?.zoneTop ?? size.height, [
    [
      ['DOCUMENT NO.', doc.documentNumber],
      ['ISSUING STATE', doc.issuingState],
    ],
    [
      ['DATE OF ISSUE', doc.dateOfIssue === undefined ? '' : dateText(doc.dateOfIssue)],
      ['DATE OF EXPIRY', dateText(doc.dateOfExpiry)],
    ],
  ])
  return { front: front.toImage(), back: back.toImage() }
}

/** A passport's data page with the TD3 MRZ at its foot. */
export function renderDataPage(doc: DocumentView, size: FaceSize = DATA_PAGE): RgbImage {
  const metrics = metricsFor(size, DATA_PAGE)
  const page = new Canvas(size.width, size.height, PAPER)
  stripes(page, metrics)
  const bandBottom = band(page, metrics, Math.round(size.height * 0.12), doc)
  const mrz = drawMrz(page, size, doc.mrzLines)
  const bottom = mrz?.zoneTop ?? size.height
  const portrait = portraitBox(metrics, size.width * 0.26, bandBottom, bottom - metrics.margin)
  drawPortrait(page, metrics, portrait)
  drawFields(page, metrics, portrait.x + portrait.w + metrics.margin, bandBottom, bottom, [
    [
      ['TYPE', doc.documentCode],
      ['CODE', doc.issuingState],
      ['PASSPORT NO.', doc.documentNumber],
    ],
    [['SURNAME', doc.surname]],
    [['GIVEN NAMES', doc.givenNames]],
    [['NATIONALITY', doc.nationality]],
    [
      ['DATE OF BIRTH', dateText(doc.dateOfBirth)],
      ['SEX', doc.sex],
    ],
    [
      ['DATE OF ISSUE', doc.dateOfIssue === undefined ? '' : dateText(doc.dateOfIssue)],
      ['DATE OF EXPIRY', dateText(doc.dateOfExpiry)],
    ],
  ])
  return page.toImage()
}

/**
 * Where renderIdCard (back) and renderDataPage put `lines`: centred, the last line's glyphs
 * ending one margin above the bottom edge, at the largest font scale that fits between the side
 * margins. The MRZ spans its document's width, so on both nominal faces that is scale 5: a
 * 30 px pitch, Doc 9303's 2.54 mm at 300 dpi. Undefined for no lines.
 */
export function mrzPlacement(size: FaceSize, lines: readonly string[]): MrzPlacement | undefined {
  if (lines.length === 0) return undefined
  const margin = marginFor(size)
  const longest = Math.max(...lines.map(line => Array.from(line).length))
  // The last glyph's blank column may overhang the margin, hence the + 1.
  const scale = Math.floor((size.width - 2 * margin + 1) / (longest * CELL_WIDTH))
  const height = ((lines.length - 1) * CELL_HEIGHT + GLYPH_HEIGHT) * scale
  if (scale < 1 || height + 2 * margin > size.height) {
    throw new RangeError(`a ${size.width} × ${size.height} face is too small for its MRZ`)
  }
  const y = size.height - margin - height
  return {
    x: Math.floor((size.width - textWidth('x'.repeat(longest), scale)) / 2),
    y,
    scale,
    zoneTop: y - margin,
  }
}

interface Metrics {
  /** Size relative to the nominal face. */
  readonly k: number
  readonly margin: number
  /** A font scale for a size given at the nominal face, at least 1. */
  font(nominal: number): number
}

function metricsFor(size: FaceSize, nominal: FaceSize): Metrics {
  if (!Number.isInteger(size.width) || !Number.isInteger(size.height)) {
    throw new RangeError('face width and height must be integers')
  }
  const k = Math.min(size.width / nominal.width, size.height / nominal.height)
  return {
    k,
    margin: marginFor(size),
    font: points => Math.max(1, Math.round(points * k)),
  }
}

/** About 2.5 mm at 300 dpi, relative to the face's shorter side. */
function marginFor(size: FaceSize): number {
  return Math.max(2, Math.round(Math.min(size.width, size.height) * 0.045))
}

/** A fine diagonal security-style pattern behind everything, never inside the MRZ zone. */
function stripes(canvas: Canvas, metrics: Metrics): void {
  const period = Math.max(4, Math.round(18 * metrics.k))
  const thickness = Math.max(1, Math.round(3 * metrics.k))
  for (let y = 0; y < canvas.height; y += 1) {
    for (let x = -(y % period); x < canvas.width; x += period) {
      canvas.fillRect(x, y, thickness, 1, STRIPE)
    }
  }
}

/** The header band: title on the left, issuing state on the right. Returns its bottom edge. */
function band(canvas: Canvas, metrics: Metrics, height: number, doc: DocumentView): number {
  canvas.fillRect(0, 0, canvas.width, height, BAND)
  canvas.fillRect(0, height, canvas.width, Math.max(1, Math.round(4 * metrics.k)), BAND_ACCENT)
  const stateScale = fitScale(doc.issuingState, canvas.width / 3, glyphScaleFor(height * 0.55))
  const stateWidth = textWidth(doc.issuingState, stateScale)
  canvas.text(
    canvas.width - metrics.margin - stateWidth,
    (height - GLYPH_HEIGHT * stateScale) / 2,
    doc.issuingState,
    stateScale,
    BAND_ACCENT,
  )
  const title = titleFor(doc.documentCode)
  const room = canvas.width - 3 * metrics.margin - stateWidth
  const titleScale = fitScale(title, room, glyphScaleFor(height * 0.4))
  canvas.text(metrics.margin, (height - GLYPH_HEIGHT * titleScale) / 2, title, titleScale, WHITE)
  return height + Math.max(1, Math.round(4 * metrics.k))
}

interface Box {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

/** The portrait frame on the left, at most `width` wide, in passport-photo proportions. */
function portraitBox(metrics: Metrics, width: number, top: number, bottom: number): Box {
  const y = top + metrics.margin
  const h = Math.max(1, Math.min(bottom - y, Math.round(width * PHOTO_ASPECT)))
  return { x: metrics.margin, y, w: Math.max(1, Math.round(h / PHOTO_ASPECT)), h }
}

/** A stylised head and shoulders, so the layout shows where the holder's photo belongs. */
function drawPortrait(canvas: Canvas, metrics: Metrics, box: Box): void {
  canvas.fillRect(box.x, box.y, box.w, box.h, PORTRAIT_BACK)
  const cx = box.x + box.w / 2
  const bottom = box.y + box.h
  canvas.fillEllipse(cx, box.y + box.h * 0.92, box.w * 0.44, box.h * 0.3, SILHOUETTE, box.y, bottom)
  canvas.fillEllipse(cx, box.y + box.h * 0.62, box.w * 0.12, box.h * 0.1, SILHOUETTE)
  canvas.fillEllipse(cx, box.y + box.h * 0.38, box.w * 0.23, box.h * 0.21, SILHOUETTE)
  canvas.strokeRect(box.x, box.y, box.w, box.h, Math.max(1, Math.round(3 * metrics.k)), LABEL)
}

type Field = readonly [label: string, value: string]

/**
 * Rows of labelled values from `top` down, each row's fields side by side in equal columns.
 * A value too wide for its column is drawn smaller; rows that would cross `bottom` are left out.
 */
function drawFields(
  canvas: Canvas,
  metrics: Metrics,
  left: number,
  top: number,
  bottom: number,
  rows: readonly (readonly Field[])[],
): void {
  const labelScale = metrics.font(2)
  const valueScale = metrics.font(4)
  const gap = Math.max(1, Math.round(metrics.margin / 2))
  const rowHeight = (labelScale + valueScale) * CELL_HEIGHT + gap
  const width = canvas.width - metrics.margin - left
  let y = top + metrics.margin
  for (const row of rows) {
    if (y + rowHeight > bottom) return
    const column = Math.floor(width / row.length)
    row.forEach(([label, value], index) => {
      const x = left + index * column
      const room = column - metrics.margin
      canvas.text(x, y, label, fitScale(label, room, labelScale), LABEL)
      const scale = fitScale(value, room, valueScale)
      canvas.text(x, y + labelScale * CELL_HEIGHT, value, scale, BLACK)
    })
    y += rowHeight
  }
}

/** White zone across the face, then the lines in black; undefined when there is no MRZ. */
function drawMrz(
  canvas: Canvas,
  size: FaceSize,
  lines: readonly string[],
): MrzPlacement | undefined {
  const placement = mrzPlacement(size, lines)
  if (placement === undefined) return undefined
  canvas.fillRect(0, placement.zoneTop, canvas.width, canvas.height - placement.zoneTop, WHITE)
  lines.forEach((line, index) => {
    const y = placement.y + index * CELL_HEIGHT * placement.scale
    canvas.text(placement.x, y, line, placement.scale, BLACK)
  })
  return placement
}

/** The largest scale up to `preferred` at which `text` fits `room` pixels (at least 1). */
function fitScale(text: string, room: number, preferred: number): number {
  let scale = Math.max(1, preferred)
  while (scale > 1 && textWidth(text, scale) > room) scale -= 1
  return scale
}

function glyphScaleFor(pixels: number): number {
  return Math.max(1, Math.floor(pixels / GLYPH_HEIGHT))
}

function titleFor(documentCode: string): string {
  const kind = documentCode.charAt(0).toUpperCase()
  if (kind === 'P') return 'PASSPORT'
  if (kind === 'I' || kind === 'A' || kind === 'C') return 'IDENTITY CARD'
  return 'TRAVEL DOCUMENT'
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC']

/** `1974-08-12` as `12 AUG 1974`, the way Doc 9303 prints dates in the visual zone. */
function dateText(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const month = match === null ? undefined : MONTHS[Number(match[2]) - 1]
  return match === null || month === undefined ? date : `${match[3]} ${month} ${match[1]}`
}
