import { FAULT_KINDS, isFaultKind, type FaultKind } from './faults'

/**
 * The simulator's control channel: one JSON object per line on stdin, one JSON reply per line on
 * stdout (mixed with the text "connected"/"disconnected" lines, which never start with `{`).
 *
 *   {"cmd":"status"}                         → {"event":"status", serial, lifeCycle, inserted, ...}
 *   {"cmd":"remove"}                         → {"event":"removed"}     card out of the reader
 *   {"cmd":"insert"}                         → {"event":"inserted", serial, image}   same card back
 *   {"cmd":"insert-next"}                    → {"event":"inserted", serial, image}   next blank card
 *   {"cmd":"fault","kind":K,"count":N}       → {"event":"armed", faults}   K in FAULT_KINDS, N ≥ 0
 *   {"cmd":"fault","kind":K,"ins":214}       → the same, waiting for a command with that INS
 *   {"cmd":"clear-faults"}                   → {"event":"armed", faults: {}}
 *
 * Errors answer {"event":"error","message":…}. A pulled card (the `pull` fault) reports
 * {"event":"pulled"} and stays out until `insert`.
 */
export type ControlCommand =
  | { readonly cmd: 'status' | 'remove' | 'insert' | 'insert-next' | 'clear-faults' }
  | {
      readonly cmd: 'fault'
      readonly kind: FaultKind
      readonly count: number
      readonly ins?: number
    }

const SIMPLE = new Set(['status', 'remove', 'insert', 'insert-next', 'clear-faults'])

export function parseControl(line: string): ControlCommand | { readonly error: string } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { error: 'not JSON' }
  }
  if (typeof value !== 'object' || value === null) return { error: 'not a JSON object' }
  const { cmd, kind, count, ins } = value as Record<string, unknown>
  if (typeof cmd === 'string' && SIMPLE.has(cmd)) return { cmd } as ControlCommand
  if (cmd !== 'fault') return { error: `unknown cmd ${JSON.stringify(cmd)}` }
  if (!isFaultKind(kind)) return { error: `kind must be one of ${FAULT_KINDS.join(', ')}` }
  const n = count ?? 1
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    return { error: 'count must be an integer ≥ 0' }
  }
  if (ins === undefined) return { cmd, kind, count: n }
  if (typeof ins !== 'number' || !Number.isInteger(ins) || ins < 0 || ins > 0xff) {
    return { error: 'ins must be an integer 0–255' }
  }
  return { cmd, kind, count: n, ins }
}
