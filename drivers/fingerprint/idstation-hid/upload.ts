import { TransportError } from '../../core/errors'
import type { CapturedFinger } from '../../core/fingerprint'
import type { CaptureResultHeader, ImageChunk, ResultFinger } from './commands'

/** Larger images than this per side are no fingerprint reader's: a device bug, not an alloc. */
export const MAX_IMAGE_SIDE = 2048
/** ISO/IEC 19794-2 records of 255 minutiae stay far below this. */
export const MAX_TEMPLATE_LENGTH = 0xffff

interface Parts {
  readonly finger: ResultFinger
  readonly pixels: Buffer
  readonly template: Buffer
  pixelsFilled: number
  templateFilled: number
}

/**
 * Collects one capture's upload: the CAPTURE_RESULT header, then IMAGE_CHUNK events, each part
 * of each finger in order from offset 0 (the device sends them that way, and HID reports arrive
 * in order, so anything else means a lost or repeated chunk). Every violation is TRANSPORT_IO
 * with details.reason 'malformed' or, for a result that ends short, 'incomplete-upload'.
 */
export class CaptureUpload {
  private header: CaptureResultHeader | undefined
  private parts: Parts[] = []

  constructor(private readonly positions: readonly number[]) {}

  start(header: CaptureResultHeader): void {
    if (this.header !== undefined) throw malformed('a second CAPTURE_RESULT')
    const returned = header.fingers.map(finger => finger.position)
    if (
      returned.length !== this.positions.length ||
      returned.some((position, index) => position !== this.positions[index])
    ) {
      throw malformed('CAPTURE_RESULT positions differ from the request')
    }
    for (const finger of header.fingers) {
      if (finger.width < 1 || finger.height < 1) throw malformed('an empty image')
      if (finger.width > MAX_IMAGE_SIDE || finger.height > MAX_IMAGE_SIDE) {
        throw malformed(`an image side above ${MAX_IMAGE_SIDE}`)
      }
      if (finger.templateLength > MAX_TEMPLATE_LENGTH) throw malformed('a template too long')
    }
    this.header = header
    this.parts = header.fingers.map(finger => ({
      finger,
      pixels: Buffer.alloc(finger.imageLength),
      template: Buffer.alloc(finger.templateLength),
      pixelsFilled: 0,
      templateFilled: 0,
    }))
  }

  add(chunk: ImageChunk): void {
    if (this.header === undefined) throw malformed('IMAGE_CHUNK before CAPTURE_RESULT')
    const parts = this.parts[chunk.finger]
    if (parts === undefined) throw malformed(`IMAGE_CHUNK for finger ${chunk.finger}`)
    const pixels = chunk.part === 'pixels'
    const target = pixels ? parts.pixels : parts.template
    const filled = pixels ? parts.pixelsFilled : parts.templateFilled
    if (chunk.offset !== filled) {
      throw malformed(`IMAGE_CHUNK at offset ${chunk.offset}, expected ${filled}`)
    }
    if (filled + chunk.data.length > target.length) throw malformed('IMAGE_CHUNK past the end')
    chunk.data.copy(target, filled)
    if (pixels) parts.pixelsFilled += chunk.data.length
    else parts.templateFilled += chunk.data.length
  }

  /** The metThreshold flag and the fingers, once every byte announced has arrived. */
  finish(options: { readonly quality: boolean; readonly templates: boolean }): {
    readonly metThreshold: boolean
    readonly fingers: CapturedFinger[]
  } {
    if (this.header === undefined) {
      throw incomplete('the capture ended without a CAPTURE_RESULT')
    }
    const fingers = this.parts.map(parts => {
      if (
        parts.pixelsFilled !== parts.pixels.length ||
        parts.templateFilled !== parts.template.length
      ) {
        throw incomplete(`finger ${parts.finger.position} arrived incomplete`)
      }
      const { position, width, height, resolutionPpi, quality } = parts.finger
      const finger: CapturedFinger = {
        position,
        width,
        height,
        resolutionPpi,
        pixels: parts.pixels,
        ...(options.quality ? { quality } : {}),
        ...(options.templates && parts.template.length > 0 ? { template: parts.template } : {}),
      }
      return finger
    })
    return { metThreshold: this.header.metThreshold, fingers }
  }
}

function malformed(message: string): TransportError {
  return new TransportError('TRANSPORT_IO', `capture upload: ${message}`, {
    details: { reason: 'malformed', payload: 'CAPTURE' },
  })
}

function incomplete(message: string): TransportError {
  return new TransportError('TRANSPORT_IO', `capture upload: ${message}`, {
    details: { reason: 'incomplete-upload' },
  })
}
