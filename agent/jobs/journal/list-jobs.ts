import type Database from 'better-sqlite3'
import { AgentError } from '../../../drivers/core/errors'
import { JOB_STATES, type JobState } from './job-record'
import type { JobRow } from './job-rows'
import { jobNotFound } from './journal-errors'

const DEFAULT_LIST_LIMIT = 50
const MAX_LIST_LIMIT = 1000

export interface ListQuery {
  readonly states?: readonly JobState[]
  /** 1–1000; 50 when not given. */
  readonly limit?: number
  /** A job id: list only jobs accepted before it (the last id of the previous page). */
  readonly before?: string
}

/**
 * One page of jobs, newest first. The cursor is a job id turned into its insertion sequence, so
 * pages stay stable while new jobs arrive and whatever the id generator makes.
 *
 * @throws AgentError `JOB_NOT_FOUND` for an unknown `before`; `INVALID_ARGUMENT` for a bad
 *   limit or state.
 */
export function listJobRows(db: Database.Database, query: ListQuery): JobRow[] {
  const limit = query.limit ?? DEFAULT_LIST_LIMIT
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
    throw new AgentError(
      'INVALID_ARGUMENT',
      `limit must be an integer from 1 to ${MAX_LIST_LIMIT}`,
      {
        details: { field: 'limit' },
      },
    )
  }
  const states = query.states ?? []
  if (states.some(state => !JOB_STATES.includes(state))) {
    throw new AgentError('INVALID_ARGUMENT', `states must be among ${JOB_STATES.join(', ')}`, {
      details: { field: 'states' },
    })
  }
  const where: string[] = []
  const params: (string | number)[] = []
  if (states.length > 0) {
    where.push(`state IN (${states.map(() => '?').join(', ')})`)
    params.push(...states)
  }
  if (query.before !== undefined) {
    const cursor = db
      .prepare<[string], { readonly seq: number }>('SELECT seq FROM jobs WHERE id = ?')
      .get(query.before)
    if (cursor === undefined) throw jobNotFound(query.before)
    where.push('seq < ?')
    params.push(cursor.seq)
  }
  const filter = where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''
  return db
    .prepare<(string | number)[], JobRow>(`SELECT * FROM jobs ${filter} ORDER BY seq DESC LIMIT ?`)
    .all(...params, limit)
}
