/**
 * An identity card of Utopia, ICAO's fictitious state (Doc 9303-3 §5: code UTO), for training
 * stations and tests: TD1, code ID, always overprinted SPECIMEN. The personal number, when
 * given, goes to MRZ optional data 1.
 */
import { UTO_SPECIMEN_ID_BACK } from '../faces/uto-specimen-id-back'
import { UTO_ID_TITLE, UTO_SPECIMEN_ID_FRONT } from '../faces/uto-specimen-id-front'
import type { DocumentProfile } from '../profile'

export const UTO_SPECIMEN_ID: DocumentProfile = {
  id: 'uto-specimen-id',
  title: UTO_ID_TITLE,
  format: 'TD1',
  documentCode: 'ID',
  issuingState: 'UTO',
  issuingAuthority: { national: 'سلطة يوتوبيا', latin: 'Utopia Authority' },
  validityYears: 10,
  documentNumber: { pattern: '^[A-Z0-9]{1,9}$', maxLength: 9 },
  nationalNumber: { required: false, pattern: '^[A-Z0-9]{1,15}$', mrzPlacement: 'optional-data-1' },
  faces: [UTO_SPECIMEN_ID_FRONT, UTO_SPECIMEN_ID_BACK],
  specimen: true,
}
