import { AgentError } from '../core/errors'

/** ISO/IEC 7816-4 §5.6 groups of status words, with security failures split out. */
export type StatusWordCategory =
  'success' | 'warning' | 'execution-error' | 'checking-error' | 'security' | 'unknown'

/** What a status word means: its group and a short English meaning. */
export interface StatusWordInfo {
  readonly category: StatusWordCategory
  readonly meaning: string
}

const EXACT: Readonly<Record<number, StatusWordInfo>> = {
  0x9000: { category: 'success', meaning: 'normal processing' },
  0x6200: { category: 'warning', meaning: 'no information given, non-volatile memory unchanged' },
  0x6281: { category: 'warning', meaning: 'part of returned data may be corrupted' },
  0x6282: { category: 'warning', meaning: 'end of file or record reached before reading Ne bytes' },
  0x6283: { category: 'warning', meaning: 'selected file deactivated' },
  0x6284: { category: 'warning', meaning: 'file control information not formatted' },
  0x6300: { category: 'warning', meaning: 'no information given, non-volatile memory changed' },
  0x6381: { category: 'warning', meaning: 'file filled up by the last write' },
  0x6400: { category: 'execution-error', meaning: 'execution error, memory unchanged' },
  0x6500: { category: 'execution-error', meaning: 'execution error, memory changed' },
  0x6581: { category: 'execution-error', meaning: 'memory failure' },
  0x6700: { category: 'checking-error', meaning: 'wrong length' },
  0x6800: { category: 'checking-error', meaning: 'functions in CLA not supported' },
  0x6881: { category: 'checking-error', meaning: 'logical channel not supported' },
  0x6882: { category: 'checking-error', meaning: 'secure messaging not supported' },
  0x6883: { category: 'checking-error', meaning: 'last command of the chain expected' },
  0x6884: { category: 'checking-error', meaning: 'command chaining not supported' },
  0x6900: { category: 'checking-error', meaning: 'command not allowed' },
  0x6981: { category: 'checking-error', meaning: 'command incompatible with file structure' },
  0x6982: { category: 'security', meaning: 'security status not satisfied' },
  0x6983: { category: 'security', meaning: 'authentication method blocked' },
  0x6984: { category: 'security', meaning: 'reference data not usable' },
  0x6985: { category: 'checking-error', meaning: 'conditions of use not satisfied' },
  0x6986: { category: 'checking-error', meaning: 'command not allowed (no current EF)' },
  0x6987: { category: 'security', meaning: 'expected secure messaging data objects missing' },
  0x6988: { category: 'security', meaning: 'incorrect secure messaging data objects' },
  0x6a80: { category: 'checking-error', meaning: 'incorrect parameters in the data field' },
  0x6a81: { category: 'checking-error', meaning: 'function not supported' },
  0x6a82: { category: 'checking-error', meaning: 'file or application not found' },
  0x6a83: { category: 'checking-error', meaning: 'record not found' },
  0x6a84: { category: 'checking-error', meaning: 'not enough memory space in the file' },
  0x6a86: { category: 'checking-error', meaning: 'incorrect parameters P1-P2' },
  0x6a88: { category: 'checking-error', meaning: 'referenced data or reference data not found' },
  0x6b00: { category: 'checking-error', meaning: 'wrong parameters P1-P2 (offset outside the EF)' },
  0x6d00: { category: 'checking-error', meaning: 'instruction code not supported or invalid' },
  0x6e00: { category: 'checking-error', meaning: 'class not supported' },
  0x6f00: { category: 'checking-error', meaning: 'no precise diagnosis' },
}

/**
 * Looks up a status word. Exact entries win; then the families whose low byte is a number
 * (61xx bytes still available, 6Cxx exact Le, 63Cx retry counter); then the ISO group of SW1.
 */
export function describeStatusWord(sw: number): StatusWordInfo {
  const exact = EXACT[sw]
  if (exact !== undefined) return exact
  const sw1 = sw >> 8
  const sw2 = sw & 0xff
  if (sw1 === 0x61)
    return { category: 'success', meaning: `${sw2 || 256} response bytes still available` }
  if (sw1 === 0x6c)
    return { category: 'checking-error', meaning: `wrong Le, exact length is ${sw2 || 256}` }
  if (sw1 === 0x63 && (sw2 & 0xf0) === 0xc0) {
    return { category: 'security', meaning: `verification failed, ${sw2 & 0x0f} tries left` }
  }
  return { category: groupOf(sw1), meaning: 'unlisted status word' }
}

function groupOf(sw1: number): StatusWordCategory {
  if (sw1 === 0x90) return 'success'
  if (sw1 === 0x62 || sw1 === 0x63) return 'warning'
  if (sw1 === 0x66) return 'security'
  if (sw1 === 0x64 || sw1 === 0x65) return 'execution-error'
  if (sw1 >= 0x67 && sw1 <= 0x6f) return 'checking-error'
  return 'unknown'
}

/** Four upper-case hex digits, the form status words take in logs and error details. */
export function formatStatusWord(sw: number): string {
  return sw.toString(16).toUpperCase().padStart(4, '0')
}

/**
 * A card answered with a status word the caller cannot go on from. `details` carry `sw` (four hex
 * digits) and `category`, never data. The code is `BAD_STATE`: the card refused the command in its
 * present state, which no retry of the same APDU changes.
 */
export class StatusWordError extends AgentError {
  /** The status word as a number, e.g. `0x6982`. */
  readonly sw: number
  readonly category: StatusWordCategory

  constructor(sw: number, options: { readonly step?: string; readonly cause?: unknown } = {}) {
    const { category, meaning } = describeStatusWord(sw)
    const text = formatStatusWord(sw)
    super('BAD_STATE', `The card answered ${text}: ${meaning}`, {
      details: {
        sw: text,
        category,
        ...(options.step === undefined ? {} : { step: options.step }),
      },
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    })
    this.name = 'StatusWordError'
    this.sw = sw
    this.category = category
  }
}
