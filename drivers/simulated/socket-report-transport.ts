import { EventEmitter } from 'node:events'
import { connect, type Socket } from 'node:net'
import { TransportError } from '../core/errors'
import { closeError, type CloseReason } from '../transport/close-reason'
import { pendingIo, type PendingIo } from '../transport/pending-io'
import type {
  IoOptions,
  PortInfo,
  ReportTransport,
  TransportEvents,
  TransportState,
} from '../transport/types'
import { encodeFrame, FRAME_TYPE, FrameDecoder, type ReportFrame } from './report-frames'

/**
 * A ReportTransport to a simulated HID device over a Unix socket (framing in report-frames.ts).
 * Same contract as the node-hid transport: input reports are queued from open, one read and one
 * write at a time (overlap rejects TRANSPORT_BUSY), and the socket closing without close()
 * being called is a 'disconnect' with TRANSPORT_DISCONNECTED.
 */
export class SocketReportTransport implements ReportTransport {
  readonly kind = 'hid'
  readonly events = new EventEmitter<TransportEvents>()
  private currentState: TransportState = 'closed'
  private socket: Socket | undefined
  private readonly inputReports: Buffer[] = []
  private pendingRead: PendingIo<Buffer> | undefined
  private pendingFeature: PendingIo<Buffer> | undefined
  private writing = false

  constructor(
    readonly info: PortInfo,
    private readonly socketPath: string,
  ) {}

  get state(): TransportState {
    return this.currentState
  }

  /** Rejects TRANSPORT_OPEN_FAILED when nothing listens on the socket. */
  async open(options: IoOptions = {}): Promise<void> {
    if (this.currentState === 'open') return
    this.setState('opening')
    const connecting = pendingIo<Socket>('connect to the simulated device', options)
    const socket = connect(this.socketPath)
    const onError = (error: Error): void => {
      connecting.reject(
        new TransportError('TRANSPORT_OPEN_FAILED', 'cannot reach the simulated device', {
          cause: error,
        }),
      )
    }
    socket.once('error', onError)
    socket.once('connect', () => {
      connecting.resolve(socket)
    })
    try {
      await connecting.promise
    } catch (error) {
      socket.destroy()
      this.setState('closed')
      throw error instanceof TransportError && error.code === 'TRANSPORT_OPEN_FAILED'
        ? error
        : new TransportError('TRANSPORT_OPEN_FAILED', 'cannot reach the simulated device', {
            cause: error,
          })
    }
    socket.off('error', onError)
    const decoder = new FrameDecoder()
    socket.on('data', chunk => {
      try {
        for (const frame of decoder.push(chunk)) this.onFrame(frame)
      } catch (error) {
        // A device that breaks the framing is as good as gone.
        socket.destroy(error instanceof Error ? error : undefined)
      }
    })
    // 'close' follows every 'error'; the listener keeps the error from ending the process.
    socket.on('error', () => undefined)
    socket.on('close', () => {
      this.onSocketClosed(socket)
    })
    this.socket = socket
    this.setState('open')
  }

  async close(reason: CloseReason = 'closed'): Promise<void> {
    const socket = this.socket
    this.socket = undefined
    if (this.currentState === 'closed' || this.currentState === 'disconnected') return
    this.setState('closing')
    this.failPending(closeError(reason, 'simulated HID transport closed'))
    if (socket !== undefined && !socket.destroyed) {
      await new Promise<void>(resolve => {
        socket.once('close', () => {
          resolve()
        })
        socket.destroy()
      })
    }
    this.inputReports.length = 0
    this.setState('closed')
  }

  async write(report: Uint8Array, options: IoOptions = {}): Promise<void> {
    if (this.writing) throw new TransportError('TRANSPORT_BUSY', 'a HID write is in flight')
    this.writing = true
    try {
      await this.send(FRAME_TYPE.OUTPUT, report, options)
    } finally {
      this.writing = false
    }
  }

  async read(options: IoOptions = {}): Promise<Buffer> {
    this.usable('read')
    if (this.pendingRead !== undefined) {
      throw new TransportError('TRANSPORT_BUSY', 'a HID read is pending')
    }
    const queued = this.inputReports.shift()
    if (queued !== undefined) return queued
    const pending = pendingIo<Buffer>('simulated HID read', options)
    this.pendingRead = pending
    try {
      return await pending.promise
    } finally {
      if (this.pendingRead === pending) this.pendingRead = undefined
    }
  }

  async sendFeatureReport(report: Uint8Array): Promise<void> {
    await this.send(FRAME_TYPE.SET_FEATURE, report, {})
  }

  async getFeatureReport(reportId: number, length: number): Promise<Buffer> {
    if (this.pendingFeature !== undefined) {
      throw new TransportError('TRANSPORT_BUSY', 'a feature report request is pending')
    }
    const request = Buffer.alloc(3)
    request.writeUInt8(reportId, 0)
    request.writeUInt16BE(length, 1)
    const pending = pendingIo<Buffer>('simulated HID feature report', { timeoutMs: 5000 })
    this.pendingFeature = pending
    try {
      await this.send(FRAME_TYPE.GET_FEATURE, request, {})
      return await pending.promise
    } finally {
      if (this.pendingFeature === pending) this.pendingFeature = undefined
    }
  }

  private async send(
    type: 0x01 | 0x03 | 0x04,
    body: Uint8Array,
    options: IoOptions,
  ): Promise<void> {
    const socket = this.usable('write')
    const pending = pendingIo<undefined>('simulated HID write', options)
    socket.write(encodeFrame(type, body), error => {
      if (error === null || error === undefined) pending.resolve(undefined)
      else
        pending.reject(
          new TransportError('TRANSPORT_DISCONNECTED', 'the simulated device is gone', {
            cause: error,
          }),
        )
    })
    await pending.promise
  }

  private onFrame(frame: ReportFrame): void {
    if (frame.type === FRAME_TYPE.INPUT) {
      const pending = this.pendingRead
      if (pending === undefined) this.inputReports.push(frame.body)
      else {
        this.pendingRead = undefined
        pending.resolve(frame.body)
      }
    } else if (frame.type === FRAME_TYPE.FEATURE) {
      const pending = this.pendingFeature
      this.pendingFeature = undefined
      pending?.resolve(frame.body)
    }
  }

  private onSocketClosed(socket: Socket): void {
    if (this.socket !== socket) return
    this.socket = undefined
    const error = new TransportError('TRANSPORT_DISCONNECTED', 'the simulated device is gone')
    this.setState('disconnected')
    this.failPending(error)
    this.events.emit('disconnect', error)
  }

  private failPending(error: TransportError): void {
    this.pendingRead?.reject(error)
    this.pendingFeature?.reject(error)
  }

  private usable(operation: string): Socket {
    if (this.currentState === 'disconnected') {
      throw new TransportError('TRANSPORT_DISCONNECTED', `HID ${operation}: the device is gone`)
    }
    const socket = this.socket
    if (socket === undefined || this.currentState !== 'open') {
      throw new TransportError('TRANSPORT_CANCELED', `HID ${operation}: the transport is not open`)
    }
    return socket
  }

  private setState(state: TransportState): void {
    if (state === this.currentState) return
    this.currentState = state
    this.events.emit('state', state)
  }
}
