import assert from 'node:assert/strict'
import path from 'node:path'
import { ProtocolError } from '../../../../protocol'
import { startServer, type ServerFixture } from '../../../support/agent-fixture'
import { startJsonLinesProcess } from '../../../support/json-lines-process'
import { eventually } from '../../../support/wait-for'

function hasCode(code: string) {
  return (error: unknown) => error instanceof ProtocolError && error.code === code
}

describe('agent server: leases, deadlines and cancellation (ipc + CURVE)', () => {
  let fixture: ServerFixture

  beforeEach(async () => {
    fixture = await startServer({ sessions: { heartbeatIntervalMs: 100, heartbeatTimeoutMs: 500 } })
    fixture.source.attach('reader:1')
  })
  afterEach(async () => {
    await fixture.stop()
  })

  it('gives DEVICE_BUSY to a second client and names the holder', async () => {
    const a = await fixture.connect('operator')
    const b = await fixture.connect('technician')
    const lease = await a.claimDevice('reader:1')
    assert.equal(lease.holder, 'enrolment-ui')
    await assert.rejects(b.claimDevice('reader:1'), (error: unknown) => {
      return (
        error instanceof ProtocolError &&
        error.code === 'DEVICE_BUSY' &&
        error.details.holder === 'enrolment-ui' &&
        error.retryable
      )
    })
    // Claiming again from the holder returns the same lease.
    assert.equal((await a.claimDevice('reader:1')).leaseId, lease.leaseId)
    const device = await b.getDevice('reader:1')
    assert.equal(device.lease?.holder, 'enrolment-ui')
  })

  it('answers DEVICE_NOT_FOUND and LEASE_NOT_FOUND', async () => {
    const a = await fixture.connect('operator')
    await assert.rejects(a.claimDevice('nope:1'), hasCode('DEVICE_NOT_FOUND'))
    await assert.rejects(a.releaseDevice('not-a-lease'), hasCode('LEASE_NOT_FOUND'))
  })

  it('does not let another client release a lease it does not hold', async () => {
    const a = await fixture.connect('operator')
    const b = await fixture.connect('technician')
    const lease = await a.claimDevice('reader:1')
    await assert.rejects(b.releaseDevice(lease.leaseId!), hasCode('LEASE_NOT_FOUND'))
  })

  it('releases the lease when its client disconnects, and hands it to a waiting client', async () => {
    const a = await fixture.connect('operator')
    const b = await fixture.connect('technician')
    await a.claimDevice('reader:1')
    const waiting = b.claimDevice('reader:1', { wait: true })
    a.close()
    const lease = await waiting
    assert.equal(lease.holder, 'technician-cli')
  })

  it('releases the lease when its client stops answering ZMTP heartbeats', async () => {
    // A frozen process: its socket stays open, but its libzmq answers no PING any more.
    const holder = await startJsonLinesProcess({
      name: 'the lease holder',
      entry: path.join(__dirname, '..', '..', '..', 'support', 'lease-holder-process.ts'),
      args: [
        JSON.stringify({
          requestsEndpoint: fixture.endpoints.requests,
          serverPublicKey: fixture.agentKeys.publicKey,
          keys: fixture.keys.operator,
          deviceId: 'reader:1',
        }),
      ],
      isReply: () => false,
      replyTimeoutMs: 1000,
    })
    try {
      assert.equal(fixture.server.leases.forDevice('reader:1')?.holder, 'enrolment-ui')
      holder.child.kill('SIGSTOP')
      await eventually(
        () => fixture.server.leases.forDevice('reader:1') === undefined,
        3000,
        'the lease to be released',
      )
      const released = fixture.logger.withEvent('lease.released')
      assert.equal(released[0]?.fields.reason, 'session-disconnected')
      const b = await fixture.connect('technician')
      assert.equal((await b.claimDevice('reader:1')).holder, 'technician-cli')
    } finally {
      holder.child.kill('SIGKILL')
      holder.child.kill('SIGCONT')
      await holder.exited
    }
  })

  it('ends a waiting claim with DEADLINE_EXCEEDED at its deadline', async () => {
    const a = await fixture.connect('operator')
    const b = await fixture.connect('technician')
    await a.claimDevice('reader:1')
    const started = Date.now()
    await assert.rejects(
      b.claimDevice('reader:1', { wait: true, deadlineMs: 200 }),
      hasCode('DEADLINE_EXCEEDED'),
    )
    assert.ok(Date.now() - started >= 190)
    // The abandoned wait must not take the device later.
    const lease = fixture.server.leases.forDevice('reader:1')
    await a.releaseDevice(lease!.leaseId)
    assert.equal(fixture.server.leases.forDevice('reader:1'), undefined)
  })

  it('cancels a waiting claim with CancelRequest', async () => {
    const a = await fixture.connect('operator')
    const b = await fixture.connect('technician')
    await a.claimDevice('reader:1')
    const controller = new AbortController()
    const waiting = b.claimDevice('reader:1', { wait: true, signal: controller.signal })
    await eventually(() => fixture.server.requestsInFlight === 1, 2000, 'the claim to be in flight')
    controller.abort()
    await assert.rejects(waiting, hasCode('CANCELED'))
    assert.equal(fixture.server.requestsInFlight, 0)
  })

  it('ends the lease when the device is unplugged', async () => {
    const a = await fixture.connect('operator')
    await a.claimDevice('reader:1')
    fixture.source.detach('reader:1')
    assert.equal(fixture.server.leases.forDevice('reader:1'), undefined)
    await assert.rejects(a.getDevice('reader:1'), hasCode('DEVICE_NOT_FOUND'))
  })

  it('releases every lease at shutdown', async () => {
    const a = await fixture.connect('operator')
    await a.claimDevice('reader:1')
    await fixture.server.stop()
    assert.equal(fixture.server.leases.all().length, 0)
    assert.equal(fixture.logger.withEvent('lease.released')[0]?.fields.reason, 'session-shutdown')
  })
})
