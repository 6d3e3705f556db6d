import { EventEmitter } from 'node:events'
import type {
  DeviceDriver,
  DeviceDriverEvents,
  DeviceStatus,
  DriverContext,
  DriverDescriptor,
} from './driver'
import { toAgentError } from './errors'
import type { CloseReason } from '../transport/close-reason'
import type { AnyTransport, IoOptions, PortInfo } from '../transport/types'

/**
 * The smallest useful driver: it owns a transport and reports its state, nothing more. Families
 * whose commands are not written yet use it so the registry can already list and watch them.
 */
export class BasicDevice implements DeviceDriver {
  readonly id: string
  readonly info: PortInfo
  readonly events = new EventEmitter<DeviceDriverEvents>()
  private current: DeviceStatus = { state: 'closed' }
  protected readonly onDisconnect = (): void => {
    this.setStatus({ state: 'disconnected' })
  }

  constructor(
    readonly descriptor: DriverDescriptor,
    readonly transport: AnyTransport,
    protected readonly context: DriverContext,
  ) {
    this.info = transport.info
    this.id = `${descriptor.id}:${transport.info.serialNumber ?? transport.info.path}`
  }

  /**
   * Opens the transport, then lets the driver greet its device (`afterOpen`): status 'opening'
   * then 'ready'. On failure the transport is closed again if it had opened, the status becomes
   * 'error' with the code, and the error is rethrown. A later transport 'disconnect' sets
   * 'disconnected'; reopening is the caller's decision.
   */
  async open(options: IoOptions = {}): Promise<void> {
    this.setStatus({ state: 'opening' })
    this.transport.events.off('disconnect', this.onDisconnect)
    this.transport.events.on('disconnect', this.onDisconnect)
    let opened = false
    try {
      await this.transport.open(options)
      opened = true
      await this.afterOpen?.(options)
    } catch (error) {
      const failure = toAgentError(error, 'TRANSPORT_OPEN_FAILED')
      this.transport.events.off('disconnect', this.onDisconnect)
      if (opened) await this.transport.close().catch(() => undefined)
      this.setStatus({ state: 'error', code: failure.code, message: failure.message })
      this.context.logger.warn('device open failed', {
        event: 'device.open-failed',
        driver: this.descriptor.id,
        code: failure.code,
        err: failure,
      })
      throw failure
    }
    // A close() or unplug that landed while the transport was opening wins over 'ready'.
    if (this.current.state === 'opening') this.setStatus({ state: 'ready' })
  }

  /**
   * Idempotent; status becomes 'closed' unless the device had already disconnected. 'detached'
   * (the device left) fails pending I/O as TRANSPORT_DISCONNECTED rather than canceled.
   */
  async close(reason: CloseReason = 'closed'): Promise<void> {
    this.transport.events.off('disconnect', this.onDisconnect)
    await this.transport.close(reason)
    this.afterClose?.()
    if (this.current.state !== 'disconnected') this.setStatus({ state: 'closed' })
  }

  status(): DeviceStatus {
    return this.current
  }

  /**
   * What a driver says to its device once the transport is open (GET_INFO, a password…), with
   * open()'s options; a failure fails the open.
   */
  protected afterOpen?(options: IoOptions): Promise<void>

  /** What a driver forgets when it closes. */
  protected afterClose?(): void

  protected setStatus(status: DeviceStatus): void {
    if (sameStatus(this.current, status)) return
    this.current = status
    this.events.emit('status', status)
  }
}

/** Structural equality of two statuses, so repeats are not re-emitted. */
export function sameStatus(a: DeviceStatus, b: DeviceStatus): boolean {
  if (a.state !== b.state) return false
  if ('operation' in a && 'operation' in b) return a.operation === b.operation
  if ('code' in a && 'code' in b) return a.code === b.code && a.message === b.message
  return true
}
