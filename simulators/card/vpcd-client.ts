/**
 * The ICC side of vsmartcard's vpcd protocol (vpcd.c / vpcd.h): vpcd listens, the virtual card
 * connects. Every message in both directions is a 2-byte big-endian length and a payload. A
 * 1-byte payload is a control code; anything else is a C-APDU that must be answered by exactly
 * one R-APDU frame. Closing the connection is pulling the card; connecting is inserting it.
 */
import { Socket } from 'node:net'

export const VPCD_CTRL_OFF = 0x00
export const VPCD_CTRL_ON = 0x01
export const VPCD_CTRL_RESET = 0x02
export const VPCD_CTRL_ATR = 0x04

/** What the client needs from a card model. */
export interface VpcdCard {
  readonly atr: Uint8Array
  /** Power off or reset: drop volatile state (selection, session keys), keep persistent data. */
  resetSession(): void
  /**
   * One C-APDU in, one R-APDU (data ‖ SW1 SW2) out; undefined sends nothing, which is how a
   * mute or pulled card behaves.
   */
  process(apdu: Buffer): Uint8Array | undefined
}

export interface VpcdClientOptions {
  readonly host: string
  readonly port: number
  /** First reconnect delay; doubles per failed attempt up to maxBackoffMs. Default 100. */
  readonly minBackoffMs?: number
  /** Default 2000. */
  readonly maxBackoffMs?: number
  /** Connection changes, for the process's own log. */
  readonly onState?: (state: 'connected' | 'disconnected', detail?: string) => void
}

/**
 * Keeps one connection to vpcd alive: pcscd restarting or not yet listening is a normal state,
 * so failures are retried with exponential backoff until stop().
 */
export class VpcdClient {
  private socket: Socket | undefined
  private retryTimer: NodeJS.Timeout | undefined
  private backoffMs: number
  private stopped = false

  constructor(
    private readonly card: VpcdCard,
    private readonly options: VpcdClientOptions,
  ) {
    this.backoffMs = options.minBackoffMs ?? 100
  }

  start(): void {
    this.stopped = false
    this.connect()
  }

  /** Closes the connection (to pcscd, the card is removed) and stops reconnecting. */
  stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.retryTimer)
    this.retryTimer = undefined
    const socket = this.socket
    this.socket = undefined
    if (socket === undefined || socket.destroyed) return Promise.resolve()
    return new Promise(resolve => {
      socket.once('close', () => {
        resolve()
      })
      socket.destroy()
    })
  }

  private connect(): void {
    if (this.stopped) return
    const socket = new Socket()
    this.socket = socket
    let pending: Buffer = Buffer.alloc(0)
    let connected = false
    socket.setNoDelay(true)
    socket.on('connect', () => {
      connected = true
      this.backoffMs = this.options.minBackoffMs ?? 100
      // A fresh insertion starts from a powered-down card.
      this.card.resetSession()
      this.options.onState?.('connected')
    })
    socket.on('data', (chunk: Buffer) => {
      // vpcd may split a large frame across reads; handle only whole frames.
      pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk])
      while (pending.length >= 2) {
        const length = pending.readUInt16BE(0)
        if (pending.length < 2 + length) break
        const message = pending.subarray(2, 2 + length)
        pending = pending.subarray(2 + length)
        this.handle(socket, message)
      }
    })
    socket.on('error', () => {
      // 'close' follows and schedules the retry; the error itself is expected while pcscd is down.
    })
    socket.on('close', () => {
      if (this.socket === socket) this.socket = undefined
      if (connected) this.options.onState?.('disconnected')
      this.scheduleRetry()
    })
    socket.connect(this.options.port, this.options.host)
  }

  private handle(socket: Socket, message: Buffer): void {
    if (message.length === 1) {
      const code = message[0]
      // Only GET ATR is answered; OFF, ON and RESET expect no reply.
      if (code === VPCD_CTRL_ATR) send(socket, this.card.atr)
      else if (code === VPCD_CTRL_OFF || code === VPCD_CTRL_RESET) this.card.resetSession()
      return
    }
    const response = this.card.process(message)
    // The card may have been pulled while answering: the socket is gone, nothing to send.
    if (response !== undefined && !socket.destroyed) send(socket, response)
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer !== undefined) return
    const delay = this.backoffMs
    this.backoffMs = Math.min(delay * 2, this.options.maxBackoffMs ?? 2000)
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined
      this.connect()
    }, delay)
  }
}

/** One write per frame, so the length and payload leave in one segment. */
function send(socket: Socket, payload: Uint8Array): void {
  if (payload.length > 0xffff) throw new RangeError('vpcd frames carry at most 65535 bytes')
  const frame = Buffer.allocUnsafe(2 + payload.length)
  frame.writeUInt16BE(payload.length, 0)
  frame.set(payload, 2)
  socket.write(frame)
}
