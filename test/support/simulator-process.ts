import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

const MAIN = join(__dirname, '..', '..', 'simulators', 'device', 'main.ts')

/** A running simulators/device/main.ts process. */
export interface SimulatorProcess {
  readonly child: ChildProcess
  /** Sends `signal` and waits for the exit; does nothing once exited. */
  stop(signal?: NodeJS.Signals): Promise<void>
}

/** Starts the device simulator with `args` (e.g. --dir, --name, --kind); stderr is kept for failures. */
export function startSimulator(args: readonly string[]): SimulatorProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => {
      resolve()
    }),
  )
  return {
    child,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      await exited
    },
  }
}
