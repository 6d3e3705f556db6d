/** Utopia (ICAO's fictitious state) identity card specimen, front. */
import { LABELS, UTOPIA } from './parts'
import { td1Front } from './td1-layout'
import { UTOPIA_BLUE } from './themes'

export const UTO_ID_TITLE = { national: 'بطاقة الهوية', latin: 'Identity Card' }

export const UTO_SPECIMEN_ID_FRONT = td1Front({
  theme: UTOPIA_BLUE,
  state: UTOPIA,
  title: UTO_ID_TITLE,
  numberLabel: LABELS.documentNumber,
  footer: ['nationalNumber', LABELS.personalNumber],
})
