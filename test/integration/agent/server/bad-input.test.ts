import assert from 'node:assert/strict'
import { v1 } from '../../../../protocol'
import {
  errorName,
  startServer,
  type RawSession,
  type ServerFixture,
} from '../../../support/agent-fixture'

// Each bad input gets a typed error reply (or a logged drop) and the agent keeps serving.
describe('agent server: bad input (ipc + CURVE)', () => {
  let fixture: ServerFixture
  let raw: RawSession

  beforeEach(async () => {
    fixture = await startServer({ limits: { maxRequestBytes: 64 * 1024, maxFramesPerRequest: 2 } })
    raw = await fixture.rawSession('operator')
  })
  afterEach(async () => {
    await fixture.stop()
  })

  async function stillServes(): Promise<void> {
    const reply = await raw.request({ apiLevel: 1, requestId: 'alive', ping: {} })
    assert.equal(reply.result, 'ping')
  }

  it('answers MALFORMED_REQUEST to a frame that is not protobuf', async () => {
    await raw.send([Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f])])
    const reply = await raw.receive()
    assert.equal(errorName(reply), 'MALFORMED_REQUEST')
    assert.equal(fixture.logger.withEvent('request.rejected').length, 1)
    await stillServes()
  })

  it('answers MALFORMED_REQUEST to a truncated Request', async () => {
    const whole = v1.Request.encode({
      apiLevel: 1,
      requestId: 'cut',
      getDevice: { deviceId: 'x'.repeat(40) },
    }).finish()
    await raw.send([whole.subarray(0, whole.length - 10)])
    assert.equal(errorName(await raw.receive()), 'MALFORMED_REQUEST')
    await stillServes()
  })

  it('answers MALFORMED_REQUEST, with the request id, to too many frames', async () => {
    const head = v1.Request.encode({ apiLevel: 1, requestId: 'frames', ping: {} }).finish()
    await raw.send([head, 'a', 'b', 'c'])
    const reply = await raw.receive()
    assert.equal(errorName(reply), 'MALFORMED_REQUEST')
    assert.equal(reply.requestId, 'frames')
    await stillServes()
  })

  it('answers MALFORMED_REQUEST to a Request without a request id, or with one too long', async () => {
    await raw.send([v1.Request.encode({ apiLevel: 1, ping: {} }).finish()])
    assert.equal(errorName(await raw.receive()), 'MALFORMED_REQUEST')
    await raw.send([
      v1.Request.encode({ apiLevel: 1, requestId: 'x'.repeat(129), ping: {} }).finish(),
    ])
    const reply = await raw.receive()
    assert.equal(errorName(reply), 'MALFORMED_REQUEST')
    assert.equal(reply.requestId, '')
  })

  it('answers UNKNOWN_COMMAND to a command number this agent does not know', async () => {
    // Field 99 of Request, length-delimited and empty: a command from a newer schema.
    const known = v1.Request.encode({ apiLevel: 1, requestId: 'future' }).finish()
    await raw.send([Buffer.concat([known, Buffer.from([0x9a, 0x06, 0x00])])])
    const reply = await raw.receive()
    assert.equal(errorName(reply), 'UNKNOWN_COMMAND')
    assert.equal(reply.requestId, 'future')
    await stillServes()
  })

  it('answers UNSUPPORTED_API_LEVEL and names the supported levels', async () => {
    const reply = await raw.request({ apiLevel: 7, requestId: 'level', ping: {} })
    assert.equal(errorName(reply), 'UNSUPPORTED_API_LEVEL')
    assert.equal(reply.error?.details?.supported, '1')
  })

  it('answers PAYLOAD_TOO_LARGE to a request over the configured cap', async () => {
    const head = v1.Request.encode({
      apiLevel: 1,
      requestId: 'big',
      ping: { echoAttachment: 1 },
    }).finish()
    await raw.send([head, Buffer.alloc(64 * 1024 + 1)])
    const reply = await raw.receive()
    assert.equal(errorName(reply), 'PAYLOAD_TOO_LARGE')
    assert.equal(reply.requestId, 'big')
    await stillServes()
  })

  it('drops a client whose frame exceeds the transport limit, and serves the others', async () => {
    const other = await fixture.rawSession('technician')
    const head = v1.Request.encode({ apiLevel: 1, requestId: 'huge', ping: {} }).finish()
    // Over libzmq's own limit (twice the cap): the connection is dropped, nothing is buffered.
    await raw.send([head, Buffer.alloc(4 * 64 * 1024)])
    const reply = await other.request({ apiLevel: 1, requestId: 'other', ping: {} })
    assert.equal(reply.result, 'ping')
  })

  it('answers INVALID_ARGUMENT when Ping names an attachment that is not there', async () => {
    const reply = await raw.request(
      { apiLevel: 1, requestId: 'echo', ping: { echoAttachment: 2 } },
      [Buffer.from('x')],
    )
    assert.equal(errorName(reply), 'INVALID_ARGUMENT')
  })

  it('bounds a flood: excess requests get RESOURCE_EXHAUSTED, memory stays bounded, others are served', async () => {
    fixture.source.attach('dev:held')
    const holder = await fixture.connect('technician')
    await holder.claimDevice('dev:held')
    // Claims that wait stay in flight, so the per-client cap (8) is what answers the rest.
    const count = 200
    for (let i = 0; i < count; i++) {
      await raw.send([
        v1.Request.encode({
          apiLevel: 1,
          requestId: `flood-${i}`,
          deadlineMs: 60_000,
          claimDevice: { deviceId: 'dev:held', wait: true },
        }).finish(),
      ])
    }
    const codes = new Map<string, number>()
    for (let i = 0; i < count - 8; i++) {
      const name = errorName(await raw.receive())
      codes.set(name, (codes.get(name) ?? 0) + 1)
    }
    assert.deepEqual([...codes], [['RESOURCE_EXHAUSTED', count - 8]])
    assert.equal(fixture.server.requestsInFlight, 8)
    // The flood is logged as one line with a count, not 192 lines.
    assert.ok(fixture.logger.withEvent('request.rejected').length < 5)
    await holder.ping()
  })

  it('drops replies to a client that does not read them, and keeps serving the others', async () => {
    const other = await fixture.connect('technician')
    // 20,000 pings, replies never read: libzmq's per-peer pipe fills up, and the agent drops
    // instead of queueing without bound or stalling everyone else's replies.
    const ping = (i: number) =>
      v1.Request.encode({ apiLevel: 1, requestId: `n-${i}`, ping: {} }).finish()
    for (let i = 0; i < 20_000; i++) await raw.send([ping(i)])
    await other.ping()
    // The agent shares this process's loop: block it for 50 ms, so the delay monitor's next tick
    // (before the GetStatus reply can travel) records a lag well above zero.
    const blockedUntil = Date.now() + 50
    while (Date.now() < blockedUntil) {
      // busy: that is the point
    }
    const status = await other.status()
    assert.ok(status.rssBytes > 0)
    assert.ok(status.heapUsedBytes > 0 && status.heapUsedBytes < status.rssBytes)
    // Sockets, pipes and timers of this very test are open, so never zero.
    assert.ok(status.openHandles > 0)
    assert.ok(status.eventLoopLagMaxMs >= 20, `max lag ${String(status.eventLoopLagMaxMs)} ms`)
    assert.ok(status.eventLoopLagP99Ms <= status.eventLoopLagMaxMs)
    const dropped = fixture.logger.withEvent('reply.dropped')
    assert.ok(dropped.length > 0, 'the drops are logged')
    assert.ok(dropped.length < 10, 'and merged, not one line per reply')
  })
})
