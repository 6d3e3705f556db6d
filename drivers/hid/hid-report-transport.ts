import { EventEmitter } from 'node:events'
import { HIDAsync } from 'node-hid'
import { TransportError } from '../core/errors'
import { closeError, type CloseReason } from '../transport/close-reason'
import type {
  IoOptions,
  PortInfo,
  ReportTransport,
  TransportEvents,
  TransportState,
} from '../transport/types'

/** The part of node-hid's HIDAsync this transport uses, so tests can pass a fake. */
export type HidHandle = Pick<
  HIDAsync,
  'read' | 'write' | 'close' | 'sendFeatureReport' | 'getFeatureReport' | 'on'
>

export interface HidReportTransportOptions {
  /** Opens the device; defaults to `HIDAsync.open(path)`. */
  readonly openDevice?: (path: string) => Promise<HidHandle>
  /**
   * node-hid cannot abort a native read, so a read waits in slices of at most this many ms and
   * checks for abort or close between them. Default 100.
   */
  readonly readSliceMs?: number
}

/**
 * A ReportTransport over node-hid. One read and one write may be in flight at a time (a second
 * one rejects TRANSPORT_BUSY). A failing read or write after open means the device is gone: the
 * transport becomes 'disconnected', emits 'disconnect' once, and later I/O rejects
 * TRANSPORT_DISCONNECTED.
 */
export class HidReportTransport implements ReportTransport {
  readonly kind = 'hid'
  readonly events = new EventEmitter<TransportEvents>()
  private currentState: TransportState = 'closed'
  private device: HidHandle | undefined
  private reading = false
  /** Why the last close() came, for a read it ends. */
  private closedBy: CloseReason = 'closed'
  private writing = false
  private readonly openDevice: (path: string) => Promise<HidHandle>
  private readonly readSliceMs: number

  constructor(
    readonly info: PortInfo,
    options: HidReportTransportOptions = {},
  ) {
    this.openDevice = options.openDevice ?? (path => HIDAsync.open(path))
    this.readSliceMs = options.readSliceMs ?? 100
  }

  get state(): TransportState {
    return this.currentState
  }

  /** Rejects TRANSPORT_OPEN_FAILED; a transport that is already open stays as it is. */
  async open(options: IoOptions = {}): Promise<void> {
    if (this.currentState === 'open') return
    options.signal?.throwIfAborted()
    this.setState('opening')
    try {
      const device = await this.openDevice(this.info.path)
      // node-hid emits 'error' only in its 'data' mode, which we never use; the listener is
      // there because an unhandled 'error' would end the process.
      device.on('error', () => undefined)
      this.device = device
      this.setState('open')
    } catch (error) {
      this.setState('closed')
      throw new TransportError('TRANSPORT_OPEN_FAILED', 'cannot open the HID device', {
        cause: error,
      })
    }
  }

  async close(reason: CloseReason = 'closed'): Promise<void> {
    const device = this.device
    this.closedBy = reason
    this.device = undefined
    if (this.currentState === 'closed') return
    const wasDisconnected = this.currentState === 'disconnected'
    this.setState('closing')
    try {
      await device?.close()
    } catch {
      // Closing a device that was unplugged fails; there is nothing left to release.
    }
    this.setState(wasDisconnected ? 'disconnected' : 'closed')
  }

  async write(report: Uint8Array, options: IoOptions = {}): Promise<void> {
    const device = this.usable('write')
    if (this.writing) throw new TransportError('TRANSPORT_BUSY', 'a HID write is in flight')
    options.signal?.throwIfAborted()
    this.writing = true
    try {
      await device.write(Buffer.from(report))
    } catch (error) {
      throw this.lost(error)
    } finally {
      this.writing = false
    }
  }

  async read(options: IoOptions = {}): Promise<Buffer> {
    const device = this.usable('read')
    if (this.reading) throw new TransportError('TRANSPORT_BUSY', 'a HID read is pending')
    this.reading = true
    const deadline = options.timeoutMs === undefined ? undefined : Date.now() + options.timeoutMs
    try {
      for (;;) {
        if (options.signal?.aborted === true) {
          throw new TransportError('TRANSPORT_CANCELED', 'HID read aborted')
        }
        if (this.device !== device) {
          throw closeError(this.closedBy, 'HID transport closed during read')
        }
        const left = deadline === undefined ? this.readSliceMs : deadline - Date.now()
        if (left <= 0) {
          throw new TransportError(
            'TRANSPORT_TIMEOUT',
            `Timeout after ${options.timeoutMs}ms [hid read]`,
          )
        }
        let report: Buffer | undefined
        try {
          report = await device.read(Math.min(left, this.readSliceMs))
        } catch (error) {
          if (this.device !== device) {
            throw closeError(this.closedBy, 'HID transport closed during read')
          }
          throw this.lost(error)
        }
        if (report !== undefined && report.length > 0) return report
      }
    } finally {
      this.reading = false
    }
  }

  async sendFeatureReport(report: Uint8Array): Promise<void> {
    const device = this.usable('sendFeatureReport')
    try {
      await device.sendFeatureReport(Buffer.from(report))
    } catch (error) {
      throw this.lost(error)
    }
  }

  async getFeatureReport(reportId: number, length: number): Promise<Buffer> {
    const device = this.usable('getFeatureReport')
    try {
      return await device.getFeatureReport(reportId, length)
    } catch (error) {
      throw this.lost(error)
    }
  }

  private usable(operation: string): HidHandle {
    if (this.currentState === 'disconnected') {
      throw new TransportError('TRANSPORT_DISCONNECTED', `HID ${operation}: the device is gone`)
    }
    const device = this.device
    if (device === undefined || this.currentState !== 'open') {
      throw new TransportError('TRANSPORT_CANCELED', `HID ${operation}: the transport is not open`)
    }
    return device
  }

  /**
   * hidapi reports an unplugged device only as a failing read or write, with no distinct error
   * code, so any I/O failure on an open handle is treated as the device going away.
   */
  private lost(cause: unknown): TransportError {
    const error = new TransportError('TRANSPORT_DISCONNECTED', 'the HID device is gone', { cause })
    if (this.currentState === 'open') {
      const device = this.device
      this.device = undefined
      this.setState('disconnected')
      this.events.emit('disconnect', error)
      device?.close().catch(() => undefined)
    }
    return error
  }

  private setState(state: TransportState): void {
    if (state === this.currentState) return
    this.currentState = state
    this.events.emit('state', state)
  }
}
