import { AgentError } from '../../core/errors'
import type { Terminator } from './replies'

/** The driver's configuration slice (DriverContext.options); every key is optional. */
export interface EvolisOptions {
  /** How long a query or a quick command may take to answer. */
  readonly replyTimeoutMs: number
  /** How long a card movement or a panel print may take (seconds on a real printer). */
  readonly printTimeoutMs: number
  /** 'text': OK / ERR … replies (`Pem;2`); 'ack-nack': ACK or NACK + code (`Pem;4`). */
  readonly replyMode: 'text' | 'ack-nack'
  /** What ends a text reply: CR on a serial port, NUL on USB/parallel. */
  readonly terminator: Terminator
  /** Status poll while idle, so an open cover shows in the device list; 0 = off. */
  readonly pollIntervalMs: number
}

export const DEFAULT_OPTIONS: EvolisOptions = {
  replyTimeoutMs: 5000,
  printTimeoutMs: 60_000,
  replyMode: 'text',
  terminator: 'cr',
  pollIntervalMs: 0,
}

export function parseOptions(options: Readonly<Record<string, unknown>>): EvolisOptions {
  const int = (key: keyof EvolisOptions, min: number, max: number): number => {
    const value = options[key]
    if (value === undefined) return DEFAULT_OPTIONS[key] as number
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw invalid(key, `an integer of ${min}–${max} ms`)
    }
    return value
  }
  const oneOf = <T extends string>(key: keyof EvolisOptions, allowed: readonly T[]): T => {
    const value = options[key]
    if (value === undefined) return DEFAULT_OPTIONS[key] as T
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      throw invalid(key, allowed.map(a => `'${a}'`).join(' or '))
    }
    return value as T
  }
  return {
    replyTimeoutMs: int('replyTimeoutMs', 1, 600_000),
    printTimeoutMs: int('printTimeoutMs', 1, 3_600_000),
    replyMode: oneOf('replyMode', ['text', 'ack-nack'] as const),
    terminator: oneOf('terminator', ['cr', 'nul'] as const),
    pollIntervalMs: int('pollIntervalMs', 0, 3_600_000),
  }
}

function invalid(key: string, what: string): AgentError {
  return new AgentError('CONFIG_INVALID', `'${key}' must be ${what}`, { details: { key } })
}
