import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { LineWatcher } from './agent-process'
import type { PrivatePcscd } from './pcscd-harness'

const CARD_MAIN = path.join(__dirname, '..', '..', 'simulators', 'card', 'main.ts')

/** The virtual card process, connected to a private pcscd's vpcd; stdin is its control channel. */
export function startCard(pcscd: PrivatePcscd): { child: ChildProcess; out: LineWatcher } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CARD_MAIN, '--host', pcscd.vpcdHost, '--port', String(pcscd.vpcdPort)],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  )
  return { child, out: new LineWatcher(child.stdout) }
}

/** Retries `attempt` every 200 ms until it yields a value, or rejects naming `what`. */
export async function pollUntil<T>(
  attempt: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await attempt()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 200))
  }
}
