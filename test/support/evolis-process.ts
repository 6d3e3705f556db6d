import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { startJsonLinesProcess } from './json-lines-process'

const MAIN = join(__dirname, '..', '..', 'simulators', 'printer', 'evolis', 'main.ts')

/** Events the simulator announces on its own (not replies to control commands). */
const ANNOUNCEMENTS = new Set([
  'printed',
  'ejected',
  'rejected',
  'command',
  'chip-inserted',
  'chip-withdrawn',
])

export type EvolisMessage = Readonly<Record<string, unknown>> & { readonly event: string }

/** A running simulators/printer/evolis/main.ts. */
export interface EvolisSimulatorProcess {
  readonly child: ChildProcess
  /** The host side of the pty: what serialport opens. */
  readonly path: string
  /** Where printed faces are written. */
  readonly out: string
  /** Every announcement after "ready" so far, in order. */
  readonly events: readonly EvolisMessage[]
  /** Sends one control command and resolves with its JSON reply. */
  control(command: Readonly<Record<string, unknown>>): Promise<EvolisMessage>
  /** The first announcement (from the start of the run) that satisfies `match`. */
  waitFor(match: (message: EvolisMessage) => boolean, timeoutMs?: number): Promise<EvolisMessage>
  /** Resolves once the process has exited. */
  readonly exited: Promise<void>
  /** Sends `signal` and waits for the exit; does nothing once exited. */
  stop(signal?: NodeJS.Signals): Promise<void>
}

/** Starts the simulator with `--link PATH` and `args`, and waits for "ready". */
export async function startEvolisSimulator(
  linkPath: string,
  args: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): Promise<EvolisSimulatorProcess> {
  const sim = await startJsonLinesProcess({
    name: 'the evolis simulator',
    entry: MAIN,
    args: ['--link', linkPath, ...args],
    env,
    isReply: line => !ANNOUNCEMENTS.has(String(line.event)),
    replyTimeoutMs: 5000,
  })
  // The simulator prints an "event" on every line.
  const events = sim.announcements as EvolisMessage[]
  return {
    child: sim.child,
    path: String(sim.ready.path),
    out: String(sim.ready.out),
    events,
    control: command => sim.control(command) as Promise<EvolisMessage>,
    waitFor: (match, timeoutMs = 5000) =>
      sim.announcement(
        line => match(line as EvolisMessage),
        timeoutMs,
        'an evolis simulator event',
      ) as Promise<EvolisMessage>,
    exited: sim.exited,
    stop: signal => sim.stop(signal),
  }
}
