import type { EventEmitter } from 'node:events'
import type { TransportError } from '../core/errors'
import type { CloseReason } from './close-reason'

export type TransportKind = 'pcsc' | 'hid' | 'serial'

/** What a provider knows about a port before opening it. */
export interface PortInfo {
  readonly kind: TransportKind
  /** Reader name (pcsc), hid path, or tty path (serial). Unique within its kind. */
  readonly path: string
  readonly vendorId?: number
  readonly productId?: number
  readonly serialNumber?: string
  readonly product?: string
  /** Which provider found it, e.g. 'hid' or 'simulated'. */
  readonly provider?: string
}

export type TransportState = 'closed' | 'opening' | 'open' | 'closing' | 'disconnected'

/** Transports never emit 'error': a lost device is a 'disconnect' with a typed error. */
export interface TransportEvents {
  state: [state: TransportState]
  disconnect: [error: TransportError]
}

export interface IoOptions {
  readonly signal?: AbortSignal
  readonly timeoutMs?: number
}

// `Record<keyof E, unknown[]>` restates what Node's EventEmitter<E> requires of a generic event
// map; without it the interface does not compile against @types/node 20.
export interface Transport<
  K extends TransportKind,
  E extends TransportEvents & Record<keyof E, unknown[]> = TransportEvents,
> {
  readonly kind: K
  readonly info: PortInfo
  readonly state: TransportState
  readonly events: EventEmitter<E>
  /** Rejects with TRANSPORT_OPEN_FAILED or TRANSPORT_UNAVAILABLE. */
  open(options?: IoOptions): Promise<void>
  /**
   * Idempotent. Pending I/O rejects with TRANSPORT_CANCELED, or TRANSPORT_DISCONNECTED when the
   * reason is 'detached' (the device left).
   */
  close(reason?: CloseReason): Promise<void>
}

/** Serial: a byte stream. One write in flight and one read pending; overlap rejects TRANSPORT_BUSY. */
export interface ByteStream extends Transport<'serial'> {
  write(data: Uint8Array, options?: IoOptions): Promise<void>
  read(options?: IoOptions): Promise<Buffer>
  drain(): Promise<void>
}

/** HID: whole reports (node-hid). The first byte of an output report is the report id. */
export interface ReportTransport extends Transport<'hid'> {
  write(report: Uint8Array, options?: IoOptions): Promise<void>
  /** One input report. */
  read(options?: IoOptions): Promise<Buffer>
  sendFeatureReport(report: Uint8Array): Promise<void>
  getFeatureReport(reportId: number, length: number): Promise<Buffer>
}

export type CardPresence =
  { readonly present: false } | { readonly present: true; readonly atr: Buffer }

export interface ApduTransportEvents extends TransportEvents {
  card: [presence: CardPresence]
}

/** PC/SC reader. Status words are interpreted above this layer. */
export interface ApduTransport extends Transport<'pcsc', ApduTransportEvents> {
  readonly card: CardPresence
  connect(
    options?: { readonly share?: 'shared' | 'exclusive' } & IoOptions,
  ): Promise<{ readonly protocol: 'T0' | 'T1' }>
  /**
   * Ends the card session. Bounded by `options.timeoutMs` (the transport's default otherwise):
   * pcsc-lite serialises calls on a handle, so a disconnect waits behind a transmit a mute card
   * never answers.
   */
  disconnect(
    disposition: 'leave' | 'reset' | 'unpower' | 'eject',
    options?: IoOptions,
  ): Promise<void>
  /** Returns data ‖ SW1 SW2. */
  transmit(command: Uint8Array, options?: IoOptions): Promise<Buffer>
  control(code: number, data: Uint8Array, options?: IoOptions): Promise<Buffer>
}

export type AnyTransport = ByteStream | ReportTransport | ApduTransport

export interface PortChange {
  readonly type: 'attached' | 'detached'
  readonly info: PortInfo
}

/**
 * Finds ports of one kind and follows hot-plug. `watch` yields changes after the call (not the
 * ports `list` already returned) until `signal` aborts; it never throws for a missing subsystem:
 * it yields nothing until the subsystem comes back, and logs why.
 */
export interface TransportProvider<T extends AnyTransport = AnyTransport> {
  /** e.g. 'pcsc', 'hid', 'serial', 'simulated'. */
  readonly name: string
  list(): Promise<readonly PortInfo[]>
  open(info: PortInfo): Promise<T>
  watch(signal: AbortSignal): AsyncIterable<PortChange>
}
