import { TOPICS } from '../../../protocol'
import type { EventPayload, EventStream } from '../../server/event-stream'

export interface JobEventLogLimits {
  /** Jobs whose events are kept for replay; the oldest job's go first. */
  readonly maxJobs: number
  /** Events kept per job; the oldest go first (GetJob still has the job's state). */
  readonly maxEventsPerJob: number
}

export const DEFAULT_JOB_EVENT_LOG_LIMITS: JobEventLogLimits = {
  maxJobs: 64,
  maxEventsPerJob: 256,
}

const JOB_TOPIC = TOPICS.job('')

interface History {
  seq: number
  readonly frames: (readonly Buffer[])[]
}

/**
 * Numbers each job's events (job_seq 1, 2, 3, …) and keeps the last of them, so that a
 * subscription to "job/<id>" can be answered with the job's events so far. XPUB registers a
 * subscription before the agent reads it, so every event published after the replay reaches
 * the new subscriber too: a follower that subscribes right after the accept reply misses
 * nothing, without subscribing to every job.
 */
export class JobEventLog {
  private readonly jobs = new Map<string, History>()

  constructor(
    private readonly stream: EventStream,
    private readonly limits: JobEventLogLimits = DEFAULT_JOB_EVENT_LOG_LIMITS,
  ) {}

  /** Publishes one job event on "job/<id>" with the job's next job_seq, and keeps it. */
  publish(jobId: string, payload: Pick<EventPayload, 'jobChanged' | 'jobPrompt'>): number {
    let history = this.jobs.get(jobId)
    if (history === undefined) {
      history = { seq: 0, frames: [] }
      this.jobs.set(jobId, history)
      for (const oldest of this.jobs.keys()) {
        if (this.jobs.size <= this.limits.maxJobs) break
        this.jobs.delete(oldest)
      }
    }
    history.seq += 1
    const changed = payload.jobChanged?.job
      ? { jobChanged: { job: { ...payload.jobChanged.job, eventSeq: history.seq } } }
      : {}
    history.frames.push(
      this.stream.publishAside(TOPICS.job(jobId), { ...payload, ...changed, jobSeq: history.seq }),
    )
    if (history.frames.length > this.limits.maxEventsPerJob) history.frames.shift()
    return history.seq
  }

  /** The job_seq of the job's last event; 0 when none is kept. */
  lastSeq(jobId: string): number {
    return this.jobs.get(jobId)?.seq ?? 0
  }

  /**
   * A subscription to `topic` arrived: when it names one job, publishes that job's kept events
   * again, oldest first. Returns how many.
   */
  replay(topic: string): number {
    if (!topic.startsWith(JOB_TOPIC)) return 0
    const history = this.jobs.get(topic.slice(JOB_TOPIC.length))
    if (history === undefined) return 0
    for (const frames of history.frames) this.stream.republish(frames)
    return history.frames.length
  }
}
