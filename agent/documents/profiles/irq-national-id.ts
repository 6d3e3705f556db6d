/**
 * The Iraqi national identity card (البطاقة الوطنية): TD1, document code ID, a nine-character
 * card number, and the 12-digit national number printed on the front and carried in MRZ optional
 * data 1 (Doc 9303-5 §4.2.2, line 1 positions 16–30).
 */
import { IRQ_NATIONAL_ID_BACK } from '../faces/irq-national-id-back'
import { IRQ_NATIONAL_ID_FRONT, IRQ_NATIONAL_ID_TITLE } from '../faces/irq-national-id-front'
import type { DocumentProfile } from '../profile'

export const IRQ_NATIONAL_ID: DocumentProfile = {
  id: 'irq-national-id',
  title: IRQ_NATIONAL_ID_TITLE,
  format: 'TD1',
  documentCode: 'ID',
  issuingState: 'IRQ',
  issuingAuthority: {
    national: 'مديرية الجنسية العامة',
    latin: 'General Directorate of Nationality',
  },
  validityYears: 10,
  documentNumber: { pattern: '^[A-Z0-9]{9}$', maxLength: 9 },
  nationalNumber: { required: true, pattern: '^[0-9]{12}$', mrzPlacement: 'optional-data-1' },
  faces: [IRQ_NATIONAL_ID_FRONT, IRQ_NATIONAL_ID_BACK],
  specimen: false,
}
