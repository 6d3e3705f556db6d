/** Iraqi residence card, back: place of birth, address in Iraq, authority, the TD1 MRZ. */
import { IRAQ, LABELS } from './parts'
import { td1Back } from './td1-layout'
import { IRAQ_RESIDENCE } from './themes'

export const IRQ_RESIDENCE_BACK = td1Back({
  theme: IRAQ_RESIDENCE,
  state: IRAQ,
  numberLabel: LABELS.cardNumber,
})
