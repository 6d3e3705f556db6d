/** serialport's unix poller (bindings-cpp Poller): an EventEmitter over one libuv poll handle. */
interface UnixPoller {
  poll(eventFlag?: number): void
  listenerCount(event: string): number
}

/** bindings-cpp's Poller event flags (its EVENTS), one per event name it emits. */
const EVENT_FLAGS = [
  ['readable', 0b001],
  ['writable', 0b010],
  ['disconnect', 0b100],
] as const

/**
 * bindings-cpp's Poller restarts its one libuv poll handle with only the events of the latest
 * poll() call, so whoever polls last silences everyone else: a partial write waits for
 * 'writable', the read loop then re-arms 'readable', and the write is never woken again (a large
 * print hung about one run in three). Every poll here also asks for the events somebody is still
 * waiting on, which is what the native side means to do (it ORs them into its own mask but does
 * not start polling them). Returns false, leaving the binding as it was, for a binding without
 * that poller (Windows).
 */
export function pollAwaitedEventsTogether(binding: unknown): boolean {
  const poller = pollerOf(binding)
  if (poller === undefined) return false
  const poll = poller.poll.bind(poller)
  poller.poll = (eventFlag = 0) => {
    let flags = eventFlag
    for (const [event, flag] of EVENT_FLAGS) {
      if (poller.listenerCount(event) > 0) flags |= flag
    }
    poll(flags)
  }
  return true
}

function pollerOf(binding: unknown): UnixPoller | undefined {
  if (typeof binding !== 'object' || binding === null || !('poller' in binding)) return undefined
  const poller = binding.poller as Partial<UnixPoller> | null | undefined
  if (typeof poller?.poll !== 'function' || typeof poller.listenerCount !== 'function') {
    return undefined
  }
  return poller as UnixPoller
}
