/**
 * The Iraqi passport (جواز سفر): TD3, document code P, passport numbers of one series letter and
 * eight digits as the A- and B-series print them, the 12-digit national number as the MRZ
 * personal number (Doc 9303-4 §4.2.2, line 2 positions 29–42).
 */
import { IRQ_PASSPORT_DATA_PAGE, IRQ_PASSPORT_TITLE } from '../faces/irq-passport-data-page'
import type { DocumentProfile } from '../profile'

export const IRQ_PASSPORT: DocumentProfile = {
  id: 'irq-passport',
  title: IRQ_PASSPORT_TITLE,
  format: 'TD3',
  documentCode: 'P',
  issuingState: 'IRQ',
  issuingAuthority: { national: 'مديرية شؤون الجوازات', latin: 'Passports Directorate' },
  validityYears: 8,
  documentNumber: { pattern: '^[A-Z][0-9]{8}$', maxLength: 9 },
  nationalNumber: { required: true, pattern: '^[0-9]{12}$', mrzPlacement: 'personal-number' },
  faces: [IRQ_PASSPORT_DATA_PAGE],
  specimen: false,
}
