import { EventEmitter } from 'node:events'
import { SerialPort } from 'serialport'
import { TransportError } from '../core/errors'
import { pollAwaitedEventsTogether } from './awaited-events-poll'
import { installHangupAwareRead } from './hangup-read'
import { closeError, type CloseReason } from '../transport/close-reason'
import { pendingIo, type PendingIo } from '../transport/pending-io'
import type {
  ByteStream,
  IoOptions,
  PortInfo,
  TransportEvents,
  TransportState,
} from '../transport/types'

export interface SerialByteStreamOptions {
  /** Default 9600. Ignored by pseudo-terminals. */
  readonly baudRate?: number
}

/**
 * A ByteStream over serialport. Received bytes are buffered from the moment the port opens, so
 * nothing is lost between two reads; read() returns everything buffered (at least one byte).
 * One write and one read at a time: an overlapping call rejects TRANSPORT_BUSY. When the port
 * closes without close() being called (unplug, or the far end of a pty going away) the stream
 * becomes 'disconnected', emits 'disconnect' once, and pending and later I/O reject
 * TRANSPORT_DISCONNECTED.
 */
export class SerialByteStream implements ByteStream {
  readonly kind = 'serial'
  readonly events = new EventEmitter<TransportEvents>()
  private currentState: TransportState = 'closed'
  private port: SerialPort | undefined
  private received: Buffer[] = []
  private pendingRead: PendingIo<Buffer> | undefined
  private writing = false

  constructor(
    readonly info: PortInfo,
    private readonly options: SerialByteStreamOptions = {},
  ) {}

  get state(): TransportState {
    return this.currentState
  }

  /** Rejects TRANSPORT_OPEN_FAILED (missing path, permissions, already locked). */
  async open(options: IoOptions = {}): Promise<void> {
    if (this.currentState === 'open') return
    options.signal?.throwIfAborted()
    this.setState('opening')
    const port = new SerialPort({
      path: this.info.path,
      baudRate: this.options.baudRate ?? 9600,
      autoOpen: false,
    })
    try {
      await new Promise<void>((resolve, reject) => {
        port.open(error => {
          if (error === null) resolve()
          else reject(error)
        })
      })
    } catch (error) {
      this.setState('closed')
      throw new TransportError('TRANSPORT_OPEN_FAILED', 'cannot open the serial port', {
        cause: error,
      })
    }
    installHangupAwareRead(port.port)
    pollAwaitedEventsTogether(port.port)
    this.port = port
    this.received = []
    // Flowing mode on purpose: serialport notices a vanished device only while it reads.
    port.on('data', (chunk: Buffer) => {
      this.onData(chunk)
    })
    // serialport also reports a lost port as 'error' before 'close'; 'close' is what we act on,
    // and the listener keeps an 'error' from ending the process.
    port.on('error', () => undefined)
    port.on('close', () => {
      this.onPortClosed(port)
    })
    this.setState('open')
  }

  async close(reason: CloseReason = 'closed'): Promise<void> {
    const port = this.port
    this.port = undefined
    // A disconnected stream stays 'disconnected', so its owner can still tell why it ended.
    if (this.currentState === 'closed' || this.currentState === 'disconnected') return
    this.setState('closing')
    this.pendingRead?.reject(closeError(reason, 'serial port closed'))
    if (port?.isOpen === true) {
      await new Promise<void>(resolve => {
        port.close(() => {
          resolve()
        })
      })
    }
    this.received = []
    this.setState('closed')
  }

  /** Resolves once the bytes are handed to the operating system; drain() waits for the wire. */
  async write(data: Uint8Array, options: IoOptions = {}): Promise<void> {
    const port = this.usable('write')
    if (this.writing) throw new TransportError('TRANSPORT_BUSY', 'a serial write is in flight')
    this.writing = true
    const pending = pendingIo<undefined>('serial write', options)
    port.write(Buffer.from(data), error => {
      if (error === null || error === undefined) pending.resolve(undefined)
      else pending.reject(this.failure('serial write failed', error))
    })
    try {
      await pending.promise
    } finally {
      this.writing = false
    }
  }

  /** At least one byte: everything received since the last read. */
  async read(options: IoOptions = {}): Promise<Buffer> {
    this.usable('read')
    if (this.pendingRead !== undefined) {
      throw new TransportError('TRANSPORT_BUSY', 'a serial read is pending')
    }
    if (this.received.length > 0) return this.takeReceived()
    const pending = pendingIo<Buffer>('serial read', options)
    this.pendingRead = pending
    try {
      return await pending.promise
    } finally {
      if (this.pendingRead === pending) this.pendingRead = undefined
    }
  }

  async drain(): Promise<void> {
    const port = this.usable('drain')
    await new Promise<void>((resolve, reject) => {
      port.drain(error => {
        if (error === null) resolve()
        else reject(this.failure('serial drain failed', error))
      })
    })
  }

  private onData(chunk: Buffer): void {
    this.received.push(chunk)
    const pending = this.pendingRead
    if (pending === undefined) return
    this.pendingRead = undefined
    pending.resolve(this.takeReceived())
  }

  private takeReceived(): Buffer {
    const data = Buffer.concat(this.received)
    this.received = []
    return data
  }

  private onPortClosed(port: SerialPort): void {
    // A close we asked for has already cleared `this.port`.
    if (this.port !== port) return
    this.port = undefined
    const error = new TransportError('TRANSPORT_DISCONNECTED', 'the serial port went away')
    this.setState('disconnected')
    this.pendingRead?.reject(error)
    this.events.emit('disconnect', error)
  }

  private usable(operation: string): SerialPort {
    if (this.currentState === 'disconnected') {
      throw new TransportError('TRANSPORT_DISCONNECTED', `serial ${operation}: the port is gone`)
    }
    const port = this.port
    if (port === undefined || this.currentState !== 'open') {
      throw new TransportError('TRANSPORT_CANCELED', `serial ${operation}: the port is not open`)
    }
    return port
  }

  private failure(message: string, cause: Error): TransportError {
    return this.currentState === 'disconnected'
      ? new TransportError('TRANSPORT_DISCONNECTED', message, { cause })
      : new TransportError('TRANSPORT_IO', message, { cause })
  }

  private setState(state: TransportState): void {
    if (state === this.currentState) return
    this.currentState = state
    this.events.emit('state', state)
  }
}
