import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { withTimeout } from './wait-for'

const MAIN = join(__dirname, '..', '..', 'simulators', 'printer', 'evolis', 'main.ts')

/** Events the simulator announces on its own (not replies to control commands). */
const ANNOUNCEMENTS = new Set([
  'ready',
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
  /** Every announcement so far, in order. */
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
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, '--link', linkPath, ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
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
  const events: EvolisMessage[] = []
  const replies: ((reply: EvolisMessage) => void)[] = []
  const wakers = new Set<() => void>()
  createInterface({ input: child.stdout }).on('line', line => {
    if (!line.startsWith('{')) return
    const message = JSON.parse(line) as EvolisMessage
    if (ANNOUNCEMENTS.has(message.event)) {
      events.push(message)
      for (const wake of wakers) wake()
    } else {
      replies.shift()?.(message)
    }
  })
  const waitFor = (
    match: (message: EvolisMessage) => boolean,
    timeoutMs = 5000,
  ): Promise<EvolisMessage> => {
    let wake: (() => void) | undefined
    const found = new Promise<EvolisMessage>((resolve, reject) => {
      const check = (): void => {
        const hit = events.find(match)
        if (hit !== undefined) resolve(hit)
        else if (child.exitCode !== null || child.signalCode !== null) {
          reject(new Error('the evolis simulator exited'))
        }
      }
      wake = check
      wakers.add(check)
      void exited.then(check)
      check()
    })
    return withTimeout(found, timeoutMs, 'an evolis simulator event').finally(() => {
      if (wake !== undefined) wakers.delete(wake)
    })
  }
  let ready: EvolisMessage
  try {
    ready = await waitFor(message => message.event === 'ready', 5000)
  } catch (error) {
    await stop('SIGKILL')
    throw error
  }
  return {
    child,
    path: String(ready.path),
    out: String(ready.out),
    events,
    control: command => {
      const reply = new Promise<EvolisMessage>(resolve => replies.push(resolve))
      child.stdin.write(`${JSON.stringify(command)}\n`)
      return withTimeout(reply, 5000, `the reply to ${String(command.cmd)}`)
    },
    waitFor,
    exited,
    stop,
  }
}
