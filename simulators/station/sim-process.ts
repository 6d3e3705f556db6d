import type { ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { exited, spawnTs } from './spawn'

/** One JSON line a simulator printed. */
export type SimLine = Readonly<Record<string, unknown>> & { readonly event?: string }

/**
 * A simulator process of this repository with a JSON-lines control channel on stdin and JSON
 * lines on stdout: events it announces on its own ("printed", "ejected"…) and one reply per
 * control command, in order.
 */
export class SimProcess {
  readonly child: ChildProcess
  readonly lines: SimLine[] = []
  private readonly waiters: { test: (line: SimLine) => boolean; resolve: (l: SimLine) => void }[] =
    []
  private readonly stderr: string[] = []
  private readonly exit: Promise<number | null>

  constructor(
    readonly name: string,
    entry: string,
    args: readonly string[],
    env: Readonly<Record<string, string>> = {},
  ) {
    this.child = spawnTs(entry, args, 'pipe', 'pipe', env)
    this.exit = exited(this.child)
    const { stdout, stderr } = this.child
    if (stdout === null || stderr === null) throw new Error(`${name}: no stdout`)
    createInterface({ input: stdout }).on('line', text => {
      if (!text.startsWith('{')) return
      let line: SimLine
      try {
        line = JSON.parse(text) as SimLine
      } catch {
        return
      }
      this.lines.push(line)
      for (const waiter of [...this.waiters]) {
        if (!waiter.test(line)) continue
        this.waiters.splice(this.waiters.indexOf(waiter), 1)
        waiter.resolve(line)
      }
    })
    createInterface({ input: stderr }).on('line', text => {
      this.stderr.push(text)
      if (this.stderr.length > 50) this.stderr.shift()
    })
  }

  /** A line already seen that passes `test`, or else the next one. */
  seen(test: (line: SimLine) => boolean, timeoutMs: number, what: string): Promise<SimLine> {
    const found = this.lines.find(test)
    return found === undefined ? this.waitFor(test, timeoutMs, what) : Promise.resolve(found)
  }

  /** The next line from now that passes `test`. */
  waitFor(test: (line: SimLine) => boolean, timeoutMs: number, what: string): Promise<SimLine> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const index = this.waiters.findIndex(waiter => waiter.resolve === done)
        if (index >= 0) this.waiters.splice(index, 1)
        reject(new Error(`${this.name}: no ${what} within ${String(timeoutMs)} ms\n${this.log()}`))
      }, timeoutMs)
      const done = (line: SimLine) => {
        clearTimeout(timer)
        resolve(line)
      }
      this.waiters.push({ test, resolve: done })
      void this.exit.then(code => {
        if (!this.waiters.some(waiter => waiter.resolve === done)) return
        clearTimeout(timer)
        reject(new Error(`${this.name} exited (${String(code)}) before ${what}\n${this.log()}`))
      })
    })
  }

  /** Sends one control command and resolves with the first reply line after it. */
  control(command: Readonly<Record<string, unknown>>, timeoutMs = 10_000): Promise<SimLine> {
    const reply = this.waitFor(line => !NOTICES.has(line.event ?? ''), timeoutMs, 'reply')
    this.child.stdin?.write(`${JSON.stringify(command)}\n`)
    return reply
  }

  /** What the process wrote to stderr lately, for error messages. */
  log(): string {
    return this.stderr.join('\n')
  }

  /** Sends `signal`, then SIGKILL if the process has not exited within `graceMs`. */
  async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 15_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    this.child.kill(signal)
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs)
    await this.exit
    clearTimeout(timer)
  }
}

/** Lines simulators print on their own, never as the answer to a control command. */
const NOTICES = new Set([
  'ready',
  'printed',
  'ejected',
  'rejected',
  'command',
  'pulled',
  // The card printer reports its chip coupling as the card moves.
  'chip-inserted',
  'chip-withdrawn',
  'capture-started',
  'capture-ended',
  'request',
  'unplugging',
])
