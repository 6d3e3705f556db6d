import { isLogEventId } from '../logging/events'
import { LOG_FIELD_NAMES } from '../logging/log-fields'
import { maskSensitiveText } from '../logging/redact'

/** Keys the logger adds to every line, besides the allow-listed fields. */
const LOGGER_KEYS: ReadonlySet<string> = new Set(['level', 'message', 'timestamp', 'service'])
/** Parts of the logger's rendering of an error that may leave the station. */
const ERROR_KEYS: ReadonlySet<string> = new Set(['name', 'code', 'message', 'cause', 'stack'])
const LEVELS: ReadonlySet<string> = new Set(['error', 'warn', 'info', 'debug'])

/** Why lines or fields were left out, counted for the bundle's manifest. */
export interface LogFilterCounts {
  kept: number
  /** Not a JSON object: a stack trace fragment, a corrupt or foreign line. */
  droppedNotJson: number
  /** JSON, but its `event` is missing or not in the catalogue. */
  droppedUncatalogued: number
  /** Fields removed from kept lines: not allow-listed, or not a plain value. */
  droppedFields: number
}

export function emptyCounts(): LogFilterCounts {
  return { kept: 0, droppedNotJson: 0, droppedUncatalogued: 0, droppedFields: 0 }
}

function scalar(value: unknown): string | number | boolean | undefined {
  if (typeof value === 'string') return maskSensitiveText(value)
  if (typeof value === 'number' || typeof value === 'boolean') return value
  return undefined
}

function filterError(value: unknown, counts: LogFilterCounts): Record<string, unknown> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const kept: Record<string, unknown> = {}
  for (const [key, part] of Object.entries(value)) {
    const masked = ERROR_KEYS.has(key) ? scalar(part) : undefined
    if (masked === undefined) counts.droppedFields += 1
    else kept[key] = masked
  }
  return kept
}

/** One line, or undefined when it must not leave the station. */
function filterLine(line: string, counts: LogFilterCounts): string | undefined {
  let record: unknown
  try {
    record = JSON.parse(line)
  } catch {
    counts.droppedNotJson += 1
    return undefined
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    counts.droppedNotJson += 1
    return undefined
  }
  const fields = record as Record<string, unknown>
  if (
    !isLogEventId(fields.event) ||
    typeof fields.level !== 'string' ||
    !LEVELS.has(fields.level)
  ) {
    counts.droppedUncatalogued += 1
    return undefined
  }
  const kept: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(fields)) {
    const masked =
      key === 'error'
        ? filterError(value, counts)
        : LOGGER_KEYS.has(key) || LOG_FIELD_NAMES.has(key)
          ? scalar(value)
          : undefined
    if (masked === undefined) counts.droppedFields += 1
    else kept[key] = masked
  }
  counts.kept += 1
  return JSON.stringify(kept)
}

/**
 * The agent's JSON log lines fit to leave the station: only lines naming a catalogued event,
 * only allow-listed fields with plain values, MRZ-like text and blobs masked. The logger already
 * does this when writing; the bundle does it again because a log file may come from an older
 * version, another tool, or a hand edit.
 */
export function filterLogText(text: string, counts: LogFilterCounts): string {
  const out: string[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const kept = filterLine(line, counts)
    if (kept !== undefined) out.push(kept)
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`
}
