import { TransportError } from '../../core/errors'

/**
 * Packet framing of the R30x/ZFM serial module protocol (R305, R307, R503, ZFM-20, AS608,
 * FPM10A), every multi-byte field big-endian:
 *
 *   EF 01 | ADDRESS (4) | PID (1) | LEN (2) | PAYLOAD (LEN − 2) | SUM (2)
 *
 * LEN counts the payload and the checksum; SUM is the low 16 bits of PID + both LEN bytes + every
 * payload byte. The address is not covered by the checksum.
 */

/** The two bytes every packet starts with. */
export const START_CODE = 0xef01

/** The address a module answers to until SetAdder changes it. */
export const DEFAULT_ADDRESS = 0xffffffff

/** Start code, address, PID and LEN: the bytes before the payload. */
export const HEADER_LENGTH = 9

/**
 * The largest payload a packet may carry: a data packet of the largest packet size the modules
 * offer (256). Command and acknowledge payloads are far shorter. A longer LEN is a corrupt
 * header, not a reason to wait for 64 KiB that will never come.
 */
export const MAX_PAYLOAD = 256

/** Packet identifiers (the PID byte). */
export const PACKET_ID = {
  command: 0x01,
  data: 0x02,
  ack: 0x07,
  'end-data': 0x08,
} as const

export type PacketKind = keyof typeof PACKET_ID

export interface Packet {
  readonly address: number
  readonly kind: PacketKind
  readonly payload: Buffer
}

/** Why bytes are not a packet: the value of `details.reason` on the TRANSPORT_IO error. */
export type PacketFault = 'bad-header' | 'bad-length' | 'bad-packet-id' | 'bad-checksum'

/** The checksum of a packet with this PID and payload. */
export function packetChecksum(packetId: number, payload: Uint8Array): number {
  const length = payload.length + 2
  let sum = packetId + (length >> 8) + (length & 0xff)
  for (const byte of payload) sum += byte
  return sum & 0xffff
}

/** The bytes of one packet. Throws RangeError for a payload over MAX_PAYLOAD (a caller bug). */
export function encodePacket(packet: Packet): Buffer {
  if (packet.payload.length > MAX_PAYLOAD) {
    throw new RangeError(`an R30x payload holds at most ${MAX_PAYLOAD} bytes`)
  }
  const packetId = PACKET_ID[packet.kind]
  const bytes = Buffer.alloc(HEADER_LENGTH + packet.payload.length + 2)
  bytes.writeUInt16BE(START_CODE, 0)
  bytes.writeUInt32BE(packet.address >>> 0, 2)
  bytes[6] = packetId
  bytes.writeUInt16BE(packet.payload.length + 2, 7)
  Buffer.from(packet.payload).copy(bytes, HEADER_LENGTH)
  bytes.writeUInt16BE(packetChecksum(packetId, packet.payload), bytes.length - 2)
  return bytes
}

/** A packet decoded from the front of a buffer and how many bytes it took. */
export interface DecodedPacket {
  readonly packet: Packet
  readonly length: number
}

/**
 * Decodes the packet at the start of `bytes`. Returns undefined while the bytes are a valid
 * beginning of a packet but not yet all of it. Throws TransportError TRANSPORT_IO with
 * `details.reason` a PacketFault as soon as the bytes cannot be one: 'bad-header' (not EF 01),
 * 'bad-length' (LEN below 2 or above MAX_PAYLOAD + 2), 'bad-packet-id', 'bad-checksum'. Never
 * throws anything else, whatever the input.
 */
export function decodePacket(bytes: Uint8Array): DecodedPacket | undefined {
  if (bytes.length >= 1 && bytes[0] !== START_CODE >> 8) throw fault('bad-header', bytes[0])
  if (bytes.length >= 2 && bytes[1] !== (START_CODE & 0xff)) throw fault('bad-header', bytes[1])
  if (bytes.length < HEADER_LENGTH) return undefined
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  const packetId = view[6] ?? 0
  const kind = packetKind(packetId)
  if (kind === undefined) throw fault('bad-packet-id', packetId)
  const declared = view.readUInt16BE(7)
  if (declared < 2 || declared > MAX_PAYLOAD + 2) throw fault('bad-length', declared)
  const length = HEADER_LENGTH + declared
  if (view.length < length) return undefined
  const payload = Buffer.from(view.subarray(HEADER_LENGTH, length - 2))
  const received = view.readUInt16BE(length - 2)
  const expected = packetChecksum(packetId, payload)
  if (received !== expected) throw fault('bad-checksum', received)
  return { packet: { address: view.readUInt32BE(2), kind, payload }, length }
}

/** The kind of a PID byte, or undefined for a PID the protocol does not define. */
export function packetKind(packetId: number): PacketKind | undefined {
  switch (packetId) {
    case PACKET_ID.command:
      return 'command'
    case PACKET_ID.data:
      return 'data'
    case PACKET_ID.ack:
      return 'ack'
    case PACKET_ID['end-data']:
      return 'end-data'
    default:
      return undefined
  }
}

/** True for the TRANSPORT_IO error decodePacket throws. */
export function isPacketFault(error: unknown): error is TransportError {
  return (
    error instanceof TransportError &&
    error.code === 'TRANSPORT_IO' &&
    typeof error.details.reason === 'string' &&
    PACKET_FAULTS.has(error.details.reason)
  )
}

const PACKET_FAULTS: ReadonlySet<string> = new Set<PacketFault>([
  'bad-header',
  'bad-length',
  'bad-packet-id',
  'bad-checksum',
])

const FAULT_MESSAGES: Readonly<Record<PacketFault, string>> = {
  'bad-header': 'the bytes do not start with the EF 01 start code',
  'bad-length': 'the packet length is out of range',
  'bad-packet-id': 'the packet identifier is not one the protocol defines',
  'bad-checksum': 'the packet checksum does not match its contents',
}

function fault(reason: PacketFault, value: number | undefined): TransportError {
  return new TransportError('TRANSPORT_IO', `R30x packet: ${FAULT_MESSAGES[reason]}`, {
    details: { reason, value: value ?? -1 },
  })
}
