import { v1 } from '../../protocol'
import type { EventPayload, EventStream } from './event-stream'
import type { Session, SessionTable } from './sessions'

/**
 * Events for one session alone, sent on the ROUTER as a Reply with an empty request_id (see
 * Reply.event): what carries personal data (fingerprint preview frames) never goes on an XPUB
 * topic, which any authorized subscriber may read. Like job events they carry the stream's
 * current seq and epoch without advancing the seq. A session that has ended (disconnect,
 * expiry, revocation) receives nothing more.
 */
export class SessionEvents {
  constructor(
    private readonly options: {
      readonly sessions: SessionTable
      readonly stream: Pick<EventStream, 'seq' | 'epoch'>
      readonly now: () => number
      /** Queues one message for a routing id; never throws. */
      readonly reply: (routingId: Buffer, frames: Uint8Array[]) => void
    },
  ) {}

  /** Sends `payload` to `session` if it is still open; returns whether it was queued. */
  send(session: Session, payload: EventPayload): boolean {
    const { sessions, stream, now, reply } = this.options
    if (sessions.get(session.id) !== session) return false
    const event: v1.IEvent = { ...payload, seq: stream.seq, timeMs: now(), epoch: stream.epoch }
    reply(session.routingId, [v1.Reply.encode({ requestId: '', event }).finish()])
    return true
  }
}
