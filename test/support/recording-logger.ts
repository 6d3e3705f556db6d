import type { LogFields, Logger } from '../../drivers/core/logger'

export interface LogRecord {
  readonly level: 'error' | 'warn' | 'info' | 'debug'
  readonly message: string
  readonly fields: LogFields & { readonly err?: Error }
}

/** A Logger that keeps every line, child fields merged in, so tests can assert on log events. */
export class RecordingLogger implements Logger {
  constructor(
    readonly records: LogRecord[] = [],
    private readonly bound: LogFields = {},
  ) {}

  error(message: string, fields: LogFields & { readonly err?: Error } = {}): void {
    this.records.push({ level: 'error', message, fields: { ...this.bound, ...fields } })
  }
  warn(message: string, fields: LogFields & { readonly err?: Error } = {}): void {
    this.records.push({ level: 'warn', message, fields: { ...this.bound, ...fields } })
  }
  info(message: string, fields: LogFields = {}): void {
    this.records.push({ level: 'info', message, fields: { ...this.bound, ...fields } })
  }
  debug(message: string, fields: LogFields = {}): void {
    this.records.push({ level: 'debug', message, fields: { ...this.bound, ...fields } })
  }
  isDebugEnabled(): boolean {
    return true
  }
  child(fields: LogFields): Logger {
    return new RecordingLogger(this.records, { ...this.bound, ...fields })
  }

  /** The records whose `event` field equals `event`. */
  withEvent(event: string): LogRecord[] {
    return this.records.filter(record => record.fields.event === event)
  }
}
