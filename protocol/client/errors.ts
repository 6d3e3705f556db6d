import type { ErrorCodeName } from '../messages'

/** An error reply from the agent, or a failure of the client's own transport. */
export class ProtocolError extends Error {
  readonly code: ErrorCodeName
  readonly retryable: boolean
  readonly details: Readonly<Record<string, string>>

  constructor(
    code: ErrorCodeName,
    message: string,
    options: {
      retryable?: boolean
      details?: Readonly<Record<string, string>>
      cause?: unknown
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'ProtocolError'
    this.code = code
    this.retryable = options.retryable ?? false
    this.details = options.details ?? {}
  }
}

/** The agent did not answer in time or cannot be reached at all. */
export class AgentUnreachableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'AgentUnreachableError'
  }
}
