import type { AgentError } from './errors'

/**
 * Log field names are an allow-list, so personal data cannot be logged by accident:
 * `logger.info('…', { mrz })` does not compile.
 */
export type LogFieldName =
  | 'event'
  | 'component'
  | 'driver'
  | 'deviceId'
  | 'clientId'
  | 'keyName'
  | 'keyFingerprint'
  | 'role'
  | 'requestId'
  | 'command'
  | 'jobId'
  | 'workflow'
  | 'step'
  | 'attempt'
  | 'disposition'
  | 'code'
  | 'durationMs'
  | 'bytes'
  | 'count'
  | 'limit'
  | 'cla'
  | 'ins'
  | 'p1'
  | 'p2'
  | 'sw'
  | 'state'
  | 'transport'
  | 'path'
  | 'endpoint'
  | 'provider'
  | 'apiLevel'
  | 'version'
  | 'pid'
  | 'signal'
  | 'reason'
  | 'chipSerial'
  | 'percent'

export type LogFieldValue = string | number | boolean | undefined
export type LogFields = Partial<Record<LogFieldName, LogFieldValue>>

/** The narrow logger every layer receives; only agent/logging implements it with winston. */
export interface Logger {
  error(message: string, fields?: LogFields & { readonly err?: AgentError | Error }): void
  warn(message: string, fields?: LogFields & { readonly err?: AgentError | Error }): void
  info(message: string, fields?: LogFields): void
  debug(message: string, fields?: LogFields): void
  isDebugEnabled(): boolean
  child(fields: LogFields): Logger
}

/** A logger that drops everything: the default for libraries used without an agent. */
export const NULL_LOGGER: Logger = {
  error: () => undefined,
  warn: () => undefined,
  info: () => undefined,
  debug: () => undefined,
  isDebugEnabled: () => false,
  child: () => NULL_LOGGER,
}
