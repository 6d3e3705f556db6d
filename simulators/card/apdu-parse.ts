/** The chip's own C-APDU decoding (ISO 7816-4 §5.1), kept apart from the driver's codec. */
export interface Command {
  readonly cla: number
  readonly ins: number
  readonly p1: number
  readonly p2: number
  readonly data: Buffer
  /** Ne; undefined when Le is absent, 256 or 65536 for a zero Le. */
  readonly le: number | undefined
}

/** The largest Ne, i.e. "as much as there is", in short and extended form. */
export function isWildcardLe(le: number): boolean {
  return le === 256 || le === 65536
}

/**
 * The four cases, short or extended: nothing; Le; Lc + data; Lc + data + Le. Undefined when the
 * body matches none, which the caller answers with 6700.
 */
export function parseCommand(apdu: Buffer): Command | undefined {
  if (apdu.length < 4) return undefined
  const header = {
    cla: apdu.readUInt8(0),
    ins: apdu.readUInt8(1),
    p1: apdu.readUInt8(2),
    p2: apdu.readUInt8(3),
  }
  const body = apdu.subarray(4)
  const none = Buffer.alloc(0)
  if (body.length === 0) return { ...header, data: none, le: undefined }
  const first = body.readUInt8(0)
  if (body.length === 1) return { ...header, data: none, le: first || 256 }
  if (first !== 0) {
    if (body.length === 1 + first) return { ...header, data: body.subarray(1), le: undefined }
    if (body.length === 2 + first) {
      return { ...header, data: body.subarray(1, 1 + first), le: body.readUInt8(1 + first) || 256 }
    }
    return undefined
  }
  // A leading 00 switches Lc and Le to two bytes each.
  if (body.length === 3) return { ...header, data: none, le: body.readUInt16BE(1) || 65536 }
  if (body.length < 3) return undefined
  const lc = body.readUInt16BE(1)
  if (lc === 0) return undefined
  if (body.length === 3 + lc) return { ...header, data: body.subarray(3), le: undefined }
  if (body.length === 5 + lc) {
    return { ...header, data: body.subarray(3, 3 + lc), le: body.readUInt16BE(3 + lc) || 65536 }
  }
  return undefined
}
