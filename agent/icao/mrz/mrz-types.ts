/** The two MRZ layouts this agent issues: TD1 (ID card, 3 × 30) and TD3 (passport, 2 × 44). */
export type MrzFormat = 'TD1' | 'TD3'

/** Sex as the front-end sends it; `X` (unspecified) is printed as the filler `<` in the MRZ. */
export type Sex = 'M' | 'F' | 'X'

/** What a front-end supplies for any MRZ. Names are already transliterated to Latin. */
export interface MrzCommonInput {
  /** TD3: `P` and an optional second letter (`PD`); TD1: `I`, `A` or `C` and an optional letter. */
  readonly documentCode: string
  /** Doc 9303-3 §5 letter code, 1–3 letters (`UTO`, `D`); padded with `<`. */
  readonly issuingState: string
  readonly nationality: string
  /**
   * Family name (or the whole name). Allowed: A–Z, space, hyphen, apostrophe, comma, handled as
   * Doc 9303-3 §4.6 says: apostrophes dropped, the others become a single filler.
   */
  readonly primaryIdentifier: string
  /** Given names, same characters as the primary identifier; empty when the name has no second part. */
  readonly secondaryIdentifier: string
  /** A–Z and 0–9. TD3: up to 9 characters. TD1: up to 22 (longer than 9 overflows into optional data 1). */
  readonly documentNumber: string
  /** ISO 8601 `YYYY-MM-DD`, a real calendar date. */
  readonly dateOfBirth: string
  readonly sex: Sex
  /** ISO 8601 `YYYY-MM-DD`, after the date of birth. */
  readonly dateOfExpiry: string
}

/** Input for a passport MRZ. */
export interface Td3Input extends MrzCommonInput {
  readonly format: 'TD3'
  /** Line 2 positions 29–42: A–Z, 0–9, `<`, at most 14 characters. */
  readonly personalNumber?: string
}

/** Input for an ID-card MRZ. */
export interface Td1Input extends MrzCommonInput {
  readonly format: 'TD1'
  /** Line 1 positions 16–30, at most 15 characters less what a long document number overflows. */
  readonly optionalData1?: string
  /** Line 2 positions 19–29: A–Z, 0–9, `<`, at most 11 characters. */
  readonly optionalData2?: string
}

/** Input for {@link buildMrz}, told apart by `format`. */
export type MrzInput = Td1Input | Td3Input

/** Fields as the MRZ carries them: fillers stripped from the ends, dates `YYMMDD`. */
export interface MrzCommonFields {
  /** `P`, `PD`, `I`, `ID`, … (a trailing filler removed). */
  readonly documentCode: string
  readonly issuingState: string
  readonly nationality: string
  /** The name components of the MRZ joined by single spaces; may be truncated. */
  readonly primaryIdentifier: string
  readonly secondaryIdentifier: string
  /** The full document number, TD1 overflow included. */
  readonly documentNumber: string
  /** `YYMMDD`; a parsed MRZ may hold `<` for unknown parts (Doc 9303-3 §4.8). */
  readonly dateOfBirth: string
  readonly sex: Sex
  /** `YYMMDD`. */
  readonly dateOfExpiry: string
}

/** The fields of a TD3 MRZ. */
export interface Td3Fields extends MrzCommonFields {
  readonly format: 'TD3'
  readonly personalNumber: string
}

/** The fields of a TD1 MRZ; optional data 1 without the overflowing document number. */
export interface Td1Fields extends MrzCommonFields {
  readonly format: 'TD1'
  readonly optionalData1: string
  readonly optionalData2: string
}

/** The fields of either format, told apart by `format`. */
export type MrzFields = Td1Fields | Td3Fields

/** A machine readable zone: its printed lines and the fields they hold. */
export interface Mrz {
  readonly format: MrzFormat
  readonly lines: readonly string[]
  readonly fields: MrzFields
}

/** Line count and length of each format. */
export const MRZ_SHAPE = {
  TD1: { lines: 3, length: 30, nameWidth: 30 },
  TD3: { lines: 2, length: 44, nameWidth: 39 },
} as const satisfies Record<MrzFormat, { lines: number; length: number; nameWidth: number }>
