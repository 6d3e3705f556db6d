import { ERROR_CATALOGUE, type ErrorCode } from '../../drivers/core/error-codes'
import { AgentError, toAgentError } from '../../drivers/core/errors'
import { errorCodeNumber, v1 } from '../../protocol'

/** The wire Error for any thrown value; unknown failures become INTERNAL without their text. */
export function toWireError(value: unknown): v1.IError {
  const error = toAgentError(value)
  const details: Record<string, string> = {}
  for (const [key, detail] of Object.entries(error.details)) details[key] = String(detail)
  const message =
    error.code === 'INTERNAL' && !(value instanceof AgentError) ? 'internal error' : error.message
  return {
    code: errorCodeNumber(error.code),
    message,
    retryable: error.retryable,
    details,
  }
}

/** The catalogue code for a wire number, if the catalogue has one. */
export function codeForNumber(number: number): ErrorCode | undefined {
  for (const [code, entry] of Object.entries(ERROR_CATALOGUE)) {
    if (entry.number === number) return code as ErrorCode
  }
  return undefined
}
