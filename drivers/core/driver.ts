import type { EventEmitter } from 'node:events'
import type { CloseReason } from '../transport/close-reason'
import type { Clock } from './clock'
import type { ErrorCode } from './error-codes'
import type { Logger } from './logger'
import type {
  AnyTransport,
  ApduTransport,
  IoOptions,
  PortInfo,
  TransportKind,
} from '../transport/types'

export type DeviceKind = 'card-encoder' | 'fingerprint-scanner' | 'card-printer' | 'page-printer'

/** One row of a driver's match table (libfprint's id_table). */
export type DeviceMatch =
  | { readonly vendorId: number; readonly productId: number }
  | { readonly readerName: RegExp }
  | { readonly productName: RegExp }
  | { readonly path: RegExp }

export interface DriverContext {
  readonly logger: Logger
  readonly clock: Clock
  /** The driver's own configuration slice; the driver validates it. */
  readonly options: Readonly<Record<string, unknown>>
}

export interface DriverDescriptor<D extends DeviceDriver = DeviceDriver> {
  /** kebab-case, equals the driver's folder name. */
  readonly id: string
  readonly fullName: string
  readonly kind: DeviceKind
  readonly transport: TransportKind
  readonly idTable: readonly DeviceMatch[]
  /** 0 = unsupported; default 50 when a table row matches; the highest score wins. */
  score?(info: PortInfo): number
  create(transport: AnyTransport, context: DriverContext): D
}

export type DeviceStatus =
  | { readonly state: 'closed' | 'opening' | 'ready' | 'disconnected' }
  | { readonly state: 'busy'; readonly operation: string }
  | { readonly state: 'attention' | 'error'; readonly code: ErrorCode; readonly message: string }

export interface DeviceDriverEvents {
  status: [status: DeviceStatus]
}

export interface DeviceDriver {
  /** `${driverId}:${serialNumber ?? path}`. */
  readonly id: string
  readonly descriptor: DriverDescriptor
  readonly info: PortInfo
  readonly events: EventEmitter<DeviceDriverEvents>
  open(options?: IoOptions): Promise<void>
  /** Idempotent. 'detached': the device left, and what waited on it failed disconnected. */
  close(reason?: CloseReason): Promise<void>
  /** Cached; 'status' is emitted only on change. */
  status(): DeviceStatus
}

/**
 * A card encoder reached through PC/SC (vxsuite-style capability): the card service talks to the
 * card through `apdu` instead of reaching into a driver's internals.
 */
export interface SmartcardEncoderDriver extends DeviceDriver {
  readonly apdu: ApduTransport
  /** The longest encoded command APDU the reader passes on. */
  readonly maxCommandLength: number
}

/** Whether a driver offers the smart-card encoder capability. */
export function isSmartcardEncoder(driver: DeviceDriver): driver is SmartcardEncoderDriver {
  const candidate = driver as Partial<SmartcardEncoderDriver>
  return candidate.apdu?.kind === 'pcsc' && typeof candidate.maxCommandLength === 'number'
}
