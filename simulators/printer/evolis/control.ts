/** The JSON control channel on stdin: one command a line, each answered on stdout. */
export type ControlCommand =
  | { readonly cmd: 'cover'; readonly open: boolean }
  | { readonly cmd: 'feeder'; readonly count: number }
  | { readonly cmd: 'ribbon'; readonly remaining: number }
  | { readonly cmd: 'jam'; readonly at: JamStep }
  | { readonly cmd: 'reject-box'; readonly full: boolean }
  | { readonly cmd: 'hopper'; readonly full: boolean }
  | { readonly cmd: 'garble'; readonly count: number }
  | { readonly cmd: 'drop'; readonly count: number }
  | { readonly cmd: 'disconnect' }
  | { readonly cmd: 'status' }
  | { readonly cmd: 'card'; readonly command: Record<string, unknown> }

export type JamStep = 'feed' | 'print' | 'eject'

export function parseControl(line: string): ControlCommand | { readonly error: string } {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return { error: 'not JSON' }
  }
  if (typeof value !== 'object' || value === null) return { error: 'not an object' }
  const fields = value as Record<string, unknown>
  const count = (key: string): number | undefined => {
    const n = fields[key]
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined
  }
  const flag = (key: string): boolean | undefined => {
    const b = fields[key]
    return typeof b === 'boolean' ? b : undefined
  }
  const cmd = fields.cmd
  switch (cmd) {
    case 'cover': {
      const open = flag('open')
      return open === undefined ? { error: 'cover: open true|false' } : { cmd, open }
    }
    case 'reject-box':
    case 'hopper': {
      const full = flag('full')
      return full === undefined ? { error: `${cmd}: full true|false` } : { cmd, full }
    }
    case 'feeder':
    case 'garble':
    case 'drop': {
      const n = count('count')
      return n === undefined ? { error: `${cmd}: count ≥ 0` } : { cmd, count: n }
    }
    case 'ribbon': {
      const n = count('remaining')
      return n === undefined ? { error: 'ribbon: remaining ≥ 0' } : { cmd, remaining: n }
    }
    case 'jam': {
      const at = fields.at
      return at === 'feed' || at === 'print' || at === 'eject'
        ? { cmd, at }
        : { error: 'jam: at feed|print|eject' }
    }
    case 'disconnect':
    case 'status':
      return { cmd }
    case 'card': {
      // {"cmd":"card","card":{"cmd":"fault",…}} or flat {"cmd":"card","action":"fault",…}.
      const { card, action, ...rest } = fields
      delete rest.cmd
      if (typeof card === 'object' && card !== null && !Array.isArray(card)) {
        return { cmd, command: card as Record<string, unknown> }
      }
      if (typeof action === 'string') return { cmd, command: { ...rest, cmd: action } }
      return { error: 'card: {"cmd":"card","card":{…a card command}} or "action":…' }
    }
    default:
      return { error: `unknown cmd ${String(cmd)}` }
  }
}
