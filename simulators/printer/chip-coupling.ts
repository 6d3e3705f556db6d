import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'

/**
 * The chip of the card (or booklet) inside a simulated printer: a virtual card process
 * (simulators/card/main.ts, a vpcd client) that this printer owns. When the printer parks a
 * medium at its encoding station the next blank chip of the stack is inserted into the paired
 * virtual PC/SC reader; when the medium leaves the station (to the print head, the output or
 * the reject box) the chip leaves the reader.
 */
export interface ChipCouplingOptions {
  readonly vpcdHost: string
  readonly vpcdPort: number
  /** Blank chips the stack holds (one per fed medium). */
  readonly stack: number
  /** Where the card process's stderr goes; default: discarded. */
  readonly onStderr?: (line: string) => void
}

/** pcscd polls a reader about every 0.44 s: a chip swapped faster could pass unseen. */
export const SWAP_GAP_MS = 1200

const CARD_MAIN = path.join(__dirname, '..', 'card', 'main.ts')

export class ChipCoupling {
  private readonly child: ChildProcess
  private readonly pending: ((reply: Record<string, unknown>) => void)[] = []
  private queue: Promise<unknown> = Promise.resolve()
  private present = false
  private withdrawnAt = 0
  private readonly exited: Promise<void>

  constructor(options: ChipCouplingOptions) {
    this.child = spawn(
      process.execPath,
      [
        '--require',
        'tsx/cjs',
        CARD_MAIN,
        '--host',
        options.vpcdHost,
        '--port',
        String(options.vpcdPort),
        '--stack',
        String(options.stack),
        '--empty',
      ],
      { stdio: ['pipe', 'pipe', 'pipe'] },
    )
    this.exited = new Promise(resolve =>
      this.child.once('exit', () => {
        resolve()
      }),
    )
    if (this.child.stdout === null || this.child.stderr === null) {
      throw new Error('the card process has no stdout')
    }
    createInterface({ input: this.child.stdout }).on('line', line => {
      if (!line.startsWith('{')) return
      const reply = JSON.parse(line) as Record<string, unknown>
      // A card pulled by a fault reports on its own; it answers no command.
      if (reply.event === 'pulled') {
        // A pulled chip left the reader too: the next one waits out the same swap gap.
        this.present = false
        this.withdrawnAt = Date.now()
        return
      }
      this.pending.shift()?.(reply)
    })
    createInterface({ input: this.child.stderr }).on('line', line => options.onStderr?.(line))
  }

  /** True while a chip sits in the virtual reader. */
  get inserted(): boolean {
    return this.present
  }

  /** The next blank chip enters the reader (after the swap gap pcscd needs to see it leave). */
  insertNext(): Promise<Record<string, unknown>> {
    return this.serial(async () => {
      const wait = this.withdrawnAt + SWAP_GAP_MS - Date.now()
      if (this.withdrawnAt > 0 && wait > 0) await new Promise(r => setTimeout(r, wait))
      const reply = await this.command({ cmd: 'insert-next' })
      if (reply.event === 'inserted') this.present = true
      return reply
    })
  }

  /** The chip leaves the reader; a no-op when none is in. */
  withdraw(): Promise<void> {
    return this.serial(async () => {
      if (!this.present) return
      await this.command({ cmd: 'remove' })
      this.present = false
      this.withdrawnAt = Date.now()
    })
  }

  /** Any other control command of the card process (faults, status), passed through. */
  control(command: Record<string, unknown>): Promise<Record<string, unknown>> {
    return this.serial(() => this.command(command))
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM')
    await this.exited
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work)
    this.queue = next.catch(() => undefined)
    return next
  }

  private command(command: Record<string, unknown>): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      const stdin = this.child.stdin
      if (stdin === null || this.child.exitCode !== null) {
        reject(new Error('the card process has exited'))
        return
      }
      this.pending.push(resolve)
      stdin.write(`${JSON.stringify(command)}\n`)
    })
  }
}
