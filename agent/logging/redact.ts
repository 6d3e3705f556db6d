import { LOG_FIELD_NAMES } from './log-fields'

/**
 * Keys the logger itself adds. `error` is the logger's own rendering of an `err` field
 * (name, code, message, stack), which is masked like any text.
 */
const LOGGER_KEYS: ReadonlySet<string> = new Set([
  'level',
  'message',
  'timestamp',
  'service',
  'version',
  'error',
])

// A name field or filler run: "ERIKSSON<<ANNA<MARIA" or the "<<<<<<" tail of a line.
const MRZ_RUN = /[A-Z0-9<]*<<[A-Z0-9<]*/g
// Whole TD1 (30), TD2 (36) and TD3 (44) lines, even without filler.
const MRZ_LINE = /(?<![A-Za-z0-9<])(?:[A-Z0-9<]{44}|[A-Z0-9<]{36}|[A-Z0-9<]{30})(?![A-Za-z0-9<])/g
const BLOB = /[A-Za-z0-9+/_-]{64,}={0,2}/g
const HEX = /^[0-9a-fA-F]+$/

function looksLikeBlob(candidate: string): boolean {
  if (HEX.test(candidate)) return true
  // Base64 of random bytes mixes cases and digits and rarely has a '/' every few characters;
  // long file paths do, so they survive.
  const mixed = /[a-z]/.test(candidate) && /[A-Z]/.test(candidate) && /[0-9]/.test(candidate)
  const longestSegment = Math.max(...candidate.split('/').map(segment => segment.length))
  return mixed && longestSegment >= 32
}

/**
 * Masks text that looks like an ICAO MRZ line or a long base64/hex blob (≥ 64 characters):
 * a second line of defence behind the typed field allow-list, for messages and values that
 * carry something they should not.
 */
export function maskSensitiveText(text: string): string {
  return text
    .replace(MRZ_RUN, run => (run.length >= 5 ? '[MRZ]' : run))
    .replace(MRZ_LINE, '[MRZ]')
    .replace(BLOB, blob => (looksLikeBlob(blob) ? `[${blob.length} chars redacted]` : blob))
}

function maskValue(value: unknown): unknown {
  if (typeof value === 'string') return maskSensitiveText(value)
  if (typeof value === 'number' || typeof value === 'boolean') return value
  return undefined
}

/**
 * The redaction step of the root logger's format pipeline, as a plain transform so only
 * logger.ts needs winston: drops every field that is not in the `LogFieldName` allow-list or
 * the logger's own keys, drops non-scalar values, and masks MRZ-like text and blobs in the
 * message and every string value. Symbol keys (winston's internal state) pass untouched.
 */
export function redactLogRecord<T extends Record<string | symbol, unknown>>(info: T): T {
  const record = info as Record<string | symbol, unknown>
  for (const key of Object.keys(record)) {
    const value = record[key]
    if (!LOGGER_KEYS.has(key) && !LOG_FIELD_NAMES.has(key)) {
      Reflect.deleteProperty(record, key)
    } else if (key === 'error' && typeof value === 'object' && value !== null) {
      const masked: Record<string, unknown> = {}
      for (const [name, part] of Object.entries(value)) masked[name] = maskValue(part)
      record[key] = masked
    } else {
      const masked = maskValue(value)
      if (masked === undefined) Reflect.deleteProperty(record, key)
      else record[key] = masked
    }
  }
  return info
}
