import { createHash } from 'node:crypto'
import { captureImpression, createFinger, renderImage, type SyntheticFinger } from '../index'

/**
 * What the simulated module senses: a deterministic finger per (identity, position). The image
 * comes from the synthetic-finger model shared by the fingerprint simulators. The character
 * file is the module's private business on real hardware; here it is a digest of (identity,
 * position) with a few bits flipped per capture, so two captures of one finger compare high and
 * different fingers low, whatever the image looks like.
 */

export const IMAGE_WIDTH = 256
export const IMAGE_HEIGHT = 288

/** Bytes of a character file, as R30x modules upload them. */
export const CHAR_FILE_LENGTH = 512

/** "SIM" and a format version: what tells the simulator's own character files apart. */
const MAGIC = Buffer.from([0x53, 0x49, 0x4d, 0x01])
const FEATURE_BYTES = 32
const FEATURE_BITS = FEATURE_BYTES * 8
/** Bits one capture flips: two captures of a finger differ in at most twice this. */
const NOISE_BITS = 6
/** Agreeing feature bits at which the score starts above 0; unrelated files agree on ~128. */
const SCORE_FLOOR = 160
/** The score of two identical character files. */
export const IDENTICAL_SCORE = 300

function digest(...parts: readonly (string | number)[]): Buffer {
  return createHash('sha256').update(JSON.stringify(parts)).digest()
}

/** Fingers kept between captures: drawing one takes tens of milliseconds. */
const KEPT_FINGERS = 16
const fingers = new Map<string, SyntheticFinger>()

/**
 * 4-bit grey levels (0 ridge … 15 background) of capture number `capture` of the finger, row
 * by row: the synthetic-finger model's impression in a 256 × 288 sensor window, its 8-bit image
 * rounded to the module's 16 levels. Deterministic per (identity, position, capture, poor); each
 * capture places the finger a little differently, as a real one does. `poor` renders the model's
 * poor-quality profile (low contrast, noise, blotches).
 */
export function fingerLevels(
  identity: string,
  position: number,
  capture: number,
  poor = false,
): Uint8Array {
  const impression = captureImpression(
    fingerOf(identity, position),
    capture,
    poor ? 'poor' : 'good',
    {
      width: IMAGE_WIDTH,
      height: IMAGE_HEIGHT,
    },
  )
  const image = renderImage(impression)
  return Uint8Array.from(image.pixels, value => Math.round(value / 17))
}

function fingerOf(identity: string, position: number): SyntheticFinger {
  const key = JSON.stringify([identity, position])
  const kept = fingers.get(key)
  if (kept !== undefined) return kept
  const finger = createFinger(identity, position)
  if (fingers.size >= KEPT_FINGERS) {
    const oldest = fingers.keys().next()
    if (oldest.done !== true) fingers.delete(oldest.value)
  }
  fingers.set(key, finger)
  return finger
}

/** Two 4-bit pixels a byte, the left one in the high nibble: how UpImage sends an image. */
export function packLevels(levels: Uint8Array): Buffer {
  const packed = Buffer.alloc(Math.ceil(levels.length / 2))
  for (let index = 0; index < packed.length; index += 1) {
    packed[index] = ((levels[2 * index] ?? 0) << 4) | ((levels[2 * index + 1] ?? 0) & 0x0f)
  }
  return packed
}

/** The character file Img2Tz makes from capture number `capture` of the finger. */
export function characterFile(identity: string, position: number, capture: number): Buffer {
  const features = digest('features', identity, position)
  const noise = digest('noise', identity, position, capture)
  for (let index = 0; index < NOISE_BITS; index += 1) {
    const bit = noise[index] ?? 0
    features[bit >> 3] = (features[bit >> 3] ?? 0) ^ (1 << (bit & 7))
  }
  const file = Buffer.alloc(CHAR_FILE_LENGTH)
  MAGIC.copy(file, 0)
  features.copy(file, MAGIC.length)
  // The rest looks like data and is the same for every capture of the finger.
  const filler = digest('filler', identity, position)
  for (let offset = MAGIC.length + FEATURE_BYTES; offset < file.length; offset += filler.length) {
    filler.copy(file, offset)
  }
  return file
}

/**
 * The module's Match score of two character files: 0 when either is not one of the simulator's,
 * else 0 up to IDENTICAL_SCORE as the feature bits agree (two captures of one finger score about
 * 260 or more, unrelated fingers almost always 0).
 */
export function matchScore(a: Uint8Array, b: Uint8Array): number {
  if (!isCharacterFile(a) || !isCharacterFile(b)) return 0
  let agree = FEATURE_BITS
  for (let index = MAGIC.length; index < MAGIC.length + FEATURE_BYTES; index += 1) {
    let differ = ((a[index] ?? 0) ^ (b[index] ?? 0)) & 0xff
    while (differ !== 0) {
      agree -= differ & 1
      differ >>= 1
    }
  }
  const score = ((agree - SCORE_FLOOR) * IDENTICAL_SCORE) / (FEATURE_BITS - SCORE_FLOOR)
  return Math.max(0, Math.round(score))
}

function isCharacterFile(bytes: Uint8Array): boolean {
  return bytes.length === CHAR_FILE_LENGTH && MAGIC.every((value, index) => bytes[index] === value)
}
