/**
 * An applicant for a document profile, turned into what the rest of the agent works with: the
 * DocumentData the chip is built from (Latin MRZ names, the national number where the profile puts
 * it, DG11 in national characters) and the DocumentContent the faces show in both scripts. Every
 * refusal is INVALID_ARGUMENT naming the field (`applicant.…`) and a reason, never the value.
 */
import { AgentError } from '../../drivers/core/errors'
import { v1 } from '../../protocol/messages'
import { dg11FullName } from '../icao/lds'
import { buildMrz, mrzNameParts, transliterateToLatin, type Sex } from '../icao/mrz'
import { mrzInput } from '../jobs/workflows/personalize-card/prepare'
import type { BilingualText, DocumentContent } from './content'
import type { DocumentProfile } from './profile'

export interface ApplicantOptions {
  /** `YYYY-MM-DD`: the date of issue when the applicant names none. */
  readonly today: string
  /** Overprint SPECIMEN although the profile is a real one (test keys sign the chip). */
  readonly specimen: boolean
  readonly portraitJpeg?: Buffer
}

/** What readApplicant builds: the chip's document data and the faces' content. */
export interface ResolvedApplicant {
  readonly document: v1.IDocumentData
  readonly content: DocumentContent
  /** Whether the MRZ names were the applicant's Latin spelling or transliterated. */
  readonly nameSource: 'given' | 'transliterated'
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** mrzNameParts' field names → the Applicant fields the client filled in. */
const NAME_FIELDS: Readonly<Record<string, string>> = {
  primary: 'primary_name',
  secondary: 'secondary_name',
  latinPrimary: 'primary_name_latin',
  latinSecondary: 'secondary_name_latin',
  primaryIdentifier: 'primary_name',
}

/**
 * Builds the document data and face content of `applicant` for `profile`. Checks what the profile
 * imposes (document number and national number patterns), the dates and sex, and builds the MRZ
 * once so a name or number no MRZ can carry is refused here, before any device is touched.
 */
export function readApplicant(
  profile: DocumentProfile,
  applicant: v1.IApplicant,
  options: ApplicantOptions,
): ResolvedApplicant {
  const text = (value: string | null | undefined) => (value ?? '').trim()
  const primaryName = text(applicant.primaryName)
  const secondaryName = text(applicant.secondaryName)
  const primaryLatin = text(applicant.primaryNameLatin)
  const secondaryLatin = text(applicant.secondaryNameLatin)
  if (primaryName === '' && primaryLatin === '') throw invalid('primary_name', 'missing')
  let names: ReturnType<typeof mrzNameParts>
  try {
    names = mrzNameParts({
      primary: primaryName === '' ? primaryLatin : primaryName,
      secondary: secondaryName === '' ? secondaryLatin : secondaryName,
      ...(primaryLatin === '' && secondaryLatin === ''
        ? {}
        : { latinPrimary: primaryLatin, latinSecondary: secondaryLatin }),
    })
  } catch (error) {
    throw relabel(error, NAME_FIELDS)
  }

  const dateOfBirth = date(text(applicant.dateOfBirth), 'date_of_birth')
  const sex = text(applicant.sex)
  if (sex !== 'M' && sex !== 'F' && sex !== 'X') throw invalid('sex', 'not-m-f-or-x')
  const dateOfIssue = date(text(applicant.dateOfIssue) || options.today, 'date_of_issue')
  const dateOfExpiry =
    text(applicant.dateOfExpiry) === ''
      ? addYears(dateOfIssue, profile.validityYears)
      : date(text(applicant.dateOfExpiry), 'date_of_expiry')

  const documentNumber = text(applicant.documentNumber)
  if (documentNumber === '') throw invalid('document_number', 'missing')
  if (
    documentNumber.length > profile.documentNumber.maxLength ||
    !new RegExp(profile.documentNumber.pattern).test(documentNumber)
  ) {
    throw invalid('document_number', 'does-not-match-profile')
  }
  const nationalNumber = text(applicant.nationalNumber)
  if (nationalNumber === '') {
    if (profile.nationalNumber.required) throw invalid('national_number', 'missing')
  } else if (!new RegExp(profile.nationalNumber.pattern).test(nationalNumber)) {
    throw invalid('national_number', 'does-not-match-profile')
  }

  const placeOfBirth = bilingual(
    applicant.placeOfBirth,
    applicant.placeOfBirthLatin,
    'place_of_birth',
  )
  const address = text(applicant.address)
  const mrzPlacement = profile.nationalNumber.mrzPlacement
  const document: v1.IDocumentData = {
    format:
      profile.format === 'TD1'
        ? v1.DocumentFormat.DOCUMENT_FORMAT_TD1
        : v1.DocumentFormat.DOCUMENT_FORMAT_TD3,
    documentCode: profile.documentCode,
    issuingState: profile.issuingState,
    nationality: text(applicant.nationality) || profile.issuingState,
    primaryIdentifier: names.primaryIdentifier,
    secondaryIdentifier: names.secondaryIdentifier,
    documentNumber,
    dateOfBirth,
    sex,
    dateOfExpiry,
    optionalData: mrzPlacement === 'none' ? '' : nationalNumber,
    // DG11: the name as the holder writes it (Doc 9303-10 §4.7.11: national characters allowed).
    fullName: dg11FullName(
      primaryName === '' ? names.primaryIdentifier : primaryName,
      secondaryName === '' ? names.secondaryIdentifier : secondaryName,
    ),
    personalNumber: nationalNumber,
    placeOfBirth: placeOfBirth?.national || placeOfBirth?.latin || '',
    address,
    issuingAuthority: profile.issuingAuthority.latin,
    dateOfIssue,
  }
  let mrzLines: readonly string[]
  try {
    mrzLines = buildMrz(mrzInput(profile.format, document)).lines
  } catch (error) {
    throw mrzRefusal(error)
  }
  const content: DocumentContent = {
    profileId: profile.id,
    documentNumber,
    surname: { national: primaryName, latin: names.primaryIdentifier },
    givenNames: { national: secondaryName, latin: names.secondaryIdentifier },
    ...(placeOfBirth === undefined ? {} : { placeOfBirth }),
    dateOfBirth,
    sex,
    nationality: document.nationality ?? profile.issuingState,
    ...(nationalNumber === '' ? {} : { nationalNumber }),
    dateOfIssue,
    dateOfExpiry,
    issuingAuthority: profile.issuingAuthority,
    ...(address === '' ? {} : { address: { national: address, latin: '' } }),
    mrzLines,
    ...(options.portraitJpeg === undefined ? {} : { portraitJpeg: options.portraitJpeg }),
    specimen: options.specimen || profile.specimen,
  }
  return { document, content, nameSource: names.source }
}

/**
 * The face content of a document a front-end built itself (DocumentData, Latin only): what the
 * agent draws when it is sent document data and a profile but no faces.
 */
export function contentOfDocument(
  profile: DocumentProfile,
  document: v1.IDocumentData,
  options: Omit<ApplicantOptions, 'today'>,
): DocumentContent {
  if (
    document.format !==
    (profile.format === 'TD1'
      ? v1.DocumentFormat.DOCUMENT_FORMAT_TD1
      : v1.DocumentFormat.DOCUMENT_FORMAT_TD3)
  ) {
    throw new AgentError('INVALID_ARGUMENT', `profile: the profile issues ${profile.format}`, {
      details: { field: 'profile', reason: 'format-mismatch' },
    })
  }
  let mrzLines: readonly string[]
  try {
    mrzLines = buildMrz(mrzInput(profile.format, document)).lines
  } catch (error) {
    throw mrzRefusal(error)
  }
  const latin = (value: string | null | undefined): BilingualText => ({
    national: '',
    latin: value ?? '',
  })
  return {
    profileId: profile.id,
    documentNumber: document.documentNumber ?? '',
    surname: latin(document.primaryIdentifier),
    givenNames: latin(document.secondaryIdentifier),
    ...(document.placeOfBirth ? { placeOfBirth: latin(document.placeOfBirth) } : {}),
    dateOfBirth: document.dateOfBirth ?? '',
    sex: (document.sex ?? 'X') as Sex,
    nationality: document.nationality ?? '',
    ...(document.personalNumber ? { nationalNumber: document.personalNumber } : {}),
    ...(document.dateOfIssue ? { dateOfIssue: document.dateOfIssue } : {}),
    dateOfExpiry: document.dateOfExpiry ?? '',
    issuingAuthority: document.issuingAuthority
      ? latin(document.issuingAuthority)
      : profile.issuingAuthority,
    ...(document.address ? { address: latin(document.address) } : {}),
    mrzLines,
    ...(options.portraitJpeg === undefined ? {} : { portraitJpeg: options.portraitJpeg }),
    specimen: options.specimen || profile.specimen,
  }
}

/** A national-script text with its Latin form: given, or transliterated from the national. */
function bilingual(
  national: string | null | undefined,
  latin: string | null | undefined,
  field: string,
): BilingualText | undefined {
  const nationalText = (national ?? '').trim()
  const latinText = (latin ?? '').trim()
  if (nationalText === '' && latinText === '') return undefined
  if (latinText !== '' || nationalText === '') return { national: nationalText, latin: latinText }
  try {
    return { national: nationalText, latin: transliterateToLatin(nationalText) }
  } catch (error) {
    throw relabel(error, { name: field })
  }
}

function date(value: string, field: string): string {
  const match = ISO_DATE.exec(value)
  if (match === null) throw invalid(field, 'not-yyyy-mm-dd')
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const parsed = new Date(Date.UTC(year, month - 1, day))
  if (parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day) {
    throw invalid(field, 'not-a-date')
  }
  return value
}

/** The same day `years` later; 29 February becomes 28 February in a common year. */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year + years, month - 1, day))
  if (target.getUTCMonth() !== month - 1) target.setUTCDate(0)
  return target.toISOString().slice(0, 10)
}

/** The MRZ builder names its own fields; the applicant's names are what the client sent. */
function mrzRefusal(error: unknown): AgentError {
  const details = (error as { details?: Record<string, unknown> }).details
  const field = typeof details?.field === 'string' ? details.field : 'document'
  const reason = typeof details?.reason === 'string' ? details.reason : 'invalid'
  return new AgentError(
    'INVALID_ARGUMENT',
    `applicant.${field}: cannot go into the MRZ (${reason})`,
    {
      details: { field: `applicant.${field}`, reason },
      cause: error,
    },
  )
}

/** An error of the ICAO layer, its field renamed to the Applicant field it came from. */
function relabel(error: unknown, fields: Readonly<Record<string, string>>): unknown {
  if (!(error instanceof AgentError)) return error
  const inner = typeof error.details.field === 'string' ? error.details.field : ''
  const field = `applicant.${fields[inner] ?? Object.values(fields)[0] ?? inner}`
  // The inner message names the letter or rule, never the text.
  return new AgentError(error.code, `${field}: ${error.message}`, {
    details: { ...error.details, field },
    cause: error,
  })
}

function invalid(field: string, reason: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `applicant.${field}: ${reason}`, {
    details: { field: `applicant.${field}`, reason },
  })
}
