import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import winston from 'winston'
import type { LogFields, Logger } from '../../drivers/core/logger'
import { isLogEventId, UNCATALOGUED_EVENT } from './events'
import { redactLogRecord } from './redact'

type Level = 'error' | 'warn' | 'info' | 'debug'

/** Options of the agent's (or the CLI's) single root logger. */
export interface RootLoggerOptions {
  readonly level: Level
  /** Directory for agent.log and its rotations; no file is written when absent. */
  readonly dir?: string
  readonly maxFileBytes: number
  readonly maxFiles: number
  /** stderr format: a readable line, JSON lines, or nothing. */
  readonly console: 'pretty' | 'json' | 'off'
  readonly service: string
  readonly version: string
  /** Where console lines go instead of stderr (tests). */
  readonly stream?: NodeJS.WritableStream
}

/** The root logger, and `close()` which resolves once every line is on disk. */
export interface RootLogger {
  readonly logger: Logger
  close(): Promise<void>
}

/** Lines at these levels must name a catalogued event. */
const EVENT_REQUIRED: ReadonlySet<Level> = new Set(['error', 'warn', 'info'])
/** Bounds the memory of which uncatalogued events were already reported. */
const MAX_REPORTED = 256

type ErrorField = { readonly err?: Error }

function describeError(error: Error): Record<string, unknown> {
  const code = (error as { code?: unknown }).code
  const cause =
    error.cause instanceof Error ? `${error.cause.name}: ${error.cause.message}` : undefined
  return {
    name: error.name,
    message: error.message,
    ...(typeof code === 'string' ? { code } : {}),
    ...(cause === undefined ? {} : { cause }),
    stack: error.stack,
  }
}

// `err` becomes `error`, a plain object the redaction step knows how to mask.
const errorFormat = winston.format(info => {
  const { err } = info
  if (err instanceof Error) info.error = describeError(err)
  delete info.err
  return info
})

const redactFormat = winston.format(info => redactLogRecord(info))

function prettyLine(info: winston.Logform.TransformableInfo): string {
  const skip = new Set(['level', 'message', 'timestamp', 'service', 'version', 'event', 'error'])
  const fields = Object.entries(info)
    .filter(([key]) => !skip.has(key))
    .map(([key, value]) => `${key}=${String(value)}`)
  const error = info.error as { name?: string; code?: string; message?: string } | undefined
  const errorText =
    error === undefined ? [] : [`error=${error.code ?? error.name ?? ''}: ${error.message ?? ''}`]
  const event = typeof info.event === 'string' ? [`[${info.event}]`] : []
  return [
    String(info.timestamp),
    info.level.toUpperCase().padEnd(5),
    ...event,
    String(info.message),
    ...fields,
    ...errorText,
  ].join(' ')
}

class WinstonLogger implements Logger {
  constructor(
    private readonly target: winston.Logger,
    private readonly bound: LogFields,
    private readonly reported: Set<string>,
  ) {}

  error(message: string, fields?: LogFields & ErrorField): void {
    this.write('error', message, fields)
  }
  warn(message: string, fields?: LogFields & ErrorField): void {
    this.write('warn', message, fields)
  }
  info(message: string, fields?: LogFields): void {
    this.write('info', message, fields)
  }
  debug(message: string, fields?: LogFields): void {
    this.write('debug', message, fields)
  }
  isDebugEnabled(): boolean {
    return this.target.isLevelEnabled('debug')
  }
  child(fields: LogFields): Logger {
    return new WinstonLogger(this.target, { ...this.bound, ...fields }, this.reported)
  }

  private write(level: Level, message: string, fields: (LogFields & ErrorField) | undefined): void {
    // A line racing shutdown is dropped rather than thrown into the caller.
    if (!this.target.writable || !this.target.isLevelEnabled(level)) return
    const merged: LogFields & ErrorField = { ...this.bound, ...fields }
    if (EVENT_REQUIRED.has(level) && !isLogEventId(merged.event)) {
      this.reportUncatalogued(merged.event, merged.component)
      merged.event = UNCATALOGUED_EVENT
    }
    this.target.log(level, message, merged)
  }

  // Throwing would turn a logging slip into an outage, so the line is kept, marked, and the
  // slip is reported once per event id.
  private reportUncatalogued(event: LogFields['event'], component: LogFields['component']): void {
    const reason = event === undefined ? 'no event field' : `unknown event ${String(event)}`
    const key = `${String(component)}|${reason}`
    if (this.reported.has(key) || this.reported.size >= MAX_REPORTED) return
    this.reported.add(key)
    this.target.warn('log line without a catalogued event', {
      event: 'log.uncatalogued',
      reason,
      ...(component === undefined ? {} : { component }),
    })
  }
}

function finished(stream: NodeJS.EventEmitter): Promise<void> {
  return new Promise(resolve => {
    stream.once('finish', () => {
      resolve()
    })
  })
}

interface StreamState {
  readonly writableLength: number
  readonly readableLength?: number
  readonly _rotate?: boolean
  readonly _drain?: boolean
}

/**
 * winston ends its transports as soon as the logger's writable side finishes, even while lines
 * still wait in the logger's readable buffer for a file that is rotating; ending then throws
 * "write after end" and loses them. So close() first waits for the pipeline to empty.
 */
async function settled(streams: readonly StreamState[], limitMs: number): Promise<void> {
  const busy = () =>
    streams.some(
      stream =>
        stream.writableLength > 0 ||
        (stream.readableLength ?? 0) > 0 ||
        stream._rotate === true ||
        stream._drain === true,
    )
  for (let waited = 0; busy() && waited < limitMs; waited += 10) {
    await new Promise(resolve => setTimeout(resolve, 10))
  }
}

/**
 * Creates the one winston logger of a process: JSON lines to `<dir>/agent.log`, rotated at
 * `maxFileBytes` keeping `maxFiles` (tailable, so agent.log is always the newest), plus a
 * console line on stderr. Every line passes the redaction format; info-or-higher lines without
 * a catalogued `event` are marked `uncatalogued` and reported once as `log.uncatalogued`.
 * Lines logged after `close()` are dropped.
 */
export function createRootLogger(options: RootLoggerOptions): RootLogger {
  const transports: (
    winston.transports.FileTransportInstance | winston.transports.StreamTransportInstance
  )[] = []
  let file: winston.transports.FileTransportInstance | undefined
  if (options.dir !== undefined) {
    mkdirSync(options.dir, { recursive: true, mode: 0o750 })
    file = new winston.transports.File({
      filename: join(options.dir, 'agent.log'),
      maxsize: options.maxFileBytes,
      maxFiles: options.maxFiles,
      tailable: true,
      format: winston.format.json(),
    })
    transports.push(file)
  }
  if (options.console !== 'off') {
    transports.push(
      new winston.transports.Stream({
        stream: options.stream ?? process.stderr,
        format:
          options.console === 'json' ? winston.format.json() : winston.format.printf(prettyLine),
      }),
    )
  }
  const target = winston.createLogger({
    level: options.level,
    levels: { error: 0, warn: 1, info: 2, debug: 3 },
    defaultMeta: { service: options.service, version: options.version },
    format: winston.format.combine(errorFormat(), redactFormat(), winston.format.timestamp()),
    // winston declares its transports as interfaces, though its own constructors made them.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    transports,
    // Without any transport winston warns on every line; a silent logger is the intent.
    silent: transports.length === 0,
    exitOnError: false,
  })
  let closing: Promise<void> | undefined
  const close = async (): Promise<void> => {
    await settled([target, ...transports], 5000)
    const done = Promise.all([finished(target), ...(file === undefined ? [] : [finished(file)])])
    target.end()
    await done
    target.clear()
  }
  return {
    logger: new WinstonLogger(target, {}, new Set()),
    close: () => (closing ??= close()),
  }
}
