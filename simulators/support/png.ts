import { crc32, deflateSync } from 'node:zlib'

// The simulators write their own PNGs rather than share agent/imaging/png.ts: a simulator
// shares no code with what it tests.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/**
 * An 8-bit truecolour PNG (colour type 2) of `rgb`, rows top to bottom, every row with filter
 * type 0: printed faces and pages are written for people and tests to look at, not to be small.
 */
export function encodeRgbPng(width: number, height: number, rgb: Buffer): Buffer {
  if (width < 1 || height < 1 || rgb.length !== width * height * 3) {
    throw new RangeError(`an RGB PNG of ${width} × ${height} needs ${width * height * 3} bytes`)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 2 // colour type: truecolour
  const stride = width * 3
  const rows = Buffer.alloc((stride + 1) * height)
  for (let y = 0; y < height; y += 1) {
    rgb.copy(rows, y * (stride + 1) + 1, y * stride, (y + 1) * stride)
  }
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0)
  return Buffer.concat([head, data, crc])
}
