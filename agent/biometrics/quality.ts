import {
  ANALYSIS_PPI,
  analyseBlocks,
  atAnalysisResolution,
  checkImage,
  type GreyImage,
} from './image'

/*
 * The agent's finger image quality score, 0–100, for readers that report none (method id
 * QUALITY_METHOD; docs/fingerprint-quality.md says the same for operators). It is not NFIQ 2:
 * NIST's model needs its trained random forest; this is three measurable properties of the
 * image, each mapped to 0–1 and multiplied, so any one of them being bad makes the score bad:
 *
 *   area       foreground (finger) area at 500 ppi over a full plain impression's, 60,000 px²
 *              (about 150 mm²) or three quarters of the image if that is smaller; capped at 1.
 *              Enters as its square root: a slightly small contact is a small loss.
 *   contrast   mean grey-level standard deviation of the foreground blocks over 75 (a clean,
 *              well-pressed live-scan ridge pattern has 70–90), capped at 1, to the power 0.7:
 *              faint but regular ridges still extract.
 *   coherence  mean orientation coherence of the foreground blocks (1 for parallel ridges, 0 for
 *              noise; image.ts), mapped linearly from 0.3 → 0 to 0.95 → 1.
 *
 * The foreground is found from contrast and coherence per 8 × 8 block (image.ts). The score is
 * rounded to an integer.
 */

export const QUALITY_METHOD = 'idstation-area-contrast-coherence-v1'

export interface QualityFactors {
  readonly area: number
  readonly contrast: number
  readonly coherence: number
  readonly score: number
}

const FULL_AREA = 60_000
const FULL_CONTRAST = 75
const CONTRAST_POWER = 0.7
const COHERENCE_FLOOR = 0.3
const COHERENCE_FULL = 0.95

/** The score and its three factors, for diagnostics. */
export function qualityFactors(image: GreyImage, resolutionPpi = ANALYSIS_PPI): QualityFactors {
  checkImage(image)
  const working = atAnalysisResolution(image, resolutionPpi)
  const field = analyseBlocks(working)
  let blocks = 0
  let deviation = 0
  let coherence = 0
  for (let cell = 0; cell < field.foreground.length; cell += 1) {
    if (field.foreground[cell] !== 1) continue
    blocks += 1
    deviation += field.deviation[cell] ?? 0
    coherence += field.coherence[cell] ?? 0
  }
  if (blocks === 0) return { area: 0, contrast: 0, coherence: 0, score: 0 }
  const reference = Math.min(FULL_AREA, 0.75 * working.width * working.height)
  const area = Math.min(1, (blocks * field.block * field.block) / reference)
  const contrast = Math.min(1, deviation / blocks / FULL_CONTRAST) ** CONTRAST_POWER
  const coherenceFactor = Math.max(
    0,
    Math.min(1, (coherence / blocks - COHERENCE_FLOOR) / (COHERENCE_FULL - COHERENCE_FLOOR)),
  )
  const score = Math.round(100 * Math.sqrt(area) * contrast * coherenceFactor)
  return { area, contrast, coherence: coherenceFactor, score }
}

/** 0–100: the agent's quality score of a finger image (see the module comment). */
export function imageQuality(image: GreyImage, resolutionPpi = ANALYSIS_PPI): number {
  return qualityFactors(image, resolutionPpi).score
}
