/** ISO 7816-4 status words the chip answers with (ICAO 9303-10/11 use the same set). */
export const SW = {
  OK: 0x9000,
  END_OF_FILE: 0x6282,
  AUTHENTICATION_FAILED: 0x6300,
  MEMORY_FAILURE: 0x6581,
  WRONG_LENGTH: 0x6700,
  SM_NOT_SUPPORTED: 0x6882,
  SECURITY_NOT_SATISFIED: 0x6982,
  CONDITIONS_NOT_SATISFIED: 0x6985,
  NO_CURRENT_EF: 0x6986,
  SM_OBJECTS_MISSING: 0x6987,
  SM_OBJECTS_INCORRECT: 0x6988,
  WRONG_DATA: 0x6a80,
  FILE_NOT_FOUND: 0x6a82,
  NOT_ENOUGH_MEMORY: 0x6a84,
  WRONG_P1P2: 0x6a86,
  DATA_NOT_FOUND: 0x6a88,
  OFFSET_OUTSIDE_EF: 0x6b00,
  INS_NOT_SUPPORTED: 0x6d00,
  CLA_NOT_SUPPORTED: 0x6e00,
} as const

/** What a command handler produces before secure messaging decides how it travels. */
export interface Reply {
  readonly data: Buffer
  readonly sw: number
}

export const EMPTY = Buffer.alloc(0)

export function reply(sw: number, data: Buffer = EMPTY): Reply {
  return { data, sw }
}

export function encodeReply({ data, sw }: Reply): Buffer {
  const out = Buffer.allocUnsafe(data.length + 2)
  data.copy(out)
  out.writeUInt16BE(sw, data.length)
  return out
}
