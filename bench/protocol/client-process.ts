/**
 * One bench client in a process of its own, driven by its parent over the Node IPC channel
 * (worker-messages.ts): connect to a target, warm up, run a fixed number of sequential round
 * trips, report what it measured. Commands are handled one at a time, in order.
 *
 * Usage: spawned by client-pool.ts as `node --import tsx bench/protocol/client-process.ts`.
 */
import { randomBytes } from 'node:crypto'
import { connectClient, type BenchClient } from './bench-clients'
import type { RunReport, WorkerAnswer, WorkerCommand, Workload } from './worker-messages'

let client: BenchClient | undefined
let payload = Buffer.alloc(0)

function payloadFor(workload: Workload): Buffer {
  // Random bytes: a fingerprint image or a card data group does not compress, so nothing on the
  // way may profit from a payload that would.
  if (payload.length !== workload.payloadBytes) payload = randomBytes(workload.payloadBytes)
  return payload
}

async function run(workload: Workload): Promise<RunReport> {
  if (!client) throw new Error('not connected')
  const data = payloadFor(workload)
  const samplesMs: number[] = []
  const startedAtMs = performance.timeOrigin + performance.now()
  for (let i = 0; i < workload.requests; i++) {
    const started = performance.now()
    await client.roundTrip(workload.operation, data)
    if (workload.keepSamples) samplesMs.push(performance.now() - started)
  }
  const endedAtMs = performance.timeOrigin + performance.now()
  return { requests: workload.requests, startedAtMs, endedAtMs, samplesMs }
}

async function handle(command: WorkerCommand): Promise<RunReport | undefined> {
  switch (command.type) {
    case 'connect':
      client?.close()
      client = undefined
      client = await connectClient(command.target, command.keys)
      return undefined
    case 'warm-up':
      await run({ ...command.workload, keepSamples: false })
      return undefined
    case 'run':
      return run(command.workload)
    case 'disconnect':
      client?.close()
      client = undefined
      return undefined
  }
}

function answer(message: WorkerAnswer): void {
  process.send?.(message)
}

let queue = Promise.resolve()
process.on('message', (command: WorkerCommand) => {
  queue = queue.then(async () => {
    try {
      const report = await handle(command)
      answer(report ? { id: command.id, ok: true, report } : { id: command.id, ok: true })
    } catch (error) {
      answer({
        id: command.id,
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      })
    }
  })
})
// The parent went away: nothing is left to report to.
process.on('disconnect', () => {
  client?.close()
  process.exit(0)
})
answer({ id: 0, ok: true })
