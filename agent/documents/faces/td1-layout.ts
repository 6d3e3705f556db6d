/**
 * The ID-1 card layout the TD1 profiles share (85.6 × 54 mm; Doc 9303-5 §3 zones): on the front,
 * the header band (Zone I), the portrait along the left edge (Zone V), the personal and document
 * fields beside it (Zones II–III) and one wide number across the foot; on the back, the optional
 * data (Zone VI) above the three-line MRZ (Zone VII). Each profile's face file fills it in.
 */
import type { BilingualText } from '../content'
import type { FaceTemplate, ValueKey } from '../template'
import { header, LABELS, paper, rows, type Theme } from './parts'

export const TD1_WIDTH_MM = 85.6
export const TD1_HEIGHT_MM = 54
/** Doc 9303-5 Figure 6: the MRZ is 23.3 mm high; nothing of the VIZ reaches into it. */
const BACK_VIZ_BOTTOM_MM = TD1_HEIGHT_MM - 23.3

export interface Td1FrontOptions {
  readonly theme: Theme
  readonly state: BilingualText
  readonly title: BilingualText
  /** The label of the document number: card number, residence card number, … */
  readonly numberLabel: BilingualText
  /** The wide field across the foot (the national number, a reference number). */
  readonly footer: readonly [ValueKey, BilingualText]
}

const SMALL = { labelPt: 4.6, valuePt: 7 } as const
const FOOTER = { labelPt: 4.6, valuePt: 9 } as const

export function td1Front(options: Td1FrontOptions): FaceTemplate {
  const { theme } = options
  return {
    side: 'front',
    widthMm: TD1_WIDTH_MM,
    heightMm: TD1_HEIGHT_MM,
    background: theme.paper,
    elements: [
      ...paper(theme, TD1_WIDTH_MM, 10.6, TD1_HEIGHT_MM),
      ...header(theme, TD1_WIDTH_MM, 10, options.state, options.title),
      // 24 × 31 mm keeps the 35:45 proportion of a passport photo (Doc 9303-3 §3.9).
      { kind: 'portrait', box: { x: 3, y: 12.6, w: 24, h: 31 }, frame: theme.band },
      ...rows(theme, { left: 30, top: 12.2, width: 52.6, pitchMm: 6.4 }, SMALL, [
        [['surname', LABELS.surname]],
        [['givenNames', LABELS.givenNames]],
        [
          ['dateOfBirth', LABELS.dateOfBirth, 3],
          ['sex', LABELS.sex, 2],
        ],
        [
          ['nationality', LABELS.nationality, 3],
          ['dateOfIssue', LABELS.dateOfIssue, 2],
        ],
        [
          ['documentNumber', options.numberLabel, 3],
          ['dateOfExpiry', LABELS.dateOfExpiry, 2],
        ],
      ]),
      ...rows(theme, { left: 3, top: 45.2, width: 40, pitchMm: 7.4 }, FOOTER, [[options.footer]]),
      // Zone IV: the holder's signature (Doc 9303-5 §3.2.1), a caption over a rule.
      {
        kind: 'text',
        box: { x: 46, y: 45.2, w: 36.6, h: 2.4 },
        text: { national: 'توقيع حامل البطاقة', latin: "Holder's signature" },
        sizePt: SMALL.labelPt,
        colour: theme.label,
        layout: 'split',
      },
      { kind: 'rect', box: { x: 46, y: 52.2, w: 36.6, h: 0.2 }, fill: theme.label },
    ],
  }
}

export interface Td1BackOptions {
  readonly theme: Theme
  readonly state: BilingualText
  readonly numberLabel: BilingualText
}

export function td1Back(options: Td1BackOptions): FaceTemplate {
  const { theme } = options
  return {
    side: 'back',
    widthMm: TD1_WIDTH_MM,
    heightMm: TD1_HEIGHT_MM,
    background: theme.paper,
    elements: [
      ...paper(theme, TD1_WIDTH_MM, 5.6, BACK_VIZ_BOTTOM_MM),
      { kind: 'rect', box: { x: 0, y: 0, w: TD1_WIDTH_MM, h: 5 }, fill: theme.band },
      { kind: 'rect', box: { x: 0, y: 5, w: TD1_WIDTH_MM, h: 0.6 }, fill: theme.accent },
      {
        kind: 'text',
        box: { x: 3, y: 0.2, w: 79.6, h: 4.6 },
        text: options.state,
        sizePt: 6.5,
        colour: theme.bandText,
        bold: true,
        layout: 'split',
      },
      ...rows(theme, { left: 3, top: 7, width: 79.6, pitchMm: 6.7 }, SMALL, [
        [['placeOfBirth', LABELS.placeOfBirth]],
        [['address', LABELS.address]],
        [
          ['issuingAuthority', LABELS.issuingAuthority, 3],
          ['documentNumber', options.numberLabel, 2],
        ],
      ]),
      { kind: 'mrz', format: 'TD1' },
    ],
  }
}
