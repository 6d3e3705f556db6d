/**
 * The inspection-system side of BAC and 3DES secure messaging, written for the simulator's tests
 * straight from ICAO 9303-11 with the pinned crypto primitives, so the chip is checked against
 * the specification and not against the driver it is meant to test.
 */
import { timingSafeEqual } from 'node:crypto'
import { des3CbcDecrypt, des3CbcEncrypt } from '../../../../drivers/smartcard/crypto/des3'
import { deriveKey, KDF_COUNTER } from '../../../../drivers/smartcard/crypto/kdf'
import {
  padIso9797Method2,
  unpadIso9797Method2,
} from '../../../../drivers/smartcard/crypto/padding'
import { retailMac } from '../../../../drivers/smartcard/crypto/retail-mac'

export interface TerminalSession {
  readonly ksEnc: Buffer
  readonly ksMac: Buffer
  readonly ssc: Buffer
}

/** E.IFD ‖ M.IFD for EXTERNAL AUTHENTICATE, and what the terminal needs to check the answer. */
export function bacRequest(
  keySeed: Buffer,
  rndIc: Buffer,
  rndIfd: Buffer,
  kIfd: Buffer,
): { readonly data: Buffer; readonly finish: (response: Buffer) => TerminalSession } {
  const kEnc = deriveKey(keySeed, KDF_COUNTER.ENC, '3des')
  const kMac = deriveKey(keySeed, KDF_COUNTER.MAC, '3des')
  const eIfd = des3CbcEncrypt(kEnc, Buffer.concat([rndIfd, rndIc, kIfd]))
  const data = Buffer.concat([eIfd, retailMac(kMac, padIso9797Method2(eIfd))])
  const finish = (response: Buffer): TerminalSession => {
    const eIc = response.subarray(0, 32)
    const mac = retailMac(kMac, padIso9797Method2(eIc))
    if (response.length !== 40 || !timingSafeEqual(mac, response.subarray(32, 40))) {
      throw new Error('the chip answered with a wrong M.IC')
    }
    const r = des3CbcDecrypt(kEnc, eIc)
    if (!r.subarray(0, 8).equals(rndIc) || !r.subarray(8, 16).equals(rndIfd)) {
      throw new Error('the chip did not echo the nonces')
    }
    const kIc = r.subarray(16, 32)
    const seed = Buffer.from(kIfd.map((byte, i) => byte ^ (kIc[i] ?? 0)))
    return {
      ksEnc: deriveKey(seed, KDF_COUNTER.ENC, '3des'),
      ksMac: deriveKey(seed, KDF_COUNTER.MAC, '3des'),
      ssc: Buffer.concat([rndIc.subarray(4, 8), rndIfd.subarray(4, 8)]),
    }
  }
  return { data, finish }
}

function tlv(tag: number, value: Buffer): Buffer {
  const n = value.length
  const length = n < 0x80 ? [n] : n <= 0xff ? [0x81, n] : [0x82, n >> 8, n & 0xff]
  return Buffer.concat([Buffer.from([tag, ...length]), value])
}

/** Reads tag + length at `at`; enough for DO'87'/'99'/'8E'. */
function readTlv(bytes: Buffer, at: number): { tag: number; value: Buffer; end: number } {
  const tag = bytes.readUInt8(at)
  let length = bytes.readUInt8(at + 1)
  let start = at + 2
  if (length === 0x81 || length === 0x82) {
    const size = length - 0x80
    length = bytes.readUIntBE(at + 2, size)
    start += size
  }
  return { tag, value: bytes.subarray(start, start + length), end: start + length }
}

/** One SM channel; every protect() must be followed by the open() of its response. */
export class SmTerminal {
  private readonly counter: Buffer

  constructor(private readonly keys: TerminalSession) {
    this.counter = Buffer.from(keys.ssc)
  }

  get ssc(): Buffer {
    return Buffer.from(this.counter)
  }

  /** Protects a plain command (header, data, Le) the 9303-11 §9.8 way; extended when needed. */
  protect(header: Buffer, data: Buffer = Buffer.alloc(0), le?: number): Buffer {
    this.increment()
    const cla = header.readUInt8(0) | 0x0c
    const protectedHeader = Buffer.from([cla, ...header.subarray(1, 4)])
    const objects: Buffer[] = []
    if (data.length > 0) {
      const cryptogram = des3CbcEncrypt(this.keys.ksEnc, padIso9797Method2(data))
      objects.push(tlv(0x87, Buffer.concat([Buffer.from([0x01]), cryptogram])))
    }
    if (le !== undefined) {
      objects.push(
        tlv(0x97, le > 256 ? Buffer.from([le >> 8, le & 0xff]) : Buffer.from([le & 0xff])),
      )
    }
    const n = Buffer.concat([this.counter, padIso9797Method2(protectedHeader), ...objects])
    const body = Buffer.concat([
      ...objects,
      tlv(0x8e, retailMac(this.keys.ksMac, padIso9797Method2(n))),
    ])
    if (body.length <= 255 && (le === undefined || le <= 256)) {
      return Buffer.concat([protectedHeader, Buffer.from([body.length]), body, Buffer.from([0])])
    }
    const lc = Buffer.from([0, body.length >> 8, body.length & 0xff])
    return Buffer.concat([protectedHeader, lc, body, Buffer.from([0, 0])])
  }

  /** Checks DO'8E' and returns the plain data and the status word from DO'99'. */
  open(response: Buffer): { readonly data: Buffer; readonly sw: number } {
    this.increment()
    const body = response.subarray(0, response.length - 2)
    if (body.length === 0) throw new Error(`unprotected answer ${response.toString('hex')}`)
    let at = 0
    let encrypted: Buffer | undefined
    let sw: number | undefined
    for (;;) {
      const object = readTlv(body, at)
      if (object.tag === 0x8e) {
        const mac = retailMac(
          this.keys.ksMac,
          padIso9797Method2(Buffer.concat([this.counter, body.subarray(0, at)])),
        )
        if (!mac.equals(object.value)) throw new Error('wrong response MAC')
        break
      }
      if (object.tag === 0x87) encrypted = object.value.subarray(1)
      if (object.tag === 0x99) sw = object.value.readUInt16BE(0)
      at = object.end
    }
    if (sw === undefined) throw new Error('no DO99')
    const data =
      encrypted === undefined
        ? Buffer.alloc(0)
        : unpadIso9797Method2(des3CbcDecrypt(this.keys.ksEnc, encrypted))
    return { data, sw }
  }

  private increment(): void {
    for (let i = this.counter.length - 1; i >= 0; i--) {
      const next = (this.counter.readUInt8(i) + 1) & 0xff
      this.counter[i] = next
      if (next !== 0) break
    }
  }
}
