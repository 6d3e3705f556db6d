import { watch, type FSWatcher } from 'node:fs'
import type { Logger } from '../../drivers/core/logger'

/**
 * Calls `onChange` whenever an entry of `dir` is added, removed, renamed or rewritten (inotify
 * through fs.watch), so that `keys remove` takes effect at once. Best effort: a directory that
 * does not exist yet, or a platform without change notification, gives no calls, and the agent's
 * periodic recheck is what catches the change. Returns the function that stops watching.
 */
export function watchDirectory(dir: string, onChange: () => void, logger: Logger): () => void {
  let watcher: FSWatcher | undefined
  try {
    watcher = watch(dir, { persistent: false }, () => {
      onChange()
    })
    watcher.on('error', () => {
      watcher?.close()
      watcher = undefined
    })
  } catch (error) {
    logger.debug('authorized-clients directory not watched; the periodic recheck covers it', {
      event: 'keys.recheck-failed',
      path: dir,
      code: (error as NodeJS.ErrnoException).code ?? 'error',
    })
  }
  return () => {
    watcher?.close()
    watcher = undefined
  }
}
