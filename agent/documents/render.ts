/**
 * Document faces as rasters for the printers: a profile's face templates filled with one
 * applicant's DocumentContent, drawn with Skia (@napi-rs/canvas) in real fonts — OCR-B for the
 * MRZ, Noto Naskh Arabic (shaped, right to left) and Noto Sans for the visual zone. Every front-end
 * gets the same faces from the agent. Personal data stays in memory and in the returned rasters.
 */
import type { RgbImage } from '../../drivers/core/printer'
import type { DocumentContent } from './content'
import { drawField, drawPattern, drawStaticText } from './draw-elements'
import { drawMrz } from './draw-mrz'
import { drawPortrait, drawSpecimen } from './draw-portrait'
import { loadEngine } from './fonts'
import { faceFrame, type RasterSize } from './geometry'
import { Painter } from './painter'
import type { DocumentProfile } from './profile'
import type { FaceTemplate } from './template'

/** One rendered face, in the profile's face order. */
export interface RenderedFace {
  readonly side: FaceTemplate['side']
  readonly image: RgbImage
}

/**
 * Draws `face` for `content` on a `size` raster (the printer's PrinterInfo fits: widthPx,
 * heightPx, dpi). Rejects with INTERNAL when a font is missing (details.debianPackage), with
 * RangeError when the raster is not positive integers or the MRZ lines are not the face's format,
 * and with INVALID_ARGUMENT (details.field `portraitJpeg`) when the portrait does not decode.
 * Calls may overlap; each draws on its own canvas.
 */
export async function renderFace(
  face: FaceTemplate,
  content: DocumentContent,
  size: RasterSize,
  options: { readonly specimen?: boolean } = {},
): Promise<RgbImage> {
  const canvasModule = await loadEngine()
  const frame = faceFrame(face, size)
  const canvas = canvasModule.createCanvas(size.widthPx, size.heightPx)
  const painter = new Painter(canvas.getContext('2d'), frame)
  painter.fillRect({ x: 0, y: 0, w: size.widthPx, h: size.heightPx }, face.background)
  let mrzTop = size.heightPx
  for (const element of face.elements) {
    switch (element.kind) {
      case 'rect':
        painter.fillRect(painter.bleedBox(element.box), element.fill, element.radiusMm ?? 0)
        break
      case 'pattern':
        drawPattern(painter, element)
        break
      case 'text':
        drawStaticText(painter, element)
        break
      case 'field':
        drawField(painter, element, content)
        break
      case 'portrait':
        await drawPortrait(painter, element, content.portraitJpeg, canvasModule.loadImage)
        break
      case 'mrz':
        mrzTop = drawMrz(painter, element.format, content.mrzLines).clearTopPx
        break
    }
  }
  if (content.specimen || options.specimen === true) {
    drawSpecimen(painter, { x: 0, y: 0, w: size.widthPx, h: mrzTop })
  }
  return toRgb(painter, size)
}

/**
 * Every face of `profile` for `content`, each on the raster `sizeFor(face)` gives (the printer
 * that prints that face). SPECIMEN is overprinted when the content or the profile asks for it.
 */
export async function renderDocument(
  profile: DocumentProfile,
  content: DocumentContent,
  sizeFor: (face: FaceTemplate) => RasterSize,
): Promise<RenderedFace[]> {
  const faces: RenderedFace[] = []
  for (const face of profile.faces) {
    const image = await renderFace(face, content, sizeFor(face), { specimen: profile.specimen })
    faces.push({ side: face.side, image })
  }
  return faces
}

/** RGBA from the canvas to the printers' packed RGB. */
function toRgb(painter: Painter, size: RasterSize): RgbImage {
  const { widthPx, heightPx } = size
  const rgba = painter.ctx.getImageData(0, 0, widthPx, heightPx).data
  const rgb = Buffer.allocUnsafe(widthPx * heightPx * 3)
  for (let source = 0, target = 0; source < rgba.length; source += 4, target += 3) {
    rgb[target] = rgba[source] ?? 0
    rgb[target + 1] = rgba[source + 1] ?? 0
    rgb[target + 2] = rgba[source + 2] ?? 0
  }
  return { width: widthPx, height: heightPx, rgb }
}
