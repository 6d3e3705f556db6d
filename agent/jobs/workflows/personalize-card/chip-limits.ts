import { AgentError } from '../../../../drivers/core/errors'
import type { v1 } from '../../../../protocol'
import type { PersonalizationPlan } from './prepare'

/**
 * What the chip and the LDS can hold, checked at accept so that nothing the chip would refuse
 * reaches a blank card: a refusal at write time comes after the printer fed the card and spoils it.
 */

/**
 * Doc 9303-10 (8th ed.) Table 72 (DG11: full name, personal number, place of birth, address…)
 * and Table 74 (DG12: issuing authority): "99 Max" bytes each.
 */
export const LDS_TEXT_MAX_BYTES = 99

/** The DocumentData text fields that become DG11 and DG12 elements, by their proto names. */
const LDS_TEXT_FIELDS = [
  ['fullName', 'document.full_name'],
  ['personalNumber', 'document.personal_number'],
  ['placeOfBirth', 'document.place_of_birth'],
  ['address', 'document.address'],
  ['issuingAuthority', 'document.issuing_authority'],
] as const satisfies readonly (readonly [keyof v1.IDocumentData, string])[]

/**
 * The applet's largest file: CREATE FILE takes a 15-bit size and UPDATE BINARY a 15-bit offset
 * (icao-9303.md §11; the card simulator answers 6A80 above it).
 */
export const CHIP_FILE_MAX_BYTES = 0x7fff

/**
 * The longest document number the chip takes in PUT DATA 62, the BAC seed (the card simulator,
 * simulators/card/personalization.ts, accepts 1–20 characters). Doc 9303-5 lets a TD1 number run
 * to 22 characters (9 in line 1, 13 overflowing into optional data 1 before its check digit and
 * a filler), so 21 and 22 pass the MRZ builder; the chip then answers 6A80 after every file was
 * written, which spoiled the card.
 */
export const CHIP_BAC_SEED_DOCUMENT_NUMBER_MAX = 20

function refuse(field: string, reason: string, message: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `${field}: ${message}`, { details: { field, reason } })
}

/** Which request field a chip file comes from, to name it in a refusal. */
function sourceField(dataGroup: number | undefined): string {
  if (dataGroup === 2) return 'face_attachment'
  if (dataGroup === 3) return 'finger_attachments'
  return 'document'
}

/**
 * Refuses what the LDS or the chip cannot hold, before a lease is used or a card fed.
 *
 * @throws AgentError `INVALID_ARGUMENT` naming the field, never the value: `too-long` (a DG11/DG12
 *   text above 99 UTF-8 bytes), `longer-than-chip-bac-seed` (a document number the chip's PUT
 *   DATA 62 refuses), `exceeds-chip-file` (a data group above the chip's file size).
 */
export function checkChipLimits(document: v1.IDocumentData, plan: PersonalizationPlan): void {
  for (const [key, field] of LDS_TEXT_FIELDS) {
    const value = document[key]
    if (typeof value === 'string' && Buffer.byteLength(value, 'utf8') > LDS_TEXT_MAX_BYTES) {
      throw refuse(field, 'too-long', `at most ${LDS_TEXT_MAX_BYTES} bytes (Doc 9303-10)`)
    }
  }
  if (plan.bacSeed.documentNumber.length > CHIP_BAC_SEED_DOCUMENT_NUMBER_MAX) {
    throw refuse(
      'document.document_number',
      'longer-than-chip-bac-seed',
      `the chip takes at most ${CHIP_BAC_SEED_DOCUMENT_NUMBER_MAX} characters for its access keys`,
    )
  }
  for (const file of plan.files) {
    if (file.bytes.length > CHIP_FILE_MAX_BYTES) {
      throw refuse(
        sourceField(file.dataGroup),
        'exceeds-chip-file',
        `${file.name} would take ${file.bytes.length} bytes, above the chip's ${CHIP_FILE_MAX_BYTES}`,
      )
    }
  }
}
