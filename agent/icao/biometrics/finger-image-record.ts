import { asBuffer, invalidArgument } from '../icao-error'
import { ByteReader, uintBytes } from './byte-reader'

/*
 * ISO/IEC 19794-4:2005 finger image record, the BDB of an ICAO DG3 (Doc 9303-10 §4.7.3, format
 * type 0007) and what the fingerprint service hands on. Layout, big-endian (19794-4:2005 §7.1
 * Table 2 and §7.2 Table 4; cross-checked with JMRTD FingerInfo / FingerImageInfo, which read and
 * write exactly these 32 + 14 bytes):
 *
 *   General record header, 32 bytes
 *     4  format identifier "FIR\0"
 *     4  version "010\0"
 *     6  record length: the whole record, this header included
 *     2  capture device id (low 12 bits significant; 0 = unreported)
 *     2  image acquisition level (Table 1: 10, 20, 30, 31, 40, 41)
 *     1  number of fingers/palms (finger image records that follow)
 *     1  scale units (1 = pixels per inch, 2 = pixels per centimetre)
 *     2  horizontal scan resolution   2  vertical scan resolution
 *     2  horizontal image resolution  2  vertical image resolution
 *     1  pixel depth (bits, 1–16)
 *     1  image compression algorithm (Table 3: 0 uncompressed, 1 bit-packed, 2 WSQ, 3 JPEG,
 *        4 JPEG 2000, 5 PNG)
 *     2  reserved (0)
 *   Per finger or palm view, a finger image record:
 *     Finger image header, 14 bytes
 *       4  length: this finger image record, header and image data included
 *       1  finger/palm position (Tables 5/6)
 *       1  count of views      1  view number
 *       1  finger image quality (0–100)
 *       1  impression type (Table 7)
 *       2  horizontal line length (pixels)   2  vertical line length (pixels)
 *       1  reserved (0)
 *     Image data, compressed as the general header says
 */

/** 19794-4 Table 3 image compression algorithm. */
export const FINGER_COMPRESSION = {
  uncompressed: 0,
  uncompressedBitPacked: 1,
  wsq: 2,
  jpeg: 3,
  jpeg2000: 4,
  png: 5,
} as const

/** 19794-4 Table 5 finger positions; 13–15 are the plain slaps of an enrolment. */
export const FINGER_POSITION = {
  unknown: 0,
  rightThumb: 1,
  rightIndex: 2,
  rightMiddle: 3,
  rightRing: 4,
  rightLittle: 5,
  leftThumb: 6,
  leftIndex: 7,
  leftMiddle: 8,
  leftRing: 9,
  leftLittle: 10,
  plainRightFourFingers: 13,
  plainLeftFourFingers: 14,
  plainThumbs: 15,
} as const

/** 19794-4 Table 7 impression types. */
export const IMPRESSION_TYPE = {
  liveScanPlain: 0,
  liveScanRolled: 1,
  nonLiveScanPlain: 2,
  nonLiveScanRolled: 3,
  latent: 7,
  swipe: 8,
  liveScanContactless: 9,
} as const

/** 19794-4 §7.1.7 scale units. */
export const SCALE_UNITS = { pixelsPerInch: 1, pixelsPerCentimetre: 2 } as const

/** A resolution in the record's scale units. */
export interface Resolution {
  readonly horizontal: number
  readonly vertical: number
}

/** One view of one finger, slap or palm. */
export interface FingerImage {
  readonly position: number
  readonly viewCount: number
  readonly viewNumber: number
  /** 0–100. */
  readonly quality: number
  readonly impressionType: number
  /** Horizontal line length in pixels. */
  readonly width: number
  /** Vertical line length in pixels. */
  readonly height: number
  /** Image data, compressed as {@link FingerImageRecord.compression} says. */
  readonly image: Buffer
}

/** A 19794-4:2005 record: capture settings shared by its finger images, then the images. */
export interface FingerImageRecord {
  readonly captureDeviceId: number
  readonly acquisitionLevel: number
  readonly scaleUnits: number
  readonly scanResolution: Resolution
  readonly imageResolution: Resolution
  readonly pixelDepth: number
  readonly compression: number
  readonly fingers: readonly FingerImage[]
}

const FORMAT_IDENTIFIER = Buffer.from('FIR\0', 'latin1')
const VERSION = Buffer.from('010\0', 'latin1')
const GENERAL_HEADER_LENGTH = 32
const FINGER_HEADER_LENGTH = 14
const POSITIONS = new Set<number>(Object.values(FINGER_POSITION))
const COMPRESSIONS = new Set<number>(Object.values(FINGER_COMPRESSION))

/**
 * Encodes a finger image record with one or more finger images. Throws `INVALID_ARGUMENT` naming
 * the field for a value outside its table or width: positions other than 0–10 and 13–15, quality
 * above 100, pixel depth outside 1–16, a compression code outside Table 3, an empty image.
 */
export function encodeFingerImageRecord(record: FingerImageRecord): Buffer {
  if (record.fingers.length === 0) throw invalidArgument('fingers', 'required')
  if (!COMPRESSIONS.has(record.compression)) throw invalidArgument('compression', 'out-of-range')
  if (record.scaleUnits !== 1 && record.scaleUnits !== 2) {
    throw invalidArgument('scaleUnits', 'out-of-range')
  }
  if (record.pixelDepth < 1 || record.pixelDepth > 16) {
    throw invalidArgument('pixelDepth', 'out-of-range')
  }
  const images = record.fingers.map(encodeFingerImage)
  const length = GENERAL_HEADER_LENGTH + images.reduce((sum, image) => sum + image.length, 0)
  return Buffer.concat([
    FORMAT_IDENTIFIER,
    VERSION,
    uintBytes('fingerImageRecord', length, 6),
    uintBytes('captureDeviceId', record.captureDeviceId, 2, 0x0fff),
    uintBytes('acquisitionLevel', record.acquisitionLevel, 2),
    uintBytes('fingers', record.fingers.length, 1),
    uintBytes('scaleUnits', record.scaleUnits, 1),
    uintBytes('scanResolution.horizontal', record.scanResolution.horizontal, 2),
    uintBytes('scanResolution.vertical', record.scanResolution.vertical, 2),
    uintBytes('imageResolution.horizontal', record.imageResolution.horizontal, 2),
    uintBytes('imageResolution.vertical', record.imageResolution.vertical, 2),
    uintBytes('pixelDepth', record.pixelDepth, 1),
    uintBytes('compression', record.compression, 1),
    Buffer.alloc(2),
    ...images,
  ])
}

/**
 * Decodes a 19794-4:2005 finger image record. Throws {@link IcaoDecodeError} (structure
 * `finger-image-record`) when the identifier or version is not FIR 010, a length disagrees with
 * the bytes, or the record is cut short; never anything else. Codes outside the tables are kept
 * as read: a reader should not reject a record over a code it does not use.
 */
export function decodeFingerImageRecord(bytes: Uint8Array): FingerImageRecord {
  const reader = new ByteReader(asBuffer(bytes), 'finger-image-record')
  if (!reader.take(4).equals(FORMAT_IDENTIFIER) || !reader.take(4).equals(VERSION)) {
    throw reader.fail('bad-header')
  }
  if (reader.uint(6) !== bytes.length) throw reader.fail('bad-length')
  const captureDeviceId = reader.uint(2)
  const acquisitionLevel = reader.uint(2)
  const count = reader.uint(1)
  const scaleUnits = reader.uint(1)
  const scanResolution = { horizontal: reader.uint(2), vertical: reader.uint(2) }
  const imageResolution = { horizontal: reader.uint(2), vertical: reader.uint(2) }
  const pixelDepth = reader.uint(1)
  const compression = reader.uint(1)
  reader.take(2)
  const fingers: FingerImage[] = []
  for (let i = 0; i < count; i += 1) {
    const length = reader.uint(4)
    if (length < FINGER_HEADER_LENGTH) throw reader.fail('bad-length')
    const position = reader.uint(1)
    const viewCount = reader.uint(1)
    const viewNumber = reader.uint(1)
    const quality = reader.uint(1)
    const impressionType = reader.uint(1)
    const width = reader.uint(2)
    const height = reader.uint(2)
    reader.take(1)
    const image = reader.take(length - FINGER_HEADER_LENGTH)
    fingers.push({ position, viewCount, viewNumber, quality, impressionType, width, height, image })
  }
  if (reader.remaining !== 0) throw reader.fail('trailing-bytes')
  return {
    captureDeviceId,
    acquisitionLevel,
    scaleUnits,
    scanResolution,
    imageResolution,
    pixelDepth,
    compression,
    fingers,
  }
}

/**
 * The CBEFF biometric subtype of a finger position (ISO/IEC 19785-1 §6.5.7; Doc 9303-10 BHT tag
 * 82): bit 1 right, bit 2 left, then thumb 04, index 08, middle 0C, ring 10, little 14. A slap of
 * four fingers names only its hand; unknown positions have no subtype (0).
 */
export function fingerBiometricSubtype(position: number): number {
  const RIGHT = 0x01
  const LEFT = 0x02
  const digits = [0x04, 0x08, 0x0c, 0x10, 0x14]
  if (position >= 1 && position <= 5) return RIGHT | (digits[position - 1] ?? 0)
  if (position >= 6 && position <= 10) return LEFT | (digits[position - 6] ?? 0)
  if (position === FINGER_POSITION.plainRightFourFingers) return RIGHT
  if (position === FINGER_POSITION.plainLeftFourFingers) return LEFT
  if (position === FINGER_POSITION.plainThumbs) return 0x04
  return 0
}

function encodeFingerImage(finger: FingerImage, index: number): Buffer {
  const field = (name: string) => `fingers[${index}].${name}`
  if (!POSITIONS.has(finger.position)) throw invalidArgument(field('position'), 'out-of-range')
  if (finger.image.length === 0) throw invalidArgument(field('image'), 'required')
  if (finger.viewNumber < 1 || finger.viewNumber > finger.viewCount) {
    throw invalidArgument(field('viewNumber'), 'out-of-range')
  }
  return Buffer.concat([
    uintBytes(field('image'), FINGER_HEADER_LENGTH + finger.image.length, 4),
    uintBytes(field('position'), finger.position, 1),
    uintBytes(field('viewCount'), finger.viewCount, 1),
    uintBytes(field('viewNumber'), finger.viewNumber, 1),
    uintBytes(field('quality'), finger.quality, 1, 100),
    uintBytes(field('impressionType'), finger.impressionType, 1),
    uintBytes(field('width'), finger.width, 2),
    uintBytes(field('height'), finger.height, 2),
    Buffer.alloc(1),
    finger.image,
  ])
}
