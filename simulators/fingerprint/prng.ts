import { createHash } from 'node:crypto'

/**
 * A seeded pseudo-random generator for the synthetic fingers. Everything a finger or a capture
 * looks like is drawn from one of these, never from Math.random, so the same (identity, finger,
 * capture) gives the same bytes on every machine and in every run.
 *
 * xoshiro128** (Blackman and Vigna): four 32-bit words of state, 32-bit integer arithmetic
 * only, which keeps it exact in JavaScript numbers. The state comes from SHA-256 of the seed
 * parts, so nearby seeds ("alice", 2) and ("alice", 3) give unrelated streams.
 */
export class Prng {
  private a: number
  private b: number
  private c: number
  private d: number
  private spare: number | undefined

  private constructor(state: Buffer) {
    this.a = state.readUInt32LE(0)
    this.b = state.readUInt32LE(4)
    this.c = state.readUInt32LE(8)
    this.d = state.readUInt32LE(12)
    // The all-zero state is the one xoshiro cannot leave; SHA-256 makes it a 2^-128 event.
    if ((this.a | this.b | this.c | this.d) === 0) this.d = 1
  }

  /** A generator seeded from the parts, joined unambiguously (length-prefixed). */
  static from(...parts: readonly (string | number)[]): Prng {
    const hash = createHash('sha256')
    for (const part of parts) {
      const text = typeof part === 'number' ? `n:${part}` : `s:${part}`
      hash.update(`${text.length}:${text};`)
    }
    return new Prng(hash.digest())
  }

  /** The next 32-bit unsigned integer. */
  nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0
    const t = this.b << 9
    this.c ^= this.a
    this.d ^= this.b
    this.b ^= this.c
    this.a ^= this.d
    this.c ^= t
    this.d = rotl(this.d, 11)
    return result
  }

  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number {
    return this.nextUint32() / 4294967296
  }

  /** Uniform in [low, high). */
  uniform(low: number, high: number): number {
    return low + (high - low) * this.next()
  }

  /** An integer in [low, high], both included. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1))
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p
  }

  /** Standard normal (Marsaglia polar method; the second value is kept for the next call). */
  normal(): number {
    if (this.spare !== undefined) {
      const value = this.spare
      this.spare = undefined
      return value
    }
    for (;;) {
      const u = 2 * this.next() - 1
      const v = 2 * this.next() - 1
      const s = u * u + v * v
      if (s > 0 && s < 1) {
        const factor = Math.sqrt((-2 * Math.log(s)) / s)
        this.spare = v * factor
        return u * factor
      }
    }
  }

  /** Normal with the given standard deviation, clipped to ±limit. */
  clippedNormal(sigma: number, limit: number): number {
    return Math.max(-limit, Math.min(limit, sigma * this.normal()))
  }

  /** One of the items, with the given weights (need not sum to 1). */
  pick<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0)
    let draw = this.next() * total
    for (const [item, weight] of items) {
      draw -= weight
      if (draw < 0) return item
    }
    const last = items[items.length - 1]
    if (last === undefined) throw new RangeError('pick from no items')
    return last[0]
  }
}

function rotl(value: number, shift: number): number {
  return (value << shift) | (value >>> (32 - shift))
}

/**
 * A fast stateless hash of integer coordinates to [-1, 1), for per-pixel noise where drawing
 * 128,000 values from a stream would cost more than the rendering itself. Not for anything that
 * needs statistical quality beyond "looks like sensor noise".
 */
export function hashNoise(x: number, y: number, seed: number): number {
  let h = Math.imul(x, 0x27d4eb2d) ^ Math.imul(y, 0x165667b1) ^ seed
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  h ^= h >>> 16
  return (h >>> 0) / 2147483648 - 1
}
