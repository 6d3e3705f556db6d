import { AgentError } from '../../core/errors'

/** Why a protected exchange failed. */
export type SecureMessagingFailure =
  | 'malformed-data-object'
  | 'unprotected-response'
  | 'missing-mac'
  | 'missing-status'
  | 'wrong-mac'
  | 'bad-padding-indicator'
  | 'bad-padding'
  | 'already-protected'
  | 'session-broken'

/**
 * A secure-messaging exchange failed its integrity checks, or the card answered outside secure
 * messaging. The session keys and send sequence counter are then out of step with the card, so
 * the code is `BAD_STATE`: the caller must run BAC or PACE again. `details.reason` says which
 * check failed; `details.sw` is set when the card sent a bare status word.
 */
export class SecureMessagingError extends AgentError {
  readonly reason: SecureMessagingFailure

  constructor(
    reason: SecureMessagingFailure,
    message: string,
    options: { readonly sw?: string; readonly cause?: unknown } = {},
  ) {
    super('BAD_STATE', message, {
      details: { reason, ...(options.sw === undefined ? {} : { sw: options.sw }) },
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    })
    this.name = 'SecureMessagingError'
    this.reason = reason
  }
}
