import { UsageError } from '../../usage-error'

/** The kinds of simulator a running station serves a control socket for. */
export type ControlledKind = 'fingerprint-scanner' | 'card-printer' | 'page-printer'

/** The options `simulate control` reads for some actions. */
export interface ActionOptions {
  readonly identity?: string
  readonly profile?: string
  readonly ms?: string
  readonly count?: string
}

/** One line of `simulate control --help`: the action, its arguments, what it does. */
export const ACTIONS_HELP: readonly string[] = [
  'scanner present [--identity X] [--profile good|poor|…]   a finger on the platen',
  'scanner lift                                             the finger off the platen',
  'scanner fault KIND [--ms N]                              retry-too-short, error, sleep, …',
  'scanner swap-hands [on|off]                              the applicant mixes up left and right',
  'PRINTER cover open|close                                 card-printer or page-printer',
  'PRINTER jam feed|print|eject                             the next such step jams',
  'PRINTER feeder empty|N                                   blank cards/booklets in the feeder',
  'PRINTER ribbon empty|N                                   prints left on the ribbon',
  'PRINTER output empty|full                                the output hopper or tray',
  'PRINTER reject-box empty|full                            the reject box',
  'PRINTER pull-chip                                        the chip leaves its reader mid-write',
  'PRINTER chip-fault KIND [--count N]                      mute, memory-failure, file-full, wrong-mac',
  'DEVICE status                                            the simulator state',
  "DEVICE send '{\"cmd\":…}'                                   any command of the simulator's own",
]

/**
 * Maps a friendly action onto the simulator's own JSON control command (the control.ts beside
 * each simulator's main.ts defines them: simulators/fingerprint/control.ts,
 * simulators/printer/evolis/control.ts, simulators/printer/page/control.ts,
 * simulators/card/control.ts for the chip). Pure; throws UsageError for an action the kind
 * has not, or a bad argument.
 */
export function controlCommand(
  kind: ControlledKind,
  action: string,
  args: readonly string[],
  options: ActionOptions = {},
): Record<string, unknown> {
  const arg = (index: number, what: string): string => {
    const value = args[index]
    if (value === undefined) throw new UsageError(`${action}: give ${what}`)
    return value
  }
  const count = (text: string, what: string): number => {
    if (text === 'empty') return 0
    const value = Number(text)
    if (!/^\d+$/.test(text) || value > 65535) {
      throw new UsageError(`${action}: ${what} is "empty" or a whole number up to 65535`)
    }
    return value
  }
  const choice = <T extends string>(text: string, allowed: readonly T[]): T => {
    if (!(allowed as readonly string[]).includes(text)) {
      throw new UsageError(`${action}: one of ${allowed.join(', ')}`)
    }
    return text as T
  }
  switch (action) {
    case 'status':
      return { cmd: 'status' }
    case 'send': {
      const text = arg(0, 'a JSON command, e.g. \'{"cmd":"status"}\'')
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch {
        throw new UsageError('send: the command is not JSON')
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new UsageError('send: the command is one JSON object')
      }
      return value as Record<string, unknown>
    }
  }
  if (kind === 'fingerprint-scanner') {
    switch (action) {
      case 'present':
        return {
          cmd: 'present',
          identity: options.identity ?? 'applicant',
          ...(options.profile === undefined ? {} : { profile: options.profile }),
        }
      case 'lift':
        return { cmd: 'lift' }
      case 'fault': {
        const ms = options.ms === undefined ? undefined : count(options.ms, '--ms')
        return { cmd: 'fault', kind: arg(0, 'a fault kind'), ...(ms === undefined ? {} : { ms }) }
      }
      case 'swap-hands': {
        const on = args[0] === undefined ? undefined : choice(args[0], ['on', 'off']) === 'on'
        return on === undefined ? { cmd: 'swap-hands' } : { cmd: 'swap-hands', on }
      }
    }
    throw new UsageError(`the fingerprint reader has no action ${action}`)
  }
  switch (action) {
    case 'cover':
      return { cmd: 'cover', open: choice(arg(0, 'open or close'), ['open', 'close']) === 'open' }
    case 'jam':
      return { cmd: 'jam', at: choice(arg(0, 'feed, print or eject'), ['feed', 'print', 'eject']) }
    case 'feeder':
      return { cmd: 'feeder', count: count(arg(0, 'empty or a count'), 'the count') }
    case 'ribbon':
      return { cmd: 'ribbon', remaining: count(arg(0, 'empty or a count'), 'the count') }
    case 'output':
    case 'reject-box': {
      const full = choice(arg(0, 'empty or full'), ['empty', 'full']) === 'full'
      // The card printer calls its output the hopper.
      if (action === 'output') return { cmd: kind === 'card-printer' ? 'hopper' : 'output', full }
      return { cmd: 'reject-box', full }
    }
    case 'pull-chip':
      return { cmd: 'card', card: { cmd: 'fault', kind: 'pull', count: 1 } }
    case 'chip-fault': {
      const times = options.count === undefined ? 1 : count(options.count, '--count')
      return {
        cmd: 'card',
        card: { cmd: 'fault', kind: arg(0, 'a chip fault kind'), count: times },
      }
    }
  }
  throw new UsageError(`the ${kind} has no action ${action}`)
}
