/**
 * The visual zone's elements: panels, background pattern, fixed bilingual text and labelled
 * fields. Arabic is drawn right to left from a box's right edge and Latin left to right from its
 * left edge, as bilingual Iraqi documents print them.
 */
import type { BilingualText, DocumentContent } from './content'
import type { Painter } from './painter'
import type { FieldElement, PatternElement, StaticTextElement, Typeface } from './template'
import { fieldValue } from './values'

/**
 * Naskh's letters sit smaller on their em than Noto Sans capitals: drawn 15 % larger, an Arabic
 * run reads the same size as the Latin beside it.
 */
const ARABIC_SCALE = 1.15
/** Space kept between a Latin run and an Arabic run on one line, in em of the line's size. */
const GAP_EM = 1.2

/** Fine diagonal lines over `element.box`, clipped to it. */
export function drawPattern(painter: Painter, element: PatternElement): void {
  const box = painter.bleedBox(element.box)
  const step = Math.max(2, element.spacingMm * painter.frame.pxPerMm)
  const { ctx } = painter
  painter.clipped(box, () => {
    ctx.strokeStyle = element.colour
    ctx.lineWidth = Math.max(1, step / 6)
    ctx.beginPath()
    for (let x = box.x - box.h; x < box.x + box.w; x += step) {
      ctx.moveTo(x, box.y + box.h)
      ctx.lineTo(x + box.h, box.y)
    }
    ctx.stroke()
  })
}

/** Fixed bilingual text: split across its box, or stacked and centred. */
export function drawStaticText(painter: Painter, element: StaticTextElement): void {
  const box = painter.box(element.box)
  const size = painter.px(element.sizePt)
  const latin: Typeface = element.bold === true ? 'latin-bold' : 'latin'
  const arabic: Typeface = element.bold === true ? 'arabic-bold' : 'arabic'
  if (element.layout === 'stacked') {
    // Arabic above English, each centred, the pair centred in the box.
    const centre = box.x + box.w / 2
    const top = box.y + (box.h - size * 2.3) / 2
    const room = { edge: centre, room: box.w }
    painter.text(
      element.text.national,
      arabic,
      size * ARABIC_SCALE,
      element.colour,
      {
        ...room,
        baseline: top + size * 1.05,
      },
      'center',
    )
    painter.text(
      element.text.latin,
      latin,
      size,
      element.colour,
      {
        ...room,
        baseline: top + size * 2.15,
      },
      'center',
    )
    return
  }
  const baseline = box.y + box.h / 2 + size * 0.36
  pair(painter, element.text, { latin, arabic }, size, element.colour, box.x, box.w, baseline)
}

/** Label line (English left, Arabic right), then the value line below it. */
export function drawField(painter: Painter, element: FieldElement, content: DocumentContent): void {
  const box = painter.box(element.box)
  const label = painter.px(element.labelSizePt)
  const value = painter.px(element.valueSizePt)
  const labelBaseline = box.y + label * 1.0
  pair(painter, element.label, TYPEFACES, label, element.labelColour, box.x, box.w, labelBaseline)
  const valueBaseline = labelBaseline + label * 0.35 + value * 1.15
  const text =
    typeof element.value === 'string' ? fieldValue(content, element.value) : element.value.fixed
  pair(painter, text, BOLD_TYPEFACES, value, element.valueColour, box.x, box.w, valueBaseline)
}

/** The height a field needs, in points: what checkTemplate compares with its box. */
export function fieldHeightPt(element: FieldElement): number {
  return element.labelSizePt * 1.35 + element.valueSizePt * 1.45
}

const TYPEFACES = { latin: 'latin', arabic: 'arabic' } as const
const BOLD_TYPEFACES = { latin: 'latin-bold', arabic: 'arabic-bold' } as const

/**
 * One line holding a Latin run from the left edge and an Arabic run from the right edge. When
 * both do not fit beside each other, each gets room in proportion to its natural width.
 */
function pair(
  painter: Painter,
  text: BilingualText,
  typefaces: { readonly latin: Typeface; readonly arabic: Typeface },
  size: number,
  colour: string,
  left: number,
  width: number,
  baseline: number,
): void {
  const arabicSize = size * ARABIC_SCALE
  const latinWidth = painter.measure(text.latin, typefaces.latin, size)
  const arabicWidth = painter.measure(text.national, typefaces.arabic, arabicSize)
  const gap = latinWidth > 0 && arabicWidth > 0 ? size * GAP_EM : 0
  const available = Math.max(1, width - gap)
  const scale = Math.min(1, available / Math.max(1, latinWidth + arabicWidth))
  painter.text(text.latin, typefaces.latin, size, colour, {
    edge: left,
    baseline,
    room: Math.max(1, latinWidth * scale),
  })
  painter.text(text.national, typefaces.arabic, arabicSize, colour, {
    edge: left + width,
    baseline,
    room: Math.max(1, arabicWidth * scale),
  })
}
