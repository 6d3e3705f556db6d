import { FAULT_KINDS, type FaultKind } from './hid-device'

/**
 * The virtual reader's control channel: one JSON object per line on stdin, one JSON reply per line
 * on stdout (where the reader also reports {"event":"capture-started"|"capture-ended", …}).
 *
 *   {"cmd":"present","identity":"applicant-7","profile":"good"}  → {"event":"presented", …}
 *   {"cmd":"lift"}                                               → {"event":"lifted"}
 *   {"cmd":"fault","kind":K,"ms":N}                              → {"event":"armed", faults}
 *   {"cmd":"corrupt-next-report"}                                → {"event":"corrupt-armed"}
 *   {"cmd":"swap-hands"} or {"cmd":"swap-hands","on":true}       → {"event":"hands","swapped":…}
 *   {"cmd":"status"}                                             → {"event":"status", …}
 *   {"cmd":"unplug"}                                             → {"event":"unplugging"}, exit
 *
 * K is one of FAULT_KINDS; `ms` (an integer ≥ 0) is optional. Identities are test names made of
 * letters, digits, '.', '_' and '-' (at most 64): no real person is ever on this platen. Errors
 * answer {"event":"error","message":…}.
 */
export type FingerprintControl =
  | { readonly cmd: 'present'; readonly identity: string; readonly profile?: string }
  | { readonly cmd: 'lift' | 'corrupt-next-report' | 'status' | 'unplug' }
  | { readonly cmd: 'fault'; readonly kind: FaultKind; readonly ms?: number }
  | { readonly cmd: 'swap-hands'; readonly on?: boolean }

const SIMPLE = new Set(['lift', 'corrupt-next-report', 'status', 'unplug'])

export function parseFingerprintControl(
  line: string,
): FingerprintControl | { readonly error: string } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { error: 'not JSON' }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'not a JSON object' }
  }
  const { cmd, identity, profile, kind, ms, on } = value as Record<string, unknown>
  if (typeof cmd === 'string' && SIMPLE.has(cmd)) return { cmd } as FingerprintControl
  switch (cmd) {
    case 'present':
      if (typeof identity !== 'string' || !/^[A-Za-z0-9._-]{1,64}$/.test(identity)) {
        return { error: 'identity must be 1–64 letters, digits, ".", "_" or "-"' }
      }
      if (profile !== undefined && typeof profile !== 'string') {
        return { error: 'profile must be a string' }
      }
      return profile === undefined ? { cmd, identity } : { cmd, identity, profile }
    case 'fault':
      if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).includes(kind)) {
        return { error: `kind must be one of ${FAULT_KINDS.join(', ')}` }
      }
      if (ms !== undefined && (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0)) {
        return { error: 'ms must be an integer ≥ 0' }
      }
      return ms === undefined
        ? { cmd, kind: kind as FaultKind }
        : { cmd, kind: kind as FaultKind, ms }
    case 'swap-hands':
      if (on !== undefined && typeof on !== 'boolean') return { error: 'on must be a boolean' }
      return on === undefined ? { cmd } : { cmd, on }
    default:
      return { error: `unknown cmd ${JSON.stringify(cmd)}` }
  }
}
