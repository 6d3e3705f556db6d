/**
 * The passport data page layout the TD3 profiles share (125 × 88 mm; Doc 9303-4 §3, Figure 2
 * zones): header band with the state and title (Zones I), portrait on the left (Zone V), the
 * fields in Doc 9303-4 §4.1's order beside it (Zones II–IV), the two-line MRZ at the foot
 * (Zone VII), which nothing of the visual zone reaches into.
 */
import type { BilingualText } from '../content'
import type { FaceTemplate } from '../template'
import { header, LABELS, paper, rows, type Theme } from './parts'

export const TD3_WIDTH_MM = 125
export const TD3_HEIGHT_MM = 88
/** Doc 9303-4 Figure 3: the MRZ is 23.2 mm high. */
const VIZ_BOTTOM_MM = TD3_HEIGHT_MM - 23.2

export interface Td3Options {
  readonly theme: Theme
  readonly state: BilingualText
  readonly title: BilingualText
  /** Type and issuing state code as the page prints them beside the passport number. */
  readonly documentCode: string
  readonly issuingState: string
  /** How the page labels the holder's national number (Iraq: national number). */
  readonly personalNumberLabel: BilingualText
}

export function td3DataPage(options: Td3Options): FaceTemplate {
  const { theme } = options
  const fixed = (latin: string) => ({ fixed: { national: '', latin } })
  return {
    side: 'data-page',
    widthMm: TD3_WIDTH_MM,
    heightMm: TD3_HEIGHT_MM,
    background: theme.paper,
    elements: [
      ...paper(theme, TD3_WIDTH_MM, 11.6, VIZ_BOTTOM_MM),
      ...header(theme, TD3_WIDTH_MM, 11, options.state, options.title),
      // 33 × 42.4 mm: a 35:45 photo (Doc 9303-4 §3 Zone V) that leaves room for the fields.
      { kind: 'portrait', box: { x: 5, y: 14.6, w: 33, h: 42.4 }, frame: theme.band },
      ...rows(
        theme,
        { left: 42, top: 13.4, width: 79, pitchMm: 7.1 },
        { labelPt: 5, valuePt: 7.5 },
        [
          [
            [fixed(options.documentCode), LABELS.type, 1],
            [fixed(options.issuingState), LABELS.code, 1.3],
            ['documentNumber', LABELS.passportNumber, 2.4],
          ],
          [['surname', LABELS.surname]],
          [['givenNames', LABELS.givenNames]],
          [
            ['nationality', LABELS.nationality, 1.2],
            ['dateOfBirth', LABELS.dateOfBirth, 1.5],
            ['sex', LABELS.sex, 1],
          ],
          [
            ['placeOfBirth', LABELS.placeOfBirth, 1],
            ['nationalNumber', options.personalNumberLabel, 1],
          ],
          [
            ['dateOfIssue', LABELS.dateOfIssue, 1],
            ['dateOfExpiry', LABELS.dateOfExpiry, 1],
          ],
          [['issuingAuthority', LABELS.issuingAuthority]],
        ],
      ),
      { kind: 'mrz', format: 'TD3' },
    ],
  }
}
