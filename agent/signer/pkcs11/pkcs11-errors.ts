import * as pkcs11js from 'pkcs11js'
import type { AgentError } from '../../../drivers/core/errors'
import { signerUnavailable, type SignerUnavailableReason } from '../signer-errors'

/** The CKR_* name of a PKCS#11 return value, e.g. `CKR_PIN_INCORRECT`. */
export function returnValueName(code: number): string {
  for (const [name, value] of Object.entries(pkcs11js)) {
    if (name.startsWith('CKR_') && value === code) return name
  }
  return `0x${code.toString(16)}`
}

/** The return value of a pkcs11js failure, undefined for failures that are not Cryptoki's. */
export function returnValueOf(error: unknown): number | undefined {
  return error instanceof pkcs11js.Pkcs11Error ? error.code : undefined
}

/**
 * Return values that mean the session or the token went away: the signer drops its session and
 * the next sign opens a new one. SoftHSM2 answers CKR_OBJECT_HANDLE_INVALID when its token was
 * deleted under an open session.
 */
const SESSION_LOST = new Set<number>([
  pkcs11js.CKR_DEVICE_REMOVED,
  pkcs11js.CKR_TOKEN_NOT_PRESENT,
  pkcs11js.CKR_SESSION_HANDLE_INVALID,
  pkcs11js.CKR_SESSION_CLOSED,
  pkcs11js.CKR_USER_NOT_LOGGED_IN,
  pkcs11js.CKR_OBJECT_HANDLE_INVALID,
  pkcs11js.CKR_KEY_HANDLE_INVALID,
  pkcs11js.CKR_DEVICE_ERROR,
  pkcs11js.CKR_GENERAL_ERROR,
])

/** Whether a Cryptoki failure means the session or token went away (see SESSION_LOST). */
export function isSessionLost(error: unknown): boolean {
  const code = returnValueOf(error)
  return code !== undefined && SESSION_LOST.has(code)
}

/** `SIGNER_UNAVAILABLE` for `reason`, with the CKR name in `details.ckr` when Cryptoki gave one. */
export function pkcs11Unavailable(
  reason: SignerUnavailableReason,
  message: string,
  cause?: unknown,
): AgentError {
  const code = returnValueOf(cause)
  return signerUnavailable(
    reason,
    message,
    cause,
    code === undefined ? {} : { ckr: returnValueName(code) },
  )
}
