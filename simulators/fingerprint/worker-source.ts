import { availableParallelism } from 'node:os'
import { extname, join } from 'node:path'
import { Worker } from 'node:worker_threads'
import type { FingerImpression, FingerSource, ImpressionRequest } from './finger-source'
import type { RenderJob, RenderReply } from './render-worker'
import { SyntheticFingerSource } from './synthetic-source'

interface Waiting {
  readonly request: ImpressionRequest
  readonly resolve: (impression: FingerImpression) => void
  readonly reject: (error: Error) => void
}

/**
 * Synthetic fingers rendered on worker threads, so the reader's thread keeps its preview rate and
 * answers while a slap is being drawn (a real reader images in hardware, beside its USB
 * endpoint). Requests go round-robin to the workers. A worker that fails hands its requests, and
 * all later ones, to a renderer on this thread: slower, never wrong.
 */
export class WorkerFingerSource implements FingerSource {
  readonly profiles: readonly string[]
  private readonly local = new SyntheticFingerSource()
  private readonly workers: Worker[] = []
  private readonly waiting = new Map<number, Waiting>()
  private nextId = 0
  private nextWorker = 0
  private broken = false

  constructor(size = Math.max(1, Math.min(4, availableParallelism() - 1))) {
    this.profiles = this.local.profiles
    try {
      for (let index = 0; index < size; index += 1) this.workers.push(this.startWorker())
    } catch {
      this.fail()
    }
  }

  impression(request: ImpressionRequest): Promise<FingerImpression> {
    const worker = this.workers[this.nextWorker % this.workers.length]
    this.nextWorker += 1
    if (this.broken || worker === undefined) return this.renderHere(request)
    const id = this.nextId++
    return new Promise<FingerImpression>((resolve, reject) => {
      this.waiting.set(id, { request, resolve, reject })
      const job: RenderJob = { id, request }
      worker.postMessage(job)
    })
  }

  /** Stops the workers; requests still waiting are rendered here. */
  async close(): Promise<void> {
    const workers = this.workers.splice(0)
    this.fail()
    await Promise.all(workers.map(worker => worker.terminate()))
  }

  private startWorker(): Worker {
    const file = join(__dirname, `render-worker${extname(__filename)}`)
    // Run from source (tsx), the worker needs tsx's require hook; built, it is plain JavaScript.
    const code = file.endsWith('.ts')
      ? `require('tsx/cjs'); require(${JSON.stringify(file)})`
      : `require(${JSON.stringify(file)})`
    const worker = new Worker(code, { eval: true })
    // The reader's process ends on unplug whatever its workers are doing.
    worker.unref()
    worker.on('message', (reply: RenderReply) => {
      this.settle(reply)
    })
    worker.on('error', () => {
      this.fail()
    })
    return worker
  }

  private settle(reply: RenderReply): void {
    const waiting = this.waiting.get(reply.id)
    if (waiting === undefined) return
    this.waiting.delete(reply.id)
    if ('error' in reply) {
      waiting.reject(new RangeError(reply.error))
      return
    }
    waiting.resolve({
      width: reply.width,
      height: reply.height,
      quality: reply.quality,
      // Structured clone turns a Buffer into a plain Uint8Array: wrap it again, no copy.
      pixels: Buffer.from(reply.pixels.buffer, reply.pixels.byteOffset, reply.pixels.byteLength),
      template: Buffer.from(
        reply.template.buffer,
        reply.template.byteOffset,
        reply.template.byteLength,
      ),
    })
  }

  private fail(): void {
    this.broken = true
    for (const [id, waiting] of this.waiting) {
      this.waiting.delete(id)
      this.renderHere(waiting.request).then(waiting.resolve, waiting.reject)
    }
  }

  private renderHere(request: ImpressionRequest): Promise<FingerImpression> {
    try {
      return Promise.resolve(this.local.impression(request))
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  }
}
