/**
 * A minimal ISO/IEC 7816-4 card holding only the eMRTD application's AID (ICAO 9303-10): enough
 * for the PC/SC plumbing to be tested end to end before the full chip (file system, BAC, secure
 * messaging, personalization) exists.
 */
import { randomBytes } from 'node:crypto'
import { parseCommand, type Command } from './apdu-parse'
import type { VpcdCard } from './vpcd-client'

/** The eMRTD LDS1 application (ICAO 9303-10 §3.1.1). */
export const EMRTD_AID = Buffer.from('A0000002471001', 'hex')

/**
 * The ATR, in the PC/SC Part 3 shape a contactless reader builds for an ISO 14443-4 card:
 * 3B, T0 = 8k (TD1 follows, k historical bytes), TD1 = 80 (TD2 follows), TD2 = 01 (T=1), the
 * historical bytes, then TCK (all bytes from T0 through TCK XOR to 0, required once T=1 is
 * offered). The historical bytes are ASCII "IDSTATION": a proprietary category indicator (not
 * 00/10/80), so nothing reads meaning into them, and the card is easy to spot in pcsc_scan.
 */
export const ATR = withTck(
  Buffer.concat([Buffer.from('3B898001', 'hex'), Buffer.from('IDSTATION', 'ascii')]),
)

const SW_OK = 0x9000
const SW_WRONG_LENGTH = 0x6700
const SW_FILE_NOT_FOUND = 0x6a82
const SW_WRONG_P1P2 = 0x6a86
const SW_INS_NOT_SUPPORTED = 0x6d00
const SW_CLA_NOT_SUPPORTED = 0x6e00

const INS_SELECT = 0xa4
const INS_GET_CHALLENGE = 0x84

export class MinimalEmrtdCard implements VpcdCard {
  readonly atr: Uint8Array = ATR
  private applicationSelected = false

  resetSession(): void {
    this.applicationSelected = false
  }

  /** True while the eMRTD application is the current DF. */
  get selected(): boolean {
    return this.applicationSelected
  }

  process(apdu: Buffer): Uint8Array {
    const command = parseCommand(apdu)
    if (command === undefined) return status(SW_WRONG_LENGTH)
    if (command.cla === 0xff) return status(SW_CLA_NOT_SUPPORTED)
    switch (command.ins) {
      case INS_SELECT:
        return this.select(command)
      case INS_GET_CHALLENGE:
        return getChallenge(command)
      default:
        return status(SW_INS_NOT_SUPPORTED)
    }
  }

  private select(command: Command): Uint8Array {
    // P1 00–09 are the file selection methods of ISO 7816-4 Table 39; others are invalid.
    if (command.p1 > 0x09 || (command.p2 & 0xf0) !== 0) return status(SW_WRONG_P1P2)
    if (command.p1 !== 0x04 || !command.data.equals(EMRTD_AID)) {
      // No file system yet: the MF, EFs and other applications are all absent.
      this.applicationSelected = false
      return status(SW_FILE_NOT_FOUND)
    }
    this.applicationSelected = true
    // P2 b4–b3 = 11 (0C) asks for no response data; otherwise return an FCI naming the DF.
    if ((command.p2 & 0x0c) === 0x0c) return status(SW_OK)
    const fci = Buffer.concat([
      Buffer.from([0x6f, EMRTD_AID.length + 2, 0x84, EMRTD_AID.length]),
      EMRTD_AID,
    ])
    return withStatus(fci, SW_OK)
  }
}

/** eMRTD readers ask for exactly 8 bytes (the BAC challenge RND.IC); other lengths are refused. */
function getChallenge(command: Command): Uint8Array {
  if (command.p1 !== 0 || command.p2 !== 0) return status(SW_WRONG_P1P2)
  if (command.data.length !== 0 || command.le !== 8) return status(SW_WRONG_LENGTH)
  return withStatus(randomBytes(8), SW_OK)
}

function status(sw: number): Uint8Array {
  return Uint8Array.of(sw >> 8, sw & 0xff)
}

function withStatus(data: Uint8Array, sw: number): Uint8Array {
  const response = new Uint8Array(data.length + 2)
  response.set(data)
  response.set(status(sw), data.length)
  return response
}

function withTck(atrWithoutTck: Buffer): Buffer {
  let tck = 0
  for (const byte of atrWithoutTck.subarray(1)) tck ^= byte
  return Buffer.concat([atrWithoutTck, Buffer.from([tck])])
}
