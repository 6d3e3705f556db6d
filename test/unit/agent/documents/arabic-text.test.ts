import assert from 'node:assert/strict'
import { faceFrame, renderFace, type FaceTemplate } from '../../../../agent/documents'
import { loadEngine } from '../../../../agent/documents/fonts'
import { Painter } from '../../../../agent/documents/painter'
import type { RgbImage } from '../../../../drivers/core/printer'
import { contentFor } from '../../../support/document-content'
import { IRQ_NATIONAL_ID } from '../../../../agent/documents/profiles/irq-national-id'

const SIZE = { widthPx: 1016, heightPx: 648, dpi: 300 } as const

/** A bare white card face holding one field, so every dark pixel is that field's text. */
function oneField(
  value: 'surname' | 'givenNames',
  box = { x: 10, y: 10, w: 60, h: 8 },
): FaceTemplate {
  return {
    side: 'front',
    widthMm: 85.6,
    heightMm: 54,
    background: '#ffffff',
    elements: [
      {
        kind: 'field',
        box,
        label: { national: '', latin: '' },
        value,
        labelSizePt: 5,
        valueSizePt: 9,
        labelColour: '#000000',
        valueColour: '#000000',
      },
    ],
  }
}

/** Columns holding at least one dark pixel. */
function inkColumns(image: RgbImage): number[] {
  const columns: number[] = []
  for (let x = 0; x < image.width; x += 1) {
    for (let y = 0; y < image.height; y += 1) {
      if ((image.rgb[(y * image.width + x) * 3] ?? 255) < 128) {
        columns.push(x)
        break
      }
    }
  }
  return columns
}

describe('agent/documents Arabic text (Noto Naskh Arabic, shaped by HarfBuzz, right to left)', () => {
  it('joins the letters of محمد into their connected forms', async () => {
    const canvas = await loadEngine()
    /** Draws `parts` right to left from x = 560, each part shaped on its own; returns the ink. */
    const draw = (parts: readonly string[]): boolean[] => {
      const context = canvas.createCanvas(600, 200).getContext('2d')
      const frame = faceFrame({ widthMm: 50, heightMm: 20 }, { widthPx: 600, heightPx: 200 })
      const painter = new Painter(context, frame)
      painter.fillRect({ x: 0, y: 0, w: 600, h: 200 }, '#ffffff')
      let edge = 560
      for (const part of parts) {
        painter.text(part, 'arabic', 80, '#000000', { edge, baseline: 130, room: 600 })
        edge -= painter.measure(part, 'arabic', 80)
      }
      const data = context.getImageData(0, 0, 600, 200).data
      return Array.from({ length: 600 * 200 }, (_, i) => (data[i * 4] ?? 255) < 128)
    }
    const differing = (a: boolean[], b: boolean[]) => a.filter((ink, i) => ink !== b[i]).length
    const word = draw(['محمد'])
    const inked = word.filter(Boolean).length
    // The same letters drawn one by one take their isolated forms: a different picture.
    const isolated = draw(Array.from('محمد'))
    assert.ok(differing(word, isolated) > inked * 0.3, 'the word is not its isolated letters')
    // The joined forms, written as Unicode presentation forms (initial meem, medial hah, medial
    // meem, final dal), are what a shaper must produce from the plain letters.
    const joined = draw(['\uFEE3\uFEA4\uFEE4\uFEAA'])
    assert.ok(differing(word, joined) < inked * 0.1, 'the word is its joined forms')
  })

  it('draws a national-script value from its box’s right edge, first word rightmost', async () => {
    const box = { x: 10, y: 10, w: 60, h: 8 }
    const frame = faceFrame({ widthMm: 85.6, heightMm: 54 }, SIZE)
    const content = {
      ...contentFor(IRQ_NATIONAL_ID),
      givenNames: { national: 'محمد علي', latin: '' },
    }
    const image = await renderFace(oneField('givenNames', box), content, SIZE)
    const columns = inkColumns(image)
    const boxLeft = frame.offsetX + box.x * frame.pxPerMm
    const boxRight = frame.offsetX + (box.x + box.w) * frame.pxPerMm
    const right = Math.max(...columns)
    const left = Math.min(...columns)
    assert.ok(
      boxRight - right < 0.5 * frame.pxPerMm,
      `ink ends ${(boxRight - right).toFixed(1)} px before the right edge`,
    )
    assert.ok(left > boxLeft + 20 * frame.pxPerMm, 'the run is right-aligned, not left')

    // The space between the words is the widest gap; محمد (first in logical order) lies right of it.
    const canvas = await loadEngine()
    const painter = new Painter(canvas.createCanvas(10, 10).getContext('2d'), frame)
    const size = painter.px(9) * 1.15
    const first = painter.measure('محمد', 'arabic-bold', size)
    const second = painter.measure('علي', 'arabic-bold', size)
    let gapStart = left
    let widest = 0
    for (let index = 1; index < columns.length; index += 1) {
      const gap = (columns[index] ?? 0) - (columns[index - 1] ?? 0)
      if (gap > widest) {
        widest = gap
        gapStart = columns[index - 1] ?? 0
      }
    }
    assert.ok(
      Math.abs(right - gapStart - first) < Math.abs(right - gapStart - second),
      'محمد is on the right',
    )
  })

  it('draws a name too long for its box smaller instead of past the box', async () => {
    const box = { x: 10, y: 10, w: 30, h: 8 }
    const frame = faceFrame({ widthMm: 85.6, heightMm: 54 }, SIZE)
    const content = {
      ...contentFor(IRQ_NATIONAL_ID),
      surname: {
        national: 'عبد الرحمن الهاشمي البغدادي',
        latin: 'ABD AL RAHMAN AL HASHIMI AL BAGHDADI',
      },
    }
    const image = await renderFace(oneField('surname', box), content, SIZE)
    const columns = inkColumns(image)
    assert.ok(Math.min(...columns) >= Math.floor(frame.offsetX + box.x * frame.pxPerMm))
    assert.ok(Math.max(...columns) <= Math.ceil(frame.offsetX + (box.x + box.w) * frame.pxPerMm))
  })

  it('stacks a title’s Arabic above its English, both centred in the box', async () => {
    const box = { x: 20, y: 10, w: 45, h: 12 }
    const frame = faceFrame({ widthMm: 85.6, heightMm: 54 }, SIZE)
    const face: FaceTemplate = {
      side: 'front',
      widthMm: 85.6,
      heightMm: 54,
      background: '#ffffff',
      elements: [
        {
          kind: 'text',
          box,
          text: { national: 'جمهورية العراق', latin: 'Republic of Iraq' },
          sizePt: 9,
          colour: '#000000',
          layout: 'stacked',
        },
      ],
    }
    const image = await renderFace(face, contentFor(IRQ_NATIONAL_ID), SIZE)
    const columns = inkColumns(image)
    const centre = frame.offsetX + (box.x + box.w / 2) * frame.pxPerMm
    const inkCentre = (Math.min(...columns) + Math.max(...columns)) / 2
    assert.ok(
      Math.abs(inkCentre - centre) < 0.5 * frame.pxPerMm,
      `${inkCentre.toFixed(1)} vs ${centre.toFixed(1)}`,
    )
    // Two text lines: two bands of ink rows, the Arabic one first.
    const rows: boolean[] = []
    for (let y = 0; y < image.height; y += 1) {
      let ink = false
      for (let x = 0; x < image.width && !ink; x += 1)
        ink = (image.rgb[(y * image.width + x) * 3] ?? 255) < 128
      rows.push(ink)
    }
    const bands = rows.filter((ink, y) => ink && !rows[y - 1]).length
    assert.equal(bands, 2)
  })
})
