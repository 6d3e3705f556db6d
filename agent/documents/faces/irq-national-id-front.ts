/**
 * Iraqi national identity card, front (ID-1, 85.6 × 54 mm; Doc 9303-5 §3 zones): header band
 * with the state and title (Zone I), portrait on the left (Zone V), the personal fields beside it
 * (Zones II–III), the 12-digit national number across the foot.
 */
import type { FaceTemplate } from '../template'
import { header, IRAQ, LABELS, paper, rows } from './parts'
import { IRAQ_GREEN as THEME } from './themes'

export const TITLE = { national: 'البطاقة الوطنية', latin: 'National Identity Card' }

export const IRQ_NATIONAL_ID_FRONT: FaceTemplate = {
  side: 'front',
  widthMm: 85.6,
  heightMm: 54,
  background: THEME.paper,
  elements: [
    ...paper(THEME, 85.6, 10.6, 54),
    ...header(THEME, 85.6, 10, IRAQ, TITLE),
    { kind: 'portrait', box: { x: 3, y: 12.6, w: 24, h: 31 }, frame: THEME.band },
    ...rows(
      THEME,
      { left: 30, top: 12.2, width: 52.6, pitchMm: 6.4 },
      { labelPt: 4.6, valuePt: 7 },
      [
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
          ['documentNumber', LABELS.cardNumber, 3],
          ['dateOfExpiry', LABELS.dateOfExpiry, 2],
        ],
      ],
    ),
    ...rows(
      THEME,
      { left: 3, top: 45.2, width: 79.6, pitchMm: 7.4 },
      { labelPt: 4.6, valuePt: 9 },
      [[['nationalNumber', LABELS.nationalNumber]]],
    ),
  ],
}
