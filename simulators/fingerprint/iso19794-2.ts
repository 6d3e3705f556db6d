import type { Impression, Minutia } from './synthetic-finger'

/*
 * The simulated device's ISO/IEC 19794-2:2005 finger minutiae record, written from the layout
 * below and not shared with the agent's decoder (agent/biometrics/iso19794-2.ts), so that a
 * misreading of the standard on one side shows up as a failing cross-implementation test instead
 * of cancelling out.
 *
 * Layout, big-endian, as given by NIST's biomdi fmr.h ("FMR", " 20", the view-number/impression
 * nibbles, the 2+14-bit minutia words) and FingerprintIO's Iso19794p2v2005Template and
 * Iso19794p2v2005Minutia (24-byte header, resolutions in pixels per centimetre, 6-byte minutiae,
 * the 2-byte extended data length per view):
 *
 *   Record header, 24 bytes
 *     4  format identifier "FMR\0"
 *     4  version " 20\0"
 *     4  record length, this header included
 *     2  capture equipment: certification (high 4 bits), capture device type id (low 12)
 *     2  image width    2  image height (pixels)
 *     2  horizontal     2  vertical resolution (pixels per centimetre: 500 ppi → 197)
 *     1  number of finger views
 *     1  reserved (0)
 *   Per finger view
 *     1  finger position (19794-4 Table 5: 1–10)
 *     1  view number (high 4 bits), impression type (low 4 bits; 0 live-scan plain)
 *     1  finger quality (0–100)
 *     1  number of minutiae
 *     6 × n minutiae
 *        2  type (high 2 bits: 01 ridge ending, 10 bifurcation, 00 other) + x (14 bits)
 *        2  reserved (high 2 bits, 0) + y (14 bits)
 *        1  angle, units of 360/256 degrees, counter-clockwise from the x axis
 *        1  minutia quality (0–100)
 *     2  extended data block length (0: none)
 */

export interface Iso19794_2Options {
  /** 19794-4 finger position; default the impression's finger. */
  readonly position?: number
  readonly viewNumber?: number
  /** 0 live-scan plain (default), 1 live-scan rolled, 8 swipe. */
  readonly impressionType?: number
  /** Capture device type id, 12 bits; default 0 (unreported). */
  readonly captureDeviceType?: number
  /**
   * What the header states (default 500). The minutiae are written as they are, in pixels of the
   * impression's window, so this must be the resolution the image was rendered at.
   */
  readonly resolutionPpi?: number
}

const TYPE_CODE = { 'ridge-ending': 1, bifurcation: 2 } as const

function minutiaBytes(minutia: Minutia, width: number, height: number): Buffer {
  const bytes = Buffer.alloc(6)
  // Coordinates are whole pixels inside the image (the standard requires x < width, y < height).
  const x = Math.min(width - 1, Math.max(0, Math.round(minutia.x)))
  const y = Math.min(height - 1, Math.max(0, Math.round(minutia.y)))
  bytes.writeUInt16BE((TYPE_CODE[minutia.type] << 14) | x, 0)
  bytes.writeUInt16BE(y, 2)
  const units = Math.round((minutia.angle * 256) / (2 * Math.PI)) % 256
  bytes[4] = units < 0 ? units + 256 : units
  bytes[5] = Math.min(100, Math.max(0, Math.round(minutia.quality)))
  return bytes
}

/** The record for one capture: one finger view holding the minutiae the device reports. */
export function encodeIso19794_2(impression: Impression, options: Iso19794_2Options = {}): Buffer {
  return encodeIso19794_2Views(
    impression.width,
    impression.height,
    [
      {
        position: options.position ?? impression.finger.position,
        viewNumber: options.viewNumber ?? 0,
        impressionType: options.impressionType ?? 0,
        quality: impression.quality,
        minutiae: impression.minutiae,
      },
    ],
    options,
  )
}

/** One view of a multi-view record. */
export interface Iso19794_2View {
  readonly position: number
  readonly viewNumber: number
  readonly impressionType: number
  readonly quality: number
  readonly minutiae: readonly Minutia[]
}

/** A record with several views sharing one image size (a slap's fingers, say). */
export function encodeIso19794_2Views(
  width: number,
  height: number,
  views: readonly Iso19794_2View[],
  options: Pick<Iso19794_2Options, 'captureDeviceType' | 'resolutionPpi'> = {},
): Buffer {
  const perCentimetre = Math.round((options.resolutionPpi ?? 500) / 2.54)
  const parts: Buffer[] = []
  for (const view of views) {
    // 255 is the most a view can hold; keep the best the device found.
    const kept = [...view.minutiae]
      .sort((a, b) => b.quality - a.quality)
      .slice(0, 255)
      .sort((a, b) => a.y - b.y || a.x - b.x)
    const head = Buffer.alloc(4)
    head[0] = view.position
    head[1] = ((view.viewNumber & 0x0f) << 4) | (view.impressionType & 0x0f)
    head[2] = Math.min(100, Math.max(0, Math.round(view.quality)))
    head[3] = kept.length
    parts.push(head, ...kept.map(m => minutiaBytes(m, width, height)), Buffer.alloc(2))
  }
  const body = Buffer.concat(parts)
  const header = Buffer.alloc(24)
  header.write('FMR\0', 0, 'latin1')
  header.write(' 20\0', 4, 'latin1')
  header.writeUInt32BE(24 + body.length, 8)
  header.writeUInt16BE((options.captureDeviceType ?? 0) & 0x0fff, 12)
  header.writeUInt16BE(width, 14)
  header.writeUInt16BE(height, 16)
  header.writeUInt16BE(perCentimetre, 18)
  header.writeUInt16BE(perCentimetre, 20)
  header[22] = views.length
  return Buffer.concat([header, body])
}
