import assert from 'node:assert/strict'
import { crc32, deflateSync } from 'node:zlib'
import fc from 'fast-check'
import { AgentError } from '../../../../drivers/core/errors'
import { decodePng, type PngLimits } from '../../../../agent/imaging/decode-png'
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

async function rejects(bytes: Uint8Array, reason: string, limits: PngLimits = LIMITS) {
  await assert.rejects(decodePng(bytes, limits, 'front_attachment'), (error: unknown) => {
    assert.ok(error instanceof AgentError, String(error))
    assert.equal(error.code, 'INVALID_ARGUMENT')
    assert.equal(error.details.reason, reason, error.message)
    assert.equal(error.details.field, 'front_attachment')
    return true
  })
}

/** Skia composites in 8 bits: a blended channel may differ from the exact value by one. */
function assertNear(actual: Uint8Array, expected: readonly number[]): void {
  assert.equal(actual.length, expected.length)
  actual.forEach((value, index) => {
    assert.ok(
      Math.abs(value - expected[index]!) <= 1,
      `byte ${index}: ${value} vs ${expected[index]}`,
    )
  })
}

function greyPng(width: number, height: number, pixels: Uint8Array, filter = 0): Buffer {
  return png(ihdr(width, height, 0), ...idats(scanlines(pixels, width, height, 1, [filter])))
}

describe('agent/imaging/decode-png (Skia through @napi-rs/canvas)', () => {
  it('reads back what encodeRgbPng writes', async () => {
    const rgb = Buffer.from(samples(7 * 5 * 3, 1))
    const decoded = await decodePng(encodeRgbPng({ width: 7, height: 5, rgb }), LIMITS)
    assert.equal(decoded.width, 7)
    assert.equal(decoded.height, 5)
    assert.deepEqual(decoded.rgb, rgb)
  })

  it('round-trips arbitrary RGB images through encodeRgbPng', async () => {
    const image = fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
      .chain(([width, height]) =>
        fc
          .uint8Array({ minLength: width * height * 3, maxLength: width * height * 3 })
          .map(rgb => ({ width, height, rgb: Buffer.from(rgb) })),
      )
    await fc.assert(
      fc.asyncProperty(image, async input => {
        assert.deepEqual(await decodePng(encodeRgbPng(input), LIMITS), input)
      }),
      { numRuns: 50 },
    )
  })

  for (const filter of [0, 1, 2, 3, 4]) {
    describe(`filter type ${filter}`, () => {
      const width = 9
      const height = 6

      it('decodes grey (colour type 0)', async () => {
        const pixels = samples(width * height, 10 + filter)
        const decoded = await decodePng(greyPng(width, height, pixels, filter), LIMITS)
        assert.deepEqual(decoded.rgb, Buffer.from(Array.from(pixels).flatMap(v => [v, v, v])))
      })

      it('decodes RGB (colour type 2) split over several IDAT chunks', async () => {
        const pixels = samples(width * height * 3, 20 + filter)
        const raw = scanlines(pixels, width, height, 3, [filter])
        const decoded = await decodePng(png(ihdr(width, height, 2), ...idats(raw, 4)), LIMITS)
        assert.deepEqual(decoded.rgb, Buffer.from(pixels))
      })

      it('decodes palette (colour type 3) with tRNS composited over white', async () => {
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
        assertNear((await decodePng(bytes, LIMITS)).rgb, expected)
      })

      it('decodes grey + alpha (colour type 4) over white', async () => {
        const pixels = samples(width * height * 2, 40 + filter)
        const raw = scanlines(pixels, width, height, 2, [filter])
        const expected = Array.from({ length: width * height }, (_, i) =>
          over(pixels[i * 2]!, pixels[i * 2 + 1]!),
        ).flatMap(v => [v, v, v])
        const decoded = await decodePng(png(ihdr(width, height, 4), ...idats(raw)), LIMITS)
        assertNear(decoded.rgb, expected)
      })

      it('decodes RGBA (colour type 6) over white', async () => {
        const pixels = samples(width * height * 4, 50 + filter)
        const raw = scanlines(pixels, width, height, 4, [filter])
        const expected = Array.from({ length: width * height }, (_, i) =>
          [0, 1, 2].map(c => over(pixels[i * 4 + c]!, pixels[i * 4 + 3]!)),
        ).flat()
        const decoded = await decodePng(png(ihdr(width, height, 6), ...idats(raw)), LIMITS)
        assertNear(decoded.rgb, expected)
      })
    })
  }

  it('mixes filter types row by row', async () => {
    const pixels = samples(11 * 10 * 3, 60)
    const raw = scanlines(pixels, 11, 10, 3, [4, 0, 3, 1, 2])
    const decoded = await decodePng(png(ihdr(11, 10, 2), ...idats(raw)), LIMITS)
    assert.deepEqual(decoded.rgb, Buffer.from(pixels))
  })

  it('undoes Paeth on a hand-computed vector where left, up and up-left each win', async () => {
    // Pixels [15, 20 / 10, 100]. Row 0: 15 - 0, 20 - left 15. Row 1: 10 - up 15 = -5 → 251;
    // 100 - up-left 15 (a 10, b 20, c 15: p 15 is nearest c) = 85.
    const raw = Uint8Array.from([4, 15, 5, 4, 251, 85])
    const decoded = await decodePng(png(ihdr(2, 2, 0), pngChunk('IDAT', deflateSync(raw))), LIMITS)
    assert.deepEqual(decoded.rgb, Buffer.from([15, 15, 15, 20, 20, 20, 10, 10, 10, 100, 100, 100]))
  })

  it('makes the tRNS key colour of an RGB image white, and skips ancillary chunks', async () => {
    const pixels = Uint8Array.from([1, 2, 3, 9, 9, 9])
    const bytes = png(
      ihdr(2, 1, 2),
      pngChunk('tEXt', Buffer.from('Comment\0ignored', 'latin1')),
      pngChunk('tRNS', Buffer.from([0, 1, 0, 2, 0, 3])),
      ...idats(scanlines(pixels, 2, 1, 3, [0])),
    )
    assert.deepEqual((await decodePng(bytes, LIMITS)).rgb, Buffer.from([255, 255, 255, 9, 9, 9]))
  })

  describe('refuses, with the field and a typed reason', () => {
    const good = greyPng(3, 2, samples(6, 70))

    it('not-png: other bytes, too few for a signature, or no IHDR first', async () => {
      await rejects(Buffer.from('GIF89a........'), 'not-png')
      await rejects(SIGNATURE.subarray(0, 5), 'not-png')
      await rejects(new Uint8Array(0), 'not-png')
      await rejects(SIGNATURE, 'not-png')
      await rejects(png(pngChunk('tEXt', Buffer.from('a\0b'))), 'not-png')
    })

    it('too-large: dimensions from IHDR before decoding, and the file size', async () => {
      // The IDAT is garbage: a size check that waited for decoding would say bad-data.
      const garbage = pngChunk('IDAT', Buffer.from('not zlib'))
      await rejects(png(ihdr(2001, 1, 0), garbage), 'too-large')
      await rejects(png(ihdr(1, 2001, 0), garbage), 'too-large')
      await rejects(png(ihdr(0x7fffffff, 0x7fffffff, 6), garbage), 'too-large')
      await rejects(good, 'too-large', { ...LIMITS, maxBytes: good.length - 1 })
    })

    it('bad-data: what Skia cannot decode', async () => {
      await rejects(png(ihdr(0, 2, 0)), 'bad-data')
      for (const colourType of [1, 5, 7]) await rejects(png(ihdr(3, 2, colourType)), 'bad-data')
      await rejects(png(ihdr(3, 2, 0, 7)), 'bad-data')
      await rejects(png(ihdr(3, 2, 0)), 'bad-data')
    })

    it('a zip bomb behind a 1 × 1 IHDR decodes one pixel, quickly', async () => {
      // 16 MiB of zeros deflate to ~16 KiB; the decoder stops at the one row IHDR promises.
      const bomb = deflateSync(Buffer.alloc(16 << 20), { level: 9 })
      const started = Date.now()
      const image = await decodePng(png(ihdr(1, 1, 0), pngChunk('IDAT', bomb)), LIMITS)
      assert.deepEqual(image.rgb, Buffer.from([0, 0, 0]))
      assert.ok(Date.now() - started < 1000)
    })
  })

  describe('outside bytes', () => {
    const onlyTyped = async (bytes: Uint8Array) => {
      try {
        const image = await decodePng(bytes, { maxWidth: 64, maxHeight: 64, maxBytes: 4096 })
        assert.equal(image.rgb.length, image.width * image.height * 3)
      } catch (error) {
        assert.ok(error instanceof AgentError, `not an AgentError: ${String(error)}`)
        assert.equal(error.code, 'INVALID_ARGUMENT')
      }
    }

    it('arbitrary bytes, with or without the signature, fail only with INVALID_ARGUMENT', async () => {
      await fc.assert(
        fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.boolean(), async (tail, signed) => {
          await onlyTyped(signed ? Buffer.concat([SIGNATURE, tail]) : tail)
        }),
        { numRuns: 300 },
      )
    })

    it('mutated valid PNGs never crash', async () => {
      const valid = greyPng(4, 3, samples(12, 80), 4)
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
            maxLength: 8,
          }),
          async edits => {
            const bytes = Buffer.from(valid)
            for (const [at, value] of edits) bytes[at] = value
            await onlyTyped(bytes)
          },
        ),
        { numRuns: 300 },
      )
    })
  })
})
