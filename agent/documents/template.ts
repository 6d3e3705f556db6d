/**
 * A face template as data: what one face of a document shows and where, in millimetres from the
 * face's top-left corner, with font sizes in points. The renderer (render.ts) maps millimetres to
 * the printer's raster, so one template serves a 300 dpi card printer and a 600 dpi page printer
 * alike. Templates hold no personal data: values are named by a DocumentContent key and resolved
 * at render time (values.ts).
 */
import type { BilingualText } from './content'

/** A rectangle in millimetres, from the face's top-left corner. */
export interface BoxMm {
  readonly x: number
  readonly y: number
  readonly w: number
  readonly h: number
}

/** A CSS colour the canvas understands: `#rrggbb` or `rgba(…)`. */
export type Colour = string

/**
 * The typefaces a template may name. `latin` is Noto Sans, `arabic` Noto Naskh Arabic (drawn
 * right to left, shaped by HarfBuzz); the MRZ's OCR-B is not a template choice (Doc 9303-3 §4.4).
 */
export type Typeface = 'latin' | 'latin-bold' | 'arabic' | 'arabic-bold'

/** DocumentContent keys whose value has a national-script and a Latin form. */
export type BilingualKey =
  'surname' | 'givenNames' | 'placeOfBirth' | 'issuingAuthority' | 'address'

/** DocumentContent keys drawn in Latin only (codes, numbers, dates as `12 AUG 1974`). */
export type LatinKey =
  | 'documentNumber'
  | 'nationalNumber'
  | 'nationality'
  | 'dateOfBirth'
  | 'dateOfIssue'
  | 'dateOfExpiry'

/** Every value a field can show; `sex` is drawn as Arabic word and Latin letter (Doc 9303-5 field 05/II). */
export type ValueKey = BilingualKey | LatinKey | 'sex'

/** A coloured rectangle: background panels, the header band, its accent rule. */
export interface RectElement {
  readonly kind: 'rect'
  readonly box: BoxMm
  readonly fill: Colour
  readonly radiusMm?: number
}

/** Fine diagonal lines, a stand-in for guilloche background print. */
export interface PatternElement {
  readonly kind: 'pattern'
  readonly box: BoxMm
  readonly colour: Colour
  readonly spacingMm: number
}

/**
 * Fixed text in both scripts in one box: Latin from the left edge, Arabic from the right edge
 * (`layout: 'split'`), or the two stacked and centred (`layout: 'stacked'`, the header title).
 */
export interface StaticTextElement {
  readonly kind: 'text'
  readonly box: BoxMm
  readonly text: BilingualText
  readonly sizePt: number
  readonly colour: Colour
  readonly bold?: boolean
  readonly layout: 'split' | 'stacked'
}

/**
 * A labelled value: the label's Arabic at the box's right edge and English at its left on the
 * first line, the value below it. A bilingual value puts its Latin form at the left and its
 * national form at the right; a Latin-only value starts at the left. Text that would overflow
 * the box is drawn smaller, never clipped, so a long name stays whole.
 */
export interface FieldElement {
  readonly kind: 'field'
  readonly box: BoxMm
  readonly label: BilingualText
  /** A DocumentContent key, or a value fixed by the profile (the passport's type and code). */
  readonly value: ValueKey | { readonly fixed: BilingualText }
  readonly labelSizePt: number
  readonly valueSizePt: number
  readonly labelColour: Colour
  readonly valueColour: Colour
}

/** Where the holder's portrait goes (Doc 9303-5 Zone V); empty box with a frame without one. */
export interface PortraitElement {
  readonly kind: 'portrait'
  readonly box: BoxMm
  readonly frame: Colour
}

/**
 * The machine readable zone. Its geometry is not a template choice: mrz-geometry.ts places it
 * by Doc 9303 from the face's bottom edge, over a white clear area across the face.
 */
export interface MrzElement {
  readonly kind: 'mrz'
  readonly format: 'TD1' | 'TD3'
}

/** Anything a face template draws, told apart by `kind`. */
export type TemplateElement =
  RectElement | PatternElement | StaticTextElement | FieldElement | PortraitElement | MrzElement

/** One face of a document, drawn in element order (later elements on top). */
export interface FaceTemplate {
  readonly side: 'front' | 'back' | 'data-page'
  readonly widthMm: number
  readonly heightMm: number
  readonly background: Colour
  readonly elements: readonly TemplateElement[]
}

/** The box an element covers, or undefined for the MRZ (which mrz-geometry.ts places). */
export function elementBox(element: TemplateElement): BoxMm | undefined {
  return element.kind === 'mrz' ? undefined : element.box
}
