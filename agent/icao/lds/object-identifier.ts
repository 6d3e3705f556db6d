import { IcaoDecodeError, invalidArgument } from '../icao-error'

/**
 * OBJECT IDENTIFIER contents in DER (X.690 §8.19): the first two arcs as 40·a + b, then every arc
 * in base 128, most significant group first, bit 8 set on all but the last byte of an arc.
 */

const DOTTED = /^[0-2](\.(0|[1-9]\d*))+$/

/** The content bytes (no tag or length) of a dotted OID. Throws `INVALID_ARGUMENT` naming `field`. */
export function encodeObjectIdentifier(field: string, dotted: string): Buffer {
  if (!DOTTED.test(dotted)) throw invalidArgument(field, 'not-well-formed')
  const arcs = dotted.split('.').map(Number)
  const [first = 0, second = 0, ...rest] = arcs
  if (!arcs.every(arc => Number.isSafeInteger(arc)) || (first < 2 && second >= 40)) {
    throw invalidArgument(field, 'out-of-range')
  }
  return Buffer.from([first * 40 + second, ...rest].flatMap(base128))
}

/**
 * A dotted OID from DER content bytes. Throws {@link IcaoDecodeError} `not-der` for an empty value,
 * an arc cut short, a non-minimal arc (leading 80) or an arc beyond 2^53.
 */
export function decodeObjectIdentifier(structure: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new IcaoDecodeError(structure, 'not-der')
  const values: number[] = []
  let value = 0
  let started = false
  for (const byte of bytes) {
    if (!started && byte === 0x80) throw new IcaoDecodeError(structure, 'not-der')
    started = true
    value = value * 128 + (byte & 0x7f)
    if (!Number.isSafeInteger(value)) throw new IcaoDecodeError(structure, 'not-der')
    if ((byte & 0x80) === 0) {
      values.push(value)
      value = 0
      started = false
    }
  }
  if (started) throw new IcaoDecodeError(structure, 'not-der')
  const [head = 0, ...rest] = values
  const first = head < 40 ? 0 : head < 80 ? 1 : 2
  return [first, head - first * 40, ...rest].join('.')
}

function base128(arc: number): number[] {
  const groups = [arc % 128]
  for (let rest = Math.floor(arc / 128); rest > 0; rest = Math.floor(rest / 128)) {
    groups.unshift((rest % 128) | 0x80)
  }
  return groups
}
