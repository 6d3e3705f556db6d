/**
 * Reads a printed MRZ back with Debian's tesseract (eng model) as an independent reader would:
 * the characters are found on the raster by projection profiles (test/support/mrz-measure.ts),
 * then recognised in two passes, each one tesseract process over a list of crops.
 *
 * Why not one `--psm 6` over the whole zone: the eng model reads runs of `<` fillers as `K`,
 * `<K<` or nothing, so a line comes back with characters inserted or lost — a reader fault, not
 * a print fault (each filler alone reads correctly). Fixed-pitch MRZ readers segment first, so
 * this one does too: pass 1 classifies every cell alone (`--psm 10`), which finds the fillers;
 * pass 2 reads each run of non-filler cells as one line (`--psm 7`), so a letter has its
 * neighbours as context (`UTO` rather than `UT0`). A run whose length does not match keeps pass 1.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createCanvas } from '@napi-rs/canvas'
import type { RgbImage } from '../../drivers/core/printer'
import { measureMrz, type MeasuredLine } from './mrz-measure'

const WHITELIST = 'tessedit_char_whitelist=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<'

/** True when the `tesseract` CLI runs. */
export function tesseractAvailable(): boolean {
  const result = spawnSync('tesseract', ['--version'], { stdio: 'ignore' })
  return result.error === undefined && result.status === 0
}

/** The MRZ lines tesseract reads between rows `top` and the bottom of `image`. */
export function readMrz(image: RgbImage, top: number): string[] {
  const lines = measureMrz(image, top, image.height, [])
  const work = mkdtempSync(path.join(tmpdir(), 'idstation-mrz-ocr-'))
  try {
    const cellFiles: string[] = []
    lines.forEach((line, row) => {
      line.glyphs.forEach((glyph, column) => {
        const centre = (glyph.left + glyph.right) / 2
        const file = path.join(work, `cell-${String(row)}-${String(column)}.png`)
        writeFileSync(file, crop(image, line, centre - line.pitchPx / 2, centre + line.pitchPx / 2))
        cellFiles.push(file)
      })
    })
    const singles = recognise(work, cellFiles, '10')
    let next = 0
    const cells = lines.map(line => line.glyphs.map(() => singles[next++] ?? '?'))

    const runs: { row: number; from: number; to: number; file: string }[] = []
    lines.forEach((line, row) => {
      const text = cells[row] ?? []
      for (let from = 0; from < text.length;) {
        if (text[from] === '<') {
          from += 1
          continue
        }
        let to = from
        while (to < text.length && text[to] !== '<') to += 1
        const first = line.glyphs[from]
        const last = line.glyphs[to - 1]
        if (first !== undefined && last !== undefined) {
          const file = path.join(work, `run-${String(row)}-${String(from)}.png`)
          const margin = line.pitchPx * 0.3
          writeFileSync(file, crop(image, line, first.left - margin, last.right + margin))
          runs.push({ row, from, to, file })
        }
        from = to
      }
    })
    const words = recognise(
      work,
      runs.map(run => run.file),
      '7',
    )
    runs.forEach((run, index) => {
      const word = words[index] ?? ''
      const row = cells[run.row]
      if (row === undefined || word.length !== run.to - run.from) return
      Array.from(word).forEach((character, offset) => (row[run.from + offset] = character))
    })
    return cells.map(row => row.join(''))
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

/** Tesseract over a list of images, one text per image (form feeds separate pages). */
function recognise(work: string, files: readonly string[], psm: string): string[] {
  if (files.length === 0) return []
  const list = path.join(work, `list-${psm}.txt`)
  writeFileSync(list, `${files.join('\n')}\n`)
  const output = execFileSync(
    'tesseract',
    [list, 'stdout', '--psm', psm, '-l', 'eng', '-c', WHITELIST],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  )
  return output.split('\f').map(text => text.replace(/\s/g, ''))
}

/** Columns [left, right) of one MRZ line, 1.5 pitches high around its centre, on a white margin. */
function crop(image: RgbImage, line: MeasuredLine, left: number, right: number): Buffer {
  const x0 = Math.round(left)
  const width = Math.max(1, Math.round(right) - x0)
  const height = Math.round(line.pitchPx * 1.5)
  const y0 = Math.round(line.centrePx - height / 2)
  const pad = 10
  const canvas = createCanvas(width + 2 * pad, height + 2 * pad)
  const context = canvas.getContext('2d')
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  const pixels = context.createImageData(width, height)
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const source = ((y + y0) * image.width + x + x0) * 3
      const inside = x + x0 >= 0 && x + x0 < image.width && y + y0 >= 0 && y + y0 < image.height
      const target = (y * width + x) * 4
      pixels.data[target] = inside ? (image.rgb[source] ?? 255) : 255
      pixels.data[target + 1] = inside ? (image.rgb[source + 1] ?? 255) : 255
      pixels.data[target + 2] = inside ? (image.rgb[source + 2] ?? 255) : 255
      pixels.data[target + 3] = 255
    }
  }
  context.putImageData(pixels, pad, pad)
  return canvas.encodeSync('png')
}
