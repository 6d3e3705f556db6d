import { AgentError } from '../../drivers/core/errors'

/*
 * ISO/IEC 19794-2:2005 finger minutiae record ("FMR\0", version " 20\0"): what a device that
 * computes templates sends, and what the agent writes when it extracts minutiae itself. Written
 * from the layout below, independently of the simulator's encoder, so a misreading on either side
 * fails the cross-implementation test instead of cancelling out.
 *
 * Layout, big-endian (cross-checked with NIST biomdi fingerminutia/src/include/fmr.h: the " 20"
 * version, the view-number/impression-type nibbles, the 0xC000/0x3FFF minutia word masks; and with
 * FingerprintIO Iso19794p2v2005Template/Fingerprint/Minutia: the 24-byte header, resolutions in
 * pixels per centimetre, the 6-byte minutia, the 2-byte extended data length closing each view):
 *
 *   Record header, 24 bytes
 *     4  "FMR\0"                         4  " 20\0"
 *     4  record length, header included
 *     2  capture equipment certification (high 4 bits) and capture device type id (low 12)
 *     2  image width, pixels             2  image height, pixels
 *     2  x resolution, pixels/cm         2  y resolution, pixels/cm (500 ppi is 197)
 *     1  number of finger views          1  reserved
 *   Finger view, 4 + 6n + 2 + e bytes
 *     1  finger position (0 unknown, 1–10)
 *     1  view number (high nibble), impression type (low nibble)
 *     1  finger quality, 0–100
 *     1  number of minutiae n
 *     6n minutiae: type (2 bits: 01 ending, 10 bifurcation, 00 other) + x (14 bits);
 *        reserved (2 bits) + y (14 bits); angle (1 byte, 360/256° units, counter-clockwise from
 *        the x axis as seen on the image, y growing downwards); quality (1 byte, 0–100)
 *     2  extended data block length e, then e bytes (ridge counts, cores and deltas: kept as
 *        bytes, not interpreted)
 */

export type MinutiaKind = 'other' | 'ridge-ending' | 'bifurcation'

export interface RecordMinutia {
  readonly type: MinutiaKind
  /** Pixels from the left edge, below the record's width. */
  readonly x: number
  /** Pixels from the top edge, below the record's height. */
  readonly y: number
  /** 0–255 in units of 360/256°, as the record stores it (lossless round trip). */
  readonly angle: number
  readonly quality: number
}

export interface FingerView {
  readonly position: number
  readonly viewNumber: number
  readonly impressionType: number
  readonly quality: number
  readonly minutiae: readonly RecordMinutia[]
  readonly extendedData: Buffer
}

export interface FingerMinutiaeRecord {
  /** Capture equipment certification flags (4 bits). */
  readonly certification: number
  /** Capture device type id (12 bits; 0 unreported). */
  readonly captureDeviceType: number
  readonly width: number
  readonly height: number
  /** Pixels per centimetre. */
  readonly resolutionX: number
  readonly resolutionY: number
  readonly views: readonly FingerView[]
}

/** Why a record was refused; travels in `details.reason`, never with the bytes. */
export type RecordFailure =
  'truncated' | 'bad-header' | 'bad-length' | 'out-of-range' | 'bad-value' | 'trailing-bytes'

function refuse(field: string, reason: RecordFailure): AgentError {
  return new AgentError('INVALID_ARGUMENT', `ISO/IEC 19794-2 record ${field}: ${reason}`, {
    details: { field, reason },
  })
}

const HEADER_LENGTH = 24
const FORMAT = Buffer.from('FMR\0 20\0', 'latin1')
const KINDS: readonly (MinutiaKind | undefined)[] = ['other', 'ridge-ending', 'bifurcation']

/**
 * Reads a record. Every malformed input (short, wrong magic, lengths that disagree, a field out
 * of its range, bytes left over) is an `INVALID_ARGUMENT` naming the field and the reason; no
 * other exception escapes.
 */
export function decodeFingerMinutiaeRecord(input: Uint8Array): FingerMinutiaeRecord {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  if (bytes.length < HEADER_LENGTH) throw refuse('header', 'truncated')
  if (!bytes.subarray(0, 8).equals(FORMAT)) throw refuse('header', 'bad-header')
  const recordLength = bytes.readUInt32BE(8)
  if (recordLength !== bytes.length) throw refuse('recordLength', 'bad-length')
  const equipment = bytes.readUInt16BE(12)
  const width = bytes.readUInt16BE(14)
  const height = bytes.readUInt16BE(16)
  const resolutionX = bytes.readUInt16BE(18)
  const resolutionY = bytes.readUInt16BE(20)
  const viewCount = bytes[22] ?? 0
  if (width === 0 || height === 0) throw refuse('imageSize', 'out-of-range')
  if (resolutionX === 0 || resolutionY === 0) throw refuse('resolution', 'out-of-range')
  let offset = HEADER_LENGTH
  const need = (field: string, length: number) => {
    if (offset + length > bytes.length) throw refuse(field, 'truncated')
  }
  const views: FingerView[] = []
  for (let v = 0; v < viewCount; v += 1) {
    need('view', 4)
    const position = bytes[offset] ?? 0
    const nibbles = bytes[offset + 1] ?? 0
    const quality = bytes[offset + 2] ?? 0
    const count = bytes[offset + 3] ?? 0
    offset += 4
    if (position > 10) throw refuse('fingerPosition', 'out-of-range')
    if (quality > 100) throw refuse('fingerQuality', 'out-of-range')
    need('minutiae', 6 * count)
    const minutiae: RecordMinutia[] = []
    for (let m = 0; m < count; m += 1) {
      const xWord = bytes.readUInt16BE(offset)
      const yWord = bytes.readUInt16BE(offset + 2)
      const type = KINDS[xWord >>> 14]
      const x = xWord & 0x3fff
      const y = yWord & 0x3fff
      const minutiaQuality = bytes[offset + 5] ?? 0
      if (type === undefined) throw refuse('minutiaType', 'bad-value')
      if (x >= width || y >= height) throw refuse('minutiaPosition', 'out-of-range')
      if (minutiaQuality > 100) throw refuse('minutiaQuality', 'out-of-range')
      minutiae.push({ type, x, y, angle: bytes[offset + 4] ?? 0, quality: minutiaQuality })
      offset += 6
    }
    need('extendedDataLength', 2)
    const extendedLength = bytes.readUInt16BE(offset)
    offset += 2
    need('extendedData', extendedLength)
    const extendedData = Buffer.from(bytes.subarray(offset, offset + extendedLength))
    offset += extendedLength
    views.push({
      position,
      viewNumber: nibbles >>> 4,
      impressionType: nibbles & 0x0f,
      quality,
      minutiae,
      extendedData,
    })
  }
  if (offset !== bytes.length) throw refuse('record', 'trailing-bytes')
  return {
    certification: equipment >>> 12,
    captureDeviceType: equipment & 0x0fff,
    width,
    height,
    resolutionX,
    resolutionY,
    views,
  }
}

function checkRange(field: string, value: number, max: number, min = 0): void {
  if (!Number.isInteger(value) || value < min || value > max) throw refuse(field, 'out-of-range')
}

const TYPE_BITS: Readonly<Record<MinutiaKind, number>> = {
  other: 0,
  'ridge-ending': 1,
  bifurcation: 2,
}

/** Writes a record; a field out of its range is an `INVALID_ARGUMENT` naming it. */
export function encodeFingerMinutiaeRecord(record: FingerMinutiaeRecord): Buffer {
  checkRange('certification', record.certification, 0x0f)
  checkRange('captureDeviceType', record.captureDeviceType, 0x0fff)
  checkRange('imageSize', record.width, 0x3fff, 1)
  checkRange('imageSize', record.height, 0x3fff, 1)
  checkRange('resolution', record.resolutionX, 0xffff, 1)
  checkRange('resolution', record.resolutionY, 0xffff, 1)
  checkRange('viewCount', record.views.length, 0xff)
  const parts: Buffer[] = []
  for (const view of record.views) {
    checkRange('fingerPosition', view.position, 10)
    checkRange('viewNumber', view.viewNumber, 0x0f)
    checkRange('impressionType', view.impressionType, 0x0f)
    checkRange('fingerQuality', view.quality, 100)
    checkRange('minutiaCount', view.minutiae.length, 0xff)
    checkRange('extendedDataLength', view.extendedData.length, 0xffff)
    const out = Buffer.alloc(4 + 6 * view.minutiae.length + 2)
    out[0] = view.position
    out[1] = (view.viewNumber << 4) | view.impressionType
    out[2] = view.quality
    out[3] = view.minutiae.length
    let offset = 4
    for (const minutia of view.minutiae) {
      checkRange('minutiaPosition', minutia.x, record.width - 1)
      checkRange('minutiaPosition', minutia.y, record.height - 1)
      checkRange('minutiaAngle', minutia.angle, 255)
      checkRange('minutiaQuality', minutia.quality, 100)
      out.writeUInt16BE((TYPE_BITS[minutia.type] << 14) | minutia.x, offset)
      out.writeUInt16BE(minutia.y, offset + 2)
      out[offset + 4] = minutia.angle
      out[offset + 5] = minutia.quality
      offset += 6
    }
    out.writeUInt16BE(view.extendedData.length, offset)
    parts.push(out, view.extendedData)
  }
  const body = Buffer.concat(parts)
  const header = Buffer.alloc(HEADER_LENGTH)
  FORMAT.copy(header, 0)
  header.writeUInt32BE(HEADER_LENGTH + body.length, 8)
  header.writeUInt16BE((record.certification << 12) | record.captureDeviceType, 12)
  header.writeUInt16BE(record.width, 14)
  header.writeUInt16BE(record.height, 16)
  header.writeUInt16BE(record.resolutionX, 18)
  header.writeUInt16BE(record.resolutionY, 20)
  header[22] = record.views.length
  return Buffer.concat([header, body])
}
