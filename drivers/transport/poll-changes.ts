import type { PortChange, PortInfo } from './types'

export interface PollChangesOptions {
  readonly intervalMs: number
  readonly signal: AbortSignal
  /**
   * Lets an event source (fs.watch, a native hot-plug callback) ask for an early listing; returns
   * the unsubscribe function. Polling still runs, because such sources can miss changes.
   */
  readonly subscribe?: (wake: () => void) => () => void
  /** Called when `list` throws; the previous snapshot is kept, so a failing list detaches nothing. */
  readonly onListError?: (error: unknown) => void
}

/**
 * Turns a listing function into hot-plug changes by diffing snapshots by path. The first listing is
 * the baseline and yields nothing (providers' watch() contract: only changes after the call).
 * Ends, without throwing, when `signal` aborts.
 */
export async function* pollChanges(
  list: () => Promise<readonly PortInfo[]>,
  options: PollChangesOptions,
): AsyncGenerator<PortChange, void, undefined> {
  const { intervalMs, signal, subscribe, onListError } = options
  let wake: (() => void) | undefined
  let woken = false
  let unsubscribeSource = subscribe?.(() => {
    woken = true
    wake?.()
  })
  const unsubscribe = (): void => {
    unsubscribeSource?.()
    unsubscribeSource = undefined
  }
  // A consumer that aborts while suspended at a yield may never resume the generator, so its
  // finally block would not run; the event source must not outlive the signal.
  signal.addEventListener('abort', unsubscribe, { once: true })
  try {
    let known = await snapshot(list, new Map(), onListError)
    // A function, not the property, because TypeScript would keep `aborted` narrowed across awaits.
    const stopped = (): boolean => signal.aborted
    while (!stopped()) {
      await waitForTick(
        intervalMs,
        signal,
        () => woken,
        resolve => (wake = resolve),
      )
      wake = undefined
      woken = false
      if (stopped()) return
      const next = await snapshot(list, known, onListError)
      if (stopped()) return
      for (const change of diffPorts(known, next)) yield change
      known = next
    }
  } finally {
    signal.removeEventListener('abort', unsubscribe)
    unsubscribe()
  }
}

/** The changes that turn `before` into `after`, detachments first. Pure. */
export function diffPorts(
  before: ReadonlyMap<string, PortInfo>,
  after: ReadonlyMap<string, PortInfo>,
): PortChange[] {
  const changes: PortChange[] = []
  for (const [path, info] of before) {
    if (!after.has(path)) changes.push({ type: 'detached', info })
  }
  for (const [path, info] of after) {
    if (!before.has(path)) changes.push({ type: 'attached', info })
  }
  return changes
}

async function snapshot(
  list: () => Promise<readonly PortInfo[]>,
  previous: ReadonlyMap<string, PortInfo>,
  onListError: ((error: unknown) => void) | undefined,
): Promise<ReadonlyMap<string, PortInfo>> {
  try {
    return new Map((await list()).map(info => [info.path, info]))
  } catch (error) {
    onListError?.(error)
    return previous
  }
}

function waitForTick(
  intervalMs: number,
  signal: AbortSignal,
  alreadyWoken: () => boolean,
  setWake: (resolve: () => void) => void,
): Promise<void> {
  if (alreadyWoken() || signal.aborted) return Promise.resolve()
  return new Promise(resolve => {
    const done = (): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, intervalMs)
    signal.addEventListener('abort', done, { once: true })
    setWake(done)
  })
}
