import type { LogFields, Logger } from '../../drivers/core/logger'

/** One captured line, with the fields of every enclosing `child()` merged in. */
export interface CapturedLine {
  readonly level: 'error' | 'warn' | 'info' | 'debug'
  readonly message: string
  readonly fields: LogFields & { readonly err?: Error }
}

/**
 * A Logger that keeps lines in memory for assertions. Children share their parent's `lines`,
 * so the root sees everything. `text()` renders all lines for PII canaries.
 */
export class CaptureLogger implements Logger {
  constructor(
    readonly lines: CapturedLine[] = [],
    private readonly bound: LogFields = {},
    private readonly debugEnabled = true,
  ) {}

  error(message: string, fields: LogFields & { readonly err?: Error } = {}): void {
    this.lines.push({ level: 'error', message, fields: { ...this.bound, ...fields } })
  }
  warn(message: string, fields: LogFields & { readonly err?: Error } = {}): void {
    this.lines.push({ level: 'warn', message, fields: { ...this.bound, ...fields } })
  }
  info(message: string, fields: LogFields = {}): void {
    this.lines.push({ level: 'info', message, fields: { ...this.bound, ...fields } })
  }
  debug(message: string, fields: LogFields = {}): void {
    if (this.debugEnabled)
      this.lines.push({ level: 'debug', message, fields: { ...this.bound, ...fields } })
  }
  isDebugEnabled(): boolean {
    return this.debugEnabled
  }
  child(fields: LogFields): CaptureLogger {
    return new CaptureLogger(this.lines, { ...this.bound, ...fields }, this.debugEnabled)
  }

  /** Lines whose `event` field is `event`. */
  events(event: string): CapturedLine[] {
    return this.lines.filter(line => line.fields.event === event)
  }

  /** Every line as one string (messages, field values, error messages), for "never logged" checks. */
  text(): string {
    return this.lines
      .map(line => {
        const { err, ...fields } = line.fields
        return [
          line.level,
          line.message,
          JSON.stringify(fields),
          err?.message ?? '',
          err?.stack ?? '',
        ].join(' ')
      })
      .join('\n')
  }

  /** Forgets the lines captured so far (children keep sharing the same array). */
  clear(): void {
    this.lines.length = 0
  }
}
