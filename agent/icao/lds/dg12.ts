import {
  decodeDate,
  decodeDateTime,
  decodeText,
  encodeDate,
  encodeDateTime,
  encodeText,
} from './lds-values'
import { decodeTaggedTemplate, encodeTaggedTemplate } from './tagged-template'

/*
 * DG12, additional document details (Doc 9303-10 §4.7.12; JMRTD DG12File):
 * 6C { 5C tag list, 5F19 issuing authority, 5F26 date of issue CCYYMMDD, 5F55 date and time of
 * personalization yyyymmddhhmmss, 5F56 serial number of the personalization system }.
 */

const DG12_TAG = 0x6c
const TAG = {
  issuingAuthority: 0x5f19,
  dateOfIssue: 0x5f26,
  personalizationTime: 0x5f55,
  personalizationSystemSerial: 0x5f56,
} as const

/** The DG12 elements this agent writes and reads; absent means not on the chip. */
export interface Dg12 {
  readonly issuingAuthority?: string
  /** ISO 8601 `YYYY-MM-DD`. */
  readonly dateOfIssue?: string
  /** Written in UTC to the second; the caller passes the clock's reading in. */
  readonly personalizationTime?: Date
  /** Serial number of the personalization system: ties the chip to this workstation in the audit trail. */
  readonly personalizationSystemSerial?: string
}

/**
 * Encodes DG12 with the elements present, in the order of Doc 9303-10. Throws `INVALID_ARGUMENT`
 * naming the field for empty or malformed text, a date that does not exist or an invalid Date.
 */
export function encodeDg12(details: Dg12): Buffer {
  const elements: [number, Buffer][] = []
  if (details.issuingAuthority !== undefined) {
    elements.push([TAG.issuingAuthority, encodeText('issuingAuthority', details.issuingAuthority)])
  }
  if (details.dateOfIssue !== undefined) {
    elements.push([TAG.dateOfIssue, encodeDate('dateOfIssue', details.dateOfIssue)])
  }
  if (details.personalizationTime !== undefined) {
    elements.push([
      TAG.personalizationTime,
      encodeDateTime('personalizationTime', details.personalizationTime),
    ])
  }
  if (details.personalizationSystemSerial !== undefined) {
    elements.push([
      TAG.personalizationSystemSerial,
      encodeText('personalizationSystemSerial', details.personalizationSystemSerial),
    ])
  }
  return encodeTaggedTemplate(DG12_TAG, elements)
}

/** Decodes DG12; throws {@link IcaoDecodeError} (structure `DG12`) for malformed bytes. */
export function decodeDg12(bytes: Uint8Array): Dg12 {
  const structure = 'DG12'
  const values = decodeTaggedTemplate(bytes, DG12_TAG, structure)
  const issuingAuthority = values.get(TAG.issuingAuthority)
  const dateOfIssue = values.get(TAG.dateOfIssue)
  const personalizationTime = values.get(TAG.personalizationTime)
  const serial = values.get(TAG.personalizationSystemSerial)
  return {
    ...(issuingAuthority === undefined
      ? {}
      : { issuingAuthority: decodeText(structure, issuingAuthority) }),
    ...(dateOfIssue === undefined ? {} : { dateOfIssue: decodeDate(structure, dateOfIssue) }),
    ...(personalizationTime === undefined
      ? {}
      : { personalizationTime: decodeDateTime(structure, personalizationTime) }),
    ...(serial === undefined ? {} : { personalizationSystemSerial: decodeText(structure, serial) }),
  }
}
