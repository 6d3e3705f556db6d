import { randomBytes } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import type { ElementaryFile } from './file-system'
import type { LifeCycle } from './life-cycle'

/** Everything that survives a power cycle; the session (selection, BAC, SM) never does. */
export interface CardImage {
  /** 8 random bytes fixed at manufacture, so each virtual chip is told apart like a real one. */
  readonly serial: Buffer
  lifeCycle: LifeCycle
  readonly files: Map<number, ElementaryFile>
  /** Kseed from PUT DATA 62; absent until then, so BAC cannot succeed on a blank chip. */
  bacSeed?: Buffer | undefined
  aaModulus?: Buffer | undefined
  aaPrivateExponent?: Buffer | undefined
}

export function blankImage(random: (size: number) => Buffer = randomBytes): CardImage {
  return { serial: random(8), lifeCycle: 'pre-personalised', files: new Map() }
}

interface ImageJson {
  readonly version: number
  readonly serial: string
  readonly lifeCycle: LifeCycle
  readonly files: Record<string, { readonly size: number; readonly data: string }>
  readonly bacSeed?: string | undefined
  readonly aaModulus?: string | undefined
  readonly aaPrivateExponent?: string | undefined
}

const LIFE_CYCLES: readonly string[] = ['pre-personalised', 'personalised', 'locked']

export function imageToJson(image: CardImage): string {
  const files: ImageJson['files'] = {}
  for (const [fid, file] of [...image.files].sort(([a], [b]) => a - b)) {
    files[fid.toString(16).padStart(4, '0')] = { size: file.size, data: file.data.toString('hex') }
  }
  const json: ImageJson = {
    version: 1,
    serial: image.serial.toString('hex'),
    lifeCycle: image.lifeCycle,
    files,
    bacSeed: image.bacSeed?.toString('hex'),
    aaModulus: image.aaModulus?.toString('hex'),
    aaPrivateExponent: image.aaPrivateExponent?.toString('hex'),
  }
  return `${JSON.stringify(json, null, 2)}\n`
}

/** Throws on anything but a version-1 image, so a corrupt file is never mistaken for a blank card. */
export function imageFromJson(text: string): CardImage {
  const json = JSON.parse(text) as Partial<ImageJson> & Pick<ImageJson, 'files'>
  if (
    json.version !== 1 ||
    json.serial === undefined ||
    json.lifeCycle === undefined ||
    !LIFE_CYCLES.includes(json.lifeCycle)
  ) {
    throw new Error('not a version 1 idstation card image')
  }
  const files = new Map<number, ElementaryFile>()
  for (const [fid, file] of Object.entries(json.files)) {
    const data = Buffer.from(file.data, 'hex')
    if (data.length !== file.size) throw new Error(`file ${fid}: data does not match its size`)
    files.set(parseInt(fid, 16), { size: file.size, data })
  }
  const optional = (hex: string | undefined): Buffer | undefined =>
    hex === undefined ? undefined : Buffer.from(hex, 'hex')
  return {
    serial: Buffer.from(json.serial, 'hex'),
    lifeCycle: json.lifeCycle,
    files,
    bacSeed: optional(json.bacSeed),
    aaModulus: optional(json.aaModulus),
    aaPrivateExponent: optional(json.aaPrivateExponent),
  }
}

/** Loads the image at `path`, or creates a blank one there when the file does not exist yet. */
export function loadOrCreateImage(path: string): CardImage {
  try {
    return imageFromJson(readFileSync(path, 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  const image = blankImage()
  saveImage(path, image)
  return image
}

/** Write-then-rename, so a simulator killed mid-save leaves the previous image, never half of one. */
export function saveImage(path: string, image: CardImage): void {
  const temporary = `${path}.tmp`
  writeFileSync(temporary, imageToJson(image))
  renameSync(temporary, path)
}
