import { createHash } from 'node:crypto'

/**
 * What the simulated module senses: a deterministic finger per (identity, position). The image
 * is a simple ridge pattern (rings or spirals around a core, inside an oval of contact), enough
 * to look like a print in a preview; it carries no minutiae. The character file is the module's
 * private business on real hardware; here it is a digest of (identity, position) with a few bits
 * flipped per capture, so two captures of one finger compare high and different fingers low.
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

/** 4-bit grey levels of the finger's image, row by row: 0 a ridge, 15 no contact. */
export function fingerLevels(identity: string, position: number): Uint8Array {
  const seed = digest('image', identity, position)
  const at = (index: number): number => seed[index] ?? 0
  const coreX = 100 + (at(0) % 56)
  const coreY = 110 + (at(1) % 68)
  const period = 7 + (at(2) % 4)
  // 0 gives rings (a whorl); ±1, ±2 wind them into spirals. A whole number, or the ridges
  // would break where the angle wraps.
  const twist = (at(3) % 5) - 2
  const stretch = 0.8 + (at(4) % 40) / 100
  const phase = (at(5) / 256) * 2 * Math.PI
  const levels = new Uint8Array(IMAGE_WIDTH * IMAGE_HEIGHT)
  for (let y = 0; y < IMAGE_HEIGHT; y += 1) {
    for (let x = 0; x < IMAGE_WIDTH; x += 1) {
      const contact = ((x - 128) / 110) ** 2 + ((y - 150) / 135) ** 2
      if (contact > 1) {
        levels[y * IMAGE_WIDTH + x] = 15
        continue
      }
      const dx = x - coreX
      const dy = (y - coreY) * stretch
      const ridge = Math.cos(
        (2 * Math.PI * Math.hypot(dx, dy)) / period + twist * Math.atan2(dy, dx) + phase,
      )
      // Pressure fades towards the edge of the contact oval.
      const fade = contact > 0.8 ? (contact - 0.8) / 0.2 : 0
      const level = 7.5 + 7.5 * ridge
      levels[y * IMAGE_WIDTH + x] = Math.round(level + (15 - level) * fade)
    }
  }
  return levels
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
