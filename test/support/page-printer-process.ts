import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { startJsonLinesProcess, type JsonLine } from './json-lines-process'

const MAIN = join(__dirname, '..', '..', 'simulators', 'printer', 'page', 'main.ts')

/** Control replies; every other line is an announcement (printed, ejected, rejected, …). */
const REPLIES = new Set(['control', 'error', 'card'])

export type Message = JsonLine

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
  const sim = await startJsonLinesProcess({
    name: 'the page printer simulator',
    entry: MAIN,
    args,
    isReply: line => typeof line.event === 'string' && REPLIES.has(line.event),
    replyTimeoutMs: 5000,
  })
  return {
    child: sim.child,
    path: String(sim.ready.path),
    announcements: sim.announcements,
    exited: sim.exited,
    control: command => sim.control(command),
    announcement: (match, timeoutMs = 5000) =>
      sim.announcement(match, timeoutMs, 'a page printer announcement'),
    forget: () => {
      sim.announcements.splice(0)
    },
    stop: signal => sim.stop(signal),
  }
}
