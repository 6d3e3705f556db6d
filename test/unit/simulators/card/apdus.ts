/** Personalization command bodies shared by the card tests. */

/** PUT DATA 62's body as the applet expects it: 62 { 04 docNo, 04 DOB, 04 DOE }. */
export function mrzSeedData(documentNumber: string, birth: string, expiry: string): Buffer {
  const field = (text: string): Buffer =>
    Buffer.concat([Buffer.from([0x04, text.length]), Buffer.from(text, 'latin1')])
  const body = Buffer.concat([field(documentNumber), field(birth), field(expiry)])
  return Buffer.concat([Buffer.from([0x62, body.length]), body])
}
