import { CONFIG_FIELDS, CONFIG_KEYS, envNameOf, type ConfigKey, type FieldSpec } from './schema'

/** One configuration key as documentation shows it. */
export interface ConfigKeyDescription {
  readonly key: ConfigKey
  readonly env: string
  readonly type: FieldSpec['type']
  /** The default as text; computed defaults are described, not evaluated. */
  readonly default: string
  /** What values are accepted, e.g. `1024..268435456`. */
  readonly allowed: string
  readonly doc: string
}

function allowedText(spec: FieldSpec): string {
  switch (spec.type) {
    case 'integer':
      return `integer ${spec.min}..${spec.max}`
    case 'boolean':
      return 'true | false'
    case 'enum':
      return spec.values.join(' | ')
    case 'text':
      return spec.hint
    case 'path':
      return 'absolute path'
    case 'endpoint':
      return 'ipc://… | tcp://host:port | inproc://…'
    case 'list':
      return spec.item === 'path' ? 'list of absolute paths' : 'list of driver ids'
    case 'driver-options':
      return 'object: driver id → options object'
    case 'printer-encoders':
      return 'object: printer id → { contact?, contactless? } encoder ids'
  }
}

/** Every key with its environment variable, default and allowed values, for docs and `--help`. */
export function describeConfig(): readonly ConfigKeyDescription[] {
  return CONFIG_KEYS.map(key => {
    const spec: FieldSpec = CONFIG_FIELDS[key]
    const shown =
      typeof spec.default === 'function'
        ? (spec.defaultText ?? 'computed')
        : JSON.stringify(spec.default)
    return {
      key,
      env: envNameOf(key),
      type: spec.type,
      default: shown,
      allowed: allowedText(spec),
      doc: spec.doc,
    }
  })
}
