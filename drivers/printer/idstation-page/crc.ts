/**
 * The two checksums of the page-printer protocol, table-driven. The simulator computes both its
 * own way (bitwise, and node's zlib), so a slip here cannot cancel itself out.
 */

const CRC16_TABLE = buildCrc16Table()
const CRC32_TABLE = buildCrc32Table()

/** CRC-16/CCITT-FALSE: poly 0x1021, init 0xFFFF, not reflected, no final xor ("123456789" → 0x29B1). */
export function crc16(bytes: Uint8Array, initial = 0xffff): number {
  let crc = initial
  for (const byte of bytes) {
    crc = ((crc << 8) ^ (CRC16_TABLE[((crc >> 8) ^ byte) & 0xff] ?? 0)) & 0xffff
  }
  return crc
}

/** CRC-32 (ISO-HDLC, as zlib and PNG): "123456789" → 0xCBF43926. Chain with `crc32(b, crc32(a))`. */
export function crc32(bytes: Uint8Array, previous = 0): number {
  let crc = ~previous >>> 0
  for (const byte of bytes) crc = (crc >>> 8) ^ (CRC32_TABLE[(crc ^ byte) & 0xff] ?? 0)
  return ~crc >>> 0
}

function buildCrc16Table(): Uint16Array {
  const table = new Uint16Array(256)
  for (let i = 0; i < 256; i += 1) {
    let crc = i << 8
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 0x8000 ? (crc << 1) ^ 0x1021 : crc << 1
    table[i] = crc & 0xffff
  }
  return table
}

function buildCrc32Table(): Uint32Array {
  const table = new Uint32Array(256)
  for (let i = 0; i < 256; i += 1) {
    let crc = i
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1
    table[i] = crc >>> 0
  }
  return table
}
