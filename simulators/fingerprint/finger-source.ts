import { createHash } from 'node:crypto'

/**
 * Where the virtual reader's fingers come from. The reader asks for one impression per finger
 * per capture; the source decides what the finger looks like. Deterministic: the same request
 * gives the same bytes, so a test can present the same finger twice.
 */
export interface FingerSource {
  /** Quality profiles the source knows, the first being the default. */
  readonly profiles: readonly string[]
  /** A value, or a promise when the source renders elsewhere (a worker thread). */
  impression(request: ImpressionRequest): FingerImpression | Promise<FingerImpression>
}

export interface ImpressionRequest {
  /** Who is on the platen (a test name such as 'applicant-7', never a real person). */
  readonly identity: string
  /** The finger actually on the platen, ISO/IEC 19794-4 position 1–10. */
  readonly finger: number
  /** The position the reader records it as: another finger's when the hands are swapped. */
  readonly position: number
  /** How many captures of this finger came before: each one lands a little differently. */
  readonly captureIndex: number
  readonly profile: string
  readonly resolutionPpi: number
}

export interface FingerImpression {
  readonly width: number
  readonly height: number
  /** width × height, row by row, 0 = ridge, 255 = background. */
  readonly pixels: Buffer
  /** ISO/IEC 19794-2:2005 record of the minutiae the reader extracted. */
  readonly template: Buffer
  /** 0–100. */
  readonly quality: number
}

const STAND_IN_QUALITY: Readonly<Record<string, number>> = { good: 85, fair: 55, poor: 25 }
const STAND_IN_WIDTH = 160
const STAND_IN_HEIGHT = 200

/**
 * A cheap stand-in: concentric ridges around a centre drawn from the finger's hash, and a record
 * of a dozen minutiae from the same hash. Enough for protocol tests, where what matters is that
 * the bytes are deterministic and differ between fingers; not a fingerprint any matcher would
 * take seriously.
 */
export const STAND_IN_SOURCE = {
  profiles: Object.keys(STAND_IN_QUALITY),
  impression(request: ImpressionRequest): FingerImpression {
    const base = STAND_IN_QUALITY[request.profile]
    if (base === undefined) throw new RangeError(`unknown profile ${request.profile}`)
    const seed = createHash('sha256').update(`${request.identity}\u0000${request.finger}`).digest()
    const jitter = createHash('sha256').update(seed).update(String(request.captureIndex)).digest()
    const width = STAND_IN_WIDTH
    const height = STAND_IN_HEIGHT
    const centreX = width / 2 + (seed[0] ?? 0) / 16 - 8 + (jitter[0] ?? 0) / 64 - 2
    const centreY = height / 2 + (seed[1] ?? 0) / 16 - 8 + (jitter[1] ?? 0) / 64 - 2
    const period = 8 + (seed[2] ?? 0) / 128
    const contrast = base / 100
    const pixels = Buffer.alloc(width * height, 255)
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const nx = (x - width / 2) / (width * 0.45)
        const ny = (y - height / 2) / (height * 0.47)
        if (nx * nx + ny * ny > 1) continue
        const r = Math.hypot((x - centreX) * 1.2, y - centreY)
        const ridge = Math.cos((2 * Math.PI * r) / period)
        pixels[y * width + x] = Math.round(160 + 90 * contrast * ridge)
      }
    }
    const minutiae = Array.from({ length: 12 }, (_, index) => ({
      x: 20 + ((seed[3 + index] ?? 0) % (width - 40)),
      y: 20 + ((seed[15 + (index % 12)] ?? 0) % (height - 40)),
      angle: seed[(index * 5) % 32] ?? 0,
      type: index % 2 === 0 ? 1 : 2,
    }))
    return {
      width,
      height,
      pixels,
      template: standInRecord(request, width, height, base, minutiae),
      quality: Math.min(100, base + ((jitter[2] ?? 0) % 7) - 3),
    }
  },
} satisfies FingerSource

/** ISO/IEC 19794-2:2005: 24-byte header, one finger view, 6-byte minutiae, no extended data. */
function standInRecord(
  request: ImpressionRequest,
  width: number,
  height: number,
  quality: number,
  minutiae: readonly { x: number; y: number; angle: number; type: number }[],
): Buffer {
  const view = Buffer.alloc(4 + 6 * minutiae.length + 2)
  view[0] = request.position
  view[1] = 0x00
  view[2] = quality
  view[3] = minutiae.length
  minutiae.forEach((minutia, index) => {
    const at = 4 + 6 * index
    view.writeUInt16BE((minutia.type << 14) | minutia.x, at)
    view.writeUInt16BE(minutia.y, at + 2)
    view[at + 4] = minutia.angle
    view[at + 5] = 60
  })
  const header = Buffer.alloc(24)
  header.write('FMR\0', 0, 'latin1')
  header.write(' 20\0', 4, 'latin1')
  header.writeUInt32BE(24 + view.length, 8)
  header.writeUInt16BE(width, 14)
  header.writeUInt16BE(height, 16)
  const perCentimetre = Math.round(request.resolutionPpi / 2.54)
  header.writeUInt16BE(perCentimetre, 18)
  header.writeUInt16BE(perCentimetre, 20)
  header[22] = 1
  return Buffer.concat([header, view])
}
