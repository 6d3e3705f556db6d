import { deflateSync } from 'node:zlib'
import fc from 'fast-check'
import { chunkCrc, encodeGreyPng, encodeRgbPng, PNG_SIGNATURE } from '../../../agent/imaging/png'
import { decodePng } from '../../../agent/imaging/decode-png'
import { agentError } from '../accept'
import { target } from '../harness'
import { outsideBytes } from '../mutate'

const LIMITS = { maxWidth: 64, maxHeight: 64, maxBytes: 1 << 16 }

function chunk(type: string, body: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), body])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(body.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(chunkCrc(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

/** Rewrites every chunk CRC it can find, so mutants get past the CRC check to the chunk parsers. */
function fixCrcs(png: Buffer): Buffer {
  const copy = Buffer.from(png)
  let offset = PNG_SIGNATURE.length
  while (offset + 12 <= copy.length) {
    const length = copy.readUInt32BE(offset)
    if (offset + 12 + length > copy.length) break
    copy.writeUInt32BE(
      chunkCrc(copy.subarray(offset + 4, offset + 8 + length)),
      offset + 8 + length,
    )
    offset += 12 + length
  }
  return copy
}

const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }

/** Exactly the rows IHDR announces, each led by a filter type 0–4, filled from `seed`. */
function exactRows(width: number, height: number, colourType: number, seed: Uint8Array): Buffer {
  const stride = 1 + width * (CHANNELS[colourType] ?? 1)
  const rows = Buffer.alloc(stride * height)
  for (let i = 0; i < rows.length; i += 1)
    rows[i] = seed.length === 0 ? i : (seed[i % seed.length] ?? 0)
  for (let y = 0; y < height; y += 1) rows[y * stride] = (rows[y * stride] ?? 0) % 5
  return rows
}

/** Structurally valid PNGs with random headers, palettes, transparency and row data. */
const builtPng: fc.Arbitrary<Buffer> = fc
  .record({
    width: fc.integer({ min: 1, max: 12 }),
    height: fc.integer({ min: 1, max: 12 }),
    depth: fc.constantFrom(8, 8, 8, 16, 1),
    colourType: fc.constantFrom(0, 2, 3, 4, 6, 5),
    interlace: fc.constantFrom(0, 0, 0, 1, 2),
    palette: fc.option(fc.uint8Array({ maxLength: 30 })),
    trns: fc.option(fc.uint8Array({ maxLength: 12 })),
    rows: fc.uint8Array({ maxLength: 700 }),
    exact: fc.boolean(),
    rawIdat: fc.boolean(),
    split: fc.nat(),
  })
  .map(
    ({
      width,
      height,
      depth,
      colourType,
      interlace,
      palette,
      trns,
      rows,
      exact,
      rawIdat,
      split,
    }) => {
      const raw = exact ? exactRows(width, height, colourType, rows) : Buffer.from(rows)
      const header = Buffer.alloc(13)
      header.writeUInt32BE(width, 0)
      header.writeUInt32BE(height, 4)
      header.set([depth, colourType, 0, 0, interlace], 8)
      const data = rawIdat ? raw : deflateSync(raw)
      const cut = data.length === 0 ? 0 : split % data.length
      return Buffer.concat([
        PNG_SIGNATURE,
        chunk('IHDR', header),
        ...(palette ? [chunk('PLTE', palette)] : []),
        ...(trns ? [chunk('tRNS', trns)] : []),
        chunk('IDAT', data.subarray(0, cut)),
        chunk('IDAT', data.subarray(cut)),
        chunk('IEND', Buffer.alloc(0)),
      ])
    },
  )

const samples = () => [
  encodeGreyPng(5, 3, Buffer.alloc(15, 0x40)),
  encodeRgbPng({ width: 4, height: 4, rgb: Buffer.alloc(48, 0x90) }),
]

/** A face image a front-end sends to print: random, built, mutated, and mutated with CRCs fixed. */
export const png = target<Buffer>({
  name: 'imaging.png',
  arbitrary: () =>
    fc.oneof(
      { weight: 3, arbitrary: builtPng },
      { weight: 3, arbitrary: outsideBytes(samples()).map(fixCrcs) },
      { weight: 2, arbitrary: outsideBytes(samples()) },
      { weight: 2, arbitrary: builtPng.chain(built => outsideBytes([built])).map(fixCrcs) },
    ),
  run: bytes => decodePng(bytes, LIMITS),
  accept: agentError(['INVALID_ARGUMENT']),
})
