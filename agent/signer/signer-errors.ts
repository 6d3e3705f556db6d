import { AgentError, type ErrorDetails } from '../../drivers/core/errors'

/** Why a Document Signer cannot sign; travels in `details.reason`. */
export type SignerUnavailableReason =
  | 'module-missing'
  | 'module-failed'
  | 'token-not-found'
  | 'token-removed'
  | 'pin-incorrect'
  | 'pin-locked'
  | 'pin-unreadable'
  | 'key-file-unreadable'
  | 'key-not-found'
  | 'key-ambiguous'
  | 'key-unsupported'
  | 'certificate-not-found'
  | 'certificate-invalid'
  | 'key-certificate-mismatch'
  | 'sign-failed'
  | 'closed'

/** A token that is missing or went away may come back; the other reasons need a person. */
const RETRYABLE = new Set<SignerUnavailableReason>([
  'token-not-found',
  'token-removed',
  'sign-failed',
])

/**
 * `SIGNER_UNAVAILABLE` for `reason`. The message names files, labels and return values, never a
 * PIN or key material.
 */
export function signerUnavailable(
  reason: SignerUnavailableReason,
  message: string,
  cause?: unknown,
  details: ErrorDetails = {},
): AgentError {
  return new AgentError('SIGNER_UNAVAILABLE', message, {
    retryable: RETRYABLE.has(reason),
    details: { reason, ...details },
    ...(cause === undefined ? {} : { cause }),
  })
}
