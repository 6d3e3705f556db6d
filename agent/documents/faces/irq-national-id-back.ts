/**
 * Iraqi national identity card, back: place of birth, address and the issuing authority above
 * the TD1 machine readable zone (Doc 9303-5 Zone VII, three lines of 30 at the foot).
 */
import type { FaceTemplate } from '../template'
import { IRAQ, LABELS, paper, rows } from './parts'
import { IRAQ_GREEN as THEME } from './themes'

export const IRQ_NATIONAL_ID_BACK: FaceTemplate = {
  side: 'back',
  widthMm: 85.6,
  heightMm: 54,
  background: THEME.paper,
  elements: [
    ...paper(THEME, 85.6, 5.6, 30.7),
    { kind: 'rect', box: { x: 0, y: 0, w: 85.6, h: 5 }, fill: THEME.band },
    { kind: 'rect', box: { x: 0, y: 5, w: 85.6, h: 0.6 }, fill: THEME.accent },
    {
      kind: 'text',
      box: { x: 3, y: 0.2, w: 79.6, h: 4.6 },
      text: IRAQ,
      sizePt: 6.5,
      colour: THEME.bandText,
      bold: true,
      layout: 'split',
    },
    ...rows(THEME, { left: 3, top: 7, width: 79.6, pitchMm: 6.7 }, { labelPt: 4.6, valuePt: 7 }, [
      [['placeOfBirth', LABELS.placeOfBirth]],
      [['address', LABELS.address]],
      [
        ['issuingAuthority', LABELS.issuingAuthority, 3],
        ['documentNumber', LABELS.cardNumber, 2],
      ],
    ]),
    { kind: 'mrz', format: 'TD1' },
  ],
}
