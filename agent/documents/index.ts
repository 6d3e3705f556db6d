/**
 * Document rendering as an agent capability: profiles and face templates as data, rendered to
 * printer rasters with real fonts. The canvas engine loads at the first render only.
 */
export { templateProblems } from './check-template'
export type { BilingualText, DocumentContent } from './content'
export {
  DOCUMENT_SIZE_MM,
  faceFrame,
  nominalSize,
  type FaceFrame,
  type RasterSize,
} from './geometry'
export {
  MRZ_NOMINAL,
  OCR_B_SIZE_1_CAP_HEIGHT_MM,
  mrzGeometry,
  type MrzGeometry,
  type MrzNominal,
} from './mrz-geometry'
export type { DocumentProfile } from './profile'
export { findProfile, PROFILES } from './profiles'
export { renderDocument, renderFace, type RenderedFace } from './render'
export type { FaceTemplate, TemplateElement } from './template'
