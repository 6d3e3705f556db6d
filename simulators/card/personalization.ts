import { createHash } from 'node:crypto'
import { parseTlvs, singleObject } from './tlv'

/** PUT DATA P2 values of the JMRTD passport applet (icao-9303.md §11). */
export const PUT_DATA = { AA_MODULUS: 0x60, AA_EXPONENT: 0x61, MRZ: 0x62 } as const

/** CREATE FILE data: `63 04 <size:2> <fid:2>`; undefined for anything else. */
export function parseCreateFile(data: Buffer): { size: number; fid: number } | undefined {
  if (data.length !== 6 || data[0] !== 0x63 || data[1] !== 0x04) return undefined
  return { size: data.readUInt16BE(2), fid: data.readUInt16BE(4) }
}

/** ICAO 9303-3 §4.9: weights 7, 3, 1 over digits, A–Z as 10–35 and the filler as 0. */
export function checkDigit(field: string): number {
  let sum = 0
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i)
    const value = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x5a ? c - 0x41 + 10 : 0
    sum += value * (i % 3 === 0 ? 7 : i % 3 === 1 ? 3 : 1)
  }
  return sum % 10
}

const DATE = /^[0-9]{6}$/
const DOCUMENT_NUMBER = /^[0-9A-Z<]{1,20}$/

/**
 * PUT DATA 62: `62 L { 04 L docNo, 04 06 DOB, 04 06 DOE }` without check digits, which the chip adds
 * as the applet does. A short document number is padded with fillers to the 9-character MRZ field;
 * a longer (TD1 overflow) number is used whole, since BAC must use the full number (9303-11 §4.3).
 * Returns MRZ_information, or undefined for malformed data.
 */
export function parseMrzSeed(data: Buffer): string | undefined {
  const body = singleObject(data, 0x62)
  const inner = body === undefined ? undefined : parseTlvs(body)
  if (inner?.length !== 3 || inner.some(item => item.tag !== 0x04)) return undefined
  const [number = '', birth = '', expiry = ''] = inner.map(item => item.value.toString('latin1'))
  if (!DOCUMENT_NUMBER.test(number) || !DATE.test(birth) || !DATE.test(expiry)) return undefined
  const field = number.padEnd(9, '<')
  return [field, birth, expiry].map(part => `${part}${checkDigit(part)}`).join('')
}

/** Kseed = the first 16 bytes of SHA-1(MRZ_information) (9303-11 §9.7.2). */
export function bacKeySeed(mrzInformation: string): Buffer {
  return createHash('sha1').update(mrzInformation, 'latin1').digest().subarray(0, 16)
}

/** PUT DATA 60/61: `6x L { 04 L <integer> }`; undefined unless it is exactly that. */
export function parseAaComponent(p2: number, data: Buffer): Buffer | undefined {
  const body = singleObject(data, p2)
  const value = body === undefined ? undefined : singleObject(body, 0x04)
  return value === undefined || value.length === 0 ? undefined : Buffer.from(value)
}
