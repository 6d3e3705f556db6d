import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'

/** The repository root: `--import tsx` resolves tsx from the working directory. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..')

const children = new Set<ChildProcess>()

// A bench that throws or is interrupted must not leave agents or clients running on the machine.
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL')
})

/**
 * How TypeScript is loaded. `import` is `--import tsx` (ESM and CJS hooks; the hooks run in a
 * loader thread of their own, some 30 MB of RSS). `require` is `--require tsx/cjs`, the CJS-only
 * hook bin/idstation-agent.cjs registers, for a process whose memory is itself a figure.
 */
export type TsxLoader = 'import' | 'require'

/**
 * Starts `node --import tsx <file> ...args` (or `--require tsx/cjs`) from the repository root.
 * stdout is piped for ready lines, stderr is inherited so a crash is visible; `ipc` adds a Node
 * IPC channel. The child is killed if this process exits first.
 */
export function spawnTsx(
  file: string,
  args: readonly string[] = [],
  options: {
    readonly ipc?: boolean
    readonly loader?: TsxLoader
    /** Added to this process's environment (e.g. a private pcscd's PCSCLITE_CSOCK_NAME). */
    readonly env?: Readonly<Record<string, string>>
  } = {},
): ChildProcess {
  const loader = options.loader === 'require' ? ['--require', 'tsx/cjs'] : ['--import', 'tsx']
  const child = spawn(process.execPath, [...loader, file, ...args], {
    cwd: REPO_ROOT,
    env: options.env === undefined ? process.env : { ...process.env, ...options.env },
    stdio:
      options.ipc === true ? ['ignore', 'pipe', 'inherit', 'ipc'] : ['ignore', 'pipe', 'inherit'],
  })
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

/**
 * The first stdout line of `child` that parses as JSON and passes `accept`. Rejects when the child
 * exits first or after `timeoutMs`; other lines are passed through to this process's stdout.
 */
export function waitForJsonLine<T>(
  child: ChildProcess,
  accept: (value: unknown) => value is T,
  timeoutMs: number,
): Promise<T> {
  const stdout = child.stdout
  if (!stdout) return Promise.reject(new Error('the child has no piped stdout'))
  return new Promise<T>((resolve, reject) => {
    const lines = readline.createInterface({ input: stdout })
    const finish = (action: () => void) => {
      clearTimeout(timer)
      child.off('exit', onExit)
      lines.off('line', onLine)
      // Keep draining stdout: a child blocked on a full pipe would stall the bench.
      lines.on('line', line => process.stdout.write(`${line}\n`))
      action()
    }
    const onLine = (line: string) => {
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch {
        process.stdout.write(`${line}\n`)
        return
      }
      if (accept(value))
        finish(() => {
          resolve(value)
        })
    }
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      finish(() => {
        reject(new Error(`exited (${signal ?? code ?? '?'}) before it was ready`))
      })
    }
    const timer = setTimeout(() => {
      finish(() => {
        reject(new Error(`not ready within ${timeoutMs}ms`))
      })
    }, timeoutMs)
    lines.on('line', onLine)
    child.once('exit', onExit)
  })
}

/** Sends SIGTERM and waits for the exit; SIGKILL after `graceMs`. Resolves at once if it is gone. */
export async function stopProcess(child: ChildProcess, graceMs = 3000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const exited = new Promise<void>(resolve =>
    child.once('exit', () => {
      resolve()
    }),
  )
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await exited
  clearTimeout(timer)
}

/** Resident set size of a process from /proc (Linux), or undefined where there is none. */
export function readRssBytes(pid: number): number | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)
    return match ? Number(match[1]) * 1024 : undefined
  } catch {
    return undefined
  }
}

/** For a server child: prints the ready line its parent waits for. */
export function announceReady(fields: Readonly<Record<string, unknown>>): void {
  process.stdout.write(`${JSON.stringify({ ready: true, pid: process.pid, ...fields })}\n`)
}

/** For a server child: runs `stop` once on SIGTERM or SIGINT, then exits. */
export function stopOnSignal(stop: () => Promise<void> | void): void {
  let stopping = false
  const onSignal = () => {
    if (stopping) return
    stopping = true
    Promise.resolve()
      .then(stop)
      .then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error)
          process.exit(1)
        },
      )
  }
  process.once('SIGTERM', onSignal)
  process.once('SIGINT', onSignal)
}

/** True for a parsed ready line, `{ "ready": true, ... }`. */
export function isReadyLine(value: unknown): value is Readonly<Record<string, unknown>> & {
  readonly ready: true
  readonly pid: number
} {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { ready?: unknown }).ready === true &&
    typeof (value as { pid?: unknown }).pid === 'number'
  )
}
