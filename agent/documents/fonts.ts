/**
 * The fonts the renderer draws with, loaded once from the Debian packages the bootstrap installs,
 * together with the canvas module itself: both are loaded at the first render, so an agent that
 * never renders never loads Skia. A missing font is an AgentError naming the package to install.
 */
import { existsSync } from 'node:fs'
import { AgentError } from '../../drivers/core/errors'
import type { Typeface } from './template'

type CanvasModule = typeof import('@napi-rs/canvas')

/** A font file, the family name the canvas knows it by and the Debian package that ships it. */
interface FontFile {
  readonly family: string
  readonly path: string
  readonly debianPackage: string
}

/** OCR-B for the MRZ (Doc 9303-3 §4.4), Noto for the visual zone. Family names are ours. */
export const FONT_FILES = {
  ocrB: {
    family: 'Idstation OCR-B',
    path: '/usr/share/fonts/opentype/ocr-b/OCRB.otf',
    debianPackage: 'fonts-ocr-b',
  },
  latin: {
    family: 'Idstation Noto Sans',
    path: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
    debianPackage: 'fonts-noto-core',
  },
  'latin-bold': {
    family: 'Idstation Noto Sans Bold',
    path: '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf',
    debianPackage: 'fonts-noto-core',
  },
  arabic: {
    family: 'Idstation Noto Naskh Arabic',
    path: '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf',
    debianPackage: 'fonts-noto-core',
  },
  'arabic-bold': {
    family: 'Idstation Noto Naskh Arabic Bold',
    path: '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf',
    debianPackage: 'fonts-noto-core',
  },
} as const satisfies Readonly<Record<Typeface | 'ocrB', FontFile>>

/** A font the renderer draws with: a template typeface or the MRZ's OCR-B. */
export type FontName = keyof typeof FONT_FILES

let engine: Promise<CanvasModule> | undefined

/**
 * The canvas module with every font registered. Rejects with INTERNAL (details.font,
 * details.debianPackage) when a font file is missing or unreadable; the next call tries again.
 */
export function loadEngine(): Promise<CanvasModule> {
  engine ??= load().catch((error: unknown) => {
    engine = undefined
    throw error
  })
  return engine
}

async function load(): Promise<CanvasModule> {
  for (const file of Object.values(FONT_FILES)) assertPresent(file)
  const canvas = await import('@napi-rs/canvas')
  for (const file of Object.values(FONT_FILES)) {
    if (canvas.GlobalFonts.registerFromPath(file.path, file.family) === null) {
      throw missingFont(file, 'the font file does not load')
    }
  }
  return canvas
}

/** Throws unless `file` exists; exported for the check at start-up and for tests. */
export function assertPresent(file: FontFile): void {
  if (!existsSync(file.path)) throw missingFont(file, 'the font file is missing')
}

function missingFont(file: FontFile, reason: string): AgentError {
  return new AgentError(
    'INTERNAL',
    `${reason}: ${file.path}; install the Debian package ${file.debianPackage}`,
    { details: { font: file.family, path: file.path, debianPackage: file.debianPackage } },
  )
}

/** A canvas `font` shorthand for `name` at `px` pixels. */
export function fontSpec(name: FontName, px: number): string {
  return `${px.toFixed(2)}px "${FONT_FILES[name].family}"`
}
