/**
 * DocumentContent fixtures with realistic Iraqi data (invented people): Arabic names as the
 * applicant gives them, Latin names as a transliteration gives them, MRZ lines from
 * agent/icao/mrz, for every profile in agent/documents/profiles.
 */
import { readApplicant } from '../../agent/documents/applicant'
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

/**
 * The content the agent's applicant reader builds for `profile`'s fixture applicant, its Latin
 * names given (the spelling an earlier passport fixes), so the MRZ is the one readApplicant makes.
 */
export function contentFor(
  profile: DocumentProfile,
  extra: Partial<DocumentContent> = {},
): DocumentContent {
  const a = applicantFor(profile.id)
  const { content } = readApplicant(
    profile,
    {
      primaryName: a.surname.national,
      secondaryName: a.givenNames.national,
      primaryNameLatin: a.surname.latin,
      secondaryNameLatin: a.givenNames.latin,
      placeOfBirth: 'بغداد',
      placeOfBirthLatin: 'BAGHDAD',
      dateOfBirth: a.dateOfBirth,
      sex: a.sex,
      nationality: a.nationality,
      nationalNumber: a.nationalNumber,
      documentNumber: a.documentNumber,
      dateOfIssue: a.dateOfIssue,
      dateOfExpiry: a.dateOfExpiry,
      address: 'بغداد، الكرادة، محلة ٩٠٣',
    },
    { today: a.dateOfIssue, specimen: false },
  )
  return {
    ...content,
    // Applicant has no Latin address; the fixture shows one so layouts are tried with both.
    address: { national: 'بغداد، الكرادة، محلة ٩٠٣', latin: 'BAGHDAD, AL KARRADA, DISTRICT 903' },
    // The content's own flag off: tests of the overprint take it from the profile or set it.
    specimen: false,
    ...extra,
  }
}
