import { formatCcyymmdd, formatIsoDate, isCalendarDate, parseIsoDate } from '../calendar-date'
import { IcaoDecodeError, invalidArgument } from '../icao-error'

/** Value encodings shared by DG11 and DG12 (Doc 9303-10 §4.7.11, §4.7.12): UTF-8 text and dates. */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A text element as UTF-8. Throws `INVALID_ARGUMENT` naming `field` when it is empty (leave the
 * element out instead), holds control characters, or is not well-formed UTF-16 (a lone surrogate
 * would be replaced silently and read back as something else).
 */
export function encodeText(field: string, value: string): Buffer {
  if (value.length === 0) throw invalidArgument(field, 'required')
  if (LONE_SURROGATE.test(value) || hasControlCharacter(value)) {
    throw invalidArgument(field, 'not-well-formed')
  }
  return Buffer.from(value, 'utf8')
}

/** UTF-8 text of an element; invalid UTF-8 is an {@link IcaoDecodeError} `not-utf8`. */
export function decodeText(structure: string, bytes: Buffer): string {
  try {
    return utf8.decode(bytes)
  } catch (error) {
    throw new IcaoDecodeError(structure, 'not-utf8', { cause: error })
  }
}

/** An ISO `YYYY-MM-DD` date as the LDS writes it: `CCYYMMDD` in ASCII digits. */
export function encodeDate(field: string, isoDate: string): Buffer {
  return Buffer.from(formatCcyymmdd(parseIsoDate(isoDate, field)), 'ascii')
}

/**
 * A `CCYYMMDD` date back to ISO `YYYY-MM-DD`. Accepts the ASCII digits this agent writes and the
 * four-byte BCD form some issuers use; refuses a day that does not exist.
 */
export function decodeDate(structure: string, bytes: Buffer): string {
  const digits = bytes.length === 4 ? bcdDigits(structure, bytes) : bytes.toString('latin1')
  if (!/^\d{8}$/.test(digits)) throw new IcaoDecodeError(structure, 'not-a-date')
  const date = {
    year: Number(digits.slice(0, 4)),
    month: Number(digits.slice(4, 6)),
    day: Number(digits.slice(6)),
  }
  if (!isCalendarDate(date.year, date.month, date.day))
    throw new IcaoDecodeError(structure, 'not-a-date')
  return formatIsoDate(date)
}

/** A moment as `yyyymmddhhmmss` in UTC, the form of DG12 5F55. */
export function encodeDateTime(field: string, moment: Date): Buffer {
  const time = moment.getTime()
  if (Number.isNaN(time) || moment.getUTCFullYear() < 1 || moment.getUTCFullYear() > 9999) {
    throw invalidArgument(field, 'out-of-range')
  }
  // toISOString is YYYY-MM-DDTHH:mm:ss.sssZ for years 1–9999: keep the digits up to the second.
  const text = moment.toISOString().slice(0, 19).replace(/\D/g, '')
  return Buffer.from(text, 'ascii')
}

/** `yyyymmddhhmmss` (UTC) back to a Date; anything but a real moment is `not-a-date`. */
export function decodeDateTime(structure: string, bytes: Buffer): Date {
  const text = bytes.toString('latin1')
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text)
  if (!match) throw new IcaoDecodeError(structure, 'not-a-date')
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  if (!isCalendarDate(year, month, day) || hour > 23 || minute > 59 || second > 59) {
    throw new IcaoDecodeError(structure, 'not-a-date')
  }
  const moment = new Date(Date.UTC(year, month - 1, day, hour, minute, second))
  // Date.UTC maps years 0–99 to 1900–1999; set the full year explicitly.
  moment.setUTCFullYear(year)
  return moment
}

function bcdDigits(structure: string, bytes: Buffer): string {
  let digits = ''
  for (const byte of bytes) {
    const high = byte >> 4
    const low = byte & 0x0f
    if (high > 9 || low > 9) throw new IcaoDecodeError(structure, 'not-a-date')
    digits += `${high}${low}`
  }
  return digits
}

function hasControlCharacter(value: string): boolean {
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}
