/**
 * A passport of Utopia, ICAO's fictitious state: TD3, code P, always overprinted SPECIMEN; the
 * personal number, when given, is the MRZ personal number (Doc 9303-4 §4.2.2).
 */
import {
  UTO_PASSPORT_TITLE,
  UTO_SPECIMEN_PASSPORT_DATA_PAGE,
} from '../faces/uto-specimen-passport-data-page'
import type { DocumentProfile } from '../profile'

export const UTO_SPECIMEN_PASSPORT: DocumentProfile = {
  id: 'uto-specimen-passport',
  title: UTO_PASSPORT_TITLE,
  format: 'TD3',
  documentCode: 'P',
  issuingState: 'UTO',
  issuingAuthority: { national: 'سلطة يوتوبيا', latin: 'Utopia Authority' },
  validityYears: 10,
  documentNumber: { pattern: '^[A-Z0-9]{1,9}$', maxLength: 9 },
  nationalNumber: { required: false, pattern: '^[A-Z0-9]{1,14}$', mrzPlacement: 'personal-number' },
  faces: [UTO_SPECIMEN_PASSPORT_DATA_PAGE],
  specimen: true,
}
