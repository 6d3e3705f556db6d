import { EventEmitter } from 'node:events'
import { TransportError } from '../../drivers/core/errors'
import { pendingIo, type PendingIo } from '../../drivers/transport/pending-io'
import type {
  ByteStream,
  IoOptions,
  PortInfo,
  TransportEvents,
  TransportState,
} from '../../drivers/transport/types'

/** The device side of a MemoryByteStream: what a simulator plugs into. */
export interface FarEnd {
  /** Bytes from the device to the host; delivered on a later turn of the event loop. */
  write(bytes: Uint8Array): void
  /** Called with each write of the host, on a later turn of the event loop. */
  onData(listener: (bytes: Buffer) => void): void
  /** While true, what the host writes is dropped: a device that stopped answering. */
  mute: boolean
  /** While true, what the device writes is held back: a device that answers late. */
  hold: boolean
  /** Delivers what was held back and stops holding; resolves once the host has it buffered. */
  release(): Promise<void>
}

export interface MemoryByteStreamOptions {
  /** Deliver device bytes in pieces of at most this many, as a pty or a UART would. */
  readonly chunkSize?: number
}

/**
 * A ByteStream with a device in memory on its far end, keeping the contract SerialByteStream
 * keeps: bytes are buffered from open, read() returns everything buffered, one read and one
 * write at a time (TRANSPORT_BUSY), close() cancels a pending read, disconnect() (an unplug)
 * emits 'disconnect' once and fails pending and later I/O with TRANSPORT_DISCONNECTED.
 */
export class MemoryByteStream implements ByteStream {
  readonly kind = 'serial'
  readonly events = new EventEmitter<TransportEvents>()
  readonly far: FarEnd
  /** Every write of the host, in order. */
  readonly written: Buffer[] = []
  private currentState: TransportState = 'closed'
  private received: Buffer[] = []
  private pendingRead: PendingIo<Buffer> | undefined
  private writing = false
  private readonly listeners: ((bytes: Buffer) => void)[] = []

  constructor(
    readonly info: PortInfo,
    private readonly options: MemoryByteStreamOptions = {},
  ) {
    const listeners = this.listeners
    const held: Buffer[] = []
    const far: FarEnd = {
      write: bytes => {
        const copy = Buffer.from(bytes)
        if (far.hold) {
          held.push(copy)
          return
        }
        const size = this.options.chunkSize ?? Math.max(copy.length, 1)
        // One piece a turn, so a reader sees packets split across reads.
        for (let offset = 0; offset < copy.length; offset += size) {
          const piece = copy.subarray(offset, offset + size)
          setImmediate(() => {
            this.deliver(piece)
          })
        }
      },
      onData: listener => listeners.push(listener),
      mute: false,
      hold: false,
      release: async () => {
        far.hold = false
        for (const bytes of held.splice(0)) far.write(bytes)
        // Every piece is one setImmediate; one more turn runs after the last of them.
        await new Promise(resolve => setImmediate(resolve))
      },
    }
    this.far = far
  }

  get state(): TransportState {
    return this.currentState
  }

  open(options: IoOptions = {}): Promise<void> {
    options.signal?.throwIfAborted()
    if (this.currentState === 'disconnected') {
      return Promise.reject(new TransportError('TRANSPORT_OPEN_FAILED', 'the device is gone'))
    }
    this.setState('open')
    return Promise.resolve()
  }

  close(): Promise<void> {
    if (this.currentState === 'closed' || this.currentState === 'disconnected') {
      return Promise.resolve()
    }
    this.pendingRead?.reject(new TransportError('TRANSPORT_CANCELED', 'memory stream closed'))
    this.received = []
    this.setState('closed')
    return Promise.resolve()
  }

  async write(data: Uint8Array, options: IoOptions = {}): Promise<void> {
    this.usable('write')
    options.signal?.throwIfAborted()
    if (this.writing) throw new TransportError('TRANSPORT_BUSY', 'a write is in flight')
    this.writing = true
    try {
      const copy = Buffer.from(data)
      this.written.push(copy)
      await new Promise(resolve => setImmediate(resolve))
      if (!this.far.mute) for (const listener of this.listeners) listener(copy)
    } finally {
      this.writing = false
    }
  }

  async read(options: IoOptions = {}): Promise<Buffer> {
    this.usable('read')
    if (this.pendingRead !== undefined)
      throw new TransportError('TRANSPORT_BUSY', 'a read is pending')
    if (this.received.length > 0) return this.take()
    const pending = pendingIo<Buffer>('memory read', options)
    this.pendingRead = pending
    try {
      return await pending.promise
    } finally {
      if (this.pendingRead === pending) this.pendingRead = undefined
    }
  }

  drain(): Promise<void> {
    this.usable('drain')
    return Promise.resolve()
  }

  /** The device goes away: what a pulled USB-UART cable does. */
  disconnect(): void {
    if (this.currentState !== 'open') return
    const error = new TransportError('TRANSPORT_DISCONNECTED', 'the memory device went away')
    this.setState('disconnected')
    this.pendingRead?.reject(error)
    this.events.emit('disconnect', error)
  }

  private deliver(bytes: Buffer): void {
    // Bytes for a closed port are lost, as on a real line.
    if (this.currentState !== 'open') return
    this.received.push(bytes)
    const pending = this.pendingRead
    if (pending === undefined) return
    this.pendingRead = undefined
    pending.resolve(this.take())
  }

  private take(): Buffer {
    const data = Buffer.concat(this.received)
    this.received = []
    return data
  }

  private usable(operation: string): void {
    if (this.currentState === 'disconnected') {
      throw new TransportError('TRANSPORT_DISCONNECTED', `memory ${operation}: the device is gone`)
    }
    if (this.currentState !== 'open') {
      throw new TransportError('TRANSPORT_CANCELED', `memory ${operation}: not open`)
    }
  }

  private setState(state: TransportState): void {
    if (state === this.currentState) return
    this.currentState = state
    this.events.emit('state', state)
  }
}
