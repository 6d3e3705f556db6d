import { EventEmitter } from 'node:events'
import pcsclite from 'pcsclite'
import { TransportError } from '../core/errors'
import { NULL_LOGGER, type Logger } from '../core/logger'
import { ChangeQueue } from '../transport/change-queue'
import type { PortChange, PortInfo, TransportProvider } from '../transport/types'
import { PcscApduTransport, type ReaderLookup } from './pcsc-apdu-transport'
import type { PcscContext, PcscReader, ReaderStatus } from './pcsc-types'

export interface PcscProviderOptions {
  /** How long to wait before trying pcscd again after it was down or went away. Default 2000. */
  readonly retryIntervalMs?: number
  /** Longest wait in list() for pcsclite's first reader listing. Default 1000. */
  readonly firstListingTimeoutMs?: number
  readonly logger?: Logger
  /** Defaults to `pcsclite()`; tests inject a fake. Throws when pcscd is unreachable. */
  readonly createContext?: () => PcscContext
}

/**
 * PC/SC readers through pcsclite, supervised: pcsclite gives up for good when pcscd is down or
 * stops, so the provider recreates the context every `retryIntervalMs` until pcscd answers,
 * logging provider.unavailable once and provider.recovered when it is back. While pcscd is down
 * list() gives [] and watch() yields nothing. Every pcsclite emitter gets an 'error' listener,
 * since an unhandled one ends the process. The context runs only while someone watches or lists.
 */
export class PcscProvider implements TransportProvider<PcscApduTransport>, ReaderLookup {
  readonly name = 'pcsc'
  private readonly changes = new EventEmitter<{ change: [change: PortChange] }>()
  private readonly readers = new Map<string, { reader: PcscReader; status: ReaderStatus }>()
  private readonly logger: Logger
  private readonly createContext: () => PcscContext
  private context: PcscContext | undefined
  private firstListing: Promise<void> | undefined
  private retryTimer: NodeJS.Timeout | undefined
  private users = 0
  private down = false

  constructor(private readonly options: PcscProviderOptions = {}) {
    this.logger = options.logger ?? NULL_LOGGER
    this.createContext = options.createContext ?? (() => pcsclite())
  }

  /** Never rejects; [] while pcscd is unreachable. */
  async list(): Promise<readonly PortInfo[]> {
    this.users += 1
    try {
      this.ensureContext()
      await this.firstListing
      return [...this.readers.keys()].map(name => this.portInfo(name))
    } finally {
      this.release()
    }
  }

  open(info: PortInfo): Promise<PcscApduTransport> {
    return Promise.resolve(new PcscApduTransport(info, this))
  }

  /**
   * Reader additions and removals until `signal` aborts. When this call starts the context, the
   * readers already present are reported as 'attached' (consumers ignore repeats).
   */
  watch(signal: AbortSignal): AsyncIterable<PortChange> {
    this.users += 1
    const onChange = (change: PortChange): void => {
      queue.push(change)
    }
    const queue = new ChangeQueue<PortChange>(signal, () => {
      this.changes.off('change', onChange)
      this.release()
    })
    this.changes.on('change', onChange)
    this.ensureContext()
    return queue
  }

  /**
   * For PcscApduTransport: an open transport keeps the context (and so its reader objects)
   * alive, since list() alone lets it go as soon as the listing is done.
   */
  hold(): { readonly ready: Promise<void>; release(): void } {
    this.users += 1
    this.ensureContext()
    let held = true
    return {
      ready: this.firstListing ?? Promise.resolve(),
      release: () => {
        if (!held) return
        held = false
        this.release()
      },
    }
  }

  /** For PcscApduTransport: the live reader object and its last status. */
  reader(name: string): { readonly reader: PcscReader; readonly status: ReaderStatus } | undefined {
    return this.readers.get(name)
  }

  private ensureContext(): void {
    if (this.context !== undefined || this.retryTimer !== undefined || this.users === 0) return
    let context: PcscContext
    try {
      context = this.createContext()
    } catch (error) {
      this.markDown(error)
      this.firstListing = undefined
      this.scheduleRetry()
      return
    }
    this.context = context
    context.on('error', (error: unknown) => {
      this.onContextError(context, error)
    })
    context.on('reader', (reader: PcscReader) => {
      this.onReader(context, reader)
    })
    this.firstListing = this.waitForFirstListing(context)
  }

  /**
   * pcsclite reports readers one 'reader' event at a time from its first listing and says
   * nothing when there are none; wrapping its start callback tells us when that listing is
   * done. The timeout covers a pcsclite version whose start() is elsewhere.
   */
  private waitForFirstListing(context: PcscContext): Promise<void> {
    return new Promise(resolve => {
      const timer = setTimeout(resolve, this.options.firstListingTimeoutMs ?? 1000)
      const done = (): void => {
        clearTimeout(timer)
        resolve()
      }
      context.once('error', done)
      const started = context as PcscContext & { start?: (callback: StartCallback) => void }
      const start = started.start
      if (typeof start !== 'function') return
      started.start = callback => {
        start.call(context, (error, data) => {
          callback(error, data)
          if (!error && context === this.context) this.markUp()
          done()
        })
      }
    })
  }

  private onReader(context: PcscContext, reader: PcscReader): void {
    if (context !== this.context) return
    reader.on('error', () => undefined)
    this.readers.set(reader.name, { reader, status: { state: 0 } })
    reader.on('status', (status: ReaderStatus) => {
      const entry = this.readers.get(reader.name)
      if (entry?.reader === reader) entry.status = status
    })
    reader.once('end', () => {
      if (this.readers.get(reader.name)?.reader !== reader) return
      this.readers.delete(reader.name)
      this.changes.emit('change', { type: 'detached', info: this.portInfo(reader.name) })
    })
    this.markUp()
    this.changes.emit('change', { type: 'attached', info: this.portInfo(reader.name) })
  }

  private onContextError(context: PcscContext, error: unknown): void {
    // close() makes pcsclite emit a last 'error' (SCARD_E_CANCELLED); that one is ours.
    if (context !== this.context) return
    this.dropContext()
    this.markDown(error)
    this.scheduleRetry()
  }

  /** Forgets the context and its readers, reporting each reader as detached. */
  private dropContext(): void {
    const context = this.context
    this.context = undefined
    this.firstListing = undefined
    const readers = [...this.readers.values()]
    this.readers.clear()
    for (const { reader } of readers) {
      try {
        reader.close()
      } catch {
        // Its context is gone already; nothing left to release.
      }
      this.changes.emit('change', { type: 'detached', info: this.portInfo(reader.name) })
    }
    try {
      context?.close()
    } catch {
      // Closing a context whose pcscd died can throw; it is released either way.
    }
  }

  private scheduleRetry(): void {
    if (this.retryTimer !== undefined || this.users === 0) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined
      this.ensureContext()
    }, this.options.retryIntervalMs ?? 2000)
    // Retrying must not keep an otherwise finished process alive.
    this.retryTimer.unref()
  }

  private release(): void {
    this.users -= 1
    if (this.users > 0) return
    clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    const context = this.context
    this.context = undefined
    this.firstListing = undefined
    for (const { reader } of this.readers.values()) {
      try {
        reader.close()
      } catch {
        // See dropContext.
      }
    }
    this.readers.clear()
    try {
      context?.close()
    } catch {
      // See dropContext.
    }
  }

  private markDown(error: unknown): void {
    if (this.down) return
    this.down = true
    this.logger.warn('PC/SC is unavailable (is pcscd running?); retrying', {
      event: 'provider.unavailable',
      provider: this.name,
      err: new TransportError('TRANSPORT_UNAVAILABLE', 'pcscd is unreachable', { cause: error }),
    })
  }

  private markUp(): void {
    if (!this.down) return
    this.down = false
    this.logger.info('PC/SC is available again', {
      event: 'provider.recovered',
      provider: this.name,
    })
  }

  private portInfo(name: string): PortInfo {
    return { kind: 'pcsc', path: name, product: name, provider: this.name }
  }
}

type StartCallback = (error: unknown, data: Buffer) => void
