import { AgentError, TransportError } from '../../drivers/core/errors'
import type { ErrorCode } from '../../drivers/core/error-codes'

/** Accepts an AgentError of one of `codes`, optionally only of the subclass `type`. */
export function agentError(
  codes: readonly ErrorCode[],
  type: abstract new (...args: never[]) => AgentError = AgentError,
): (error: unknown) => error is AgentError {
  return (error): error is AgentError => error instanceof type && codes.includes(error.code)
}

/** The TRANSPORT_IO faults device-reply parsers throw for bytes that cannot be a reply. */
export const transportIo = agentError(['TRANSPORT_IO'], TransportError)
