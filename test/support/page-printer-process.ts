import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { withTimeout } from './wait-for'

const MAIN = join(__dirname, '..', '..', 'simulators', 'printer', 'page', 'main.ts')

/** Control replies; every other line is an announcement (printed, ejected, rejected, …). */
const REPLIES = new Set(['control', 'error', 'card'])

export type Message = Readonly<Record<string, unknown>>

/** A running simulators/printer/page/main.ts. */
export interface PagePrinterProcess {
  readonly child: ChildProcess
  /** The host side of the pty: what serialport opens. */
  readonly path: string
  /** Every announcement so far, in order. */
  readonly announcements: readonly Message[]
  /** Sends one control command and resolves with its reply. */
  control(command: Message): Promise<Message>
  /** The first announcement (already seen or still to come) that `match` accepts. */
  announcement(match: (message: Message) => boolean, timeoutMs?: number): Promise<Message>
  /** Forgets the announcements so far (after a reset). */
  forget(): void
  /** Sends `signal` and waits for the exit; does nothing once exited. */
  stop(signal?: NodeJS.Signals): Promise<void>
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>
}

/** Starts the simulator with `args` (--link PATH, --timing fast, …) and waits for "ready". */
export async function startPagePrinter(args: readonly string[]): Promise<PagePrinterProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
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
  const replies: ((reply: Message) => void)[] = []
  const announcements: Message[] = []
  const watchers = new Set<() => void>()
  let onReady: ((path: string) => void) | undefined
  createInterface({ input: child.stdout }).on('line', line => {
    if (!line.startsWith('{')) return
    const message = JSON.parse(line) as Message
    if (message.event === 'ready' && typeof message.path === 'string') {
      onReady?.(message.path)
    } else if (typeof message.event === 'string' && REPLIES.has(message.event)) {
      replies.shift()?.(message)
    } else {
      announcements.push(message)
      for (const wake of watchers) wake()
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
        exited.then(() => Promise.reject(new Error('the page printer exited before ready'))),
      ]),
      5000,
      'the page printer simulator to be ready',
    )
  } catch (error) {
    await stop('SIGKILL')
    throw error
  }
  return {
    child,
    path,
    announcements,
    exited,
    control: command => {
      const reply = new Promise<Message>(resolve => replies.push(resolve))
      child.stdin.write(`${JSON.stringify(command)}\n`)
      return withTimeout(reply, 5000, `the reply to ${String(command.cmd)}`)
    },
    announcement: (match, timeoutMs = 5000) => {
      const found = new Promise<Message>(resolve => {
        const check = (): void => {
          const hit = announcements.find(match)
          if (hit === undefined) return
          watchers.delete(check)
          resolve(hit)
        }
        watchers.add(check)
        check()
      })
      return withTimeout(found, timeoutMs, 'a page printer announcement')
    },
    forget: () => {
      announcements.splice(0)
    },
    stop,
  }
}
