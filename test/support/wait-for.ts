import type { EventEmitter } from 'node:events'

/** Rejects after `timeoutMs` naming `what`, so a missing event fails the test instead of hanging it. */
export async function withTimeout<T>(
  promise: Promise<T>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`timed out after ${timeoutMs}ms waiting for ${what}`))
    }, timeoutMs)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** The next value of an async iterator, or a rejection after `timeoutMs`. */
export async function nextValue<T>(
  iterator: AsyncIterator<T>,
  timeoutMs = 2000,
  what = 'the next value',
): Promise<T> {
  const result = await withTimeout(iterator.next(), timeoutMs, what)
  if (result.done === true) throw new Error(`iteration ended while waiting for ${what}`)
  return result.value
}

/** Resolves with the first emission of `event` whose arguments satisfy `predicate`. */
export function waitForEvent<A extends unknown[]>(
  emitter: EventEmitter,
  event: string,
  predicate: (...args: A) => boolean = () => true,
  timeoutMs = 2000,
): Promise<A> {
  let listener: ((...args: A) => void) | undefined
  const seen = new Promise<A>(resolve => {
    listener = (...args: A) => {
      if (predicate(...args)) resolve(args)
    }
    emitter.on(event, listener as (...args: unknown[]) => void)
  })
  return withTimeout(seen, timeoutMs, `event '${event}'`).finally(() => {
    emitter.off(event, listener as (...args: unknown[]) => void)
  })
}

/** Polls `condition` every 10 ms until it holds, or rejects after `timeoutMs`. */
export async function eventually(
  condition: () => boolean,
  timeoutMs = 2000,
  what = 'a condition',
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs}ms waiting for ${what}`)
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}
