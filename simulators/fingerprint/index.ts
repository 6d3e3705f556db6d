/**
 * Synthetic fingers for the fingerprint simulator: deterministic per (identity, finger), with
 * per-capture noise, images, ISO/IEC 19794-2 records and slap previews.
 */
export {
  FINGER_HEIGHT,
  FINGER_WIDTH,
  captureImpression,
  createFinger,
  type Impression,
  type ImpressionOptions,
  type MasterMinutia,
  type Minutia,
  type MinutiaType,
  type QualityProfile,
  type SyntheticFinger,
} from './synthetic-finger'
export { renderImage, type GreyImage } from './render'
export { renderSlap, type SlapBox, type SlapImage, type SlapOptions } from './slap'
export {
  encodeIso19794_2,
  encodeIso19794_2Views,
  type Iso19794_2Options,
  type Iso19794_2View,
} from './iso19794-2'
export type { PatternClass } from './finger-pattern'
