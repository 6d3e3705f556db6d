/** Utopia passport specimen data page (TD3). */
import { LABELS, UTOPIA } from './parts'
import { td3DataPage } from './td3-layout'
import { UTOPIA_BLUE } from './themes'

export const UTO_PASSPORT_TITLE = { national: 'جواز سفر', latin: 'Passport' }

export const UTO_SPECIMEN_PASSPORT_DATA_PAGE = td3DataPage({
  theme: UTOPIA_BLUE,
  state: UTOPIA,
  title: UTO_PASSPORT_TITLE,
  documentCode: 'P',
  issuingState: 'UTO',
  personalNumberLabel: LABELS.personalNumber,
})
