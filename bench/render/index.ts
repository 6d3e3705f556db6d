/**
 * `npm run bench -- render`: what drawing a document face costs the agent. Each face is drawn
 * with the shipping renderer (Skia via @napi-rs/canvas, OCR-B and Noto fonts, a portrait JPEG to
 * decode) on its printer's raster at 300 dpi — Evolis card faces 1016 × 648, the page printer's
 * data page 1476 × 1039 — and beside it, in the same run, the agent's own PNG encode of the same
 * raster (agent/imaging/png.ts), the cheapest thing any front-end must do with a face it drew
 * itself. Targets: p50 ≤ 50 ms per card face, ≤ 100 ms per passport page.
 */
import { createCanvas } from '@napi-rs/canvas'
import { findProfile, renderFace, type RasterSize } from '../../agent/documents'
import type { DocumentProfile } from '../../agent/documents/profile'
import type { FaceTemplate } from '../../agent/documents/template'
import { encodeRgbPng } from '../../agent/imaging/png'
import { contentFor } from '../../test/support/document-content'
import type { BenchOptions, BenchOutcome } from '../support/bench'
import { summarize } from '../support/stats'
import { formatDuration, renderTable } from '../support/table'

const CARD: RasterSize = { widthPx: 1016, heightPx: 648, dpi: 300 }
const PAGE: RasterSize = { widthPx: 1476, heightPx: 1039, dpi: 300 }

interface Scenario {
  readonly name: string
  readonly profile: DocumentProfile
  readonly face: FaceTemplate
  readonly size: RasterSize
  readonly targetMs: number
}

/** A 35 × 45 mm portrait at 300 dpi, drawn (never a photograph of anyone) and JPEG-encoded. */
function portraitJpeg(): Buffer {
  const canvas = createCanvas(413, 531)
  const context = canvas.getContext('2d')
  const gradient = context.createLinearGradient(0, 0, 413, 531)
  gradient.addColorStop(0, '#c9d6e3')
  gradient.addColorStop(1, '#8ea3b8')
  context.fillStyle = gradient
  context.fillRect(0, 0, 413, 531)
  context.fillStyle = '#5d6b7a'
  context.beginPath()
  context.ellipse(206, 210, 95, 125, 0, 0, Math.PI * 2)
  context.ellipse(206, 560, 190, 170, 0, 0, Math.PI * 2)
  context.fill()
  return canvas.encodeSync('jpeg', 90)
}

function scenarios(): Scenario[] {
  const national = findProfile('irq-national-id')
  const passport = findProfile('irq-passport')
  if (national === undefined || passport === undefined) throw new Error('profiles missing')
  return [
    ...national.faces.map(face => ({
      name: `ID card ${face.side}`,
      profile: national,
      face,
      size: CARD,
      targetMs: 50,
    })),
    ...passport.faces.map(face => ({
      name: `passport ${face.side}`,
      profile: passport,
      face,
      size: PAGE,
      targetMs: 100,
    })),
  ]
}

async function timeMs<T>(
  runs: number,
  work: () => Promise<T> | T,
): Promise<{ samples: number[]; last: T }> {
  const samples: number[] = []
  let last: T | undefined
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now()
    last = await work()
    samples.push(performance.now() - start)
  }
  if (last === undefined) throw new Error('no runs')
  return { samples, last }
}

export async function runRenderBench(options: BenchOptions): Promise<BenchOutcome> {
  const runs = options.quick ? 5 : 50
  const jpeg = portraitJpeg()
  const rows: string[][] = []
  let met = 0
  let missed = 0
  for (const scenario of scenarios()) {
    const content = contentFor(scenario.profile, { portraitJpeg: jpeg })
    const render = () => renderFace(scenario.face, content, scenario.size)
    await timeMs(3, render) // warm-up: engine, fonts, glyph caches
    const drawn = await timeMs(runs, render)
    const image = drawn.last
    await timeMs(3, () => encodeRgbPng(image))
    const encoded = await timeMs(runs, () => encodeRgbPng(image))
    const renderP50 = summarize(drawn.samples).p50Ms
    const encodeP50 = summarize(encoded.samples).p50Ms
    const ok = renderP50 <= scenario.targetMs
    if (ok) met += 1
    else missed += 1
    rows.push([
      scenario.name,
      `${String(scenario.size.widthPx)} × ${String(scenario.size.heightPx)}`,
      formatDuration(renderP50),
      formatDuration(summarize(drawn.samples).p99Ms),
      formatDuration(encodeP50),
      `${(renderP50 / encodeP50).toFixed(2)}×`,
      `≤ ${String(scenario.targetMs)} ms`,
      ok ? 'met' : 'MISS',
    ])
  }
  console.log(
    `${String(runs)} renders per face after 3 warm-ups; PNG encode of the same raster in the same run`,
  )
  console.log(
    renderTable(
      [
        { header: 'face' },
        { header: 'raster' },
        { header: 'render p50', align: 'right' },
        { header: 'render p99', align: 'right' },
        { header: 'PNG encode p50', align: 'right' },
        { header: 'render / encode', align: 'right' },
        { header: 'target' },
        { header: '' },
      ],
      rows,
    ),
  )
  return { targetsMet: met, targetsMissed: missed }
}
