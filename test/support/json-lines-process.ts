import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { withTimeout } from './wait-for'

/** One JSON line a simulator printed on stdout. */
export type JsonLine = Readonly<Record<string, unknown>>

export interface JsonLinesSpawn {
  /** The process in messages: "the r30x simulator". */
  readonly name: string
  /** The TypeScript entry point, run through tsx. */
  readonly entry: string
  readonly args: readonly string[]
  readonly env?: Readonly<Record<string, string>>
  /** Whether a line answers a control command; every other line but "ready" is an announcement. */
  readonly isReply: (line: JsonLine) => boolean
  readonly replyTimeoutMs: number
}

/**
 * A simulator process with a JSON-lines control channel on stdin and JSON lines on stdout: one
 * reply per control command, in order, and announcements it makes on its own.
 */
export interface JsonLinesProcess {
  readonly child: ChildProcess
  /** The {"event":"ready",…} line. */
  readonly ready: JsonLine
  /** Every announcement so far, in order (not "ready"). */
  readonly announcements: JsonLine[]
  /** Resolves when the process has exited. */
  readonly exited: Promise<void>
  /** Sends one control command and resolves with its reply. */
  control(command: JsonLine): Promise<JsonLine>
  /** The first announcement so far or still to come that `match` accepts. */
  announcement(
    match: (line: JsonLine) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<JsonLine>
  /** The next announcement from now that `match` accepts. */
  next(match: (line: JsonLine) => boolean, timeoutMs: number, what: string): Promise<JsonLine>
  /** Sends `signal` and waits for the exit; does nothing once exited. */
  stop(signal?: NodeJS.Signals): Promise<void>
}

interface Watcher {
  readonly match: (line: JsonLine) => boolean
  readonly what: string
  readonly resolve: (line: JsonLine) => void
  readonly reject: (error: Error) => void
}

/** Starts the process and waits for its "ready" line; kills it if that does not come. */
export async function startJsonLinesProcess(options: JsonLinesSpawn): Promise<JsonLinesProcess> {
  const { name } = options
  const child = spawn(process.execPath, ['--import', 'tsx', options.entry, ...options.args], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...options.env },
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
  const replies: ((reply: JsonLine) => void)[] = []
  const announcements: JsonLine[] = []
  const watchers = new Set<Watcher>()
  let onReady: ((line: JsonLine) => void) | undefined
  // Waiting on stdout's end rather than on 'exit': every line the process wrote has come by then.
  let ended = false
  const lines = createInterface({ input: child.stdout })
  lines.on('line', text => {
    if (!text.startsWith('{')) return
    const line = JSON.parse(text) as JsonLine
    if (line.event === 'ready') {
      onReady?.(line)
    } else if (options.isReply(line)) {
      replies.shift()?.(line)
    } else {
      announcements.push(line)
      for (const watcher of watchers) if (watcher.match(line)) watcher.resolve(line)
    }
  })
  const ready = new Promise<JsonLine>((resolve, reject) => {
    onReady = resolve
    lines.once('close', () => {
      ended = true
      reject(new Error(`${name} exited before ready`))
      for (const watcher of watchers)
        watcher.reject(new Error(`${name} exited before ${watcher.what}`))
    })
  })
  ready.catch(() => undefined)

  const watch = (
    match: (line: JsonLine) => boolean,
    timeoutMs: number,
    what: string,
    seen: readonly JsonLine[],
  ): Promise<JsonLine> => {
    let watcher: Watcher | undefined
    const found = new Promise<JsonLine>((resolve, reject) => {
      const hit = seen.find(match)
      if (hit !== undefined) resolve(hit)
      else if (ended) reject(new Error(`${name} exited before ${what}`))
      else {
        watcher = { match, what, resolve, reject }
        watchers.add(watcher)
      }
    })
    return withTimeout(found, timeoutMs, what).finally(() => {
      if (watcher !== undefined) watchers.delete(watcher)
    })
  }

  let readyLine: JsonLine
  try {
    readyLine = await withTimeout(ready, 5000, `${name} to be ready`)
  } catch (error) {
    await stop('SIGKILL')
    throw error
  }
  return {
    child,
    ready: readyLine,
    announcements,
    exited,
    control: command => {
      const reply = new Promise<JsonLine>(resolve => replies.push(resolve))
      child.stdin.write(`${JSON.stringify(command)}\n`)
      return withTimeout(reply, options.replyTimeoutMs, `the reply to ${String(command.cmd)}`)
    },
    announcement: (match, timeoutMs, what) => watch(match, timeoutMs, what, announcements),
    next: (match, timeoutMs, what) => watch(match, timeoutMs, what, []),
    stop,
  }
}
