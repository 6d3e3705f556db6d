import { TransportError } from '../core/errors'
import type { IoOptions } from './types'

/**
 * One awaited I/O result that can also end by timeout or abort. The owner settles it with
 * `resolve`/`reject`; whichever comes first wins and later calls are ignored, so a late reply
 * after a timeout cannot resolve a promise twice.
 */
export interface PendingIo<T> {
  readonly promise: Promise<T>
  readonly settled: boolean
  resolve(value: T): void
  reject(error: TransportError): void
}

/**
 * Starts waiting for one I/O result. Rejects with TRANSPORT_TIMEOUT after `options.timeoutMs`
 * (the message names `what` and the duration) and with TRANSPORT_CANCELED when
 * `options.signal` aborts, including when it is already aborted.
 */
export function pendingIo<T>(what: string, options: IoOptions = {}): PendingIo<T> {
  let settled = false
  let resolvePromise!: (value: T) => void
  let rejectPromise!: (error: TransportError) => void
  const promise = new Promise<T>((resolve, reject) => {
    resolvePromise = resolve
    rejectPromise = reject
  })
  const { signal, timeoutMs } = options
  const timer =
    timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          finish(() => {
            rejectPromise(
              new TransportError('TRANSPORT_TIMEOUT', `Timeout after ${timeoutMs}ms [${what}]`),
            )
          })
        }, timeoutMs)
  const onAbort = (): void => {
    finish(() => {
      rejectPromise(
        new TransportError('TRANSPORT_CANCELED', `${what} aborted`, { cause: signal?.reason }),
      )
    })
  }
  function finish(settle: () => void): void {
    if (settled) return
    settled = true
    if (timer !== undefined) clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
    settle()
  }
  if (signal?.aborted === true) onAbort()
  else signal?.addEventListener('abort', onAbort, { once: true })
  return {
    promise,
    get settled() {
      return settled
    },
    resolve: value => {
      finish(() => {
        resolvePromise(value)
      })
    },
    reject: error => {
      finish(() => {
        rejectPromise(error)
      })
    },
  }
}
