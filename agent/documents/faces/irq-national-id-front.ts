/** Iraqi national identity card, front: the 12-digit national number across the foot. */
import { IRAQ, LABELS } from './parts'
import { td1Front } from './td1-layout'
import { IRAQ_GREEN } from './themes'

export const IRQ_NATIONAL_ID_TITLE = {
  national: 'البطاقة الوطنية',
  latin: 'National Identity Card',
}

export const IRQ_NATIONAL_ID_FRONT = td1Front({
  theme: IRAQ_GREEN,
  state: IRAQ,
  title: IRQ_NATIONAL_ID_TITLE,
  numberLabel: LABELS.cardNumber,
  footer: ['nationalNumber', LABELS.nationalNumber],
})
