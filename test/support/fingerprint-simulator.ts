import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { withTimeout } from './wait-for'

const MAIN = join(__dirname, '..', '..', 'simulators', 'device', 'main.ts')

export type ControlLine = Readonly<Record<string, unknown>> & { readonly event: string }

/**
 * A simulators/device/main.ts process serving the virtual fingerprint reader, with its control
 * channel: JSON commands on stdin, JSON lines (replies and the reader's own events) on stdout.
 */
export interface FingerprintSimulator {
  readonly child: ChildProcess
  /** Sends a control command and resolves with the first later line whose event is `reply`. */
  control(command: Record<string, unknown>, reply: string, timeoutMs?: number): Promise<ControlLine>
  /** The first line from now on that satisfies `predicate`. */
  next(predicate: (line: ControlLine) => boolean, timeoutMs?: number): Promise<ControlLine>
  /** Sends `signal` and waits for the exit; does nothing once exited. */
  stop(signal?: NodeJS.Signals): Promise<void>
  readonly exited: Promise<void>
}

export function startFingerprintSimulator(args: readonly string[]): FingerprintSimulator {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const waiters = new Set<{ test(line: ControlLine): boolean; resolve(line: ControlLine): void }>()
  createInterface({ input: child.stdout }).on('line', text => {
    let line: ControlLine
    try {
      line = JSON.parse(text) as ControlLine
    } catch {
      return
    }
    for (const waiter of [...waiters]) {
      if (!waiter.test(line)) continue
      waiters.delete(waiter)
      waiter.resolve(line)
    }
  })
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => {
      resolve()
    }),
  )
  const next = (predicate: (line: ControlLine) => boolean, timeoutMs = 30_000) =>
    withTimeout(
      new Promise<ControlLine>(resolve => {
        waiters.add({ test: predicate, resolve })
      }),
      timeoutMs,
      'a line from the fingerprint simulator',
    )
  return {
    child,
    exited,
    next,
    control: (command, reply, timeoutMs) => {
      const answered = next(line => line.event === reply || line.event === 'error', timeoutMs)
      child.stdin.write(`${JSON.stringify(command)}\n`)
      return answered.then(line => {
        if (line.event === 'error' && reply !== 'error') {
          throw new Error(`simulator refused ${JSON.stringify(command)}: ${String(line.message)}`)
        }
        return line
      })
    },
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    },
  }
}
