import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { startJsonLinesProcess } from './json-lines-process'

const MAIN = join(__dirname, '..', '..', 'simulators', 'fingerprint', 'r30x', 'main.ts')

/** A running simulators/fingerprint/r30x/main.ts, started with --trace. */
export interface R30xSimulatorProcess {
  readonly child: ChildProcess
  /** The host side of the pty: what serialport opens. */
  readonly path: string
  /** Sends one control command and resolves with its JSON reply. */
  control(command: Readonly<Record<string, unknown>>): Promise<Record<string, unknown>>
  /** Resolves when the module next receives the named command (call it before causing it). */
  nextCommand(name: string, timeoutMs?: number): Promise<void>
  /** Sends `signal` and waits for the exit; does nothing once exited. */
  stop(signal?: NodeJS.Signals): Promise<void>
}

/** Starts the simulator with `args` (--link PATH or --pty PATH, …) and waits for "ready". */
export async function startR30xSimulator(args: readonly string[]): Promise<R30xSimulatorProcess> {
  const sim = await startJsonLinesProcess({
    name: 'the r30x simulator',
    entry: MAIN,
    args: [...args, '--trace'],
    // --trace lines are the announcements; everything else answers a control command.
    isReply: line => line.event !== 'command',
    replyTimeoutMs: 2000,
  })
  return {
    child: sim.child,
    path: String(sim.ready.path),
    control: command => sim.control(command),
    nextCommand: async (name, timeoutMs = 2000) => {
      await sim.next(
        line => line.event === 'command' && line.name === name,
        timeoutMs,
        `the module to receive ${name}`,
      )
    },
    stop: signal => sim.stop(signal),
  }
}
