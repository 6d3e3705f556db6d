import type { Jam } from './state'

/**
 * The simulator's control channel: one JSON object per line on stdin, each answered by one JSON
 * line on stdout, {"event":"control","cmd":…} (with the state after it) or
 * {"event":"error","message":…}.
 *
 *   {"cmd":"cover","open":true}                  open or close the cover
 *   {"cmd":"feeder","count":N}                   booklets in the input tray
 *   {"cmd":"ribbon","remaining":N}               prints left on the film
 *   {"cmd":"jam","at":"feed"|"print"|"eject"}    the next such step jams (and latches)
 *   {"cmd":"reject-box","full":true}             the reject tray full (or emptied)
 *   {"cmd":"output","full":true}                 the output tray full (or emptied)
 *   {"cmd":"garble","count":N}                   spoil the CRC of the next N replies
 *   {"cmd":"drop","count":N}                     send nothing for the next N replies
 *   {"cmd":"disconnect"}                         hang up the line and exit: an unplug
 *   {"cmd":"status"}                             the whole state
 *   {"cmd":"reset"}                              a fresh printer (as started), for test suites
 *   {"cmd":"card","card":{"cmd":"fault",…}}      the inner command goes to the chip's own
 *                                                control channel (ChipCoupling.control); its
 *                                                reply comes back as {"event":"card","reply":…}
 */
export type ControlCommand =
  | { readonly cmd: 'cover'; readonly open: boolean }
  | { readonly cmd: 'feeder'; readonly count: number }
  | { readonly cmd: 'ribbon'; readonly remaining: number }
  | { readonly cmd: 'jam'; readonly at: Jam }
  | { readonly cmd: 'reject-box' | 'output'; readonly full: boolean }
  | { readonly cmd: 'garble' | 'drop'; readonly count: number }
  | { readonly cmd: 'disconnect' | 'status' | 'reset' }
  | { readonly cmd: 'card'; readonly card: Record<string, unknown> }

export function parseControl(line: string): ControlCommand | { readonly error: string } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { error: 'not JSON' }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { error: 'not a JSON object' }
  }
  const fields = value as Record<string, unknown>
  const count = (key: string): number | undefined => {
    const n = fields[key]
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 65535 ? n : undefined
  }
  const flag = (key: string): boolean | undefined => {
    const b = fields[key]
    return typeof b === 'boolean' ? b : undefined
  }
  switch (fields.cmd) {
    case 'cover': {
      const open = flag('open')
      return open === undefined ? { error: 'open must be a boolean' } : { cmd: 'cover', open }
    }
    case 'reject-box':
    case 'output': {
      const full = flag('full')
      return full === undefined ? { error: 'full must be a boolean' } : { cmd: fields.cmd, full }
    }
    case 'feeder': {
      const n = count('count')
      return n === undefined ? { error: 'count must be 0–65535' } : { cmd: 'feeder', count: n }
    }
    case 'ribbon': {
      const n = count('remaining')
      return n === undefined
        ? { error: 'remaining must be 0–65535' }
        : { cmd: 'ribbon', remaining: n }
    }
    case 'garble':
    case 'drop': {
      const n = count('count') ?? (fields.count === undefined ? 1 : undefined)
      return n === undefined ? { error: 'count must be 0–65535' } : { cmd: fields.cmd, count: n }
    }
    case 'jam': {
      const at = fields.at
      return at === 'feed' || at === 'print' || at === 'eject'
        ? { cmd: 'jam', at }
        : { error: 'at must be "feed", "print" or "eject"' }
    }
    case 'disconnect':
    case 'status':
    case 'reset':
      return { cmd: fields.cmd }
    case 'card': {
      const card = fields.card
      return typeof card === 'object' && card !== null && !Array.isArray(card)
        ? { cmd: 'card', card: card as Record<string, unknown> }
        : { error: 'card must be the card command object' }
    }
    default:
      return { error: `unknown cmd ${JSON.stringify(fields.cmd)}` }
  }
}
