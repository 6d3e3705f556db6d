import { AgentError } from '../core/errors'

/** One group of interface bytes: TAi, TBi, TCi, TDi for i = `index` (1-based), when present. */
export interface InterfaceBytes {
  readonly index: number
  readonly ta?: number
  readonly tb?: number
  readonly tc?: number
  readonly td?: number
}

/** An Answer-to-Reset as ISO/IEC 7816-3 §8 structures it. */
export interface Atr {
  readonly raw: Buffer
  /** From TS: 3B direct, 3F inverse. */
  readonly convention: 'direct' | 'inverse'
  readonly interfaceBytes: readonly InterfaceBytes[]
  /**
   * Protocol types offered (0 = T=0, 1 = T=1, 15 = global bytes only are left out), in the order
   * the TDi bytes name them, without repeats; [0] when there is no TD1.
   */
  readonly protocols: readonly number[]
  readonly historicalBytes: Buffer
  /** The check byte; absent when only T=0 is offered, where ISO 7816-3 forbids it. */
  readonly tck?: number
  /** Whether T0 … TCK XOR to zero; undefined without a TCK. */
  readonly tckValid?: boolean
  /** Clock rate conversion factor Fi and baud rate adjustment Di from TA1 (defaults 372 and 1). */
  readonly fi?: number
  readonly di?: number
}

/** ISO 7816-3 Table 7; undefined entries are RFU. */
const FI: readonly (number | undefined)[] = [
  372,
  372,
  558,
  744,
  1116,
  1488,
  1860,
  undefined,
  undefined,
  512,
  768,
  1024,
  1536,
  2048,
  undefined,
  undefined,
]
/** ISO 7816-3 Table 8. */
const DI: readonly (number | undefined)[] = [
  undefined,
  1,
  2,
  4,
  8,
  16,
  32,
  64,
  12,
  20,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
  undefined,
]

/** T=15 is not a transmission protocol: it only introduces global interface bytes. */
const GLOBAL_ONLY = 15

/**
 * Parses an ATR. Rejects with `AgentError('INVALID_ARGUMENT')` and `details.reason` (`empty`,
 * `bad-ts`, `truncated`, `trailing-bytes`) when the bytes cannot be an ATR; a wrong TCK is not an
 * error but `tckValid: false`, since readers pass such cards through and a caller may still want
 * the historical bytes.
 */
export function parseAtr(bytes: Uint8Array): Atr {
  const raw = Buffer.from(bytes)
  if (raw.length < 2) throw malformed(raw.length === 0 ? 'empty' : 'truncated', raw.length)
  const ts = raw.readUInt8(0)
  if (ts !== 0x3b && ts !== 0x3f) throw malformed('bad-ts', raw.length)
  const t0 = raw.readUInt8(1)
  const historicalLength = t0 & 0x0f
  let indicator = t0 >> 4
  let offset = 2
  const groups: InterfaceBytes[] = []
  const protocols: number[] = []
  const next = (): number => {
    if (offset >= raw.length) throw malformed('truncated', raw.length)
    const value = raw.readUInt8(offset)
    offset += 1
    return value
  }
  for (let index = 1; indicator !== 0; index += 1) {
    const ta = indicator & 0x1 ? next() : undefined
    const tb = indicator & 0x2 ? next() : undefined
    const tc = indicator & 0x4 ? next() : undefined
    const td = indicator & 0x8 ? next() : undefined
    groups.push({
      index,
      ...(ta === undefined ? {} : { ta }),
      ...(tb === undefined ? {} : { tb }),
      ...(tc === undefined ? {} : { tc }),
      ...(td === undefined ? {} : { td }),
    })
    if (td === undefined) break
    const protocol = td & 0x0f
    if (protocol !== GLOBAL_ONLY && !protocols.includes(protocol)) protocols.push(protocol)
    indicator = td >> 4
  }
  if (protocols.length === 0) protocols.push(0)
  if (offset + historicalLength > raw.length) throw malformed('truncated', raw.length)
  const historicalBytes = raw.subarray(offset, offset + historicalLength)
  offset += historicalLength
  // TCK is present unless T=0 is the only protocol indicated (7816-3 §8.2.5).
  const hasTck = protocols.some(protocol => protocol !== 0)
  let tck: number | undefined
  if (hasTck) tck = next()
  if (offset !== raw.length) throw malformed('trailing-bytes', raw.length)
  const ta1 = groups[0]?.ta
  return {
    raw,
    convention: ts === 0x3b ? 'direct' : 'inverse',
    interfaceBytes: groups,
    protocols,
    historicalBytes: Buffer.from(historicalBytes),
    ...(tck === undefined ? {} : { tck, tckValid: xor(raw.subarray(1)) === 0 }),
    ...rates(ta1),
  }
}

/** `T=0`, `T=1`, … as people write them. */
export function formatProtocol(protocol: number): string {
  return `T=${protocol}`
}

function rates(ta1: number | undefined): { fi?: number; di?: number } {
  if (ta1 === undefined) return { fi: 372, di: 1 }
  const fi = FI[ta1 >> 4]
  const di = DI[ta1 & 0x0f]
  return { ...(fi === undefined ? {} : { fi }), ...(di === undefined ? {} : { di }) }
}

function xor(bytes: Buffer): number {
  let value = 0
  for (const byte of bytes) value ^= byte
  return value
}

function malformed(reason: string, length: number): AgentError {
  return new AgentError('INVALID_ARGUMENT', `Malformed ATR: ${reason}`, {
    details: { reason, length },
  })
}
