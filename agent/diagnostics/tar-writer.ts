import { gzipSync } from 'node:zlib'

/** One regular file of a tarball. */
export interface TarEntry {
  /** A relative path with '/' separators, at most 100 bytes (no ustar prefix is written). */
  readonly name: string
  readonly content: Buffer | string
  /** Mode bits; default 0600. */
  readonly mode?: number
}

const BLOCK = 512

function writeString(header: Buffer, offset: number, length: number, value: string): void {
  const bytes = Buffer.from(value, 'utf8')
  if (bytes.length > length) throw new RangeError(`tar field too long: ${value}`)
  bytes.copy(header, offset)
}

/** A NUL-terminated octal number filling `length` bytes, as ustar readers expect. */
function writeOctal(header: Buffer, offset: number, length: number, value: number): void {
  writeString(header, offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`)
}

function header(entry: TarEntry, size: number, mtimeSeconds: number): Buffer {
  if (entry.name === '' || entry.name.startsWith('/') || entry.name.split('/').includes('..'))
    throw new RangeError(`unsafe tar entry name: ${entry.name}`)
  const block = Buffer.alloc(BLOCK)
  writeString(block, 0, 100, entry.name)
  writeOctal(block, 100, 8, (entry.mode ?? 0o600) & 0o7777)
  writeOctal(block, 108, 8, 0)
  writeOctal(block, 116, 8, 0)
  writeOctal(block, 124, 12, size)
  writeOctal(block, 136, 12, mtimeSeconds)
  block.fill(0x20, 148, 156) // the checksum is summed with its own field as spaces
  block[156] = 0x30 // '0': a regular file
  writeString(block, 257, 6, 'ustar\0')
  writeString(block, 263, 2, '00')
  writeString(block, 265, 32, 'idstation')
  writeString(block, 297, 32, 'idstation')
  let sum = 0
  for (const byte of block) sum += byte
  writeString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `)
  return block
}

/**
 * A gzip-compressed ustar archive of regular files, written in memory: bundles are small, and
 * owning the format keeps the agent free of another dependency. Owner ids are 0 and names
 * "idstation", so the tarball says nothing about the station's accounts.
 */
export function writeTarGz(entries: readonly TarEntry[], mtime: Date = new Date()): Buffer {
  const mtimeSeconds = Math.floor(mtime.getTime() / 1000)
  const parts: Buffer[] = []
  for (const entry of entries) {
    const content = Buffer.isBuffer(entry.content)
      ? entry.content
      : Buffer.from(entry.content, 'utf8')
    parts.push(header(entry, content.length, mtimeSeconds), content)
    const padding = (BLOCK - (content.length % BLOCK)) % BLOCK
    if (padding > 0) parts.push(Buffer.alloc(padding))
  }
  parts.push(Buffer.alloc(2 * BLOCK))
  return gzipSync(Buffer.concat(parts))
}
