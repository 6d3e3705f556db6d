import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { withTimeout } from './wait-for'

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
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args, '--trace'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => {
      resolve()
    }),
  )
  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }
  const replies: ((reply: Record<string, unknown>) => void)[] = []
  const traces: { name: string; resolve: () => void }[] = []
  let onReady: ((path: string) => void) | undefined
  createInterface({ input: child.stdout }).on('line', line => {
    const message = JSON.parse(line) as Record<string, unknown>
    if (message.event === 'ready' && typeof message.path === 'string') {
      onReady?.(message.path)
    } else if (message.event === 'command') {
      for (const waiter of traces.splice(0)) {
        if (waiter.name === message.name) waiter.resolve()
        else traces.push(waiter)
      }
    } else {
      replies.shift()?.(message)
    }
  })
  const ready = new Promise<string>(resolve => {
    onReady = resolve
  })
  let path: string
  try {
    path = await withTimeout(
      Promise.race([
        ready,
        exited.then(() => Promise.reject(new Error('the r30x simulator exited before ready'))),
      ]),
      5000,
      'the r30x simulator to be ready',
    )
  } catch (error) {
    await stop('SIGKILL')
    throw error
  }
  return {
    child,
    path,
    control: command => {
      const reply = new Promise<Record<string, unknown>>(resolve => replies.push(resolve))
      child.stdin.write(`${JSON.stringify(command)}\n`)
      return withTimeout(reply, 2000, `the reply to ${String(command.cmd)}`)
    },
    nextCommand: (name, timeoutMs = 2000) =>
      withTimeout(
        new Promise<void>(resolve => traces.push({ name, resolve })),
        timeoutMs,
        `the module to receive ${name}`,
      ),
    stop,
  }
}
