import fc from 'fast-check'

/**
 * Byte-level mutations of a valid sample. Random bytes rarely pass a parser's first check (a
 * start byte, a tag, a CRC), so most cases start from something the parser accepts and break it
 * a little: the deeper branches are where length arithmetic and loops go wrong.
 */
export type Mutation =
  | { readonly kind: 'set'; readonly at: number; readonly value: number }
  | { readonly kind: 'xor'; readonly at: number; readonly mask: number }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: 'delete'; readonly at: number; readonly count: number }
  | { readonly kind: 'repeat'; readonly at: number; readonly count: number }

/** Values that sit on boundaries of length fields, tags and flags. */
const INTERESTING = [0x00, 0x01, 0x02, 0x7f, 0x80, 0x81, 0x82, 0x83, 0x84, 0x8f, 0xfe, 0xff]

const byteValue = fc.oneof(fc.constantFrom(...INTERESTING), fc.integer({ min: 0, max: 255 }))

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: byteValue }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('xor' as const),
      at: fc.nat(),
      mask: fc.constantFrom(0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      count: fc.integer({ min: 1, max: 8 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('repeat' as const),
      at: fc.nat(),
      count: fc.integer({ min: 1, max: 16 }),
    }),
  },
)

export function applyMutation(bytes: Uint8Array, change: Mutation): Buffer {
  const copy = Buffer.from(bytes)
  const at = copy.length === 0 ? 0 : change.at % copy.length
  switch (change.kind) {
    case 'set':
      if (copy.length > 0) copy[at] = change.value
      return copy
    case 'xor':
      if (copy.length > 0) copy[at] = (copy[at] ?? 0) ^ change.mask
      return copy
    case 'truncate':
      return copy.subarray(0, at)
    case 'insert':
      return Buffer.concat([copy.subarray(0, at), change.bytes, copy.subarray(at)])
    case 'delete':
      return Buffer.concat([copy.subarray(0, at), copy.subarray(at + change.count)])
    case 'repeat': {
      // Repeats a short run in place: duplicated fields, doubled frames, nested headers.
      const run = copy.subarray(at, at + change.count)
      return Buffer.concat([copy.subarray(0, at + run.length), run, copy.subarray(at + run.length)])
    }
  }
}

/** One of `samples` with one to four mutations applied. */
export function mutated(samples: readonly Uint8Array[]): fc.Arbitrary<Buffer> {
  return fc
    .tuple(fc.nat(samples.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([index, changes]) =>
      changes.reduce<Buffer>(
        (bytes, change) => applyMutation(bytes, change),
        Buffer.from(samples[index] ?? []),
      ),
    )
}

/** What a parser of outside bytes meets: random bytes, valid samples, and mutants of them. */
export function outsideBytes(
  samples: readonly Uint8Array[],
  maxRandomLength = 256,
): fc.Arbitrary<Buffer> {
  return fc.oneof(
    {
      weight: 2,
      arbitrary: fc.uint8Array({ maxLength: maxRandomLength }).map(b => Buffer.from(b)),
    },
    { weight: 1, arbitrary: fc.constantFrom(...samples).map(b => Buffer.from(b)) },
    { weight: 7, arbitrary: mutated(samples) },
  )
}

/** Splits bytes into the pieces a stream delivers them in (cut points are fractions). */
export function pieces(bytes: Buffer, cuts: readonly number[]): Buffer[] {
  const points = [...new Set(cuts.map(cut => Math.floor(cut * bytes.length)))].sort((a, b) => a - b)
  const out: Buffer[] = []
  let from = 0
  for (const point of points) {
    if (point > from) out.push(bytes.subarray(from, point))
    from = Math.max(from, point)
  }
  out.push(bytes.subarray(from))
  return out
}
