import { AgentError } from '../../core/errors'
import type { PrintFace, RgbImage } from '../../core/printer'

/**
 * The data page as the wire carries it (PRINT_BEGIN format RGB24): rows top to bottom, R G B per
 * pixel, which is RgbImage's own layout, so conversion is a check that the raster is exactly the
 * printer's. INVALID_ARGUMENT when it is not.
 */
export function toWireImage(image: RgbImage, widthPx: number, heightPx: number): Buffer {
  if (image.width !== widthPx || image.height !== heightPx) {
    throw new AgentError(
      'INVALID_ARGUMENT',
      `the data page must be ${widthPx} × ${heightPx} px, not ${image.width} × ${image.height}`,
      { details: { field: 'image', width: image.width, height: image.height } },
    )
  }
  if (image.rgb.length !== widthPx * heightPx * 3) {
    throw new AgentError('INVALID_ARGUMENT', 'the image holds not exactly 3 bytes per pixel', {
      details: { field: 'image', bytes: image.rgb.length },
    })
  }
  return image.rgb
}

/** The one face a passport data-page printer prints; INVALID_ARGUMENT for anything else. */
export function dataPage(faces: readonly PrintFace[]): RgbImage {
  const [face] = faces
  if (faces.length !== 1 || face?.side !== 'data-page') {
    throw new AgentError(
      'INVALID_ARGUMENT',
      'a passport printer prints exactly one data-page face',
      {
        details: { field: 'faces', count: faces.length },
      },
    )
  }
  return face.image
}
