import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import { AgentServer, type AgentServerOptions } from '../../../../agent/server/agent-server'
import { Dealer } from 'zeromq'
import { AgentClient, ProtocolError, v1 } from '../../../../protocol'
import { startServer, type ServerFixture } from '../../../support/agent-fixture'

// Real ZeroMQ sockets over ipc with CURVE, an in-process AgentServer, a fake device source.
describe('agent server: sessions and authentication (ipc + CURVE)', () => {
  let fixture: ServerFixture

  beforeEach(async () => {
    fixture = await startServer()
  })
  afterEach(async () => {
    await fixture.stop()
  })

  it('answers Hello with the negotiated level, the key name and role, then Ping', async () => {
    const client = await fixture.connect('technician')
    assert.equal(client.hello.apiLevel, 1)
    assert.equal(client.hello.clientKeyName, 'technician-cli')
    assert.equal(client.hello.role, v1.Role.ROLE_TECHNICIAN)
    assert.equal(client.hello.agentVersion, '0.0.0-test')
    const { roundTripMs } = await client.ping()
    assert.ok(roundTripMs >= 0)
  })

  it('echoes a 500 KB payload sent as its own frame, byte for byte', async () => {
    const client = await fixture.connect('operator')
    const payload = randomBytes(500 * 1024)
    const { echo } = await client.ping(payload)
    assert.ok(echo)
    assert.ok(echo.equals(payload))
  })

  it('refuses a key that is not in the allow-list and logs only its fingerprint', async () => {
    await assert.rejects(
      fixture.connect('stranger'),
      (error: unknown) => error instanceof ProtocolError && error.code === 'UNAUTHENTICATED',
    )
    const refused = fixture.logger.withEvent('client.refused')
    assert.equal(refused.length, 1)
    const line = JSON.stringify(refused)
    assert.ok(line.includes(refused[0]!.fields.keyFingerprint as string))
    assert.ok(!line.includes(fixture.keys.stranger.publicKey), 'the whole key must not be logged')
  })

  it('refuses Hello when the proof was made for another routing id', async () => {
    // A client that holds an allowed key but replays a proof computed for a different connection.
    const raw = await fixture.rawSession('operator')
    const reply = await raw.request({
      apiLevel: 1,
      requestId: 'again',
      hello: {
        apiLevels: [1],
        clientPublicKey: Buffer.alloc(32),
        proof: Buffer.alloc(32),
      },
    })
    assert.equal(reply.result, 'error')
    assert.equal(reply.error?.code, v1.ErrorCode.ERROR_CODE_UNAUTHENTICATED)
  })

  it('answers UNAUTHENTICATED to a command sent before Hello', async () => {
    const raw = await fixture.rawSession('operator')
    raw.close()
    const socket = new Dealer({
      routingId: 'no-hello',
      curveServerKey: fixture.agentKeys.publicKey,
      curvePublicKey: fixture.keys.operator.publicKey,
      curveSecretKey: fixture.keys.operator.secretKey,
      linger: 0,
      receiveTimeout: 3000,
    })
    socket.connect(fixture.endpoints.requests)
    await socket.send(v1.Request.encode({ apiLevel: 1, requestId: 'x', listDevices: {} }).finish())
    const [head] = await socket.receive()
    socket.close()
    const reply = v1.Reply.decode(head!)
    assert.equal(reply.error?.code, v1.ErrorCode.ERROR_CODE_UNAUTHENTICATED)
  })

  it('lets a technician read the agent status and refuses an operator', async () => {
    const technician = await fixture.connect('technician')
    const operator = await fixture.connect('operator')
    const status = await technician.status()
    assert.equal(status.sessions.length, 2)
    assert.deepEqual(status.sessions.map(s => s.keyName).sort(), ['enrolment-ui', 'technician-cli'])
    await assert.rejects(
      operator.status(),
      (error: unknown) => error instanceof ProtocolError && error.code === 'PERMISSION_DENIED',
    )
  })

  it('keeps a session that sends no request, only ZMTP heartbeats, past the timeout', async () => {
    await fixture.stop()
    fixture = await startServer({ sessions: { heartbeatIntervalMs: 100, heartbeatTimeoutMs: 400 } })
    fixture.source.attach('reader:1')
    // No Ping timer: the client's libzmq sends PINGs (and answers the agent's) on its own.
    const quiet = await fixture.connect('operator', { heartbeat: false, zmtpHeartbeatMs: 100 })
    const lease = await quiet.claimDevice('reader:1')
    const technician = await fixture.connect('technician')
    await new Promise(resolve => setTimeout(resolve, 1500))
    const status = await technician.status()
    assert.deepEqual(status.sessions.map(s => s.keyName).sort(), ['enrolment-ui', 'technician-cli'])
    const idle = status.sessions.find(s => s.keyName === 'enrolment-ui')?.idleMs ?? 0
    assert.ok(idle >= 1400, `the quiet session sent nothing for ${idle} ms`)
    assert.equal(fixture.server.leases.forDevice('reader:1')?.leaseId, lease.leaseId)
    assert.equal((await quiet.listDevices()).length, 1)
    assert.equal(fixture.logger.withEvent('lease.released').length, 0)
  })

  it('refuses a second server on the same ipc endpoints', async () => {
    const options = (fixture.server as unknown as { options: AgentServerOptions }).options
    const second = new AgentServer(options)
    await assert.rejects(second.start(), /already serves/)
    await second.stop()
    // The first one still answers.
    const client = await fixture.connect('operator')
    await client.ping()
  })

  it('rejects calls still waiting when the client closes', async () => {
    const client: AgentClient = await fixture.connect('operator')
    fixture.source.attach('dev:1')
    const other = await fixture.connect('technician')
    await other.claimDevice('dev:1')
    const waiting = client.claimDevice('dev:1', { wait: true })
    client.close()
    await assert.rejects(waiting, /closed/)
  })
})
