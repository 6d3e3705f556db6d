import { AgentError, TransportError } from '../../core/errors'
import type {
  AttentionCondition,
  FaultCondition,
  MediumPosition,
  PrinterStatus,
} from '../../core/printer'

/**
 * The status block every reply carries (32 bytes, big-endian) and the reply status codes,
 * as docs/page-printer-protocol.md defines them.
 */

export const STATUS_BLOCK_LENGTH = 32

/** Booklet position byte. 'feeder': picked but stuck at the feeder mouth (a jam at feed). */
export const WIRE_POSITIONS = [
  'none',
  'feeder',
  'chip-station',
  'print',
  'output',
  'reject',
] as const
export type WirePosition = (typeof WIRE_POSITIONS)[number]

export const ACTIVITIES = ['idle', 'moving', 'printing', 'receiving-image'] as const
export type Activity = (typeof ACTIVITIES)[number]

/** Attention flag bits (status block bytes 2–3), bit 0 first. */
export const ATTENTION_BITS: readonly AttentionCondition[] = [
  'cover-open',
  'feeder-empty',
  'ribbon-ended',
  'no-ribbon',
  'reject-box-full',
  'output-full',
]

/** Fault flag bits (status block bytes 4–5), bit 0 first. */
export const FAULT_BITS: readonly FaultCondition[] = [
  'jam',
  'mechanical',
  'head-temperature',
  'ribbon-error',
]

export interface WireStatus {
  readonly position: WirePosition
  readonly activity: Activity
  readonly attention: readonly AttentionCondition[]
  readonly faults: readonly FaultCondition[]
  readonly headTemperatureC: number
  readonly inputRemaining: number
  readonly ribbonRemaining: number
  readonly rejectCount: number
  readonly rejectCapacity: number
  readonly counters: {
    readonly fed: number
    readonly printed: number
    readonly ejected: number
    readonly rejected: number
  }
}

/**
 * Decodes a status block. TRANSPORT_IO 'truncated' when shorter than STATUS_BLOCK_LENGTH,
 * 'bad-status' for a position or activity code the protocol does not define. Unknown flag bits
 * are ignored: a later firmware may add conditions.
 */
export function decodeStatusBlock(bytes: Buffer): WireStatus {
  if (bytes.length < STATUS_BLOCK_LENGTH) {
    throw new TransportError('TRANSPORT_IO', 'page printer: the status block is short', {
      details: { reason: 'truncated', bytes: bytes.length },
    })
  }
  const position = WIRE_POSITIONS[bytes[0] ?? 0xff]
  const activity = ACTIVITIES[bytes[1] ?? 0xff]
  if (position === undefined || activity === undefined) {
    throw new TransportError('TRANSPORT_IO', 'page printer: an undefined position or activity', {
      details: {
        reason: 'bad-status',
        value: position === undefined ? (bytes[0] ?? -1) : (bytes[1] ?? -1),
      },
    })
  }
  return {
    position,
    activity,
    attention: flags(bytes.readUInt16BE(2), ATTENTION_BITS),
    faults: flags(bytes.readUInt16BE(4), FAULT_BITS),
    headTemperatureC: bytes[6] ?? 0,
    inputRemaining: bytes.readUInt16BE(8),
    ribbonRemaining: bytes.readUInt16BE(10),
    rejectCount: bytes.readUInt16BE(12),
    rejectCapacity: bytes.readUInt16BE(14),
    counters: {
      fed: bytes.readUInt32BE(16),
      printed: bytes.readUInt32BE(20),
      ejected: bytes.readUInt32BE(24),
      rejected: bytes.readUInt32BE(28),
    },
  }
}

/**
 * The capability's view. Only the chip station and the print head are places a booklet waits;
 * 'feeder' (a misfeed, which the 'jam' fault accompanies), 'output' and 'reject' are not
 * positions of the capability and read as 'none'.
 */
export function toPrinterStatus(wire: WireStatus): PrinterStatus {
  return {
    position: POSITION_MAP[wire.position],
    attention: wire.attention,
    faults: wire.faults,
    feederRemaining: wire.inputRemaining,
    ribbonRemaining: wire.ribbonRemaining,
    counters: wire.counters,
  }
}

const POSITION_MAP: Readonly<Record<WirePosition, MediumPosition>> = {
  none: 'none',
  feeder: 'none',
  'chip-station': 'contactless',
  print: 'print',
  output: 'none',
  reject: 'none',
}

function flags<T>(word: number, bits: readonly T[]): T[] {
  return bits.filter((_, bit) => (word & (1 << bit)) !== 0)
}

/** Reply status codes (the first payload byte of every reply). */
export const STATUS_CODE = {
  ok: 0x00,
  'unknown-command': 0x10,
  'bad-parameter': 0x11,
  'print-sequence': 0x12,
  'image-crc': 0x13,
  unsupported: 0x14,
  'no-booklet': 0x20,
  'booklet-inside': 0x21,
  'cover-open': 0x30,
  'feeder-empty': 0x31,
  'ribbon-ended': 0x32,
  'no-ribbon': 0x33,
  'reject-box-full': 0x34,
  'output-full': 0x35,
  jam: 0x40,
  mechanical: 0x41,
  'head-temperature': 0x42,
  'ribbon-error': 0x43,
} as const

export type StatusName = keyof typeof STATUS_CODE

const NAMES = new Map<number, StatusName>(
  Object.entries(STATUS_CODE).map(([name, code]) => [code, name as StatusName]),
)

export function statusName(code: number): StatusName | undefined {
  return NAMES.get(code)
}

/**
 * The error a non-ok status code means for `command`: PRINTER_ATTENTION / PRINTER_FAULT with
 * details.condition, BAD_STATE with details.reason, TRANSPORT_IO for a request the printer
 * found malformed ('printer-refused') or an image that arrived damaged ('image-crc').
 */
export function statusError(code: number, command: string): AgentError {
  const name = statusName(code)
  const details = { step: command, status: code }
  switch (name) {
    case 'cover-open':
    case 'feeder-empty':
    case 'ribbon-ended':
    case 'no-ribbon':
    case 'reject-box-full':
    case 'output-full':
      return new AgentError('PRINTER_ATTENTION', `page printer ${command}: ${name}`, {
        details: { ...details, condition: name },
      })
    case 'jam':
    case 'mechanical':
    case 'head-temperature':
    case 'ribbon-error':
      return new AgentError('PRINTER_FAULT', `page printer ${command}: ${name}`, {
        details: { ...details, condition: name },
      })
    case 'no-booklet':
      return new AgentError('BAD_STATE', `page printer ${command}: no booklet inside`, {
        details: { ...details, reason: 'no-medium' },
      })
    case 'booklet-inside':
      return new AgentError('BAD_STATE', `page printer ${command}: a booklet is inside`, {
        details: { ...details, reason: 'medium-inside' },
      })
    case 'image-crc':
      return new TransportError(
        'TRANSPORT_IO',
        `page printer ${command}: the image arrived damaged`,
        {
          details: { ...details, reason: 'image-crc' },
        },
      )
    case 'ok':
    case 'unknown-command':
    case 'bad-parameter':
    case 'print-sequence':
    case 'unsupported':
    case undefined:
      return new TransportError(
        'TRANSPORT_IO',
        `page printer ${command}: refused (${name ?? code})`,
        {
          details: { ...details, reason: 'printer-refused' },
        },
      )
  }
}
