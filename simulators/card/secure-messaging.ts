import { timingSafeEqual } from 'node:crypto'
import {
  des3CbcDecrypt,
  des3CbcEncrypt,
  padIso9797Method2,
  retailMac,
  unpadIso9797Method2,
} from './crypto'
import type { Command } from './apdu-parse'
import type { BacSession } from './bac-responder'
import { SW, type Reply } from './status'
import { encodeTlv, parseTlvs, type Tlv } from './tlv'

/** CLA b4 b3 = 11: SM with an authenticated header (ISO 7816-4 §5.4.1). */
export const SM_CLA = 0x0c

const TAG = { ENCRYPTED: 0x87, ENCRYPTED_ODD: 0x85, LE: 0x97, STATUS: 0x99, MAC: 0x8e } as const
/** DO'87' value byte 01: ISO 9797-1 method 2 padding. */
const PADDING_INDICATOR = 0x01

export function isProtected(cla: number): boolean {
  return (cla & SM_CLA) === SM_CLA
}

/**
 * The chip half of 3DES secure messaging after BAC (ICAO 9303-11 §9.8). The SSC is incremented
 * once for the command and once for the response, so an unwrap must be followed by a wrap.
 */
export class SmSession {
  private readonly ssc: Buffer

  constructor(private readonly keys: BacSession) {
    this.ssc = Buffer.from(keys.ssc)
  }

  /**
   * The plain command, or the status word that ends the session: 6987 when DO'8E' is missing,
   * 6988 when any object is wrong, including the MAC and the padding.
   */
  unwrap(command: Command): Command | number {
    this.increment()
    const objects = parseTlvs(command.data)
    if (objects === undefined) return SW.SM_OBJECTS_INCORRECT
    const macIndex = objects.findIndex(o => o.tag === TAG.MAC)
    const received = objects[macIndex]?.value
    if (received === undefined) return SW.SM_OBJECTS_MISSING
    if (macIndex !== objects.length - 1 || received.length !== 8) return SW.SM_OBJECTS_INCORRECT
    const covered = objects.slice(0, macIndex)
    const header = padIso9797Method2(
      Buffer.from([command.cla, command.ins, command.p1, command.p2]),
    )
    const mac = retailMac(
      this.keys.ksMac,
      padIso9797Method2(Buffer.concat([this.ssc, header, ...covered.map(o => o.raw)])),
    )
    if (!timingSafeEqual(mac, received)) return SW.SM_OBJECTS_INCORRECT
    let data: Buffer = Buffer.alloc(0)
    let le: number | undefined
    for (const object of covered) {
      if (object.tag === TAG.ENCRYPTED || object.tag === TAG.ENCRYPTED_ODD) {
        const opened = this.decrypt(object)
        if (opened === undefined) return SW.SM_OBJECTS_INCORRECT
        data = opened
      } else if (object.tag === TAG.LE && object.value.length <= 2) {
        const value =
          object.value.length === 0 ? 0 : object.value.readUIntBE(0, object.value.length)
        le = value !== 0 ? value : object.value.length === 2 ? 65536 : 256
      } else {
        return SW.SM_OBJECTS_INCORRECT
      }
    }
    return {
      cla: command.cla & ~SM_CLA,
      ins: command.ins,
      p1: command.p1,
      p2: command.p2,
      data,
      le,
    }
  }

  /**
   * DO'87' (when there is data) ‖ DO'99' ‖ DO'8E' over SSC ‖ DO'87' ‖ DO'99'. `corruptMac` flips
   * one bit of the MAC for the wrong-MAC fault.
   */
  wrap({ data, sw }: Reply, corruptMac = false): Buffer {
    this.increment()
    const objects: Buffer[] = []
    if (data.length > 0) {
      const encrypted = des3CbcEncrypt(this.keys.ksEnc, padIso9797Method2(data))
      objects.push(
        encodeTlv(TAG.ENCRYPTED, Buffer.concat([Buffer.from([PADDING_INDICATOR]), encrypted])),
      )
    }
    objects.push(encodeTlv(TAG.STATUS, Buffer.from([sw >> 8, sw & 0xff])))
    const mac = retailMac(this.keys.ksMac, padIso9797Method2(Buffer.concat([this.ssc, ...objects])))
    if (corruptMac) mac.writeUInt8(mac.readUInt8(0) ^ 0x01, 0)
    return Buffer.concat([...objects, encodeTlv(TAG.MAC, mac)])
  }

  private decrypt(object: Tlv): Buffer | undefined {
    let cryptogram = object.value
    if (object.tag === TAG.ENCRYPTED) {
      if (cryptogram.length === 0 || cryptogram.readUInt8(0) !== PADDING_INDICATOR) return undefined
      cryptogram = cryptogram.subarray(1)
    }
    if (cryptogram.length === 0 || cryptogram.length % 8 !== 0) return undefined
    try {
      return unpadIso9797Method2(des3CbcDecrypt(this.keys.ksEnc, cryptogram))
    } catch {
      return undefined
    }
  }

  private increment(): void {
    for (let i = this.ssc.length - 1; i >= 0; i--) {
      const next = (this.ssc.readUInt8(i) + 1) & 0xff
      this.ssc[i] = next
      if (next !== 0) break
    }
  }
}
