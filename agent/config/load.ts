import { readFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { AgentError } from '../../drivers/core/errors'
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth'
import {
  CONFIG_FIELDS,
  CONFIG_KEYS,
  defaultValue,
  pathApi,
  type AgentConfig,
  type ConfigKey,
  type DefaultsContext,
  type FieldSpec,
} from './schema'
import { settingsFromArgv, settingsFromEnv, settingsFromFile } from './sources'
import { checkValue, describeProblem, type RawSetting } from './validate'

/** Inputs of `loadConfig`; everything machine-dependent is a parameter so tests can pin it. */
export interface LoadConfigOptions {
  /** Command-line arguments without the node and script paths. */
  readonly argv: readonly string[]
  /** The environment to read `IDSTATION_*`, `XDG_*` and `HOME` from; normally `process.env`. */
  readonly env: Readonly<Record<string, string | undefined>>
  readonly platform?: NodeJS.Platform
  /** The effective uid; `0` selects the system-wide directories. */
  readonly uid?: number
  /** Base for relative paths given as flags. */
  readonly cwd?: string
  readonly homeDir?: string
  readonly tmpDir?: string
  /** Reads the config file; replaceable in tests. */
  readonly readFile?: (path: string) => string
}

/** The frozen configuration, and argv without the configuration flags. */
export interface LoadedConfig {
  readonly config: AgentConfig
  readonly rest: string[]
  /** Harmless oddities worth a log line, e.g. an `IDSTATION_*` variable that names no key. */
  readonly warnings: readonly string[]
}

interface Chosen {
  readonly value: unknown
  readonly setting: RawSetting | undefined
}

function invalid(
  problems: readonly string[],
  details: Record<string, string | number>,
): AgentError {
  const message =
    problems.length === 1
      ? (problems[0] ?? '')
      : `invalid configuration:\n  ${problems.join('\n  ')}`
  return new AgentError('CONFIG_INVALID', message, {
    details: { problems: problems.length, ...details },
  })
}

function readConfigDocument(file: string, read: (path: string) => string): unknown {
  let text: string
  try {
    text = read(file)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    throw invalid([`config file ${file} cannot be read (${code})`], { source: 'file' })
  }
  let document: unknown
  try {
    document = JSON.parse(text) as unknown
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'syntax error'
    throw invalid([`config file ${file} is not valid JSON: ${reason}`], { source: 'file' })
  }
  if (nestsDeeperThan(document)) {
    throw invalid([`config file ${file} nests deeper than ${MAX_JSON_DEPTH} levels`], {
      source: 'file',
    })
  }
  return document
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}

function nest(values: ReadonlyMap<ConfigKey, unknown>): AgentConfig {
  const root: Record<string, unknown> = {}
  for (const [key, value] of values) {
    const segments = key.split('.')
    let node = root
    for (const segment of segments.slice(0, -1)) {
      node[segment] ??= {}
      node = node[segment] as Record<string, unknown>
    }
    node[segments[segments.length - 1] ?? key] = value
  }
  return deepFreeze(root) as unknown as AgentConfig
}

function sourceText(chosen: Chosen): string {
  return chosen.setting === undefined ? 'default' : `from ${chosen.setting.source.name}`
}

function crossFieldProblems(chosen: ReadonlyMap<ConfigKey, Chosen>): string[] {
  const problems: string[] = []
  const pair = (key: ConfigKey) => chosen.get(key) ?? { value: undefined, setting: undefined }
  const rule = (
    key: ConfigKey,
    other: ConfigKey,
    holds: (value: number, otherValue: number) => boolean,
    relation: string,
  ) => {
    const mine = pair(key)
    const theirs = pair(other)
    if (holds(mine.value as number, theirs.value as number)) return
    problems.push(
      `${key}: ${String(mine.value)} (${sourceText(mine)}) must be ${relation} ${other} ` +
        `(${String(theirs.value)}, ${sourceText(theirs)})`,
    )
  }
  rule(
    'sessions.heartbeatTimeoutMs',
    'sessions.heartbeatIntervalMs',
    (a, b) => a > b,
    'greater than',
  )
  rule('limits.defaultDeadlineMs', 'limits.maxDeadlineMs', (a, b) => a <= b, 'at most')
  rule('limits.maxInFlightPerClient', 'limits.maxInFlight', (a, b) => a <= b, 'at most')
  const requests = pair('endpoints.requests')
  const events = pair('endpoints.events')
  if (requests.value === events.value) {
    problems.push(
      `endpoints.events: ${String(events.value)} (${sourceText(events)}) is the same as ` +
        `endpoints.requests, use a different endpoint`,
    )
  }
  return problems
}

/**
 * Builds the agent configuration from, in rising precedence: built-in defaults, the JSON file
 * (`--config FILE` or `$IDSTATION_CONFIG`), `IDSTATION_*` variables, then `--set key=value`
 * and the `--runtime-dir`/`--data-dir`/`--log-level` shortcuts. Paths under dataDir and
 * runtimeDir follow them unless set themselves. Pure except for reading the config file.
 *
 * @throws AgentError `CONFIG_INVALID` listing every problem, each naming the key, the source
 *   and what is allowed.
 */
export function loadConfig(options: LoadConfigOptions): LoadedConfig {
  const platform = options.platform ?? process.platform
  const path = pathApi(platform)
  const cwd = options.cwd ?? process.cwd()
  const uid = platform === 'win32' ? undefined : (options.uid ?? process.getuid?.())
  const fromArgv = settingsFromArgv(options.argv, value => path.resolve(cwd, value))
  const fromEnv = settingsFromEnv(options.env)
  const envConfig = options.env.IDSTATION_CONFIG
  const configFile =
    fromArgv.configFile ?? (envConfig === undefined || envConfig === '' ? undefined : envConfig)
  const fromFile =
    configFile === undefined
      ? { settings: [], problems: [] }
      : settingsFromFile(readConfigDocument(configFile, options.readFile ?? readText), configFile)

  const problems = [...fromFile.problems, ...fromArgv.problems]
  const chosen = new Map<ConfigKey, Chosen>()
  for (const setting of [...fromFile.settings, ...fromEnv.settings, ...fromArgv.settings]) {
    const spec: FieldSpec = CONFIG_FIELDS[setting.key as ConfigKey]
    const checked = checkValue(spec, setting.value, setting.source.kind !== 'file', value =>
      path.isAbsolute(value),
    )
    if (checked.ok) chosen.set(setting.key as ConfigKey, { value: checked.value, setting })
    else problems.push(describeProblem(setting, checked.problem))
  }
  if (problems.length > 0) throw invalid(problems, {})

  const base = {
    platform,
    uid,
    env: options.env,
    homeDir: options.homeDir ?? options.env.HOME ?? homedir(),
    tmpDir: options.tmpDir ?? tmpdir(),
    dataDir: '',
    runtimeDir: '',
  }
  const dataDir =
    (chosen.get('dataDir')?.value as string | undefined) ??
    (defaultValue(CONFIG_FIELDS.dataDir, base) as string)
  const runtimeDir =
    (chosen.get('runtimeDir')?.value as string | undefined) ??
    (defaultValue(CONFIG_FIELDS.runtimeDir, base) as string)
  const context: DefaultsContext = { ...base, dataDir, runtimeDir }
  for (const key of CONFIG_KEYS) {
    if (!chosen.has(key))
      chosen.set(key, { value: defaultValue(CONFIG_FIELDS[key], context), setting: undefined })
  }
  const crossProblems = crossFieldProblems(chosen)
  if (crossProblems.length > 0) throw invalid(crossProblems, {})

  const values = new Map([...chosen].map(([key, { value }]) => [key, value]))
  return { config: nest(values), rest: [...fromArgv.rest], warnings: fromEnv.warnings }
}

function readText(path: string): string {
  return readFileSync(path, 'utf8')
}
