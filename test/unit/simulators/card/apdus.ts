/** Personalization command bodies shared by the card tests. */

/** PUT DATA 62's body as the applet expects it: 62 { 04 docNo, 04 DOB, 04 DOE }. */
export function mrzSeedData(documentNumber: string, birth: string, expiry: string): Buffer {
  const field = (text: string): Buffer =>
    Buffer.concat([Buffer.from([0x04, text.length]), Buffer.from(text, 'latin1')])
  const body = Buffer.concat([field(documentNumber), field(birth), field(expiry)])
  return Buffer.concat([Buffer.from([0x62, body.length]), body])
}

const hexBytes = (text: string): Buffer => Buffer.from(text.replace(/ /g, ''), 'hex')

export const SELECT_EMRTD = hexBytes('00A4040C07A0000002471001')

/** CREATE FILE as the applet takes it: `00 E0 00 00 06 63 04 <size> <fid>`. */
export function createFile(fid: number, size: number): Buffer {
  const data = Buffer.from([0x63, 0x04, size >> 8, size & 0xff, fid >> 8, fid & 0xff])
  return Buffer.concat([hexBytes('00E0000006'), data])
}

export function selectFile(fid: number): Buffer {
  return Buffer.from([0x00, 0xa4, 0x02, 0x0c, 0x02, fid >> 8, fid & 0xff])
}

/** UPDATE BINARY, extended when the chunk does not fit a short APDU. */
export function updateBinary(offset: number, data: Buffer): Buffer {
  const header = Buffer.from([0x00, 0xd6, offset >> 8, offset & 0xff])
  const lc =
    data.length <= 255
      ? Buffer.from([data.length])
      : Buffer.from([0, data.length >> 8, data.length & 0xff])
  return Buffer.concat([header, lc, data])
}

export function putData(p1: number, p2: number, data: Buffer = Buffer.alloc(0)): Buffer {
  const header = Buffer.from([0x00, 0xda, p1, p2])
  return data.length === 0 ? header : Buffer.concat([header, Buffer.from([data.length]), data])
}

/** A TD3 DG1 for the ICAO 9303 specimen, 61 5B 5F1F 58 <88 characters>. */
export function specimenDg1(): Buffer {
  const mrz =
    'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<' + 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'
  const inner = Buffer.concat([hexBytes('5F1F58'), Buffer.from(mrz, 'latin1')])
  return Buffer.concat([Buffer.from([0x61, inner.length]), inner])
}

export const SPECIMEN_SEED = { documentNumber: 'L898902C3', birth: '740812', expiry: '120415' }
