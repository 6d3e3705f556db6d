import { nestsDeeperThan } from './json-depth'
import type { FieldSpec } from './schema'

/**
 * Where a value came from, so an error can send the reader to the right place: the config
 * file's path, the environment variable's name, or the command-line flag.
 */
export interface ConfigSource {
  readonly kind: 'file' | 'env' | 'flag'
  /** `/etc/idstation/config.json`, `IDSTATION_LOG_LEVEL` or `--set log.level`. */
  readonly name: string
}

/** One value as written in one source: typed JSON from the file, text from env and flags. */
export interface RawSetting {
  readonly key: string
  readonly value: unknown
  readonly source: ConfigSource
}

/** Either the coerced value or the reason it was refused, phrased as "is …, use …". */
export type Checked =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: string }

const DRIVER_ID = /^[a-z0-9][a-z0-9-]{0,62}$/
const BOOLEAN_TEXT: Readonly<Record<string, boolean>> = {
  true: true,
  false: false,
  '1': true,
  '0': false,
  yes: true,
  no: false,
}

function ok(value: unknown): Checked {
  return { ok: true, value }
}

function bad(problem: string): Checked {
  return { ok: false, problem }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Text from env or a flag as JSON; too deep a nesting counts as not JSON (see json-depth). */
function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  let value: unknown
  try {
    value = JSON.parse(text) as unknown
  } catch {
    return { ok: false }
  }
  return nestsDeeperThan(value) ? { ok: false } : { ok: true, value }
}

function checkInteger(spec: FieldSpec & { type: 'integer' }, value: unknown, fromText: boolean) {
  let number = value
  if (fromText && typeof value === 'string' && /^-?\d+$/.test(value.trim())) number = Number(value)
  const allowed = `use an integer from ${spec.min} to ${spec.max}`
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
    return bad(`is not an integer, ${allowed}`)
  }
  if (number < spec.min || number > spec.max) return bad(`is out of range, ${allowed}`)
  return ok(number)
}

function checkBoolean(value: unknown, fromText: boolean): Checked {
  if (typeof value === 'boolean') return ok(value)
  if (fromText && typeof value === 'string') {
    const parsed = BOOLEAN_TEXT[value.trim().toLowerCase()]
    if (parsed !== undefined) return ok(parsed)
  }
  return bad(
    fromText ? 'is not a boolean, use true or false' : 'is not a boolean, use true or false (JSON)',
  )
}

function checkPath(value: unknown, isAbsolute: (path: string) => boolean): Checked {
  if (typeof value !== 'string' || value.length === 0)
    return bad('is not a path, use an absolute path')
  if (!isAbsolute(value)) return bad('is relative, use an absolute path')
  return ok(value)
}

function checkEndpoint(value: unknown): Checked {
  const allowed = 'use ipc://<path>, tcp://<host>:<port> or inproc://<name>'
  if (typeof value !== 'string') return bad(`is not an endpoint, ${allowed}`)
  const ipc = /^ipc:\/\/.+$/.test(value)
  const tcp = /^tcp:\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.*-]+):\d{1,5}$/.test(value)
  const inproc = /^inproc:\/\/.+$/.test(value)
  if (!ipc && !tcp && !inproc) return bad(`is not an endpoint, ${allowed}`)
  if (tcp && Number(value.slice(value.lastIndexOf(':') + 1)) > 65_535) {
    return bad(`has a port above 65535, ${allowed}`)
  }
  return ok(value)
}

function checkList(
  spec: FieldSpec & { type: 'list' },
  value: unknown,
  fromText: boolean,
  isAbsolute: (path: string) => boolean,
): Checked {
  let list = value
  if (fromText && typeof value === 'string') {
    const text = value.trim()
    if (text.startsWith('[')) {
      const parsed = parseJson(text)
      if (!parsed.ok) return bad('is not a JSON array, use a JSON array or a comma-separated list')
      list = parsed.value
    } else {
      list = text === '' ? [] : text.split(',').map(item => item.trim())
    }
  }
  const allowed =
    spec.item === 'path'
      ? 'use a list of absolute paths'
      : 'use a list of driver ids ([a-z0-9][a-z0-9-]*)'
  if (!Array.isArray(list)) return bad(`is not a list, ${allowed}`)
  for (const item of list) {
    const valid =
      typeof item === 'string' && (spec.item === 'path' ? isAbsolute(item) : DRIVER_ID.test(item))
    if (!valid) return bad(`has an invalid item, ${allowed}`)
  }
  return ok(Object.freeze([...(list as string[])]))
}

function checkDriverOptions(value: unknown, fromText: boolean): Checked {
  let options = value
  const allowed = 'use an object of driver id → options object'
  if (fromText && typeof value === 'string') {
    const parsed = parseJson(value)
    if (!parsed.ok) return bad(`is not JSON, ${allowed}`)
    options = parsed.value
  }
  if (!isPlainObject(options)) return bad(`is not an object, ${allowed}`)
  for (const [id, driverOptions] of Object.entries(options)) {
    if (!DRIVER_ID.test(id)) return bad(`has an invalid driver id, ${allowed}`)
    if (!isPlainObject(driverOptions)) return bad(`has options that are not an object, ${allowed}`)
  }
  return ok(options)
}

const STATIONS: readonly string[] = ['contact', 'contactless']
// Device ids are `<driver id>:<serial number or path>`; reader names may hold spaces, not
// control characters.
const DEVICE_ID = /^[a-z0-9][a-z0-9-]{0,62}:[\x20-\x7e\u00a0-\uffff]{1,255}$/

function checkPrinterEncoders(value: unknown, fromText: boolean): Checked {
  let map = value
  const allowed = 'use an object of printer id → {"contact"|"contactless": encoder id}'
  if (fromText && typeof value === 'string') {
    const parsed = parseJson(value)
    if (!parsed.ok) return bad(`is not JSON, ${allowed}`)
    map = parsed.value
  }
  if (!isPlainObject(map)) return bad(`is not an object, ${allowed}`)
  for (const [printer, stations] of Object.entries(map)) {
    if (!DEVICE_ID.test(printer)) return bad(`has an invalid printer id, ${allowed}`)
    if (!isPlainObject(stations)) return bad(`has stations that are not an object, ${allowed}`)
    for (const [station, encoder] of Object.entries(stations)) {
      if (!STATIONS.includes(station)) return bad(`names an unknown station, ${allowed}`)
      if (typeof encoder !== 'string' || !DEVICE_ID.test(encoder)) {
        return bad(`has an invalid encoder id, ${allowed}`)
      }
    }
  }
  return ok(map)
}

/**
 * Coerces and validates one value against its field. Text from env and flags is parsed
 * (numbers, booleans, lists, JSON); values from the JSON file must already have the right type.
 */
export function checkValue(
  spec: FieldSpec,
  value: unknown,
  fromText: boolean,
  isAbsolute: (path: string) => boolean,
): Checked {
  switch (spec.type) {
    case 'integer':
      return checkInteger(spec, value, fromText)
    case 'boolean':
      return checkBoolean(value, fromText)
    case 'enum': {
      const text = typeof value === 'string' ? value.trim() : value
      if (typeof text === 'string' && spec.values.includes(text)) return ok(text)
      return bad(`is not allowed, use one of ${spec.values.join(', ')}`)
    }
    case 'text': {
      if (typeof value === 'string' && spec.pattern.test(value)) return ok(value)
      return bad(`is not allowed, use ${spec.hint}`)
    }
    case 'path':
      return checkPath(value, isAbsolute)
    case 'endpoint':
      return checkEndpoint(value)
    case 'list':
      return checkList(spec, value, fromText, isAbsolute)
    case 'driver-options':
      return checkDriverOptions(value, fromText)
    case 'printer-encoders':
      return checkPrinterEncoders(value, fromText)
  }
}

/** Shows a value in an error message: short, and text from env/flags without JSON quotes. */
export function showValue(setting: RawSetting): string {
  const text =
    setting.source.kind !== 'file' && typeof setting.value === 'string'
      ? setting.value === ''
        ? '""'
        : setting.value
      : ((JSON.stringify(setting.value) as string | undefined) ?? String(setting.value))
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

/** `limits.maxRequestBytes: 12 (from IDSTATION_LIMITS_MAX_REQUEST_BYTES) is out of range, use …` */
export function describeProblem(setting: RawSetting, problem: string): string {
  return `${setting.key}: ${showValue(setting)} (from ${setting.source.name}) ${problem}`
}
