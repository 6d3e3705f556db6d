/**
 * The Iraqi residence card of a foreign resident (بطاقة الإقامة): TD1, document code IR, linked to
 * the holder's 12-digit number in the national registry (required): the card shows it and the
 * MRZ carries it as optional data 1, so a border reader links the card to its file.
 */
import { IRQ_RESIDENCE_BACK } from '../faces/irq-residence-back'
import { IRQ_RESIDENCE_FRONT, IRQ_RESIDENCE_TITLE } from '../faces/irq-residence-front'
import type { DocumentProfile } from '../profile'

export const IRQ_RESIDENCE: DocumentProfile = {
  id: 'irq-residence',
  title: IRQ_RESIDENCE_TITLE,
  format: 'TD1',
  documentCode: 'IR',
  issuingState: 'IRQ',
  issuingAuthority: { national: 'مديرية الإقامة', latin: 'Directorate of Residence' },
  validityYears: 2,
  documentNumber: { pattern: '^[A-Z0-9]{9}$', maxLength: 9 },
  nationalNumber: { required: true, pattern: '^[0-9]{12}$', mrzPlacement: 'optional-data-1' },
  faces: [IRQ_RESIDENCE_FRONT, IRQ_RESIDENCE_BACK],
  specimen: false,
}
