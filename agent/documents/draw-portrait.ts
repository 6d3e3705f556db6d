/**
 * The holder's portrait and the SPECIMEN overprint. The portrait is decoded by the canvas itself
 * (no JPEG code of ours) and fitted into its box keeping its aspect; without one the box stays an
 * empty frame, so a misplaced photo is never mistaken for a missing one.
 */
import { AgentError } from '../../drivers/core/errors'
import type { Painter, BoxPx } from './painter'
import type { PortraitElement } from './template'

type LoadImage = (source: Buffer) => Promise<{ readonly width: number; readonly height: number }>

/**
 * Fills the portrait box: the decoded JPEG centred and scaled to fit, or nothing, then the frame.
 * Rejects with INVALID_ARGUMENT (details.field `portraitJpeg`) when the bytes are not an image.
 */
export async function drawPortrait(
  painter: Painter,
  element: PortraitElement,
  jpeg: Buffer | undefined,
  loadImage: LoadImage,
): Promise<void> {
  const box = painter.box(element.box)
  painter.fillRect(box, '#eef1f4')
  if (jpeg !== undefined) {
    const image = await loadImage(jpeg).catch((cause: unknown) => {
      throw new AgentError('INVALID_ARGUMENT', 'the portrait is not a decodable image', {
        cause,
        details: { field: 'portraitJpeg', reason: 'not-an-image' },
      })
    })
    const scale = Math.min(box.w / image.width, box.h / image.height)
    const w = image.width * scale
    const h = image.height * scale
    // The canvas's own Image type is what loadImage returns; drawImage takes it as it is.
    painter.ctx.drawImage(
      image as Parameters<Painter['ctx']['drawImage']>[0],
      box.x + (box.w - w) / 2,
      box.y + (box.h - h) / 2,
      w,
      h,
    )
  }
  const line = Math.max(1, painter.frame.pxPerMm * 0.25)
  painter.ctx.strokeStyle = element.frame
  painter.ctx.lineWidth = line
  painter.ctx.strokeRect(box.x + line / 2, box.y + line / 2, box.w - line, box.h - line)
}

/**
 * SPECIMEN across the face, diagonal and translucent, inside `area` only: callers pass the
 * face above the MRZ's clear area, so OCR never sees it.
 */
export function drawSpecimen(painter: Painter, area: BoxPx): void {
  const { ctx } = painter
  const size = Math.min(area.w, area.h * 2) / 6
  painter.clipped(area, () => {
    ctx.save()
    ctx.translate(area.x + area.w / 2, area.y + area.h / 2)
    ctx.rotate(-Math.atan2(area.h, area.w))
    painter.setFont('latin-bold', size)
    ctx.direction = 'ltr'
    ctx.textAlign = 'center'
    ctx.textBaseline = 'middle'
    ctx.fillStyle = 'rgba(200, 30, 40, 0.28)'
    ctx.fillText('SPECIMEN', 0, 0)
    ctx.restore()
  })
}
