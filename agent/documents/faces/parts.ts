/**
 * Building blocks the face templates share: colour themes, the bilingual labels of Doc 9303's
 * visual-zone fields, the header band and rows of labelled fields. Faces stay plain data; these
 * helpers only spare each file from repeating the same dozen numbers.
 */
import type { BilingualText } from '../content'
import type { BoxMm, FieldElement, TemplateElement, ValueKey } from '../template'

/** The colours of one document family. */
export interface Theme {
  readonly paper: string
  readonly band: string
  readonly accent: string
  readonly bandText: string
  readonly pattern: string
  readonly label: string
  readonly value: string
}

/** Field labels in Arabic and English (Doc 9303-3 §3: the VIZ captions in the national language and English). */
export const LABELS = {
  surname: { national: 'اللقب', latin: 'Surname' },
  givenNames: { national: 'الاسم', latin: 'Given names' },
  dateOfBirth: { national: 'تاريخ الميلاد', latin: 'Date of birth' },
  sex: { national: 'الجنس', latin: 'Sex' },
  nationality: { national: 'الجنسية', latin: 'Nationality' },
  placeOfBirth: { national: 'محل الولادة', latin: 'Place of birth' },
  documentNumber: { national: 'رقم الوثيقة', latin: 'Document no.' },
  cardNumber: { national: 'رقم البطاقة', latin: 'Card no.' },
  passportNumber: { national: 'رقم الجواز', latin: 'Passport no.' },
  nationalNumber: { national: 'الرقم الوطني', latin: 'National number' },
  referenceNumber: { national: 'الرقم المرجعي', latin: 'Reference number' },
  personalNumber: { national: 'الرقم الشخصي', latin: 'Personal no.' },
  dateOfIssue: { national: 'تاريخ الإصدار', latin: 'Date of issue' },
  dateOfExpiry: { national: 'تاريخ النفاذ', latin: 'Date of expiry' },
  issuingAuthority: { national: 'جهة الإصدار', latin: 'Authority' },
  address: { national: 'العنوان', latin: 'Address' },
  type: { national: 'النوع', latin: 'Type' },
  code: { national: 'رمز الدولة', latin: 'Code' },
} as const satisfies Readonly<Record<string, BilingualText>>

/** The issuing states' names as the header band prints them (Doc 9303-5 field 01/I). */
export const IRAQ: BilingualText = { national: 'جمهورية العراق', latin: 'Republic of Iraq' }
export const UTOPIA: BilingualText = { national: 'يوتوبيا', latin: 'Utopia' }

/** Font sizes of a field, in points. */
export interface FieldSizes {
  readonly labelPt: number
  readonly valuePt: number
}

/** One field: a content key (or fixed value), its box and its label. */
export function field(
  theme: Theme,
  value: FieldElement['value'],
  label: BilingualText,
  box: BoxMm,
  sizes: FieldSizes,
): FieldElement {
  return {
    kind: 'field',
    box,
    label,
    value,
    labelSizePt: sizes.labelPt,
    valueSizePt: sizes.valuePt,
    labelColour: theme.label,
    valueColour: theme.value,
  }
}

/** A cell of a field row: what it shows, its label and its share of the row's width. */
export type Cell = readonly [
  value: ValueKey | { readonly fixed: BilingualText },
  label: BilingualText,
  share?: number,
]

/**
 * Rows of fields from `top`, `pitchMm` apart, between `left` and `left + width`; the cells of a
 * row split its width by their shares (1 each by default) with `gapMm` between them.
 */
export function rows(
  theme: Theme,
  area: {
    readonly left: number
    readonly top: number
    readonly width: number
    readonly pitchMm: number
  },
  sizes: FieldSizes,
  cells: readonly (readonly Cell[])[],
  gapMm = 2.5,
): FieldElement[] {
  return cells.flatMap((row, index) => {
    const total = row.reduce((sum, cell) => sum + (cell[2] ?? 1), 0)
    const room = area.width - gapMm * (row.length - 1)
    let x = area.left
    return row.map(([value, label, share]) => {
      const w = (room * (share ?? 1)) / total
      const element = field(
        theme,
        value,
        label,
        { x, y: area.top + index * area.pitchMm, w, h: area.pitchMm },
        sizes,
      )
      x += w + gapMm
      return element
    })
  })
}

/**
 * The header band across the top: the state's name in both scripts on the first line (Doc
 * 9303-5 Zone I, field 01/I), the document's title on the second (02/I), a thin accent rule below.
 */
export function header(
  theme: Theme,
  widthMm: number,
  heightMm: number,
  state: BilingualText,
  title: BilingualText,
): TemplateElement[] {
  const inset = 3
  const half = heightMm / 2
  return [
    { kind: 'rect', box: { x: 0, y: 0, w: widthMm, h: heightMm }, fill: theme.band },
    { kind: 'rect', box: { x: 0, y: heightMm, w: widthMm, h: 0.6 }, fill: theme.accent },
    {
      kind: 'text',
      box: { x: inset, y: 0.4, w: widthMm - 2 * inset, h: half },
      text: state,
      sizePt: heightMm * 0.8,
      colour: theme.bandText,
      bold: true,
      layout: 'split',
    },
    {
      kind: 'text',
      box: { x: inset, y: half, w: widthMm - 2 * inset, h: half - 0.4 },
      text: title,
      sizePt: heightMm * 0.62,
      colour: theme.accent,
      layout: 'split',
    },
  ]
}

/** The paper, its fine background pattern between `top` and `bottom`. */
export function paper(
  theme: Theme,
  widthMm: number,
  top: number,
  bottom: number,
): TemplateElement[] {
  return [
    {
      kind: 'pattern',
      box: { x: 0, y: top, w: widthMm, h: bottom - top },
      colour: theme.pattern,
      spacingMm: 1.2,
    },
  ]
}
