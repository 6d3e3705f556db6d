import assert from 'node:assert/strict'
import { TOPICS, v1, watchDevices, type AgentEvent, type DeviceView } from '../../../../protocol'
import { startServer, type ServerFixture } from '../../../support/agent-fixture'
import { nextValue } from '../../../support/wait-for'

describe('agent server: events on XPUB (ipc + CURVE)', () => {
  let fixture: ServerFixture

  beforeEach(async () => {
    fixture = await startServer({ events: { heartbeatIntervalMs: 100, sendHighWaterMark: 1000 } })
  })
  afterEach(async () => {
    await fixture.stop()
  })

  it('publishes attach, status, lease and detach with strictly increasing seq', async () => {
    const client = await fixture.connect('operator')
    const controller = new AbortController()
    const all = client
      .events([TOPICS.devices, TOPICS.heartbeat], controller.signal)
      [Symbol.asyncIterator]()
    // The subscription reaches the XPUB asynchronously; a heartbeat proves it is in place.
    await nextValue(all, 2000, 'a heartbeat')
    const events = {
      async next(): Promise<IteratorResult<AgentEvent>> {
        for (;;) {
          const item = await all.next()
          if (item.done === true || item.value.event.payload !== 'heartbeat') return item
        }
      },
    }
    const first = events.next()
    fixture.source.attach('fp:1')
    fixture.source.setStatus('fp:1', { state: 'busy', operation: 'capture' })
    fixture.source.setStatus('fp:1', { state: 'ready' })
    const lease = await client.claimDevice('fp:1')
    await client.releaseDevice(lease.leaseId!)
    fixture.source.detach('fp:1')
    const seen: AgentEvent[] = [(await first).value as AgentEvent]
    while (seen.length < 6) seen.push(await nextValue(events, 2000, 'device events'))
    controller.abort()
    assert.deepEqual(
      seen.map(e => e.event.payload),
      [
        'deviceAttached',
        'deviceStatusChanged',
        'deviceStatusChanged',
        'deviceStatusChanged',
        'deviceStatusChanged',
        'deviceDetached',
      ],
    )
    assert.ok(seen.every(e => e.topic === 'dev/fp:1'))
    const seqs = seen.map(e => e.event.seq)
    assert.deepEqual(seqs, [1, 2, 3, 4, 5, 6])
    assert.equal(
      seen[1]!.event.deviceStatusChanged?.device?.status?.state,
      v1.DeviceState.DEVICE_STATE_BUSY,
    )
    assert.equal(seen[3]!.event.deviceStatusChanged?.device?.lease?.holder, 'enrolment-ui')
    assert.equal(seen[4]!.event.deviceStatusChanged?.device?.lease, null)
  })

  it('sends heartbeats that carry the last seq', async () => {
    const client = await fixture.connect('operator')
    fixture.source.attach('fp:1')
    const controller = new AbortController()
    const events = client.events([TOPICS.heartbeat], controller.signal)[Symbol.asyncIterator]()
    const beat = await nextValue(events, 2000, 'a heartbeat')
    controller.abort()
    assert.equal(beat.event.payload, 'heartbeat')
    assert.equal(beat.event.seq, 1)
    assert.equal(beat.event.epoch, fixture.server.stream.epoch)
  })

  it('lets a late subscriber resynchronise from the snapshot and then follow the stream', async () => {
    fixture.source.attach('fp:early')
    fixture.source.attach('reader:early', 'card-encoder')
    const client = await fixture.connect('technician')
    const controller = new AbortController()
    const views = watchDevices(client, controller.signal)[Symbol.asyncIterator]()
    const snapshot = await nextValue(views, 2000, 'the snapshot')
    assert.equal(snapshot.change.type, 'snapshot')
    assert.deepEqual([...snapshot.devices.keys()].sort(), ['fp:early', 'reader:early'])
    assert.equal(snapshot.seq, 2)
    // Events published before the subscription took effect are recovered through a heartbeat
    // that is ahead of us, so the view converges either way.
    fixture.source.attach('fp:late')
    fixture.source.detach('fp:early')
    let view: DeviceView = snapshot
    while (view.seq < 4) view = await nextValue(views, 2000, 'the view to catch up')
    controller.abort()
    assert.deepEqual([...view.devices.keys()].sort(), ['fp:late', 'reader:early'])
  })

  it('resynchronises after missed events (a gap in seq)', async () => {
    const client = await fixture.connect('technician')
    const controller = new AbortController()
    const views = watchDevices(client, controller.signal)[Symbol.asyncIterator]()
    await nextValue(views, 2000, 'the snapshot')
    // Publish straight to the stream without the subscriber seeing some: bump seq behind its back.
    fixture.server.stream.publish('hidden/topic', { deviceDetached: { deviceId: 'ghost' } })
    fixture.source.attach('fp:after-gap')
    let view: DeviceView
    do view = await nextValue(views, 2000, 'a resync')
    while (!view.devices.has('fp:after-gap'))
    controller.abort()
    assert.equal(
      view.change.type,
      'snapshot',
      'a gap must trigger a new snapshot, not be applied blindly',
    )
    assert.equal(view.seq, 2)
  })

  it('carries card presence in the snapshot and applies card events to the view', async () => {
    const ATR = Buffer.from('3b8a80014944535441544930', 'hex')
    const slot = fixture.source.attachReader('reader:1')
    slot.set({ present: true, atr: ATR })
    const client = await fixture.connect('technician')
    const controller = new AbortController()
    const views = watchDevices(client, controller.signal)[Symbol.asyncIterator]()
    const snapshot = await nextValue(views, 2000, 'the snapshot')
    assert.equal(snapshot.change.type, 'snapshot')
    assert.equal(snapshot.seq, 2, 'the attach and the insert are both reflected')
    const card = snapshot.devices.get('reader:1')?.card
    assert.equal(card?.present, true)
    assert.equal(Buffer.from(card.atr ?? []).toString('hex'), ATR.toString('hex'))
    slot.set({ present: false })
    let view: DeviceView = snapshot
    while (view.seq < 3) view = await nextValue(views, 2000, 'the removal')
    controller.abort()
    // Applied as an event, or through a resync when the removal beat the subscription: either
    // way the view converges on the empty slot.
    assert.equal(view.devices.get('reader:1')?.card?.present, false)
  })
})
