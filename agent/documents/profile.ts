/**
 * A document profile: which document a station issues (national ID card, passport, residence
 * card, …), what its MRZ carries and how its faces look. Profiles are data (profiles/*.ts, listed
 * in profiles/index.ts); the applicant reader checks numbers against them and the renderer draws
 * their faces.
 */
import type { BilingualText } from './content'
import type { FaceTemplate } from './template'

export interface DocumentProfile {
  /** Kebab-case, e.g. `irq-national-id`; DocumentContent.profileId names it. */
  readonly id: string
  /** The document's name as its header shows it, e.g. "البطاقة الوطنية / National Identity Card". */
  readonly title: BilingualText
  /** TD1: 3 × 30 MRZ on an ID-1 card (Doc 9303-5); TD3: 2 × 44 on a passport data page (Doc 9303-4). */
  readonly format: 'TD1' | 'TD3'
  /** MRZ document code: `P` for a passport, `ID`, `IR`, … for a card (Doc 9303-5 §4.2.2 note k). */
  readonly documentCode: string
  /** Doc 9303-3 §5 three-letter code, `IRQ` or `UTO`. */
  readonly issuingState: string
  readonly issuingAuthority: BilingualText
  readonly validityYears: number
  readonly documentNumber: {
    /** Regular expression source, anchored (`^…$`). */
    readonly pattern: string
    readonly maxLength: number
  }
  readonly nationalNumber: {
    readonly required: boolean
    /** Regular expression source, anchored (`^…$`). */
    readonly pattern: string
    /** Where the MRZ carries it: TD1 optional data 1, TD3 personal number, or nowhere. */
    readonly mrzPlacement: 'none' | 'optional-data-1' | 'personal-number'
  }
  /** In print order: front then back for a card, the data page for a passport. */
  readonly faces: readonly FaceTemplate[]
  /** Always overprint SPECIMEN (the ICAO fictitious state Utopia, training stations). */
  readonly specimen: boolean
}
