import type { SmartcardEncoderDriver } from '../../drivers/core/driver'
import type { v1 } from '../../protocol'
import type { DocumentType, JobResultSummary } from './journal'
import type { JobOutcome, StepMachineHooks } from './step-machine'

/** A reader to itself for a while (the card service provides it). */
export interface ReaderAccess {
  withReader<T>(deviceId: string, work: (driver: SmartcardEncoderDriver) => Promise<T>): Promise<T>
}

/** What a running job may tell the journal; each call has committed when it returns. */
export interface JobControl {
  readonly jobId: string
  bindChip(chipSerial: string): void
  /** Before the first write APDU: from then on a failure spoils the card. */
  markWriting(): void
  /** The PII-free summary journaled with success. */
  setResult(summary: JobResultSummary): void
  /**
   * A card or booklet left the printer's feeder for this job: from then on a failure rejects it
   * and the job ends spoiled, chip written or not.
   */
  markMediumTaken(): void
}

/** A validated PersonalizeCard, ready to run; holds the personal data in memory only. */
export interface PreparedPersonalization {
  readonly documentNumber: string
  readonly documentType: DocumentType
  run(
    control: JobControl,
    options: { readonly signal: AbortSignal; readonly hooks: StepMachineHooks },
  ): Promise<JobOutcome>
}

export interface PersonalizationEngine {
  /**
   * The chips take EAC, so fingerprints may go to DG3. Without it (absent or false) `prepare`
   * refuses finger attachments and an issuance job keeps the fingers it captures off the chip.
   */
  readonly extendedAccessControl?: boolean
  /**
   * Validates the request and builds everything written to the chip, before anything is
   * journaled: bad input is INVALID_ARGUMENT and changes nothing.
   */
  prepare(
    body: v1.IPersonalizeCard,
    attachments: readonly Buffer[],
    signal: AbortSignal,
    options?: PrepareFlags,
  ): Promise<PreparedPersonalization>
}

export interface PrepareFlags {
  /**
   * The card sits at a printer's encoding station: no operator prompts for a missing or used
   * card, which fail the job instead (default false: a desk encoder).
   */
  readonly atPrinterStation?: boolean
}
