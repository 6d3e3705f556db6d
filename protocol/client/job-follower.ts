import { TOPICS, v1 } from '../messages'
import type { AgentClient } from './agent-client'

const FINAL: ReadonlySet<v1.JobState> = new Set([
  v1.JobState.JOB_STATE_SUCCEEDED,
  v1.JobState.JOB_STATE_FAILED,
  v1.JobState.JOB_STATE_CANCELED,
  v1.JobState.JOB_STATE_SPOILED,
  v1.JobState.JOB_STATE_INTERRUPTED,
])

export function isFinalJobState(state: v1.JobState | null | undefined): boolean {
  return state !== null && state !== undefined && FINAL.has(state)
}

export interface FollowJobOptions {
  /** Every change seen, from events or from GetJob. */
  readonly onChange?: (job: v1.IJob) => void
  /** Answers an operator prompt; without it, prompts wait for someone else to answer. */
  readonly onPrompt?: (
    prompt: v1.IJobPrompt,
  ) => Promise<'continue' | 'cancel'> | 'continue' | 'cancel'
  /** GetJob every so often, in case an event was lost (job events are not sequenced). */
  readonly pollMs?: number
  readonly signal?: AbortSignal
}

/**
 * Follows a job to its end: job events for progress, GetJob at the start and on a timer so a
 * late subscription or a dropped event costs nothing, prompts answered through `onPrompt`.
 * Resolves with the final job.
 */
export async function followJob(
  client: AgentClient,
  jobId: string,
  options: FollowJobOptions = {},
): Promise<v1.IJob> {
  const stop = new AbortController()
  const abort = () => {
    stop.abort()
  }
  options.signal?.addEventListener('abort', abort, { once: true })
  const answered = new Set<string>()
  // Set from the event loop and the poll alike; an object so both closures see one value.
  const outcome: { final?: v1.IJob } = {}
  let wake: (() => void) | undefined
  const see = async (job: v1.IJob) => {
    if (outcome.final !== undefined) return
    options.onChange?.(job)
    if (isFinalJobState(job.state)) {
      outcome.final = job
      wake?.()
      return
    }
    const prompt = job.pendingPrompt
    if (prompt?.promptId && options.onPrompt && !answered.has(prompt.promptId)) {
      answered.add(prompt.promptId)
      const answer = await options.onPrompt(prompt)
      await client.answerPrompt(jobId, prompt.promptId, answer).catch(() => undefined)
    }
  }
  const events = (async () => {
    for await (const { event } of client.events([TOPICS.job(jobId)], stop.signal)) {
      if (event.jobChanged?.job) await see(event.jobChanged.job)
      else if (event.jobPrompt) await see({ ...(await client.getJob(jobId)) })
    }
  })().catch(() => undefined)
  try {
    for (;;) {
      if (options.signal?.aborted === true) throw new Error('followJob aborted')
      // The event loop may have seen the end while we slept; GetJob then says the same.
      await see(await client.getJob(jobId))
      if (outcome.final !== undefined) return outcome.final
      await new Promise<void>(resolve => {
        wake = resolve
        setTimeout(resolve, options.pollMs ?? 500)
      })
    }
  } finally {
    stop.abort()
    options.signal?.removeEventListener('abort', abort)
    await events
  }
}
