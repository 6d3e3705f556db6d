import type { ChildProcess } from 'node:child_process'

/**
 * The ready document of `idstation simulate station --json`: the first whole JSON document on
 * the process's stdout (pretty-printed over several lines). Rejects when the process exits
 * first or nothing whole arrives within `timeoutMs`, with its stderr.
 */
export function stationReady<T>(child: ChildProcess, timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    let text = ''
    let stderr = ''
    const timer = setTimeout(() => {
      reject(new Error(`no ready document within ${String(timeoutMs)} ms\n${stderr}`))
    }, timeoutMs)
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString()
      try {
        const ready = JSON.parse(text) as T
        clearTimeout(timer)
        resolve(ready)
      } catch {
        // Not whole yet.
      }
    })
    child.once('exit', code => {
      clearTimeout(timer)
      reject(new Error(`simulate station exited (${String(code)}) before ready\n${stderr}`))
    })
  })
}
