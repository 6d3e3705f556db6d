import { CONFIG_FIELDS, CONFIG_KEYS, envNameOf, type ConfigKey } from './schema'
import type { RawSetting } from './validate'

/** What one source contributed: values to validate, and problems found before validation. */
export interface SourceSettings {
  readonly settings: readonly RawSetting[]
  readonly problems: readonly string[]
}

/** The command-line side: config flags taken out of argv, everything else left for the caller. */
export interface ArgvSettings extends SourceSettings {
  readonly configFile: string | undefined
  readonly rest: readonly string[]
}

/** Environment variables that are not configuration keys but are still ours. */
const NON_KEY_ENV = /^IDSTATION_(CONFIG|TEST_.*)$/

const SHORTCUTS: Readonly<Record<string, ConfigKey>> = {
  '--runtime-dir': 'runtimeDir',
  '--data-dir': 'dataDir',
  '--log-level': 'log.level',
}

function isKey(key: string): key is ConfigKey {
  return Object.hasOwn(CONFIG_FIELDS, key)
}

function sectionKeys(prefix: string): string[] {
  return CONFIG_KEYS.filter(key => key.startsWith(`${prefix}.`))
}

/**
 * Takes `--config`, `--set key=value`, `--runtime-dir`, `--data-dir` and `--log-level` out of
 * argv, in either `--flag value` or `--flag=value` form; a bare `--` ends the scan so a
 * command's own arguments are never mistaken for ours.
 */
export function settingsFromArgv(
  argv: readonly string[],
  resolvePath: (path: string) => string,
): ArgvSettings {
  const settings: RawSetting[] = []
  const problems: string[] = []
  const rest: string[] = []
  let configFile: string | undefined
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? ''
    if (arg === '--') {
      rest.push(...argv.slice(index))
      break
    }
    const equals = arg.indexOf('=')
    const flag = arg.startsWith('--') && equals > 0 ? arg.slice(0, equals) : arg
    if (flag !== '--config' && flag !== '--set' && SHORTCUTS[flag] === undefined) {
      rest.push(arg)
      continue
    }
    let value: string | undefined
    if (equals > 0 && flag !== arg) value = arg.slice(equals + 1)
    else {
      value = argv[index + 1]
      index += 1
    }
    if (value === undefined) {
      problems.push(`${flag} needs a value`)
      continue
    }
    if (flag === '--config') {
      configFile = resolvePath(value)
      continue
    }
    const shortcut = SHORTCUTS[flag]
    if (shortcut !== undefined) {
      const isPath = CONFIG_FIELDS[shortcut].type === 'path'
      settings.push({
        key: shortcut,
        value: isPath && value !== '' ? resolvePath(value) : value,
        source: { kind: 'flag', name: flag },
      })
      continue
    }
    const separator = value.indexOf('=')
    const key = separator > 0 ? value.slice(0, separator) : value
    if (separator <= 0) problems.push(`--set ${key} needs the form key=value`)
    else if (!isKey(key)) problems.push(`--set ${key}: unknown key, ${knownKeysHint(key)}`)
    else {
      settings.push({
        key,
        value: value.slice(separator + 1),
        source: { kind: 'flag', name: `--set ${key}` },
      })
    }
  }
  return { settings, problems, rest, configFile }
}

/** Picks the `IDSTATION_*` variables that name keys; unknown ones come back as warnings. */
export function settingsFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): SourceSettings & {
  readonly warnings: readonly string[]
} {
  const byName = new Map(CONFIG_KEYS.map(key => [envNameOf(key), key]))
  const settings: RawSetting[] = []
  const warnings: string[] = []
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('IDSTATION_') || value === undefined || NON_KEY_ENV.test(name)) continue
    const key = byName.get(name)
    if (key === undefined) warnings.push(`${name} is not a configuration variable and was ignored`)
    else settings.push({ key, value, source: { kind: 'env', name } })
  }
  return { settings, problems: [], warnings }
}

/** Flattens the parsed config file into dotted keys; unknown keys are problems, not warnings. */
export function settingsFromFile(document: unknown, file: string): SourceSettings {
  const settings: RawSetting[] = []
  const problems: string[] = []
  const source = { kind: 'file', name: file } as const
  const walk = (value: unknown, prefix: string): void => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      const where = prefix === '' ? 'the top level' : prefix
      problems.push(
        `${where} (from ${file}) is not an object, use an object with keys ${childNames(prefix)}`,
      )
      return
    }
    for (const [name, child] of Object.entries(value)) {
      const key = prefix === '' ? name : `${prefix}.${name}`
      if (isKey(key)) settings.push({ key, value: child, source })
      else if (sectionKeys(key).length > 0) walk(child, key)
      else problems.push(`${key} (from ${file}) is an unknown key, ${knownKeysHint(key)}`)
    }
  }
  walk(document, '')
  return { settings, problems }
}

function childNames(prefix: string): string {
  const names = new Set(
    (prefix === '' ? CONFIG_KEYS : sectionKeys(prefix)).map(
      key => key.slice(prefix === '' ? 0 : prefix.length + 1).split('.')[0],
    ),
  )
  return [...names].join(', ')
}

function knownKeysHint(key: string): string {
  const parent = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : ''
  const known = parent !== '' && sectionKeys(parent).length > 0 ? parent : ''
  return `known keys${known === '' ? '' : ` under ${known}`}: ${childNames(known)}`
}
