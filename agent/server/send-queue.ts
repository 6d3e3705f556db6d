/** The one thing a queue needs from a zeromq.js socket. */
export interface FrameSink {
  send(frames: Uint8Array[]): Promise<void>
}

export type DropReason = 'queue-full' | 'unreachable' | 'closed'

/**
 * Serialises sends on one socket (zeromq.js rejects a second pending send with EBUSY) and bounds
 * what may wait: past `limit` messages a new one is dropped, never buffered without end, and the
 * caller hears why through `onDrop`. A send that fails (peer gone, peer's pipe full) is a drop too:
 * one slow or vanished client must never stall replies to the others.
 */
export class SendQueue {
  private readonly queue: Uint8Array[][] = []
  private running = false
  private closed = false

  constructor(
    private readonly sink: FrameSink,
    private readonly limit: number,
    private readonly onDrop: (
      frames: readonly Uint8Array[],
      reason: DropReason,
      error?: unknown,
    ) => void,
  ) {}

  get size(): number {
    return this.queue.length
  }

  /** Queues one multipart message; never throws. */
  push(frames: Uint8Array[]): void {
    if (this.closed) {
      this.onDrop(frames, 'closed')
      return
    }
    if (this.queue.length >= this.limit) {
      this.onDrop(frames, 'queue-full')
      return
    }
    this.queue.push(frames)
    if (!this.running) void this.run()
  }

  private async run(): Promise<void> {
    this.running = true
    try {
      for (let frames = this.queue.shift(); frames !== undefined; frames = this.queue.shift()) {
        try {
          await this.sink.send(frames)
        } catch (error) {
          this.onDrop(frames, this.closed ? 'closed' : 'unreachable', error)
        }
      }
    } finally {
      this.running = false
    }
  }

  /** Resolves when everything queued so far has been handed to the socket. */
  async flush(): Promise<void> {
    while (this.queue.length > 0 || this.running) {
      await new Promise(resolve => setImmediate(resolve))
    }
  }

  close(): void {
    this.closed = true
    const dropped = this.queue.splice(0)
    for (const frames of dropped) this.onDrop(frames, 'closed')
  }
}
