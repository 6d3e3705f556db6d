import type { CapturedFinger } from '../../drivers/core/fingerprint'
import { extractMinutiae } from './extract'
import { encodeFingerMinutiaeRecord } from './iso19794-2'
import {
  MATCH_THRESHOLD,
  compareTemplates,
  prepareTemplate,
  type PreparedTemplate,
} from './matcher'
import { QUALITY_METHOD, imageQuality } from './quality'
import { TEMPLATE_PPI, templateFromBytes, templateToRecord } from './template'

/**
 * The agent's own fingerprint biometrics, pure and without I/O: ISO/IEC 19794-2 records, minutiae
 * extraction, an image quality score, a minutiae matcher and the duplicate check of an enrolment.
 */
export {
  decodeFingerMinutiaeRecord,
  encodeFingerMinutiaeRecord,
  type FingerMinutiaeRecord,
  type FingerView,
  type MinutiaKind,
  type RecordFailure,
  type RecordMinutia,
} from './iso19794-2'
export {
  angleFromUnits,
  angleToUnits,
  TEMPLATE_PPI,
  templateFromBytes,
  templateFromRecord,
  templateToRecord,
  type Minutia,
  type MinutiaeTemplate,
  type RecordOptions,
} from './template'
export {
  MATCH_THRESHOLD,
  compareTemplates,
  prepareTemplate,
  type PreparedTemplate,
} from './matcher'
export { extractMinutiae, type ExtractOptions } from './extract'
export { QUALITY_METHOD, imageQuality, qualityFactors, type QualityFactors } from './quality'
export {
  findDuplicateFingers,
  type DuplicateOptions,
  type DuplicatePair,
  type DuplicateReport,
} from './duplicates'
export type { GreyImage } from './image'

/**
 * What the capture service needs (agent/services/fingerprint/finger-matcher.ts, structurally):
 * quality and a 19794-2 record when the device gives none, and a comparison of two records.
 * Records compared repeatedly (an enrolment's fingers against each other) are decoded and
 * prepared once: the same Buffer object hits the cache.
 */
export function createFingerMatcher(): {
  readonly threshold: number
  readonly qualityMethod: string
  quality(finger: CapturedFinger): number
  extract(finger: CapturedFinger): Buffer
  compare(a: Buffer, b: Buffer): number
} {
  const prepared = new WeakMap<Buffer, PreparedTemplate>()
  const prepare = (record: Buffer) => {
    const known = prepared.get(record)
    if (known !== undefined) return known
    const fresh = prepareTemplate(templateFromBytes(record))
    prepared.set(record, fresh)
    return fresh
  }
  const image = (finger: CapturedFinger) => ({
    width: finger.width,
    height: finger.height,
    pixels: finger.pixels,
  })
  return {
    threshold: MATCH_THRESHOLD,
    qualityMethod: QUALITY_METHOD,
    quality: finger => imageQuality(image(finger), finger.resolutionPpi),
    extract(finger) {
      const template = extractMinutiae(image(finger), { resolutionPpi: finger.resolutionPpi })
      const scale = TEMPLATE_PPI / finger.resolutionPpi
      return encodeFingerMinutiaeRecord(
        templateToRecord(template, {
          width: Math.max(1, Math.round(finger.width * scale)),
          height: Math.max(1, Math.round(finger.height * scale)),
          // 19794-2 views hold single fingers (0–10); a slap position is "unknown" here.
          position: finger.position <= 10 ? finger.position : 0,
          quality: finger.quality ?? imageQuality(image(finger), finger.resolutionPpi),
        }),
      )
    },
    compare: (a, b) => compareTemplates(prepare(a), prepare(b)),
  }
}
