import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { createCanvas } from '@napi-rs/canvas'
import {
  faceFrame,
  findProfile,
  mrzGeometry,
  renderDocument,
  renderFace,
  type RasterSize,
} from '../../../../agent/documents'
import { assertPresent } from '../../../../agent/documents/fonts'
import { AgentError } from '../../../../drivers/core/errors'
import type { RgbImage } from '../../../../drivers/core/printer'
import { contentFor } from '../../../support/document-content'

const CARD: RasterSize = { widthPx: 1016, heightPx: 648, dpi: 300 }
const PAGE: RasterSize = { widthPx: 1476, heightPx: 1039, dpi: 300 }

function profile(id: string) {
  return findProfile(id) ?? assert.fail(`no profile ${id}`)
}

function pixel(image: RgbImage, x: number, y: number): number[] {
  const at = (Math.round(y) * image.width + Math.round(x)) * 3
  return [...image.rgb.subarray(at, at + 3)]
}

/** A flat-colour JPEG, made by the canvas so no test carries anyone's photograph. */
function flatJpeg(colour: string, width: number, height: number): Buffer {
  const canvas = createCanvas(width, height)
  const context = canvas.getContext('2d')
  context.fillStyle = colour
  context.fillRect(0, 0, width, height)
  return canvas.encodeSync('jpeg', 95)
}

describe('agent/documents renderFace and renderDocument', () => {
  const national = profile('irq-national-id')
  const front = national.faces[0] ?? assert.fail('no front')
  const portraitBox =
    front.elements.find(e => e.kind === 'portrait')?.box ?? assert.fail('no portrait')
  const frame = faceFrame(front, CARD)
  const centre = {
    x: frame.offsetX + (portraitBox.x + portraitBox.w / 2) * frame.pxPerMm,
    y: frame.offsetY + (portraitBox.y + portraitBox.h / 2) * frame.pxPerMm,
  }

  it('draws the portrait JPEG inside its box, keeping its aspect', async () => {
    // A square red portrait in a 24 × 31 mm box: centred, full width, paper above and below.
    const content = contentFor(national, { portraitJpeg: flatJpeg('#d02020', 300, 300) })
    const image = await renderFace(front, content, CARD)
    const [red, green, blue] = pixel(image, centre.x, centre.y)
    assert.ok(
      (red ?? 0) > 180 && (green ?? 255) < 70 && (blue ?? 255) < 70,
      `centre ${String([red, green, blue])}`,
    )
    const nearTop = frame.offsetY + (portraitBox.y + 2) * frame.pxPerMm
    assert.notDeepEqual(pixel(image, centre.x, nearTop), pixel(image, centre.x, centre.y))
  })

  it('rejects a portrait that is not an image with INVALID_ARGUMENT', async () => {
    const content = contentFor(national, { portraitJpeg: Buffer.from('not a JPEG') })
    await assert.rejects(
      renderFace(front, content, CARD),
      (error: unknown) =>
        error instanceof AgentError &&
        error.code === 'INVALID_ARGUMENT' &&
        error.details.field === 'portraitJpeg',
    )
  })

  it('leaves an empty framed box without a portrait', async () => {
    const image = await renderFace(front, contentFor(national), CARD)
    assert.deepEqual(pixel(image, centre.x, centre.y), [0xee, 0xf1, 0xf4])
    const frameLine = frame.offsetX + (portraitBox.x + 0.1) * frame.pxPerMm
    assert.notDeepEqual(pixel(image, frameLine, centre.y), [0xee, 0xf1, 0xf4])
  })

  it('overprints SPECIMEN for a specimen profile, never inside the MRZ zone', async () => {
    const plain = profile('irq-passport')
    const specimen = profile('uto-specimen-passport')
    const content = contentFor(specimen)
    const face = specimen.faces[0] ?? assert.fail('no data page')
    const [marked] = await renderDocument(specimen, content, () => PAGE)
    // The same face without the overprint: the specimen profile's face drawn as a plain one.
    const [unmarked] = await renderDocument({ ...plain, faces: [face] }, content, () => PAGE)
    assert.ok(marked !== undefined && unmarked !== undefined)
    const clearTop = Math.floor(mrzGeometry('TD3', PAGE).clearTopPx)
    const split = clearTop * PAGE.widthPx * 3
    assert.ok(
      !marked.image.rgb.subarray(0, split).equals(unmarked.image.rgb.subarray(0, split)),
      'SPECIMEN printed',
    )
    assert.ok(
      marked.image.rgb.subarray(split).equals(unmarked.image.rgb.subarray(split)),
      'MRZ zone untouched',
    )
  })

  it('overprints SPECIMEN when the content asks for it (test keys signed the chip)', async () => {
    const plain = await renderFace(front, contentFor(national), CARD)
    const marked = await renderFace(front, contentFor(national, { specimen: true }), CARD)
    assert.ok(!plain.rgb.equals(marked.rgb))
  })

  it('runs a header band into the bleed of a raster larger than the card', async () => {
    const image = await renderFace(front, contentFor(national), CARD)
    assert.ok(frame.offsetY > 2, 'the Evolis raster is taller than an ID-1 card')
    assert.deepEqual(pixel(image, 500, 0), [0x0d, 0x4f, 0x34])
  })

  it('rejects MRZ lines of the wrong shape', async () => {
    const back = national.faces[1] ?? assert.fail('no back')
    const content = contentFor(national, { mrzLines: ['P<IRQ', 'SHORT'] })
    await assert.rejects(renderFace(back, content, CARD), RangeError)
  })

  it('names the Debian package of a missing font', () => {
    assert.throws(
      () => {
        assertPresent({
          family: 'Missing',
          path: '/nonexistent/OCRB.otf',
          debianPackage: 'fonts-ocr-b',
        })
      },
      (error: unknown) =>
        error instanceof AgentError &&
        error.code === 'INTERNAL' &&
        error.details.debianPackage === 'fonts-ocr-b' &&
        error.message.includes('fonts-ocr-b'),
    )
  })

  it('does not load the canvas engine until the first render', () => {
    const script = [
      "require('./agent/documents');",
      "const loaded = Object.keys(require.cache).some(k => k.includes('@napi-rs'));",
      'process.stdout.write(String(loaded));',
    ].join('')
    const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      encoding: 'utf8',
    })
    assert.equal(result.stdout, 'false', result.stderr)
  })
})
