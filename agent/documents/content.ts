/**
 * What a document's faces show, resolved before anything is drawn: every text in the national
 * script and in Latin, dates as ISO 8601, the MRZ lines exactly as DG1 carries them. The renderer
 * turns a DocumentContent and a profile's face templates into rasters; the applicant reader
 * (applicant.ts) builds it from what a front-end sent. Personal data: memory only, never logged.
 */
import type { Sex } from '../icao/mrz'

/** One text in two scripts. `national` is Arabic (or Kurdish) and may be '' when not given. */
export interface BilingualText {
  readonly national: string
  readonly latin: string
}

export interface DocumentContent {
  /** The profile the content was built for (e.g. `irq-national-id`). */
  readonly profileId: string
  readonly documentNumber: string
  /** Primary identifier: national script as given, Latin as in the MRZ (spaces, no fillers). */
  readonly surname: BilingualText
  readonly givenNames: BilingualText
  readonly placeOfBirth?: BilingualText
  /** `YYYY-MM-DD`. */
  readonly dateOfBirth: string
  readonly sex: Sex
  /** ICAO three-letter code. */
  readonly nationality: string
  /** The holder's national number (12 digits in Iraq), where the profile shows one. */
  readonly nationalNumber?: string
  /** `YYYY-MM-DD`. */
  readonly dateOfIssue?: string
  /** `YYYY-MM-DD`. */
  readonly dateOfExpiry: string
  readonly issuingAuthority?: BilingualText
  readonly address?: BilingualText
  /** As built by buildTd1/buildTd3: drawn character for character. */
  readonly mrzLines: readonly string[]
  /** The portrait as the front-end sent it (JPEG); absent → the portrait box stays empty. */
  readonly portraitJpeg?: Buffer
  /** Overprint SPECIMEN: test keys signed the chip, or the profile is a specimen. */
  readonly specimen: boolean
}
