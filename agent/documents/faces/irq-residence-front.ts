/**
 * Iraqi residence card of a foreign resident, front: the holder's own nationality, and across
 * the foot the Iraqi reference number the content carries as `nationalNumber`.
 */
import { IRAQ, LABELS } from './parts'
import { td1Front } from './td1-layout'
import { IRAQ_RESIDENCE } from './themes'

export const IRQ_RESIDENCE_TITLE = { national: 'بطاقة الإقامة', latin: 'Residence Card' }

export const IRQ_RESIDENCE_FRONT = td1Front({
  theme: IRAQ_RESIDENCE,
  state: IRAQ,
  title: IRQ_RESIDENCE_TITLE,
  numberLabel: LABELS.cardNumber,
  footer: ['nationalNumber', LABELS.referenceNumber],
})
