import type { Corruption } from './codec'

/**
 * The simulator's control channel: one JSON object per line on stdin, one JSON reply per line on
 * stdout.
 *
 *   {"cmd":"present","identity":"x","position":2}   → {"event":"present","position":2}
 *   {"cmd":"present",…,"poor":true}                  the same, but Img2Tz finds too few features
 *   {"cmd":"lift"}                                   → {"event":"lifted"}
 *   {"cmd":"corrupt-next"}                           → {"event":"armed","corrupt":"checksum"}
 *   {"cmd":"corrupt-next","what":"header"}           spoils the start code instead
 *   {"cmd":"corrupt-next","after":5}                 spoils the packet after 5 good ones
 *   {"cmd":"status"}                                 → {"event":"status", finger, captures, …}
 *
 * Errors answer {"event":"error","message":…}.
 */
export type ControlCommand =
  | {
      readonly cmd: 'present'
      readonly identity: string
      readonly position: number
      readonly poor: boolean
    }
  | { readonly cmd: 'lift' | 'status' }
  | { readonly cmd: 'corrupt-next'; readonly what: Corruption; readonly after: number }

export function parseControl(line: string): ControlCommand | { readonly error: string } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { error: 'not JSON' }
  }
  if (typeof value !== 'object' || value === null) return { error: 'not a JSON object' }
  const { cmd, identity, position, poor, what, after } = value as Record<string, unknown>
  switch (cmd) {
    case 'lift':
    case 'status':
      return { cmd }
    case 'present':
      if (typeof identity !== 'string' || identity === '') {
        return { error: 'identity must be a non-empty string' }
      }
      if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
        return { error: 'position must be an integer 0–10' }
      }
      if (position > 10) return { error: 'position must be an integer 0–10' }
      if (poor !== undefined && typeof poor !== 'boolean')
        return { error: 'poor must be a boolean' }
      return { cmd, identity, position, poor: poor === true }
    case 'corrupt-next':
      if (what !== undefined && what !== 'checksum' && what !== 'header') {
        return { error: 'what must be "checksum" or "header"' }
      }
      if (
        after !== undefined &&
        (typeof after !== 'number' || !Number.isInteger(after) || after < 0)
      ) {
        return { error: 'after must be an integer ≥ 0' }
      }
      return { cmd, what: what ?? 'checksum', after: after ?? 0 }
    default:
      return { error: `unknown cmd ${JSON.stringify(cmd)}` }
  }
}
