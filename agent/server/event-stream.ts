import { randomBytes } from 'node:crypto'
import { TOPICS, v1 } from '../../protocol'
import type { SendQueue } from './send-queue'

export type EventPayload = Pick<
  v1.IEvent,
  | 'deviceAttached'
  | 'deviceDetached'
  | 'deviceStatusChanged'
  | 'cardPresenceChanged'
  | 'jobChanged'
  | 'jobPrompt'
  | 'fingerprintPreview'
  | 'jobSeq'
>

/**
 * Numbers and publishes state events. `seq` rises by one per state event and is read together
 * with the state by GetSnapshot (both change in the same tick), so a subscriber can stitch the
 * snapshot and the stream together; heartbeats carry the last seq so that a lost event shows.
 */
export class EventStream {
  /** Distinguishes this agent run's sequence from the previous one's. */
  readonly epoch = randomBytes(8).toString('hex')
  private lastSeq = 0

  constructor(
    private readonly queue: SendQueue,
    private readonly now: () => number,
  ) {}

  get seq(): number {
    return this.lastSeq
  }

  /** Publishes one state event on `topic`; returns its seq. */
  publish(topic: string, payload: EventPayload): number {
    this.lastSeq += 1
    this.send(topic, { ...payload, seq: this.lastSeq })
    return this.lastSeq
  }

  /**
   * An event outside the device state (job progress, prompts): it carries the current seq but
   * does not advance it, so device watchers, who do not subscribe to it, see no gap.
   */
  publishAside(topic: string, payload: EventPayload): readonly Buffer[] {
    return this.send(topic, { ...payload, seq: this.lastSeq })
  }

  /** Sends frames that publishAside returned once more, unchanged (a late subscriber's replay). */
  republish(frames: readonly Buffer[]): void {
    this.queue.push([...frames])
  }

  heartbeat(): void {
    this.send(TOPICS.heartbeat, { heartbeat: {}, seq: this.lastSeq })
  }

  private send(topic: string, event: v1.IEvent): readonly Buffer[] {
    const body = v1.Event.encode({ ...event, timeMs: this.now(), epoch: this.epoch }).finish()
    const frames = [Buffer.from(topic), Buffer.from(body.buffer, body.byteOffset, body.length)]
    this.queue.push([...frames])
    return frames
  }
}
