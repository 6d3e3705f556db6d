import { panelBytes } from './geometry'

export const ESC = 0x1b
export const CR = 0x0d
export const ACK = 0x06
export const NACK = 0x15

/** A mnemonic is letters only (`Ss`, `Rlr`, `Pem`); a parameter holds no separator or CR. */
const MNEMONIC = /^[A-Za-z]{1,8}$/
const PARAMETER = /^[\x20-\x3a\x3c-\x7e]*$/

/** `ESC mnemonic (;param)* CR`, the frame of every command (guide §1). */
export function encodeCommand(mnemonic: string, params: readonly string[] = []): Buffer {
  if (!MNEMONIC.test(mnemonic)) throw new RangeError(`bad Esc mnemonic ${mnemonic}`)
  for (const param of params) {
    if (!PARAMETER.test(param)) throw new RangeError(`bad Esc parameter for ${mnemonic}`)
  }
  const text = [mnemonic, ...params].join(';')
  return Buffer.concat([Buffer.from([ESC]), Buffer.from(text, 'ascii'), Buffer.from([CR])])
}

/**
 * `ESC Db;panel;bits;<data> CR`: a full-face panel bitmap. The data's length is implied by
 * `bits` (geometry.ts) and it may hold 0x0D, so the printer counts bytes rather than look for CR.
 */
export function encodeDownload(panel: string, bits: number, data: Uint8Array): Buffer {
  if (!/^[a-z]{1,3}$/.test(panel)) throw new RangeError(`bad panel ${panel}`)
  if (data.length !== panelBytes(bits)) {
    throw new RangeError(`Db;${panel};${bits} takes ${panelBytes(bits)} bytes, not ${data.length}`)
  }
  return Buffer.concat([
    Buffer.from([ESC]),
    Buffer.from(`Db;${panel};${bits};`, 'ascii'),
    data,
    Buffer.from([CR]),
  ])
}
