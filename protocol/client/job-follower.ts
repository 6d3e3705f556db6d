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
  /**
   * Every change seen, in order: the job's events from its first one (the agent replays them to
   * a new subscription), then GetJob's view where an event was lost.
   */
  readonly onChange?: (job: v1.IJob) => void
  /** Answers an operator prompt; without it, prompts wait for someone else to answer. */
  readonly onPrompt?: (
    prompt: v1.IJobPrompt,
  ) => Promise<'continue' | 'cancel'> | 'continue' | 'cancel'
  /** GetJob every so often, in case the last events were lost (a full send queue). */
  readonly pollMs?: number
  readonly signal?: AbortSignal
}

/**
 * Follows a job to its end: subscribes to "job/<id>" (the agent answers the subscription with the
 * job's events so far, so nothing between the accept reply and the subscription is lost), applies
 * each job_seq once and in order, asks GetJob when a job_seq is skipped and on a timer, and
 * answers prompts through `onPrompt`. Resolves with the final job.
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
  // The highest job_seq applied: an event or a GetJob view at or below it is already seen (the
  // subscription's replay repeats events, a poll may repeat the last one).
  let applied = 0
  const see = async (job: v1.IJob) => {
    if (outcome.final !== undefined) return
    const seq = job.eventSeq ?? 0
    if (seq > 0 && seq <= applied) return
    applied = Math.max(applied, seq)
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
      const seq = event.jobSeq
      if (seq > 0 && seq <= applied) continue
      const job = event.jobChanged?.job
      // A skipped job_seq (events lost) or a prompt: the job's view says where it stands now.
      if (job && seq <= applied + 1) await see(job)
      else await see({ ...(await client.getJob(jobId)) })
    }
  })().catch(() => undefined)
  const pause = () =>
    new Promise<void>(resolve => {
      wake = resolve
      setTimeout(resolve, options.pollMs ?? 500)
    })
  try {
    // The subscription's replay brings the job from its first event; GetJob waits a poll period
    // so that it does not overtake the replay (it covers a job the agent keeps no events for).
    await pause()
    for (;;) {
      if (options.signal?.aborted === true) throw new Error('followJob aborted')
      // The event loop may have seen the end while we slept; GetJob then says the same.
      if (outcome.final === undefined) await see(await client.getJob(jobId))
      if (outcome.final !== undefined) return outcome.final
      await pause()
    }
  } finally {
    stop.abort()
    options.signal?.removeEventListener('abort', abort)
    await events
  }
}
