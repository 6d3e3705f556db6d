/** Iraqi national identity card, back: place of birth, address, authority, the TD1 MRZ. */
import { IRAQ, LABELS } from './parts'
import { td1Back } from './td1-layout'
import { IRAQ_GREEN } from './themes'

export const IRQ_NATIONAL_ID_BACK = td1Back({
  theme: IRAQ_GREEN,
  state: IRAQ,
  numberLabel: LABELS.cardNumber,
})
