import { EventEmitter } from 'node:events'
import { TransportError } from '../../drivers/core/errors'
import { ChangeQueue } from '../../drivers/transport/change-queue'
import type {
  PortChange,
  PortInfo,
  ReportTransport,
  TransportEvents,
  TransportProvider,
  TransportState,
} from '../../drivers/transport/types'

/**
 * A transport with no device behind it: open/close follow the contract, `unplug` of its port
 * emits 'disconnect'. The registry never does I/O, so I/O just rejects. Typed as a
 * ReportTransport because the kind is only a label here.
 */
export class MemoryTransport implements ReportTransport {
  readonly kind = 'hid'
  readonly events = new EventEmitter<TransportEvents>()
  state: TransportState = 'closed'
  opens = 0
  closes = 0

  constructor(
    readonly info: PortInfo,
    private readonly failOpen: TransportError | undefined,
  ) {}

  open(): Promise<void> {
    this.opens += 1
    if (this.failOpen !== undefined) return Promise.reject(this.failOpen)
    this.state = 'open'
    return Promise.resolve()
  }
  close(): Promise<void> {
    this.closes += 1
    if (this.state !== 'disconnected') this.state = 'closed'
    return Promise.resolve()
  }
  disconnect(): void {
    if (this.state !== 'open') return
    this.state = 'disconnected'
    this.events.emit('disconnect', new TransportError('TRANSPORT_DISCONNECTED', 'unplugged'))
  }
  write(): Promise<void> {
    return Promise.reject(new TransportError('TRANSPORT_IO', 'memory transport does no I/O'))
  }
  read(): Promise<Buffer> {
    return Promise.reject(new TransportError('TRANSPORT_IO', 'memory transport does no I/O'))
  }
  sendFeatureReport(): Promise<void> {
    return Promise.reject(new TransportError('TRANSPORT_IO', 'memory transport does no I/O'))
  }
  getFeatureReport(): Promise<Buffer> {
    return Promise.reject(new TransportError('TRANSPORT_IO', 'memory transport does no I/O'))
  }
}

/**
 * An in-memory TransportProvider for component tests (serialport's MockBinding idea): the test
 * plugs and unplugs ports, and can make list(), watch() or a transport's open() fail.
 */
export class MemoryProvider implements TransportProvider<MemoryTransport> {
  readonly ports = new Map<string, PortInfo>()
  readonly transports: MemoryTransport[] = []
  /** When set, list() rejects with it. */
  listError: Error | undefined
  /** Paths whose transport's open() rejects with this error. */
  readonly openErrors = new Map<string, TransportError>()
  /** How many times watch() was called: a restart shows as a second call. */
  watchCalls = 0
  private readonly queues = new Set<ChangeQueue<PortChange>>()
  private readonly breakers = new Set<(error: Error) => void>()

  constructor(readonly name = 'memory') {}

  plug(info: PortInfo): void {
    this.ports.set(info.path, info)
    for (const queue of this.queues) queue.push({ type: 'attached', info })
  }

  /** Removes the port, reports it, and disconnects its open transports. */
  unplug(path: string): void {
    const info = this.ports.get(path)
    if (info === undefined) throw new Error(`no port ${path}`)
    this.ports.delete(path)
    for (const queue of this.queues) queue.push({ type: 'detached', info })
    for (const transport of this.transports) {
      if (transport.info.path === path) transport.disconnect()
    }
  }

  /** Makes every running watch() throw `error`, as a crashed subsystem would. */
  breakWatch(error: Error): void {
    for (const breaker of this.breakers) breaker(error)
  }

  /** How many watch() iterations are running now. */
  get activeWatches(): number {
    return this.queues.size
  }

  list(): Promise<readonly PortInfo[]> {
    if (this.listError !== undefined) return Promise.reject(this.listError)
    return Promise.resolve([...this.ports.values()])
  }

  open(info: PortInfo): Promise<MemoryTransport> {
    const transport = new MemoryTransport(info, this.openErrors.get(info.path))
    this.transports.push(transport)
    return Promise.resolve(transport)
  }

  async *watch(signal: AbortSignal): AsyncGenerator<PortChange, void, undefined> {
    this.watchCalls += 1
    let broken: Error | undefined
    const queue = new ChangeQueue<PortChange>(signal)
    const breaker = (error: Error): void => {
      broken = error
      queue.end()
    }
    this.queues.add(queue)
    this.breakers.add(breaker)
    try {
      for await (const change of queue) yield change
      if (broken !== undefined) throw broken
    } finally {
      this.queues.delete(queue)
      this.breakers.delete(breaker)
    }
  }
}
