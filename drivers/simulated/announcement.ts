import type { PortInfo, TransportKind } from '../transport/types'

/**
 * What a simulator process writes to `<name>.json` in the announce directory (write to a
 * temporary name, then rename, so readers never see half a file).
 */
export interface Announcement {
  readonly kind: TransportKind
  /** Unique within its kind: a pty path for serial, any stable name for hid. */
  readonly path: string
  readonly vendorId?: number
  readonly productId?: number
  readonly serialNumber?: string
  readonly product?: string
  /** The simulator's process id; the device is detached once it is no longer alive. */
  readonly pid: number
  /** The Unix socket serving the device (hid). */
  readonly socket?: string
}

const KINDS: readonly string[] = ['hid', 'serial', 'pcsc'] satisfies TransportKind[]

/** The announcement in `text`, or undefined when it is not valid JSON of the right shape. */
export function parseAnnouncement(text: string): Announcement | undefined {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const record = value as Record<string, unknown>
  const { kind, path, pid } = record
  if (typeof kind !== 'string' || !KINDS.includes(kind)) return undefined
  if (typeof path !== 'string' || path === '') return undefined
  if (typeof pid !== 'number' || !Number.isSafeInteger(pid) || pid <= 0) return undefined
  const vendorId = optionalId(record.vendorId)
  const productId = optionalId(record.productId)
  const serialNumber = optionalString(record.serialNumber)
  const product = optionalString(record.product)
  const socket = optionalString(record.socket)
  if ([vendorId, productId, serialNumber, product, socket].includes(null)) return undefined
  return {
    kind: kind as TransportKind,
    path,
    pid,
    ...(vendorId == null ? {} : { vendorId }),
    ...(productId == null ? {} : { productId }),
    ...(serialNumber == null ? {} : { serialNumber }),
    ...(product == null ? {} : { product }),
    ...(socket == null ? {} : { socket }),
  }
}

/** The PortInfo a provider reports for an announcement. */
export function announcedPort(announcement: Announcement, provider: string): PortInfo {
  const { kind, path, vendorId, productId, serialNumber, product } = announcement
  return {
    kind,
    path,
    ...(vendorId === undefined ? {} : { vendorId }),
    ...(productId === undefined ? {} : { productId }),
    ...(serialNumber === undefined ? {} : { serialNumber }),
    ...(product === undefined ? {} : { product }),
    provider,
  }
}

// undefined = absent, null = present but invalid.
function optionalId(value: unknown): number | undefined | null {
  if (value === undefined) return undefined
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffff
    ? value
    : null
}

function optionalString(value: unknown): string | undefined | null {
  if (value === undefined) return undefined
  return typeof value === 'string' ? value : null
}
