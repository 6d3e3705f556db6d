import assert from 'node:assert/strict'
import { crc32, deflateSync } from 'node:zlib'
import fc from 'fast-check'
import { AgentError } from '../../../../drivers/core/errors'
import { decodePng, type PngLimits } from '../../../../agent/imaging/png-decode'
import { encodeRgbPng } from '../../../../agent/imaging/png'

const LIMITS: PngLimits = { maxWidth: 2000, maxHeight: 2000, maxBytes: 1 << 22 }

// An encoder written here from RFC 2083, independent of agent/imaging/png.ts.

function pngChunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  typeAndData.copy(out, 4)
  out.writeUInt32BE(crc32(typeAndData) >>> 0, 8 + data.length)
  return out
}

function ihdr(width: number, height: number, colourType: number, depth = 8, interlace = 0) {
  const body = Buffer.alloc(13)
  body.writeUInt32BE(width, 0)
  body.writeUInt32BE(height, 4)
  body[8] = depth
  body[9] = colourType
  body[12] = interlace
  return pngChunk('IHDR', body)
}

const SIGNATURE = Buffer.from('89504e470d0a1a0a', 'hex')

/** Signature, the given chunks, IEND. */
function png(...chunks: Buffer[]): Buffer {
  return Buffer.concat([SIGNATURE, ...chunks, pngChunk('IEND', Buffer.alloc(0))])
}

/** Splits the zlib stream of `raw` over `parts` IDAT chunks. */
function idats(raw: Uint8Array, parts = 1): Buffer[] {
  const stream = deflateSync(raw)
  const size = Math.ceil(stream.length / parts)
  const out: Buffer[] = []
  for (let at = 0; at < stream.length; at += size) {
    out.push(pngChunk('IDAT', stream.subarray(at, at + size)))
  }
  return out
}

/** Forward filter of one row; `prior` is the unfiltered row above (zeros for the first). */
function filterRow(kind: number, row: Uint8Array, prior: Uint8Array, bpp: number): number[] {
  return Array.from(row, (value, i) => {
    const a = i >= bpp ? row[i - bpp]! : 0
    const b = prior[i]!
    const c = i >= bpp ? prior[i - bpp]! : 0
    let predictor = 0
    if (kind === 1) predictor = a
    if (kind === 2) predictor = b
    if (kind === 3) predictor = Math.floor((a + b) / 2)
    if (kind === 4) {
      const p = a + b - c
      const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)]
      predictor = pa <= pb && pa <= pc ? a : pb <= pc ? b : c
    }
    return (value - predictor + 256) % 256
  })
}

/** Filtered scanlines: row y uses filters[y % filters.length]. */
function scanlines(
  pixels: Uint8Array,
  width: number,
  height: number,
  bpp: number,
  filters: number[],
) {
  const stride = width * bpp
  const out: number[] = []
  for (let y = 0; y < height; y += 1) {
    const row = pixels.subarray(y * stride, (y + 1) * stride)
    const prior = y === 0 ? new Uint8Array(stride) : pixels.subarray((y - 1) * stride, y * stride)
    const kind = filters[y % filters.length]!
    out.push(kind, ...filterRow(kind, row, prior, bpp))
  }
  return Uint8Array.from(out)
}

/** Deterministic varied samples (a small LCG), so filters see real differences. */
function samples(count: number, seed: number): Uint8Array {
  let state = seed
  return Uint8Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state >> 16
  })
}

const over = (sample: number, alpha: number): number =>
  Math.round((sample * alpha + 255 * (255 - alpha)) / 255)

function rejects(bytes: Uint8Array, reason: string, limits: PngLimits = LIMITS): void {
  assert.throws(
    () => decodePng(bytes, limits),
    (error: unknown) => {
      assert.ok(error instanceof AgentError, String(error))
      assert.equal(error.code, 'INVALID_ARGUMENT')
      assert.equal(error.details.reason, reason, error.message)
      return true
    },
  )
}

function greyPng(width: number, height: number, pixels: Uint8Array, filter = 0): Buffer {
  return png(ihdr(width, height, 0), ...idats(scanlines(pixels, width, height, 1, [filter])))
}

describe('agent/imaging/png-decode', () => {
  it('reads back what encodeRgbPng writes', () => {
    const rgb = Buffer.from(samples(7 * 5 * 3, 1))
    const decoded = decodePng(encodeRgbPng({ width: 7, height: 5, rgb }), LIMITS)
    assert.equal(decoded.width, 7)
    assert.equal(decoded.height, 5)
    assert.deepEqual(decoded.rgb, rgb)
  })

  it('round-trips arbitrary RGB images through encodeRgbPng', () => {
    const image = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
      .chain(([width, height]) =>
        fc
          .uint8Array({ minLength: width * height * 3, maxLength: width * height * 3 })
          .map(rgb => ({ width, height, rgb: Buffer.from(rgb) })),
      )
    fc.assert(
      fc.property(image, input => {
        assert.deepEqual(decodePng(encodeRgbPng(input), LIMITS), input)
      }),
      { numRuns: 50 },
    )
  })

  for (const filter of [0, 1, 2, 3, 4]) {
    describe(`filter type ${filter}`, () => {
      const width = 9
      const height = 6

      it('decodes grey (colour type 0)', () => {
        const pixels = samples(width * height, 10 + filter)
        const decoded = decodePng(greyPng(width, height, pixels, filter), LIMITS)
        assert.deepEqual(decoded.rgb, Buffer.from(Array.from(pixels).flatMap(v => [v, v, v])))
      })

      it('decodes RGB (colour type 2) split over several IDAT chunks', () => {
        const pixels = samples(width * height * 3, 20 + filter)
        const raw = scanlines(pixels, width, height, 3, [filter])
        const decoded = decodePng(png(ihdr(width, height, 2), ...idats(raw, 4)), LIMITS)
        assert.deepEqual(decoded.rgb, Buffer.from(pixels))
      })

      it('decodes palette (colour type 3) with tRNS composited over white', () => {
        const palette = samples(5 * 3, 30 + filter)
        const alpha = Uint8Array.from([255, 0, 128, 7])
        const indices = Uint8Array.from(samples(width * height, 31), v => v % 5)
        const raw = scanlines(indices, width, height, 1, [filter])
        const bytes = png(
          ihdr(width, height, 3),
          pngChunk('PLTE', palette),
          pngChunk('tRNS', alpha),
          ...idats(raw, 2),
        )
        const expected = Array.from(indices).flatMap(index =>
          [0, 1, 2].map(c => over(palette[index * 3 + c]!, alpha[index] ?? 255)),
        )
        assert.deepEqual(decodePng(bytes, LIMITS).rgb, Buffer.from(expected))
      })

      it('decodes grey + alpha (colour type 4) over white', () => {
        const pixels = samples(width * height * 2, 40 + filter)
        const raw = scanlines(pixels, width, height, 2, [filter])
        const expected = Array.from({ length: width * height }, (_, i) =>
          over(pixels[i * 2]!, pixels[i * 2 + 1]!),
        ).flatMap(v => [v, v, v])
        const decoded = decodePng(png(ihdr(width, height, 4), ...idats(raw)), LIMITS)
        assert.deepEqual(decoded.rgb, Buffer.from(expected))
      })

      it('decodes RGBA (colour type 6) over white', () => {
        const pixels = samples(width * height * 4, 50 + filter)
        const raw = scanlines(pixels, width, height, 4, [filter])
        const expected = Array.from({ length: width * height }, (_, i) =>
          [0, 1, 2].map(c => over(pixels[i * 4 + c]!, pixels[i * 4 + 3]!)),
        ).flat()
        const decoded = decodePng(png(ihdr(width, height, 6), ...idats(raw)), LIMITS)
        assert.deepEqual(decoded.rgb, Buffer.from(expected))
      })
    })
  }

  it('mixes filter types row by row', () => {
    const pixels = samples(11 * 10 * 3, 60)
    const raw = scanlines(pixels, 11, 10, 3, [4, 0, 3, 1, 2])
    assert.deepEqual(
      decodePng(png(ihdr(11, 10, 2), ...idats(raw)), LIMITS).rgb,
      Buffer.from(pixels),
    )
  })

  it('undoes Paeth on a hand-computed vector where left, up and up-left each win', () => {
    // Pixels [15, 20 / 10, 100]. Row 0: 15 - 0, 20 - left 15. Row 1: 10 - up 15 = -5 → 251;
    // 100 - up-left 15 (a 10, b 20, c 15: p 15 is nearest c) = 85.
    const raw = Uint8Array.from([4, 15, 5, 4, 251, 85])
    const decoded = decodePng(png(ihdr(2, 2, 0), pngChunk('IDAT', deflateSync(raw))), LIMITS)
    assert.deepEqual(decoded.rgb, Buffer.from([15, 15, 15, 20, 20, 20, 10, 10, 10, 100, 100, 100]))
  })

  it('makes the tRNS key colour of an RGB image white, and skips ancillary chunks', () => {
    const pixels = Uint8Array.from([1, 2, 3, 9, 9, 9])
    const bytes = png(
      ihdr(2, 1, 2),
      pngChunk('tEXt', Buffer.from('Comment\0ignored', 'latin1')),
      pngChunk('tRNS', Buffer.from([0, 1, 0, 2, 0, 3])),
      ...idats(scanlines(pixels, 2, 1, 3, [0])),
    )
    assert.deepEqual(decodePng(bytes, LIMITS).rgb, Buffer.from([255, 255, 255, 9, 9, 9]))
  })

  describe('refuses, with a typed reason', () => {
    const good = greyPng(3, 2, samples(6, 70))

    it('not-png: other bytes, or too few for a signature', () => {
      rejects(Buffer.from('GIF89a........'), 'not-png')
      rejects(SIGNATURE.subarray(0, 5), 'not-png')
      rejects(new Uint8Array(0), 'not-png')
    })

    it('bad-crc: a flipped bit in any chunk', () => {
      for (const at of [20, good.length - 20, good.length - 2]) {
        const broken = Buffer.from(good)
        broken[at]! ^= 0x10
        rejects(broken, 'bad-crc')
      }
    })

    it('truncated: cut inside a chunk, before IEND, or inside the zlib stream', () => {
      rejects(good.subarray(0, 20), 'truncated')
      rejects(good.subarray(0, good.length - 12), 'truncated')
      rejects(SIGNATURE, 'truncated')
      const stream = deflateSync(scanlines(samples(6, 71), 3, 2, 1, [0]))
      rejects(png(ihdr(3, 2, 0), pngChunk('IDAT', stream.subarray(0, 6))), 'truncated')
      // A complete stream that holds fewer rows than IHDR promises.
      rejects(png(ihdr(3, 3, 0), pngChunk('IDAT', stream)), 'truncated')
    })

    it('unsupported-bit-depth and interlaced', () => {
      for (const depth of [1, 2, 4, 16]) rejects(png(ihdr(3, 2, 0, depth)), 'unsupported-bit-depth')
      rejects(png(ihdr(3, 2, 2, 8, 1)), 'interlaced')
    })

    it('bad-header: no IHDR first, zero size, unknown colour type or methods', () => {
      rejects(png(pngChunk('tEXt', Buffer.from('a\0b'))), 'bad-header')
      rejects(png(ihdr(0, 2, 0)), 'bad-header')
      for (const colourType of [1, 5, 7]) rejects(png(ihdr(3, 2, colourType)), 'bad-header')
      rejects(png(ihdr(3, 2, 0, 8, 2)), 'bad-header')
      rejects(png(ihdr(3, 2, 0), ihdr(3, 2, 0)), 'bad-header')
    })

    it('too-large: dimensions from IHDR before inflating, and the file size', () => {
      // The IDAT is garbage: a size check that waited for inflating would say bad-data.
      const garbage = pngChunk('IDAT', Buffer.from('not zlib'))
      rejects(png(ihdr(2001, 1, 0), garbage), 'too-large')
      rejects(png(ihdr(1, 2001, 0), garbage), 'too-large')
      rejects(png(ihdr(0x7fffffff, 0x7fffffff, 6), garbage), 'too-large')
      rejects(good, 'too-large', { ...LIMITS, maxBytes: good.length - 1 })
    })

    it('bad-data: a zip bomb stops at the IHDR size without inflating it all', () => {
      // 16 MiB of zeros deflate to ~16 KiB; the IHDR claims 1 × 1.
      const bomb = deflateSync(Buffer.alloc(16 << 20), { level: 9 })
      rejects(png(ihdr(1, 1, 0), pngChunk('IDAT', bomb)), 'bad-data')
    })

    it('bad-data: garbage or missing image data', () => {
      rejects(png(ihdr(3, 2, 0), pngChunk('IDAT', Buffer.from('not zlib at all'))), 'bad-data')
      rejects(png(ihdr(3, 2, 0)), 'bad-data')
    })

    it('bad-filter: a row filter type above 4', () => {
      const raw = Uint8Array.from([0, 1, 2, 3, 5, 4, 5, 6])
      rejects(png(ihdr(3, 2, 0), pngChunk('IDAT', deflateSync(raw))), 'bad-filter')
    })

    it('bad-palette: missing PLTE, an index past it, or a malformed one', () => {
      const raw = Uint8Array.from([0, 0, 1, 2])
      rejects(png(ihdr(3, 1, 3), pngChunk('IDAT', deflateSync(raw))), 'bad-palette')
      const twoEntries = pngChunk('PLTE', Buffer.alloc(6))
      rejects(png(ihdr(3, 1, 3), twoEntries, pngChunk('IDAT', deflateSync(raw))), 'bad-palette')
      rejects(png(ihdr(3, 1, 3), pngChunk('PLTE', Buffer.alloc(7))), 'bad-palette')
      rejects(png(ihdr(3, 1, 0), pngChunk('PLTE', Buffer.alloc(6))), 'bad-palette')
    })

    it('unsupported-chunk: an unknown critical chunk', () => {
      rejects(png(ihdr(3, 2, 0), pngChunk('ZZZZ', Buffer.alloc(1))), 'unsupported-chunk')
    })
  })

  describe('outside bytes', () => {
    const valid = [
      greyPng(4, 3, samples(12, 80), 4),
      png(ihdr(3, 3, 6), ...idats(scanlines(samples(36, 81), 3, 3, 4, [1, 3]), 3)),
      png(
        ihdr(4, 2, 3),
        pngChunk('PLTE', samples(12, 82)),
        ...idats(Uint8Array.from([0, 0, 1, 2, 3, 2, 3, 2, 1, 0])),
      ),
    ]

    const onlyTyped = (bytes: Uint8Array): void => {
      try {
        const image = decodePng(bytes, { maxWidth: 64, maxHeight: 64, maxBytes: 4096 })
        assert.equal(image.rgb.length, image.width * image.height * 3)
      } catch (error) {
        assert.ok(error instanceof AgentError, `not an AgentError: ${String(error)}`)
        assert.equal(error.code, 'INVALID_ARGUMENT')
      }
    }

    it('arbitrary bytes, with or without the signature, fail only with INVALID_ARGUMENT', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (tail, signed) => {
          onlyTyped(signed ? Buffer.concat([SIGNATURE, tail]) : tail)
        }),
        { numRuns: 300 },
      )
    })

    it('mutated valid PNGs (CRCs re-made, so the damage reaches the decoder) never crash', () => {
      const mutation = fc.record({
        which: fc.nat({ max: valid.length - 1 }),
        edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        cut: fc.option(fc.nat()),
        fixCrc: fc.boolean(),
      })
      fc.assert(
        fc.property(mutation, ({ which, edits, cut, fixCrc }) => {
          const bytes = Buffer.from(valid[which]!)
          for (const [position, value] of edits) bytes[8 + (position % (bytes.length - 8))] = value
          const mutated = fixCrc ? recrc(bytes) : bytes
          onlyTyped(cut === null ? mutated : mutated.subarray(0, cut % (mutated.length + 1)))
        }),
        { numRuns: 400 },
      )
    })
  })
})

/** Re-computes the CRC of every chunk it can still walk, so only the content is broken. */
function recrc(bytes: Buffer): Buffer {
  let offset = 8
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset)
    if (offset + 12 + length > bytes.length) break
    bytes.writeUInt32BE(
      crc32(bytes.subarray(offset + 4, offset + 8 + length)) >>> 0,
      offset + 8 + length,
    )
    offset += 12 + length
  }
  return bytes
}
