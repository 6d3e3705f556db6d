import { watch as watchDirectory, type FSWatcher } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { TransportError } from '../core/errors'
import { NULL_LOGGER, type Logger } from '../core/logger'
import { SerialByteStream } from '../serial/serial-byte-stream'
import { pollChanges } from '../transport/poll-changes'
import type { AnyTransport, PortChange, PortInfo, TransportProvider } from '../transport/types'
import { announcedPort, parseAnnouncement, type Announcement } from './announcement'
import { SocketReportTransport } from './socket-report-transport'
import { isProcessAlive } from '../core/process-alive'

export interface DirectoryProviderOptions {
  /** Where simulators write `<name>.json`. */
  readonly dir: string
  /** How often the directory is re-read and announced pids are checked. Default 200. */
  readonly pollIntervalMs?: number
  readonly logger?: Logger
}

/**
 * Devices announced by simulator processes in a directory (see Announcement). A device is
 * attached while its file exists and its pid is alive, so a simulator killed with SIGKILL,
 * which leaves its file behind, is still detached. fs.watch makes changes quick; the poll
 * catches what fs.watch misses and is the only way to notice a dead pid.
 *
 * open(): hid → SocketReportTransport to the announced socket; serial → SerialByteStream on the
 * announced pty path; pcsc is refused, because simulated cards sit behind the real pcscd.
 */
export class DirectoryProvider implements TransportProvider {
  readonly name = 'simulated'
  private readonly pollIntervalMs: number
  private readonly logger: Logger
  private readonly sockets = new Map<string, string>()
  private unreadable = false

  constructor(private readonly options: DirectoryProviderOptions) {
    this.pollIntervalMs = options.pollIntervalMs ?? 200
    this.logger = options.logger ?? NULL_LOGGER
  }

  /** Never rejects: a missing or unreadable directory lists nothing (logged once). */
  async list(): Promise<readonly PortInfo[]> {
    const ports: PortInfo[] = []
    for (const announcement of await this.announcements()) {
      if (!isProcessAlive(announcement.pid)) continue
      const key = portKey(announcement.kind, announcement.path)
      if (announcement.socket === undefined) this.sockets.delete(key)
      else this.sockets.set(key, announcement.socket)
      ports.push(announcedPort(announcement, this.name))
    }
    return ports
  }

  open(info: PortInfo): Promise<AnyTransport> {
    switch (info.kind) {
      case 'hid': {
        const socket = this.sockets.get(portKey(info.kind, info.path))
        if (socket === undefined) {
          return Promise.reject(
            new TransportError('TRANSPORT_OPEN_FAILED', 'the simulated device has no socket'),
          )
        }
        return Promise.resolve(new SocketReportTransport(info, socket))
      }
      case 'serial':
        return Promise.resolve(new SerialByteStream(info))
      case 'pcsc':
        return Promise.reject(
          new TransportError(
            'TRANSPORT_UNAVAILABLE',
            'simulated PC/SC readers are reached through pcscd, not the directory',
          ),
        )
    }
  }

  watch(signal: AbortSignal): AsyncIterable<PortChange> {
    return pollChanges(() => this.list(), {
      intervalMs: this.pollIntervalMs,
      signal,
      subscribe: wake => this.watchDirectory(wake),
    })
  }

  private watchDirectory(wake: () => void): () => void {
    let watcher: FSWatcher | undefined
    try {
      watcher = watchDirectory(this.options.dir, () => {
        wake()
      })
      // A directory removed under the watcher errors; the poll carries on without it.
      watcher.on('error', () => watcher?.close())
    } catch {
      // No directory yet: the poll will see it once it exists.
    }
    return () => watcher?.close()
  }

  private async announcements(): Promise<Announcement[]> {
    let names: string[]
    try {
      names = await readdir(this.options.dir)
      this.unreadable = false
    } catch (error) {
      if (!this.unreadable) {
        this.unreadable = true
        this.logger.warn('cannot read the simulator directory', {
          event: 'provider.unavailable',
          provider: this.name,
          path: this.options.dir,
          ...(error instanceof Error ? { err: error } : {}),
        })
      }
      return []
    }
    const found: Announcement[] = []
    // Dot files are the simulators' temporary files before their atomic rename.
    for (const name of names
      .filter(file => file.endsWith('.json') && !file.startsWith('.'))
      .sort()) {
      let text: string
      try {
        text = await readFile(join(this.options.dir, name), 'utf8')
      } catch {
        continue // Removed between readdir and read: the device is leaving.
      }
      const announcement = parseAnnouncement(text)
      if (announcement === undefined) {
        this.logger.debug('ignoring an invalid simulator announcement', {
          provider: this.name,
          path: name,
        })
        continue
      }
      found.push(announcement)
    }
    return found
  }
}

function portKey(kind: string, path: string): string {
  return `${kind}\u0000${path}`
}
