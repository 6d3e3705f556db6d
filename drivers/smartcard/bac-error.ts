import { AgentError } from '../core/errors'

/** Why the chip's answer to EXTERNAL AUTHENTICATE was refused. */
export type BacFailure =
  | 'bad-challenge'
  | 'bad-length'
  | 'wrong-mac'
  | 'nonce-mismatch'
  /** The chip refused our EXTERNAL AUTHENTICATE (6300, 6982): our MRZ keys are not its keys. */
  | 'refused'

/**
 * The chip did not prove it holds the BAC keys of the MRZ given: usually a mistyped MRZ or the
 * wrong document on the reader. Code `UNAUTHENTICATED`; `details.reason` says which check failed
 * and never carries the MRZ or key material.
 */
export class BacError extends AgentError {
  readonly reason: BacFailure

  constructor(
    reason: BacFailure,
    message: string,
    options: { readonly sw?: string; readonly cause?: unknown } = {},
  ) {
    super('UNAUTHENTICATED', message, {
      details: { reason, step: 'bac', ...(options.sw === undefined ? {} : { sw: options.sw }) },
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    })
    this.name = 'BacError'
    this.reason = reason
  }
}
