/**
 * Image decoding for outside bytes (portraits, printed faces) with Skia through @napi-rs/canvas,
 * a maintained decoder, instead of a parser of our own. The module is loaded on first use, so
 * an agent that never decodes an image never loads Skia.
 *
 * Callers bound the size from the file's own header first: decoding allocates width × height × 4
 * bytes.
 */

type Canvas = typeof import('@napi-rs/canvas')

let canvas: Promise<Canvas> | undefined

/** The canvas module, imported once on first use. */
function loadCanvas(): Promise<Canvas> {
  canvas ??= import('@napi-rs/canvas')
  return canvas
}

/** A decoded image: 8-bit RGBA, row by row, `width × height × 4` bytes. */
export interface DecodedImage {
  readonly width: number
  readonly height: number
  readonly rgba: Uint8ClampedArray
}

/**
 * Decodes a JPEG, PNG or other format Skia reads into RGBA, every pixel drawn (not just the header
 * read). With `overWhite` the image is drawn on a white canvas, so transparency comes out
 * composited over white and every pixel opaque. Resolves undefined when Skia cannot decode the
 * bytes; never rejects for bad input. Like a browser, Skia draws what it can of an image whose
 * compressed data is damaged or cut short; what it cannot start decoding is refused.
 */
export async function decodeImage(
  bytes: Uint8Array,
  options: { readonly overWhite?: boolean } = {},
): Promise<DecodedImage | undefined> {
  const { Image, createCanvas } = await loadCanvas()
  const image = new Image()
  // An undecodable source reports through onerror and a rejected decode(); keep both quiet.
  image.onerror = () => undefined
  try {
    image.src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    await image.decode()
  } catch {
    return undefined
  }
  const { width, height } = image
  if (width === 0 || height === 0) return undefined
  const context = createCanvas(width, height).getContext('2d')
  if (options.overWhite === true) {
    context.fillStyle = '#ffffff'
    context.fillRect(0, 0, width, height)
  }
  context.drawImage(image, 0, 0)
  return { width, height, rgba: context.getImageData(0, 0, width, height).data }
}
