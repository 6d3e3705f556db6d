import { timingSafeEqual } from 'node:crypto'
import { AgentError } from '../../core/errors'
import { CommandApdu, MAX_NE, ResponseApdu } from '../apdu'
import { padIso9797Method2, unpadIso9797Method2 } from '../crypto/padding'
import { formatStatusWord } from '../status-words'
import { decodeDataObjects, type DataObject, encodeDataObject } from './data-objects'
import { SecureMessagingError } from './secure-messaging-error'
import type { SmCipher } from './sm-cipher'

/** Secure-messaging data-object tags (ISO 7816-4 §10, ICAO 9303 Part 11 §9.8). */
export const SM_TAG = {
  /** Encrypted data with a leading padding-indicator byte, for even INS. */
  ENCRYPTED_WITH_INDICATOR: 0x87,
  /** Encrypted data without the indicator, for odd INS whose data is itself BER-TLV. */
  ENCRYPTED_ODD_INS: 0x85,
  EXPECTED_LENGTH: 0x97,
  STATUS: 0x99,
  MAC: 0x8e,
} as const

/** CLA bits b4 b3 = 11: secure messaging, command header authenticated (ISO 7816-4 §5.4.1). */
const SM_CLA_BITS = 0x0c
/** The padding-indicator byte of DO'87' that means ISO 9797-1 method 2. */
const PADDING_INDICATOR = 0x01
const SHORT_MAX_NC = 255
const SHORT_MAX_NE = 256
const MAC_LENGTH = 8

/**
 * Protects commands and checks responses for one secure-messaging session. It owns the send
 * sequence counter, so every {@link wrap} must be followed by the {@link unwrap} of its answer
 * before the next wrap; calls must not overlap. A response that fails its checks leaves the
 * counter out of step with the card, so from then on every call throws
 * `SecureMessagingError('session-broken')`: authenticate again and make a new wrapper.
 */
export class SmWrapper {
  private readonly counter: Buffer
  private broken = false

  /**
   * @param cipher the 3DES or AES half of the session.
   * @param ssc the starting send sequence counter (from BAC or zero after PACE), `blockSize` bytes.
   */
  constructor(
    private readonly cipher: SmCipher,
    ssc: Uint8Array,
  ) {
    if (ssc.length !== cipher.blockSize) {
      throw new AgentError('INVALID_ARGUMENT', 'The SSC must be one cipher block long', {
        details: { sscLength: ssc.length, blockSize: cipher.blockSize },
      })
    }
    this.counter = Buffer.from(ssc)
  }

  /** A copy of the current send sequence counter. */
  get ssc(): Buffer {
    return Buffer.from(this.counter)
  }

  /**
   * Builds the protected form of a plain command: data in DO'87' (or DO'85' for an odd INS),
   * Ne in DO'97', and DO'8E' over SSC ‖ padded header ‖ those objects. The protected command asks
   * for Ne 256, or 65536 when it has to be extended. Throws `SecureMessagingError('already-protected')`
   * if CLA already signals secure messaging.
   */
  wrap(command: CommandApdu): CommandApdu {
    this.checkUsable()
    if ((command.cla & SM_CLA_BITS) === SM_CLA_BITS) {
      throw new SecureMessagingError(
        'already-protected',
        'The command already uses secure messaging',
      )
    }
    this.increment()
    const block = this.cipher.blockSize
    const cla = command.cla | SM_CLA_BITS
    const header = padIso9797Method2(Buffer.from([cla, command.ins, command.p1, command.p2]), block)
    const objects: Buffer[] = []
    if (command.data.length > 0) {
      const encrypted = this.cipher.encrypt(this.counter, padIso9797Method2(command.data, block))
      objects.push(
        (command.ins & 1) === 1
          ? encodeDataObject(SM_TAG.ENCRYPTED_ODD_INS, encrypted)
          : encodeDataObject(
              SM_TAG.ENCRYPTED_WITH_INDICATOR,
              Buffer.concat([Buffer.from([PADDING_INDICATOR]), encrypted]),
            ),
      )
    }
    if (command.ne > 0) objects.push(encodeDataObject(SM_TAG.EXPECTED_LENGTH, encodeLe(command.ne)))
    const mac = this.cipher.mac(
      padIso9797Method2(Buffer.concat([this.counter, header, ...objects]), block),
    )
    const data = Buffer.concat([...objects, encodeDataObject(SM_TAG.MAC, mac)])
    const extended = command.ne > SHORT_MAX_NE || data.length > SHORT_MAX_NC
    return new CommandApdu({
      cla,
      ins: command.ins,
      p1: command.p1,
      p2: command.p2,
      data,
      ne: extended ? MAX_NE : SHORT_MAX_NE,
    })
  }

  /**
   * Checks and opens a protected response: verifies DO'8E' over SSC ‖ the objects before it,
   * decrypts DO'87'/DO'85', and returns the plain data with the status word from DO'99'.
   * Throws `SecureMessagingError` when the card answered with a bare status word, when DO'8E'
   * or DO'99' is missing, when the MAC is wrong, or when the decrypted data is badly padded.
   */
  unwrap(response: ResponseApdu): ResponseApdu {
    this.checkUsable()
    this.increment()
    try {
      return this.open(response)
    } catch (error) {
      this.broken = true
      throw error
    }
  }

  private open(response: ResponseApdu): ResponseApdu {
    if (response.data.length === 0) {
      throw new SecureMessagingError(
        'unprotected-response',
        'The card answered outside secure messaging',
        { sw: formatStatusWord(response.sw) },
      )
    }
    const objects = decodeDataObjects(response.data)
    const macIndex = objects.findIndex(o => o.tag === SM_TAG.MAC)
    const macObject = objects[macIndex]
    if (macObject === undefined || macIndex !== objects.length - 1) {
      throw new SecureMessagingError('missing-mac', "The response has no trailing DO'8E'")
    }
    const covered = objects.slice(0, macIndex)
    const block = this.cipher.blockSize
    const expected = this.cipher.mac(
      padIso9797Method2(Buffer.concat([this.counter, ...covered.map(o => o.encoded)]), block),
    )
    if (macObject.value.length !== MAC_LENGTH || !timingSafeEqual(expected, macObject.value)) {
      throw new SecureMessagingError('wrong-mac', 'The response MAC does not verify')
    }
    const status = covered.find(o => o.tag === SM_TAG.STATUS)
    if (status?.value.length !== 2) {
      throw new SecureMessagingError('missing-status', "The response has no two-byte DO'99'")
    }
    return new ResponseApdu(this.decryptData(covered), status.value.readUInt16BE(0))
  }

  private decryptData(objects: readonly DataObject[]): Buffer {
    const object = objects.find(
      o => o.tag === SM_TAG.ENCRYPTED_WITH_INDICATOR || o.tag === SM_TAG.ENCRYPTED_ODD_INS,
    )
    if (object === undefined) return Buffer.alloc(0)
    let encrypted = object.value
    if (object.tag === SM_TAG.ENCRYPTED_WITH_INDICATOR) {
      if (encrypted[0] !== PADDING_INDICATOR) {
        throw new SecureMessagingError(
          'bad-padding-indicator',
          "DO'87' does not announce ISO 9797-1 method 2 padding",
        )
      }
      encrypted = encrypted.subarray(1)
    }
    const block = this.cipher.blockSize
    if (encrypted.length === 0 || encrypted.length % block !== 0) {
      throw new SecureMessagingError('bad-padding', 'The encrypted data is not whole blocks')
    }
    try {
      return unpadIso9797Method2(this.cipher.decrypt(this.counter, encrypted), block)
    } catch (cause) {
      throw new SecureMessagingError('bad-padding', 'The decrypted data is badly padded', { cause })
    }
  }

  private checkUsable(): void {
    if (this.broken) {
      throw new SecureMessagingError(
        'session-broken',
        'An earlier response failed its checks; the session must be re-established',
      )
    }
  }

  /** The SSC is a big-endian counter that wraps to zero, as both ends count. */
  private increment(): void {
    for (let i = this.counter.length - 1; i >= 0; i -= 1) {
      const next = (this.counter.readUInt8(i) + 1) & 0xff
      this.counter.writeUInt8(next, i)
      if (next !== 0) return
    }
  }
}

/** DO'97' carries Le: one byte up to 256 (written 00), two bytes beyond (65536 written 0000). */
function encodeLe(ne: number): Buffer {
  if (ne <= SHORT_MAX_NE) return Buffer.from([ne & 0xff])
  const value = ne === MAX_NE ? 0 : ne
  return Buffer.from([value >> 8, value & 0xff])
}
