import assert from 'node:assert/strict'
import { SessionEvents } from '../../../../agent/server/session-events'
import { SessionTable } from '../../../../agent/server/sessions'
import { v1 } from '../../../../protocol'

describe('agent/server session events', () => {
  const open = (sessions: SessionTable, id: string) =>
    sessions.open({
      id,
      routingId: Buffer.from(id),
      keyName: id,
      publicKey: '',
      keyFingerprint: '00',
      role: 'operator',
      apiLevel: 1,
      clientName: id,
    })

  it('sends a Reply with an empty request id to the open session only, never after it ends', () => {
    const sessions = new SessionTable({ maxSessions: 4 }, () => 0)
    const sent: { to: string; reply: v1.Reply }[] = []
    const events = new SessionEvents({
      sessions,
      stream: { seq: 7, epoch: 'e1' },
      now: () => 1234,
      reply: (routingId, frames) => {
        sent.push({ to: routingId.toString(), reply: v1.Reply.decode(frames[0]!) })
      },
    })
    const a = open(sessions, 'a')
    const preview = { fingerprintPreview: { deviceId: 'fp:1', transactionId: 'tx-1', sequence: 1 } }
    assert.equal(events.send(a, preview), true)
    const [first] = sent
    assert.ok(first !== undefined && sent.length === 1)
    assert.equal(first.to, 'a')
    assert.equal(first.reply.requestId, '')
    assert.equal(first.reply.result, 'event')
    const event = first.reply.event
    assert.ok(event)
    assert.equal(event.fingerprintPreview?.transactionId, 'tx-1')
    assert.deepEqual([event.seq, event.epoch], [7, 'e1'])

    sessions.close('a', 'revoked')
    assert.equal(events.send(a, preview), false)
    // A new session with the same routing id is not the old one.
    open(sessions, 'a')
    assert.equal(events.send(a, preview), false)
    assert.equal(sent.length, 1)
  })
})
