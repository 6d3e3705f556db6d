import { parentPort } from 'node:worker_threads'
import type { ImpressionRequest } from './finger-source'
import { SyntheticFingerSource } from './synthetic-source'

/*
 * One rendering thread of WorkerFingerSource: synthetic fingers take tens of milliseconds each,
 * which on the reader's own thread would hold up its previews and answers.
 */

export interface RenderJob {
  readonly id: number
  readonly request: ImpressionRequest
}

export type RenderReply =
  | {
      readonly id: number
      readonly width: number
      readonly height: number
      readonly pixels: Uint8Array
      readonly template: Uint8Array
      readonly quality: number
    }
  | { readonly id: number; readonly error: string }

const source = new SyntheticFingerSource()
const port = parentPort
port?.on('message', (job: RenderJob) => {
  let reply: RenderReply
  try {
    const impression = source.impression(job.request)
    reply = { id: job.id, ...impression }
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) }
  }
  port.postMessage(reply)
})
