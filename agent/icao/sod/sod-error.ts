import { AgentError } from '../../../drivers/core/errors'

/**
 * EF.SOD bytes that are not a well-formed security object. `part` names where parsing stopped
 * (`signerInfo`, `ldsSecurityObject`, …); neither the message nor the details hold input bytes.
 */
export function malformedSod(part: string, problem: string, cause?: unknown): AgentError {
  return new AgentError('INVALID_ARGUMENT', `EF.SOD is malformed: ${part}: ${problem}`, {
    details: { reason: 'sod-malformed', part },
    ...(cause === undefined ? {} : { cause }),
  })
}

/** A request to build EF.SOD that cannot produce a valid one. */
export function invalidSodRequest(problem: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `cannot build EF.SOD: ${problem}`, {
    details: { reason: 'sod-request-invalid' },
  })
}
