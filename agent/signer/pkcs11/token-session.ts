import * as pkcs11js from 'pkcs11js'
import type { Pkcs11Module } from './pkcs11-module'
import { returnValueOf, pkcs11Unavailable } from './pkcs11-errors'

/** A logged-in user session on the token with a given label. */
export interface TokenSession {
  readonly module: Pkcs11Module
  readonly slot: Buffer
  readonly handle: Buffer
}

/**
 * The slot holding the token labelled `tokenLabel` (token labels are blank-padded to 32 bytes).
 *
 * @throws AgentError `SIGNER_UNAVAILABLE` `token-not-found`, also when the module cannot list its
 *   slots any more (SoftHSM2 after its token was deleted).
 */
export function findTokenSlot(module: Pkcs11Module, tokenLabel: string): Buffer {
  let slots: Buffer[]
  try {
    slots = module.api.C_GetSlotList(true)
  } catch (error) {
    throw pkcs11Unavailable('token-not-found', 'the PKCS#11 module cannot list its tokens', error)
  }
  const matching = slots.filter(slot => {
    try {
      return module.api.C_GetTokenInfo(slot).label.trimEnd() === tokenLabel
    } catch {
      return false // a token pulled between the two calls
    }
  })
  const [slot] = matching
  if (slot === undefined) {
    throw pkcs11Unavailable('token-not-found', `no PKCS#11 token is labelled "${tokenLabel}"`)
  }
  if (matching.length > 1) {
    throw pkcs11Unavailable(
      'token-not-found',
      `${matching.length} tokens are labelled "${tokenLabel}"`,
    )
  }
  return slot
}

/**
 * Opens a session on the token labelled `tokenLabel` and logs the user in. A user already logged
 * in by another session of this process is fine: PKCS#11 login state is per application.
 *
 * @throws AgentError `SIGNER_UNAVAILABLE` `token-not-found`, `pin-incorrect` or `pin-locked`.
 */
export function openUserSession(
  module: Pkcs11Module,
  tokenLabel: string,
  pin: string,
  options: { readonly readWrite?: boolean } = {},
): TokenSession {
  const slot = findTokenSlot(module, tokenLabel)
  const flags =
    pkcs11js.CKF_SERIAL_SESSION | (options.readWrite === true ? pkcs11js.CKF_RW_SESSION : 0)
  let handle: Buffer
  try {
    handle = module.api.C_OpenSession(slot, flags)
  } catch (error) {
    throw pkcs11Unavailable(
      'token-not-found',
      `cannot open a session on token "${tokenLabel}"`,
      error,
    )
  }
  module.sessionOpened(slot)
  const session = { module, slot, handle }
  try {
    module.api.C_Login(handle, pkcs11js.CKU_USER, pin)
  } catch (error) {
    const code = returnValueOf(error)
    if (code === pkcs11js.CKR_USER_ALREADY_LOGGED_IN) return session
    closeUserSession(session)
    if (code === pkcs11js.CKR_PIN_LOCKED) {
      throw pkcs11Unavailable(
        'pin-locked',
        `the user PIN of token "${tokenLabel}" is locked`,
        error,
      )
    }
    if (code === pkcs11js.CKR_PIN_INCORRECT || code === pkcs11js.CKR_PIN_LEN_RANGE) {
      throw pkcs11Unavailable('pin-incorrect', `the PIN for token "${tokenLabel}" is wrong`, error)
    }
    throw pkcs11Unavailable('token-not-found', `cannot log in to token "${tokenLabel}"`, error)
  }
  return session
}

/**
 * Logs out when this is the last session of the process on the token (a logout would end the
 * login of every other session there), then closes the session. Never throws: the token may be
 * gone already.
 */
export function closeUserSession(session: TokenSession): void {
  const others = session.module.sessionClosed(session.slot)
  if (others === 0) {
    try {
      session.module.api.C_Logout(session.handle)
    } catch {
      // Not logged in (wrong PIN) or the token is gone: nothing to log out from.
    }
  }
  try {
    session.module.api.C_CloseSession(session.handle)
  } catch {
    // The session died with its token.
  }
}

/**
 * The objects matching `template`, at most `limit`. Private objects are visible only after login.
 */
export function findObjects(
  session: TokenSession,
  template: pkcs11js.Template,
  limit = 2,
): Buffer[] {
  const { api } = session.module
  api.C_FindObjectsInit(session.handle, template)
  try {
    return api.C_FindObjects(session.handle, limit)
  } finally {
    api.C_FindObjectsFinal(session.handle)
  }
}

/** One attribute's raw value. */
export function readAttribute(session: TokenSession, object: Buffer, type: number): Buffer {
  const [attribute] = session.module.api.C_GetAttributeValue(session.handle, object, [{ type }])
  if (attribute === undefined) throw new Error(`attribute 0x${type.toString(16)} not returned`)
  return attribute.value
}
