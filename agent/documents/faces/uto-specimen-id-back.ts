/** Utopia identity card specimen, back, with the TD1 MRZ. */
import { LABELS, UTOPIA } from './parts'
import { td1Back } from './td1-layout'
import { UTOPIA_BLUE } from './themes'

export const UTO_SPECIMEN_ID_BACK = td1Back({
  theme: UTOPIA_BLUE,
  state: UTOPIA,
  numberLabel: LABELS.documentNumber,
})
