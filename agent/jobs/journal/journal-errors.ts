import { AgentError } from '../../../drivers/core/errors'
import type { JobRow } from './job-rows'

/**
 * The journal's refusals. Each carries the job ids and states a client or operator needs to act,
 * never the document number that caused it.
 */
export function jobNotFound(jobId: string): AgentError {
  return new AgentError('JOB_NOT_FOUND', `no job has id ${jobId}`, { details: { jobId } })
}

export function illegalTransition(row: JobRow, action: string, reason?: string): AgentError {
  const why = reason === undefined ? '' : ` (${reason})`
  return new AgentError('BAD_STATE', `job ${row.id} cannot ${action} in state ${row.state}${why}`, {
    details: {
      jobId: row.id,
      state: row.state,
      action,
      ...(reason === undefined ? {} : { reason }),
    },
  })
}

export function idempotencyConflict(existing: JobRow): AgentError {
  return new AgentError(
    'IDEMPOTENCY_CONFLICT',
    `idempotency key already used by job ${existing.id} for a different request`,
    { details: { jobId: existing.id } },
  )
}

/** Why `holder` keeps a new job from taking the same document number. */
export function documentHeld(holder: JobRow): AgentError {
  const details = { jobId: holder.id }
  switch (holder.state) {
    case 'succeeded':
      return new AgentError(
        'DOCUMENT_ALREADY_ISSUED',
        `this document number was issued by job ${holder.id}`,
        { details },
      )
    case 'interrupted':
      return new AgentError(
        'DOCUMENT_BLOCKED',
        `job ${holder.id} was interrupted with this document number; resolve it first`,
        { details },
      )
    // failed, canceled and spoiled never hold a number (the query and index exclude them); they
    // are listed so that a new state has to be placed somewhere here.
    case 'accepted':
    case 'running':
    case 'failed':
    case 'canceled':
    case 'spoiled':
      return new AgentError(
        'BAD_STATE',
        `job ${holder.id} is already issuing this document number`,
        { details: { ...details, reason: 'document-in-progress' } },
      )
  }
}

export function chipAlreadyUsed(holder: JobRow, chipSerial: string): AgentError {
  return new AgentError(
    'CHIP_ALREADY_USED',
    `chip ${chipSerial} is already bound to job ${holder.id} (${holder.state})`,
    { details: { jobId: holder.id, chipSerial, state: holder.state } },
  )
}

export function journalClosed(): AgentError {
  return new AgentError('BAD_STATE', 'the job journal is closed', {
    details: { reason: 'journal-closed' },
  })
}

/** Wraps a SQLite failure (disk full, I/O error, busy past the timeout): nothing was committed. */
export function storageFailure(cause: unknown): AgentError {
  const sqlite = (cause as { code?: unknown } | undefined)?.code
  return new AgentError('INTERNAL', 'the job journal could not be written; nothing was committed', {
    cause,
    retryable: sqlite === 'SQLITE_BUSY',
    details: typeof sqlite === 'string' ? { sqlite } : {},
  })
}
