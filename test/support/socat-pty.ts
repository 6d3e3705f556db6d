import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** A connected pseudo-terminal pair made by socat: bytes written to `a` come out of `b`. */
export interface PtyPair {
  readonly dir: string
  readonly a: string
  readonly b: string
  readonly process: ChildProcess
  /** Ends socat and waits for it to exit. On SIGTERM socat removes its links; on SIGKILL they stay. */
  stop(signal?: NodeJS.Signals): Promise<void>
  /** stop() and remove the temp dir. */
  dispose(): Promise<void>
}

/** Starts `socat pty,raw,echo=0,link=A pty,raw,echo=0,link=B` in a new temp dir. */
export async function startPtyPair(): Promise<PtyPair> {
  const dir = await mkdtemp(join(tmpdir(), 'idstation-pty-'))
  const a = join(dir, 'A')
  const b = join(dir, 'B')
  const child = spawn('socat', ['pty,raw,echo=0,link=' + a, 'pty,raw,echo=0,link=' + b], {
    stdio: 'ignore',
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
  try {
    await waitForFile(a)
    await waitForFile(b)
  } catch (error) {
    await stop()
    await rm(dir, { recursive: true, force: true })
    throw error
  }
  return {
    dir,
    a,
    b,
    process: child,
    stop,
    dispose: async () => {
      await stop()
      await rm(dir, { recursive: true, force: true })
    },
  }
}

async function waitForFile(path: string): Promise<void> {
  const deadline = Date.now() + 3000
  for (;;) {
    try {
      await stat(path)
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise(resolve => setTimeout(resolve, 10))
    }
  }
}
