/**
 * A push-to-pull bridge for providers whose native library calls back (pcsclite): the callback
 * pushes, the consumer's `for await` pulls. Unbounded, because hot-plug events are rare and
 * dropping one would leave the registry out of step with the hardware.
 */
export class ChangeQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = []
  private waiter: ((result: IteratorResult<T, undefined>) => void) | undefined
  private ended = false

  /**
   * @param signal ends the iteration when aborted.
   * @param onEnd runs once when the queue ends (abort, `end()` or the consumer breaking out).
   */
  constructor(
    signal: AbortSignal,
    private readonly onEnd: () => void = () => undefined,
  ) {
    if (signal.aborted) this.end()
    else
      signal.addEventListener(
        'abort',
        () => {
          this.end()
        },
        { once: true },
      )
  }

  /** Ignored after the queue ended. */
  push(item: T): void {
    if (this.ended) return
    const waiter = this.waiter
    if (waiter === undefined) {
      this.items.push(item)
      return
    }
    this.waiter = undefined
    waiter({ done: false, value: item })
  }

  /** Idempotent; queued items are dropped, a pending `next()` resolves done. */
  end(): void {
    if (this.ended) return
    this.ended = true
    this.items.length = 0
    const waiter = this.waiter
    this.waiter = undefined
    waiter?.({ done: true, value: undefined })
    this.onEnd()
  }

  [Symbol.asyncIterator](): AsyncIterator<T, undefined> {
    return {
      next: () => {
        const item = this.items.shift()
        if (item !== undefined) return Promise.resolve({ done: false, value: item })
        if (this.ended) return Promise.resolve({ done: true, value: undefined })
        return new Promise(resolve => (this.waiter = resolve))
      },
      return: () => {
        this.end()
        return Promise.resolve({ done: true, value: undefined })
      },
    }
  }
}
