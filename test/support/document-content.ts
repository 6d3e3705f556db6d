/**
 * DocumentContent fixtures with realistic Iraqi data (invented people): Arabic names as the
 * applicant gives them, Latin names as a transliteration gives them, MRZ lines from
 * agent/icao/mrz, for every profile in agent/documents/profiles.
 */
import { buildTd1, buildTd3 } from '../../agent/icao/mrz'
import type { DocumentContent } from '../../agent/documents/content'
import type { DocumentProfile } from '../../agent/documents/profile'

/** What the MRZ must read back as, for the OCR round trip. */
export interface Applicant {
  readonly surname: { readonly national: string; readonly latin: string }
  readonly givenNames: { readonly national: string; readonly latin: string }
  readonly dateOfBirth: string
  readonly sex: 'M' | 'F'
  readonly nationality: string
  readonly documentNumber: string
  readonly nationalNumber: string
  readonly dateOfIssue: string
  readonly dateOfExpiry: string
}

const APPLICANTS: Readonly<Record<string, Applicant>> = {
  'irq-national-id': {
    surname: { national: 'الهاشمي', latin: 'AL HASHIMI' },
    givenNames: { national: 'محمد علي', latin: 'MUHAMMAD ALI' },
    dateOfBirth: '1986-03-21',
    sex: 'M',
    nationality: 'IRQ',
    documentNumber: 'A7K2M9Q41',
    nationalNumber: '199012345678',
    dateOfIssue: '2025-01-14',
    dateOfExpiry: '2035-01-13',
  },
  'irq-passport': {
    surname: { national: 'الجبوري', latin: 'AL JUBURI' },
    givenNames: { national: 'زينب حسين', latin: 'ZAINAB HUSAYN' },
    dateOfBirth: '1992-11-05',
    sex: 'F',
    nationality: 'IRQ',
    documentNumber: 'A12345678',
    nationalNumber: '199287654321',
    dateOfIssue: '2025-06-02',
    dateOfExpiry: '2033-06-01',
  },
  'irq-residence': {
    surname: { national: 'خان', latin: 'KHAN' },
    givenNames: { national: 'عمران', latin: 'IMRAN' },
    dateOfBirth: '1979-07-30',
    sex: 'M',
    nationality: 'PAK',
    documentNumber: 'R40518836',
    nationalNumber: '300100200300',
    dateOfIssue: '2025-09-10',
    dateOfExpiry: '2027-09-09',
  },
  'uto-specimen-id': {
    surname: { national: 'إريكسون', latin: 'ERIKSSON' },
    givenNames: { national: 'آنا ماريا', latin: 'ANNA MARIA' },
    dateOfBirth: '1974-08-12',
    sex: 'F',
    nationality: 'UTO',
    documentNumber: 'D23145890',
    nationalNumber: '7341',
    dateOfIssue: '2024-04-16',
    dateOfExpiry: '2034-04-15',
  },
  'uto-specimen-passport': {
    surname: { national: 'إريكسون', latin: 'ERIKSSON' },
    givenNames: { national: 'آنا ماريا', latin: 'ANNA MARIA' },
    dateOfBirth: '1974-08-12',
    sex: 'F',
    nationality: 'UTO',
    documentNumber: 'L898902C3',
    nationalNumber: 'ZE184226B',
    dateOfIssue: '2024-04-16',
    dateOfExpiry: '2034-04-15',
  },
}

export function applicantFor(profileId: string): Applicant {
  const applicant = APPLICANTS[profileId]
  if (applicant === undefined) throw new Error(`no fixture applicant for ${profileId}`)
  return applicant
}

/** The content the lead's applicant reader would build for `profile`. */
export function contentFor(
  profile: DocumentProfile,
  extra: Partial<DocumentContent> = {},
): DocumentContent {
  const a = applicantFor(profile.id)
  const common = {
    documentCode: profile.documentCode,
    issuingState: profile.issuingState,
    nationality: a.nationality,
    primaryIdentifier: a.surname.latin,
    secondaryIdentifier: a.givenNames.latin,
    documentNumber: a.documentNumber,
    dateOfBirth: a.dateOfBirth,
    sex: a.sex,
    dateOfExpiry: a.dateOfExpiry,
  }
  const placed = profile.nationalNumber.mrzPlacement
  const mrz =
    profile.format === 'TD3'
      ? buildTd3({
          ...common,
          format: 'TD3',
          ...(placed === 'personal-number' ? { personalNumber: a.nationalNumber } : {}),
        })
      : buildTd1({
          ...common,
          format: 'TD1',
          ...(placed === 'optional-data-1' ? { optionalData1: a.nationalNumber } : {}),
        })
  return {
    profileId: profile.id,
    documentNumber: a.documentNumber,
    surname: a.surname,
    givenNames: a.givenNames,
    placeOfBirth: { national: 'بغداد', latin: 'BAGHDAD' },
    dateOfBirth: a.dateOfBirth,
    sex: a.sex,
    nationality: a.nationality,
    nationalNumber: a.nationalNumber,
    dateOfIssue: a.dateOfIssue,
    dateOfExpiry: a.dateOfExpiry,
    issuingAuthority: profile.issuingAuthority,
    address: { national: 'بغداد، الكرادة، محلة ٩٠٣', latin: 'BAGHDAD, AL KARRADA, DISTRICT 903' },
    mrzLines: mrz.lines,
    specimen: false,
    ...extra,
  }
}
