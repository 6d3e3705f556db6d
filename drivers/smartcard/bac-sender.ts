import { CommandApdu } from './apdu'

/** Lengths fixed by ICAO 9303 Part 11 §4.3: nonces are 8 bytes, key material 16. */
export const BAC_LENGTH = { NONCE: 8, KEY: 16, CRYPTOGRAM: 32, MAC: 8 } as const

/**
 * The two APDUs BAC needs, as the card channel provides them (JMRTD keeps the same split between
 * protocol and transport). Implementations send the plain commands built by
 * {@link getChallengeCommand} and {@link externalAuthenticateCommand} and resolve with the
 * response data; a status word other than 9000 rejects (a `StatusWordError`). Calls do not overlap.
 */
export interface BacSender {
  /** GET CHALLENGE; resolves with RND.IC. */
  getChallenge(): Promise<Uint8Array>
  /** EXTERNAL AUTHENTICATE with E.IFD ‖ M.IFD; resolves with E.IC ‖ M.IC. */
  externalAuthenticate(data: Uint8Array): Promise<Uint8Array>
}

/** `00 84 00 00 08`: GET CHALLENGE for an 8-byte RND.IC. */
export function getChallengeCommand(): CommandApdu {
  return new CommandApdu({ cla: 0x00, ins: 0x84, p1: 0x00, p2: 0x00, ne: BAC_LENGTH.NONCE })
}

/** `00 82 00 00 28 <E.IFD ‖ M.IFD> 28`: EXTERNAL AUTHENTICATE expecting E.IC ‖ M.IC back. */
export function externalAuthenticateCommand(data: Uint8Array): CommandApdu {
  const length = BAC_LENGTH.CRYPTOGRAM + BAC_LENGTH.MAC
  return new CommandApdu({ cla: 0x00, ins: 0x82, p1: 0x00, p2: 0x00, data, ne: length })
}
