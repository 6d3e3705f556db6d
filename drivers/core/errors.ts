import { ERROR_CATALOGUE, type ErrorCode, type TransportErrorCode } from './error-codes'

/** Typed, PII-free facts about a failure, e.g. `{ sw: '6982', step: 'write-dg2' }`. */
export type ErrorDetails = Readonly<Record<string, string | number | boolean>>

export interface AgentErrorOptions {
  readonly cause?: unknown
  readonly retryable?: boolean
  readonly details?: ErrorDetails
}

/**
 * The one error type that crosses a layer boundary. `code` is the contract, `message` is for
 * people and must not contain personal data, `details` are typed facts for programs.
 */
export class AgentError extends Error {
  readonly code: ErrorCode
  readonly retryable: boolean
  readonly details: ErrorDetails

  constructor(code: ErrorCode, message: string, options: AgentErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'AgentError'
    this.code = code
    this.retryable = options.retryable ?? ERROR_CATALOGUE[code].retryable
    this.details = options.details ?? {}
  }
}

/** Raised by transports; wraps the native library's error as `cause`. */
export class TransportError extends AgentError {
  declare readonly code: TransportErrorCode

  constructor(code: TransportErrorCode, message: string, options: AgentErrorOptions = {}) {
    super(code, message, options)
    this.name = 'TransportError'
  }
}

export function isAgentError(value: unknown): value is AgentError {
  return value instanceof AgentError
}

/** Keeps an AgentError as it is; wraps anything else as `fallback` with the original as cause. */
export function toAgentError(value: unknown, fallback: ErrorCode = 'INTERNAL'): AgentError {
  if (value instanceof AgentError) return value
  const message = value instanceof Error ? value.message : 'unexpected failure'
  return new AgentError(fallback, message, { cause: value })
}
