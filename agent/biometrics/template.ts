import { AgentError } from '../../drivers/core/errors'
import {
  decodeFingerMinutiaeRecord,
  type FingerMinutiaeRecord,
  type MinutiaKind,
  type RecordMinutia,
} from './iso19794-2'

/**
 * The matcher's view of a finger: minutiae in one frame whatever device they came from. Pixels
 * at 500 ppi (x right, y down), angles in radians counter-clockwise from +x as seen on the image
 * (direction vector (cos θ, −sin θ)), pointing to the side with more ridges, as 19794-2 places them.
 */
export interface Minutia {
  readonly x: number
  readonly y: number
  readonly angle: number
  readonly type: MinutiaKind
  readonly quality: number
}

export interface MinutiaeTemplate {
  readonly minutiae: readonly Minutia[]
}

/** The frame every template is brought to. */
export const TEMPLATE_PPI = 500
const TWO_PI = 2 * Math.PI
const CM_PER_INCH = 2.54

/** Radians in [0, 2π) from the record's 360/256° units, and back. */
export function angleFromUnits(units: number): number {
  return (units * TWO_PI) / 256
}

export function angleToUnits(radians: number): number {
  const units = Math.round((radians * 256) / TWO_PI) % 256
  return units < 0 ? units + 256 : units
}

/**
 * One view of a decoded record as a template, scaled from the record's resolution to 500 ppi so
 * that a template from a 250 ppi reader and one from a 500 ppi slap scanner compare directly.
 */
export function templateFromRecord(record: FingerMinutiaeRecord, viewIndex = 0): MinutiaeTemplate {
  const view = record.views[viewIndex]
  if (view === undefined) {
    throw new AgentError('INVALID_ARGUMENT', 'ISO/IEC 19794-2 record has no such finger view', {
      details: { field: 'views', reason: 'out-of-range' },
    })
  }
  const sx = TEMPLATE_PPI / (record.resolutionX * CM_PER_INCH)
  const sy = TEMPLATE_PPI / (record.resolutionY * CM_PER_INCH)
  return {
    minutiae: view.minutiae.map((m: RecordMinutia) => ({
      x: m.x * sx,
      y: m.y * sy,
      angle: angleFromUnits(m.angle),
      type: m.type,
      quality: m.quality,
    })),
  }
}

/** The first view of an encoded record; malformed bytes are an `INVALID_ARGUMENT`. */
export function templateFromBytes(bytes: Uint8Array): MinutiaeTemplate {
  return templateFromRecord(decodeFingerMinutiaeRecord(bytes))
}

export interface RecordOptions {
  readonly width: number
  readonly height: number
  readonly position: number
  readonly quality: number
  readonly impressionType?: number
}

/** A one-view record of a template at 500 ppi (197 pixels per centimetre). */
export function templateToRecord(
  template: MinutiaeTemplate,
  options: RecordOptions,
): FingerMinutiaeRecord {
  const perCentimetre = Math.round(TEMPLATE_PPI / CM_PER_INCH)
  const inside = template.minutiae
    .map(m => ({ ...m, x: Math.round(m.x), y: Math.round(m.y) }))
    .filter(m => m.x >= 0 && m.y >= 0 && m.x < options.width && m.y < options.height)
    // A view holds at most 255; keep the surest.
    .sort((a, b) => b.quality - a.quality)
    .slice(0, 255)
  return {
    certification: 0,
    captureDeviceType: 0,
    width: options.width,
    height: options.height,
    resolutionX: perCentimetre,
    resolutionY: perCentimetre,
    views: [
      {
        position: options.position,
        viewNumber: 0,
        impressionType: options.impressionType ?? 0,
        quality: Math.max(0, Math.min(100, Math.round(options.quality))),
        minutiae: inside.map(m => ({
          type: m.type,
          x: m.x,
          y: m.y,
          angle: angleToUnits(m.angle),
          quality: Math.max(0, Math.min(100, Math.round(m.quality))),
        })),
        extendedData: Buffer.alloc(0),
      },
    ],
  }
}
