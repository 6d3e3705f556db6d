import assert from 'node:assert/strict'
import { rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ProtocolError, type AgentClient, type AgentEvent } from '../../../../protocol'
import { startServer, type ServerFixture } from '../../../support/agent-fixture'
import { eventually } from '../../../support/wait-for'

/** Every event a client receives, in the background, with the time it arrived. */
function record(client: AgentClient, signal: AbortSignal): AgentEvent[] {
  const seen: AgentEvent[] = []
  void (async () => {
    for await (const event of client.events([''], signal)) seen.push(event)
  })().catch(() => undefined)
  return seen
}

const stamped = (event: AgentEvent) => event.event.timeMs

describe('agent server: revoking a key in use (ipc + CURVE, authorized-clients directory)', () => {
  let fixture: ServerFixture
  let stop: AbortController

  beforeEach(async () => {
    fixture = await startServer({
      keyDirectory: true,
      events: { heartbeatIntervalMs: 100, sendHighWaterMark: 1000 },
    })
    stop = new AbortController()
    fixture.source.attach('reader:1')
  })
  afterEach(async () => {
    stop.abort()
    await fixture.stop()
  })

  it('closes the session, frees its lease and cuts its events within 2 s of keys remove', async () => {
    const a = await fixture.connect('operator')
    const b = await fixture.connect('technician')
    const seenByA = record(a, stop.signal)
    const seenByB = record(b, stop.signal)
    await eventually(
      () => seenByA.length > 0 && seenByB.length > 0,
      2000,
      'both subscriptions to deliver a heartbeat',
    )
    await a.claimDevice('reader:1')

    const removedAt = Date.now()
    await rm(join(fixture.keysDir, 'enrolment-ui.key'))

    await eventually(
      () => fixture.server.leases.forDevice('reader:1') === undefined,
      2000,
      "the revoked key's lease to be released",
    )
    await assert.rejects(
      a.ping(),
      (error: unknown) => error instanceof ProtocolError && error.code === 'UNAUTHENTICATED',
    )
    assert.ok(Date.now() - removedAt < 2000, `revoked after ${Date.now() - removedAt} ms`)
    const released = fixture.logger.withEvent('lease.released')
    assert.equal(released[0]?.fields.reason, 'session-revoked')
    assert.equal(fixture.logger.withEvent('client.revoked')[0]?.fields.keyName, 'enrolment-ui')
    // A new Hello with the removed key is refused too.
    await assert.rejects(
      fixture.connect('operator', { connectTimeoutMs: 1000 }),
      (error: unknown) => error instanceof ProtocolError && error.code === 'UNAUTHENTICATED',
    )

    // The other client claims the freed device and keeps its event feed.
    assert.equal((await b.claimDevice('reader:1')).holder, 'technician-cli')
    await eventually(
      () => fixture.logger.withEvent('events.subscribers-cut').length > 0,
      2000,
      'the event subscribers to be cut',
    )
    const cutAt = Date.now()
    // B's subscriber reconnects by itself; a heartbeat shows its subscription is back.
    await eventually(
      () => seenByB.some(e => stamped(e) >= cutAt),
      2000,
      'the other client to receive events after the cut',
    )
    fixture.source.attach('fp:9')
    await eventually(
      () => seenByB.some(e => e.event.deviceAttached?.device?.id === 'fp:9'),
      2000,
      'the other client to see a device attached after the cut',
    )
    // Heartbeats go out every 100 ms: a second of them, and the device events, reach B only.
    const quietUntil = Date.now() + 1000
    await eventually(() => Date.now() >= quietUntil, 1500, 'a second of events')
    assert.deepEqual(
      seenByA.filter(e => stamped(e) >= cutAt).map(e => e.event.payload),
      [],
    )
    assert.ok(
      seenByB.filter(e => stamped(e) >= cutAt && e.event.payload === 'heartbeat').length >= 5,
    )
  })

  it('closes the sessions of a key whose role changed', async () => {
    const a = await fixture.connect('operator')
    await a.claimDevice('reader:1')
    const file = join(fixture.keysDir, 'enrolment-ui.key')
    await writeFile(file, `technician ${fixture.keys.operator.publicKey}\n`, { mode: 0o644 })
    await eventually(
      () => fixture.server.leases.forDevice('reader:1') === undefined,
      2000,
      'the lease of the re-roled key to be released',
    )
    await assert.rejects(
      a.ping(),
      (error: unknown) => error instanceof ProtocolError && error.code === 'UNAUTHENTICATED',
    )
  })

  it('leaves the sessions of keys still enrolled alone', async () => {
    const b = await fixture.connect('technician')
    await b.claimDevice('reader:1')
    await rm(join(fixture.keysDir, 'enrolment-ui.key'))
    await fixture.server.recheckKeys()
    assert.equal(fixture.server.leases.forDevice('reader:1')?.holder, 'technician-cli')
    await b.ping()
  })
})
