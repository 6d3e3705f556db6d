/**
 * The applicant file `idstation issue` reads (format: docs/cli-issuance.md), in one of two forms:
 * - an applicant for a document profile (`"profile": "irq-national-id"`), in Applicant's camelCase
 *   field names: names in the national script with optional Latin spellings; the agent builds the
 *   MRZ and the chip's data and draws the faces;
 * - document data a front-end built itself (`"format": "TD1"`, DocumentData's field names, Latin
 *   only), with an optional profile the agent draws the faces from (default: the ICAO specimen
 *   profile of the format when the issuing state is UTO).
 * The portrait and finger records are paths next to it. Every message names the field and never
 * the value: the file holds personal data and the messages end up in terminals and logs.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { v1 } from '../../../protocol/messages'
import { findProfile, PROFILES } from '../../documents/profiles'
import { decodeFingerImageRecord, readJpegFrame } from '../../icao/biometrics'
import { buildMrz, type MrzFormat } from '../../icao/mrz'
import { mrzInput } from '../../jobs/workflows/personalize-card/prepare'
import { UsageError } from '../usage-error'
import { syntheticJpeg } from './synthetic-jpeg'

/** One applicant, ready to send: what runIssuance takes. */
export interface Applicant {
  readonly format: MrzFormat
  /** The document profile the agent draws the faces from. */
  readonly profile: string
  /** The applicant form: the agent builds the document from it. */
  readonly applicant?: v1.IApplicant
  /** The document-data form, `format` set to match. */
  readonly document?: v1.IDocumentData
  /** The portrait JPEG for DG2 and the faces. */
  readonly face: Buffer
  /** True when the file named no portrait and `face` is a synthetic grey image. */
  readonly syntheticFace: boolean
  /** ISO/IEC 19794-4 finger image records, in the file's order. */
  readonly fingerRecords: readonly Buffer[]
}

/** The applicant form's text fields (Applicant in documents.proto) and whether each is required. */
const APPLICANT_FIELDS = {
  primaryName: false,
  secondaryName: false,
  primaryNameLatin: false,
  secondaryNameLatin: false,
  placeOfBirth: false,
  placeOfBirthLatin: false,
  dateOfBirth: true,
  sex: true,
  nationality: false,
  nationalNumber: false,
  documentNumber: true,
  dateOfIssue: false,
  dateOfExpiry: false,
  address: false,
} as const satisfies Record<string, boolean>

/** The text fields an applicant file may hold, and whether each is required. */
const TEXT_FIELDS = {
  documentCode: true,
  issuingState: true,
  nationality: true,
  primaryIdentifier: true,
  secondaryIdentifier: false,
  documentNumber: true,
  dateOfBirth: true,
  sex: true,
  dateOfExpiry: true,
  optionalData: false,
  optionalData2: false,
  fullName: false,
  personalNumber: false,
  placeOfBirth: false,
  address: false,
  issuingAuthority: false,
  dateOfIssue: false,
} as const satisfies Record<string, boolean>

type TextField = keyof typeof TEXT_FIELDS

const OTHER_FIELDS = new Set(['format', 'profile', 'face', 'fingerRecords'])
const APPLICANT_OTHER_FIELDS = new Set(['profile', 'face', 'fingerRecords'])
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_FIELDS: readonly TextField[] = ['dateOfBirth', 'dateOfExpiry', 'dateOfIssue']

/** Width × height of the synthetic portrait: a 35 × 45 mm photo's proportions. */
const SYNTHETIC_FACE = { width: 240, height: 320 } as const

function bad(file: string, field: string, problem: string): UsageError {
  return new UsageError(`${file}: ${field} ${problem}`)
}

/**
 * Reads and checks an applicant file: every field's type, the dates' form, the MRZ the data makes
 * (so a name or number the MRZ cannot carry is refused here, not by the agent after a card is
 * fed), the portrait's JPEG header and each finger record. Relative paths are from the file's
 * directory. Throws UsageError naming the field.
 */
export async function readApplicantFile(file: string): Promise<Applicant> {
  const name = path.basename(file)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new UsageError(`cannot read the applicant file ${file}: ${errorCode(error)}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    // The parser's message quotes the text around the error: personal data.
    throw new UsageError(`${name} is not valid JSON`)
  }
  return parseApplicant(json, { name, dir: path.dirname(file) })
}

/** The checks of readApplicantFile on parsed JSON; `dir` resolves relative paths. */
export async function parseApplicant(
  json: unknown,
  where: { readonly name: string; readonly dir: string },
): Promise<Applicant> {
  const { name } = where
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new UsageError(`${name} must hold one JSON object`)
  }
  const record = json as Record<string, unknown>
  if (record.format === undefined) {
    if (record.profile === undefined) {
      throw bad(name, 'format', 'or profile is required (see docs/cli-issuance.md)')
    }
    return parseApplicantForm(record, where)
  }
  for (const key of Object.keys(record)) {
    if (!(key in TEXT_FIELDS) && !OTHER_FIELDS.has(key)) {
      throw bad(name, key, 'is not an applicant field (see docs/cli-issuance.md)')
    }
  }
  const format = record.format
  if (format !== 'TD1' && format !== 'TD3') throw bad(name, 'format', 'must be "TD1" or "TD3"')

  const texts = readTexts(name, record, TEXT_FIELDS)
  for (const field of DATE_FIELDS) {
    const value = texts[field]
    if (value !== undefined && !ISO_DATE.test(value)) {
      throw bad(name, field, 'must be a date written YYYY-MM-DD')
    }
  }
  const sex = texts.sex
  if (sex !== 'M' && sex !== 'F' && sex !== 'X') throw bad(name, 'sex', 'must be "M", "F" or "X"')
  if (format === 'TD3' && texts.optionalData2 !== undefined) {
    throw bad(name, 'optionalData2', 'exists only in a TD1 (ID card) MRZ')
  }

  const document: v1.IDocumentData = {
    format:
      format === 'TD1'
        ? v1.DocumentFormat.DOCUMENT_FORMAT_TD1
        : v1.DocumentFormat.DOCUMENT_FORMAT_TD3,
    documentCode: texts.documentCode ?? '',
    issuingState: texts.issuingState ?? '',
    nationality: texts.nationality ?? '',
    primaryIdentifier: texts.primaryIdentifier ?? '',
    secondaryIdentifier: texts.secondaryIdentifier ?? '',
    documentNumber: texts.documentNumber ?? '',
    dateOfBirth: texts.dateOfBirth ?? '',
    sex,
    dateOfExpiry: texts.dateOfExpiry ?? '',
    optionalData: texts.optionalData ?? '',
    optionalData_2: texts.optionalData2 ?? '',
    fullName: texts.fullName ?? '',
    personalNumber: texts.personalNumber ?? '',
    placeOfBirth: texts.placeOfBirth ?? '',
    address: texts.address ?? '',
    issuingAuthority: texts.issuingAuthority ?? '',
    dateOfIssue: texts.dateOfIssue ?? '',
  }
  checkMrz(name, format, document)
  const profile = profileFor(name, record.profile, format, document.issuingState ?? '')
  return { format, profile, document, ...(await media(record, where)) }
}

/** The applicant form: the agent checks the names, numbers and MRZ against the profile. */
async function parseApplicantForm(
  record: Record<string, unknown>,
  where: { readonly name: string; readonly dir: string },
): Promise<Applicant> {
  const { name } = where
  for (const key of Object.keys(record)) {
    if (!(key in APPLICANT_FIELDS) && !APPLICANT_OTHER_FIELDS.has(key)) {
      throw bad(name, key, 'is not an applicant field (see docs/cli-issuance.md)')
    }
  }
  if (typeof record.profile !== 'string' || record.profile === '') {
    throw bad(name, 'profile', 'is required (or "format" for document data)')
  }
  const profile = findProfile(record.profile)
  if (profile === undefined) {
    throw bad(name, 'profile', `must be one of ${PROFILES.map(entry => entry.id).join(', ')}`)
  }
  const applicant = readTexts(name, record, APPLICANT_FIELDS)
  if (applicant.primaryName === undefined && applicant.primaryNameLatin === undefined) {
    throw bad(name, 'primaryName', 'is required (or primaryNameLatin)')
  }
  for (const field of ['dateOfBirth', 'dateOfIssue', 'dateOfExpiry'] as const) {
    const value = applicant[field]
    if (value !== undefined && !isCalendarDate(value)) {
      throw bad(name, field, 'must be a date written YYYY-MM-DD')
    }
  }
  return {
    format: profile.format,
    profile: profile.id,
    applicant,
    ...(await media(record, where)),
  }
}

/** The text fields of `fields` the record holds: strings, the required ones present. */
function readTexts<F extends string>(
  name: string,
  record: Record<string, unknown>,
  fields: Readonly<Record<F, boolean>>,
): Partial<Record<F, string>> {
  const texts: Partial<Record<F, string>> = {}
  for (const [field, required] of Object.entries(fields) as [F, boolean][]) {
    const value = record[field]
    if (value === undefined || value === '') {
      if (required) throw bad(name, field, 'is required')
      continue
    }
    if (typeof value !== 'string') throw bad(name, field, 'must be a string')
    texts[field] = value
  }
  return texts
}

/** `YYYY-MM-DD` naming a day that exists (no 30 February). */
function isCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** The profile named, or the specimen profile of the format for Utopia's document data. */
function profileFor(name: string, value: unknown, format: MrzFormat, state: string): string {
  if (value !== undefined) {
    const profile = typeof value === 'string' ? findProfile(value) : undefined
    if (profile === undefined) {
      throw bad(name, 'profile', `must be one of ${PROFILES.map(entry => entry.id).join(', ')}`)
    }
    if (profile.format !== format) throw bad(name, 'profile', `does not issue ${format}`)
    return profile.id
  }
  const specimen = PROFILES.find(
    profile => profile.specimen && profile.format === format && profile.issuingState === state,
  )
  if (specimen === undefined) throw bad(name, 'profile', 'is required for this issuing state')
  return specimen.id
}

/** The portrait (a synthetic one when the file names none) and the finger records. */
async function media(
  record: Record<string, unknown>,
  where: { readonly name: string; readonly dir: string },
): Promise<Pick<Applicant, 'face' | 'syntheticFace' | 'fingerRecords'>> {
  const { name } = where
  const facePath = record.face
  let face: Buffer
  if (facePath === undefined) face = syntheticJpeg(SYNTHETIC_FACE.width, SYNTHETIC_FACE.height, 3)
  else {
    if (typeof facePath !== 'string' || facePath === '') {
      throw bad(name, 'face', 'must be the path of a JPEG file')
    }
    face = await readNamed(name, 'face', path.resolve(where.dir, facePath))
    try {
      readJpegFrame(face, 'face')
    } catch {
      throw bad(name, 'face', 'is not a baseline or progressive JPEG')
    }
  }

  const fingerPaths = record.fingerRecords ?? []
  if (!Array.isArray(fingerPaths)) throw bad(name, 'fingerRecords', 'must be a list of paths')
  const fingerRecords: Buffer[] = []
  for (const [index, entry] of (fingerPaths as unknown[]).entries()) {
    const field = `fingerRecords[${index}]`
    if (typeof entry !== 'string' || entry === '') throw bad(name, field, 'must be a path')
    const bytes = await readNamed(name, field, path.resolve(where.dir, entry))
    try {
      decodeFingerImageRecord(bytes)
    } catch {
      throw bad(name, field, 'is not an ISO/IEC 19794-4 finger image record')
    }
    fingerRecords.push(bytes)
  }
  return { face, syntheticFace: facePath === undefined, fingerRecords }
}

/** The MRZ builder knows every rule (characters, lengths, dates); its field names are ours. */
function checkMrz(name: string, format: MrzFormat, document: v1.IDocumentData): void {
  try {
    buildMrz(mrzInput(format, document))
  } catch (error) {
    const details = (error as { details?: Record<string, unknown> }).details
    const field = typeof details?.field === 'string' ? fileField(details.field) : 'the document'
    const reason = typeof details?.reason === 'string' ? details.reason : 'invalid'
    throw bad(name, field, `cannot go into a ${format} MRZ (${reason})`)
  }
}

/** MRZ input names that differ from the file's. */
function fileField(mrzField: string): string {
  const names: Readonly<Record<string, string>> = {
    personalNumber: 'optionalData',
    optionalData1: 'optionalData',
    optionalData2: 'optionalData2',
  }
  return names[mrzField] ?? mrzField
}

async function readNamed(name: string, field: string, file: string): Promise<Buffer> {
  try {
    return await readFile(file)
  } catch (error) {
    throw bad(name, field, `cannot be read (${errorCode(error)})`)
  }
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'unreadable'
}
