import { invalidArgument } from './icao-error'

/** A proleptic Gregorian calendar date, already checked to exist. */
export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a day that exists: month 1–12, day within the month, 29 February only in leap years. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false
  if (year < 1 || month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

/**
 * Reads an ISO 8601 calendar date `YYYY-MM-DD`. Throws `INVALID_ARGUMENT` naming `field` (reason
 * `not-a-date`) for any other shape or a day that does not exist, such as 2023-02-29.
 */
export function parseIsoDate(value: string, field: string): CalendarDate {
  const match = ISO_DATE.exec(value)
  if (!match) throw invalidArgument(field, 'not-a-date')
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (!isCalendarDate(year, month, day)) throw invalidArgument(field, 'not-a-date')
  return { year, month, day }
}

/** `YYYY-MM-DD`. */
export function formatIsoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

/** The MRZ form of Doc 9303-3 §4.8: `YYMMDD`, the century dropped. */
export function formatYymmdd(date: CalendarDate): string {
  return `${pad(date.year % 100, 2)}${pad(date.month, 2)}${pad(date.day, 2)}`
}

/** The LDS form used by DG11 and DG12: `CCYYMMDD`. */
export function formatCcyymmdd(date: CalendarDate): string {
  return `${pad(date.year, 4)}${pad(date.month, 2)}${pad(date.day, 2)}`
}

/** Orders two dates: negative, zero or positive like a comparator. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0')
}
