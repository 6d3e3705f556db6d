import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'

/** The repository root, from agent/cli. */
export const ROOT = path.resolve(__dirname, '..', '..')

/** Starts a TypeScript entry point of this repository as its own Node process (through tsx). */
export function spawnTs(
  entry: string,
  args: readonly string[],
  stdio: 'ignore' | 'inherit' | 'pipe' = 'ignore',
  stdin: 'ignore' | 'inherit' | 'pipe' = 'ignore',
  env: Readonly<Record<string, string>> = {},
): ChildProcess {
  return spawn(process.execPath, ['--require', 'tsx/cjs', path.join(ROOT, entry), ...args], {
    stdio: [stdin, stdio, stdio],
    env: { ...process.env, ...env },
  })
}

/** Resolves with the exit code once the process has ended (at once if it already has). */
export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode)
  return new Promise(resolve => {
    child.once('exit', code => {
      resolve(code)
    })
  })
}
