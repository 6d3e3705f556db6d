/** Iraqi passport data page (TD3), with the national number beside the place of birth. */
import { IRAQ, LABELS } from './parts'
import { td3DataPage } from './td3-layout'
import { IRAQ_GREEN } from './themes'

export const IRQ_PASSPORT_TITLE = { national: 'جواز سفر', latin: 'Passport' }

export const IRQ_PASSPORT_DATA_PAGE = td3DataPage({
  theme: IRAQ_GREEN,
  state: IRAQ,
  title: IRQ_PASSPORT_TITLE,
  documentCode: 'P',
  issuingState: 'IRQ',
  personalNumberLabel: LABELS.nationalNumber,
})
