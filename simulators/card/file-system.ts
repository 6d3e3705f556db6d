import { isWildcardLe } from './apdu-parse'
import { EMPTY, reply, SW, type Reply } from './status'

/** The LDS1 elementary files of the eMRTD application (ICAO 9303-10 §4.6, JMRTD PassportService). */
export const FID = {
  COM: 0x011e,
  SOD: 0x011d,
  CVCA: 0x011c,
  DG1: 0x0101,
  DG3: 0x0103,
  DG4: 0x0104,
  DG16: 0x0110,
} as const

/** The only files CREATE FILE accepts: the applet's FileSystem has no DFs and no MF files. */
export function isApplicationFid(fid: number): boolean {
  return (
    (fid >= FID.DG1 && fid <= FID.DG16) || fid === FID.SOD || fid === FID.COM || fid === FID.CVCA
  )
}

/** Short file identifiers map onto file ids by their low byte (ICAO 9303-10 Table 35). */
export function fidForSfi(sfi: number): number | undefined {
  const fid = 0x0100 | sfi
  return isApplicationFid(fid) ? fid : undefined
}

export interface ElementaryFile {
  /** Fixed by the first CREATE FILE, as the applet does, so later writes cannot grow a file. */
  readonly size: number
  readonly data: Buffer
}

/**
 * Whole chip EEPROM available to files. Generous enough for a DG2 face image; a bound exists so
 * that "file full" is reachable without fault injection.
 */
export const DEFAULT_CAPACITY = 128 * 1024

/**
 * R-APDU data stays below vpcd's 65535-byte frame even after SM adds DO'87', DO'99' and DO'8E'
 * and the block padding.
 */
const MAX_READ = 0xff00

/** Transparent EFs by file id; state lives in the caller's map so the card image can persist it. */
export class FileSystem {
  constructor(
    private readonly files: Map<number, ElementaryFile>,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  has(fid: number): boolean {
    return this.files.has(fid)
  }

  size(fid: number): number | undefined {
    return this.files.get(fid)?.size
  }

  create(fid: number, size: number): number {
    if (!isApplicationFid(fid) || size === 0 || size > 0x7fff) return SW.WRONG_DATA
    const existing = this.files.get(fid)
    if (existing !== undefined) return size > existing.size ? SW.NOT_ENOUGH_MEMORY : SW.OK
    if (this.used() + size > this.capacity) return SW.NOT_ENOUGH_MEMORY
    this.files.set(fid, { size, data: Buffer.alloc(size) })
    return SW.OK
  }

  write(fid: number, offset: number, bytes: Buffer): number {
    const file = this.files.get(fid)
    if (file === undefined) return SW.FILE_NOT_FOUND
    if (offset > file.size) return SW.OFFSET_OUTSIDE_EF
    if (offset + bytes.length > file.size) return SW.NOT_ENOUGH_MEMORY
    bytes.copy(file.data, offset)
    return SW.OK
  }

  /** ISO 7816-4: a read that ends the file before an explicit Le is satisfied warns with 6282. */
  read(fid: number, offset: number, le: number): Reply {
    const file = this.files.get(fid)
    if (file === undefined) return reply(SW.FILE_NOT_FOUND)
    if (offset >= file.size) return reply(SW.OFFSET_OUTSIDE_EF)
    const count = Math.min(le, file.size - offset, MAX_READ)
    const data = Buffer.from(file.data.subarray(offset, offset + count))
    const short = count < le && !isWildcardLe(le) && count === file.size - offset
    return reply(short ? SW.END_OF_FILE : SW.OK, data.length === 0 ? EMPTY : data)
  }

  private used(): number {
    let total = 0
    for (const file of this.files.values()) total += file.size
    return total
  }
}
