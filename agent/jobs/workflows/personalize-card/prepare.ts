import { AgentError } from '../../../../drivers/core/errors'
import type { v1 } from '../../../../protocol'
import { decodeFingerImageRecord, type FingerImageRecord } from '../../../icao/biometrics'
import {
  dataGroupFile,
  encodeCom,
  encodeDg1,
  encodeDg11,
  encodeDg12,
  encodeDg15,
  encodeDg2,
  encodeDg3,
  type DataGroupNumber,
  type Dg11,
  type Dg12,
} from '../../../icao/lds'
import { bacSeedFields, buildMrz, mrzInformation, type MrzInput, type Sex } from '../../../icao/mrz'

/** One file written to the chip, in the order written; `dataGroup` absent for EF.COM. */
export interface ChipFile {
  readonly name: string
  readonly fid: number
  readonly dataGroup?: DataGroupNumber
  readonly bytes: Buffer
}

/** An RSA key the chip signs Active Authentication challenges with (the applet takes 1024 bits). */
export interface AaKey {
  readonly modulus: Buffer
  readonly privateExponent: Buffer
  /** DER SubjectPublicKeyInfo, what DG15 carries. */
  readonly spki: Buffer
}

/** Everything the job writes, built before the card is touched. Personal data: memory only. */
export interface PersonalizationPlan {
  readonly documentNumber: string
  readonly documentType: 'TD1' | 'TD3'
  /** MRZ_information (document number, birth and expiry with check digits), for BAC. */
  readonly mrzInformation: string
  readonly bacSeed: {
    readonly documentNumber: string
    readonly dateOfBirth: string
    readonly dateOfExpiry: string
  }
  /** EF.COM then the data groups, ascending; EF.SOD is built from these and written last. */
  readonly files: readonly ChipFile[]
  readonly aaKey?: AaKey
}

export interface PrepareOptions {
  /** The chip profile's limit for the face JPEG. */
  readonly maxFaceBytes: number
  /** DG12 5F56. */
  readonly stationSerial: string
  /** DG12 5F55. */
  readonly now: Date
  /** A fresh AA key per card; injected so tests need not pay for RSA key generation. */
  readonly generateAaKey: () => AaKey
  /**
   * The chip profile has EAC (Chip and Terminal Authentication). Without it no inspection system
   * can ever read DG3, so finger attachments are refused rather than written.
   */
  readonly extendedAccessControl: boolean
}

const FORMATS: Readonly<Record<number, 'TD1' | 'TD3'>> = { 1: 'TD1', 2: 'TD3' }

/**
 * Validates a PersonalizeCard request and builds the chip's files from it: MRZ (DG1), face
 * (DG2), fingers (DG3, only with EAC configured), DG11, DG12 and, with Active Authentication, DG15 around a fresh key.
 * Throws INVALID_ARGUMENT naming the field; never echoes a value.
 */
export function preparePersonalization(
  body: v1.IPersonalizeCard,
  attachments: readonly Buffer[],
  options: PrepareOptions,
): PersonalizationPlan {
  const document = body.document
  if (!document) throw invalid('document', 'required')
  const format = FORMATS[document.format ?? 0]
  if (format === undefined) throw invalid('document.format', 'unspecified')
  const mrz = buildMrz(mrzInput(format, document))
  const face = attachment(attachments, body.faceAttachment ?? 0, 'face_attachment')
  if ((body.fingerAttachments ?? []).length > 0 && !options.extendedAccessControl) {
    throw new AgentError(
      'INVALID_ARGUMENT',
      'finger_attachments: DG3 is readable only after EAC, which this station does not configure',
      { details: { field: 'finger_attachments', reason: 'dg3-needs-eac' } },
    )
  }
  const fingers = (body.fingerAttachments ?? []).map((index, position) =>
    fingerRecord(attachment(attachments, index, `finger_attachments[${position}]`), position),
  )
  const aaKey = body.activeAuthentication === true ? options.generateAaKey() : undefined

  const groups = new Map<DataGroupNumber, Buffer>()
  groups.set(1, encodeDg1(mrz.lines))
  groups.set(2, encodeDg2([{ jpeg: face }], { maxBytes: options.maxFaceBytes }))
  if (fingers.length > 0) groups.set(3, encodeDg3(fingers))
  const dg11 = dg11Of(document)
  if (dg11 !== undefined) groups.set(11, encodeDg11(dg11))
  groups.set(12, encodeDg12(dg12Of(document, options)))
  if (aaKey !== undefined) groups.set(15, encodeDg15(aaKey.spki))

  const numbers = [...groups.keys()].sort((a, b) => a - b)
  const com = encodeCom({ ldsVersion: '0107', unicodeVersion: '040000', dataGroups: numbers })
  const files: ChipFile[] = [
    { name: 'EF.COM', fid: dataGroupFile('COM').fid, bytes: com },
    ...numbers.map(dataGroup => ({
      name: `DG${dataGroup}`,
      fid: dataGroupFile(dataGroup).fid,
      dataGroup,
      bytes: groups.get(dataGroup) ?? Buffer.alloc(0),
    })),
  ]
  const seed = bacSeedFields(mrz.fields)
  return {
    documentNumber: mrz.fields.documentNumber,
    documentType: format,
    mrzInformation: mrzInformation(mrz.fields),
    // The chip pads and adds check digits itself (PUT DATA 62).
    bacSeed: { ...seed, documentNumber: seed.documentNumber.replace(/<+$/, '') },
    files,
    ...(aaKey === undefined ? {} : { aaKey }),
  }
}

/**
 * The MRZ input a DocumentData describes; front-ends that draw the MRZ on a face (the CLI) use it
 * too, so the printed lines are the ones DG1 carries.
 */
export function mrzInput(format: 'TD1' | 'TD3', document: v1.IDocumentData): MrzInput {
  const common = {
    documentCode: document.documentCode ?? '',
    issuingState: document.issuingState ?? '',
    nationality: document.nationality ?? '',
    primaryIdentifier: document.primaryIdentifier ?? '',
    secondaryIdentifier: document.secondaryIdentifier ?? '',
    documentNumber: document.documentNumber ?? '',
    dateOfBirth: document.dateOfBirth ?? '',
    sex: (document.sex ?? '') as Sex,
    dateOfExpiry: document.dateOfExpiry ?? '',
  }
  const optional = (value: string | null | undefined) => (value ? value : undefined)
  if (format === 'TD3') {
    const personalNumber = optional(document.optionalData)
    return { format, ...common, ...(personalNumber === undefined ? {} : { personalNumber }) }
  }
  const optionalData1 = optional(document.optionalData)
  const optionalData2 = optional(document.optionalData_2)
  return {
    format,
    ...common,
    ...(optionalData1 === undefined ? {} : { optionalData1 }),
    ...(optionalData2 === undefined ? {} : { optionalData2 }),
  }
}

function dg11Of(document: v1.IDocumentData): Dg11 | undefined {
  const entries = {
    fullName: document.fullName,
    personalNumber: document.personalNumber,
    placeOfBirth: document.placeOfBirth,
    address: document.address,
  }
  const present = Object.entries(entries).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
  )
  if (present.length === 0) return undefined
  return { ...Object.fromEntries(present), fullDateOfBirth: document.dateOfBirth ?? '' }
}

function dg12Of(document: v1.IDocumentData, options: PrepareOptions): Dg12 {
  return {
    ...(document.issuingAuthority ? { issuingAuthority: document.issuingAuthority } : {}),
    ...(document.dateOfIssue ? { dateOfIssue: document.dateOfIssue } : {}),
    personalizationTime: options.now,
    personalizationSystemSerial: options.stationSerial,
  }
}

function attachment(attachments: readonly Buffer[], index: number, field: string): Buffer {
  const bytes = index >= 1 ? attachments[index - 1] : undefined
  if (bytes === undefined) throw invalid(field, 'no-such-attachment')
  return bytes
}

function fingerRecord(bytes: Buffer, position: number): FingerImageRecord {
  try {
    return decodeFingerImageRecord(bytes)
  } catch (error) {
    throw new AgentError(
      'INVALID_ARGUMENT',
      'a finger attachment is not an ISO/IEC 19794-4 record',
      {
        details: { field: `finger_attachments[${position}]`, reason: 'not-19794-4' },
        cause: error,
      },
    )
  }
}

function invalid(field: string, reason: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `${field} is missing or invalid`, {
    details: { field, reason },
  })
}
