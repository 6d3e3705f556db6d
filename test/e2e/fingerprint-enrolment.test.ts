import assert from 'node:assert/strict'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { curveKeyPair } from 'zeromq'
import { decodeFingerImageRecord } from '../../agent/icao/biometrics'
import { readAgentPublicKey } from '../../agent/keys/agent-keys'
import { AgentClient, ProtocolError, v1 } from '../../protocol'
import { startAgentProcess, type AgentProcess } from '../support/agent-process'
import {
  startFingerprintSimulator,
  type FingerprintSimulator,
} from '../support/fingerprint-simulator'
import { pollUntil } from '../support/card-process'

// Issue 5's done-when: a four-four-two enrolment with one declared missing finger, through the
// agent from a client and the CLI, with previews, per-finger records and a duplicate caught.
describe('fingerprint enrolment end to end (agent + virtual HID reader process)', function () {
  this.timeout(60_000)
  let agent: AgentProcess
  let reader: FingerprintSimulator
  let client: AgentClient
  let deviceId = ''
  const previews: v1.IFingerprintPreview[] = []

  before(async () => {
    agent = await startAgentProcess()
    reader = startFingerprintSimulator([
      '--dir',
      agent.simulatedDir,
      '--name',
      'slap-1',
      '--kind',
      'fingerprint-scanner',
      '--serial',
      'SLAP-0001',
      '--capture-ms',
      '300',
    ])
    await reader.next(line => line.event === 'ready', 15_000)
    const keys = curveKeyPair()
    const add = await agent.cli([
      'keys',
      'add-client',
      'enrolment-front-end',
      '--role',
      'operator',
      `--public-key=${keys.publicKey}`,
    ])
    assert.equal(add.code, 0, add.stderr)
    client = await AgentClient.connect({
      requestsEndpoint: `ipc://${path.join(agent.runtimeDir, 'agent.sock')}`,
      eventsEndpoint: `ipc://${path.join(agent.runtimeDir, 'events.sock')}`,
      serverPublicKey: await readAgentPublicKey(path.join(agent.dataDir, 'keys', 'agent.key')),
      keys,
      clientName: 'enrolment-test',
      connectTimeoutMs: 3000,
    })
    deviceId = await pollUntil(
      async () =>
        (await client.listDevices(v1.DeviceKind.DEVICE_KIND_FINGERPRINT_SCANNER)).find(
          device => device.serialNumber === 'SLAP-0001',
        )?.id ?? undefined,
      15_000,
      'the reader in the agent',
    )
    // Preview frames are the capturing session's own: they arrive on its request socket.
    client.onSessionEvent(event => {
      if (event.fingerprintPreview) previews.push(event.fingerprintPreview)
    })
  })

  after(async () => {
    client.close()
    await reader.stop('SIGKILL')
    await agent.dispose()
  })

  const capture = async (body: v1.ICaptureFingerprints) => {
    const outcome = await client.captureFingerprints({
      deviceId,
      requestedScore: 30,
      timeoutMs: 8000,
      previewFps: 15,
      enrolmentId: 'enrolment-42',
      ...body,
    })
    return {
      ...outcome,
      previews: previews.filter(preview => preview.transactionId === body.transactionId),
    }
  }

  it('runs right four, left four with a bandaged finger, two thumbs; then catches swapped hands', async () => {
    const lease = await client.claimDevice(deviceId)
    await reader.control({ cmd: 'present', identity: 'applicant-42', profile: 'good' }, 'presented')

    const right = await capture({
      transactionId: 'enrol-right',
      unit: v1.CaptureUnit.CAPTURE_UNIT_RIGHT_SLAP,
      count: 4,
    })
    assert.equal(right.result.outcome, v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_CAPTURED)
    assert.ok(right.previews.length >= 1, 'preview events reach the client')
    assert.deepEqual(
      right.result.fingers.map(f => [f.position, f.status]),
      [2, 3, 4, 5].map(p => [p, v1.FingerStatus.FINGER_STATUS_CAPTURED]),
    )
    for (const finger of right.result.fingers) {
      const record = decodeFingerImageRecord(right.attachments[(finger.recordAttachment ?? 0) - 1]!)
      assert.equal(record.fingers[0]?.position, finger.position)
      assert.equal(record.fingers[0]?.quality, finger.qualityScore)
    }

    const left = await capture({
      transactionId: 'enrol-left',
      unit: v1.CaptureUnit.CAPTURE_UNIT_LEFT_SLAP,
      exceptions: [
        {
          position: v1.FingerPosition.FINGER_POSITION_LEFT_RING,
          reason: v1.ExceptionReason.EXCEPTION_REASON_BANDAGED,
        },
      ],
      count: 3,
    })
    assert.deepEqual(
      left.result.fingers.map(f => f.status),
      [
        v1.FingerStatus.FINGER_STATUS_CAPTURED,
        v1.FingerStatus.FINGER_STATUS_CAPTURED,
        v1.FingerStatus.FINGER_STATUS_EXCEPTION_DECLARED,
        v1.FingerStatus.FINGER_STATUS_CAPTURED,
      ],
    )
    assert.deepEqual(left.result.duplicates, [], 'different fingers do not match')

    const thumbs = await capture({
      transactionId: 'enrol-thumbs',
      unit: v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS,
      count: 2,
    })
    assert.equal(thumbs.result.fingers.length, 2)
    assert.deepEqual(thumbs.result.duplicates, [])

    // The operator puts the right hand down again for the left slap: a retake in the same
    // enrolment now holds the right hand's fingers, which the agent reports as duplicates.
    await reader.control({ cmd: 'swap-hands', on: true }, 'hands')
    const swapped = await capture({
      transactionId: 'enrol-left-retake',
      unit: v1.CaptureUnit.CAPTURE_UNIT_LEFT_SLAP,
      exceptions: [
        {
          position: v1.FingerPosition.FINGER_POSITION_LEFT_RING,
          reason: v1.ExceptionReason.EXCEPTION_REASON_BANDAGED,
        },
      ],
      count: 3,
    })
    const pairs = swapped.result.duplicates.map(d => [d.position, d.matchesPosition])
    assert.ok(pairs.length >= 2, `swapped hands are caught: ${JSON.stringify(pairs)}`)
    for (const duplicate of swapped.result.duplicates) {
      assert.equal(duplicate.matchesTransactionId, 'enrol-right')
    }
    await reader.control({ cmd: 'swap-hands', on: false }, 'hands')
    await client.releaseDevice(lease.leaseId ?? '')
  })

  it('answers a count inconsistent with the exceptions with INVALID_ARGUMENT', async () => {
    const lease = await client.claimDevice(deviceId)
    try {
      await assert.rejects(
        client.captureFingerprints({
          deviceId,
          transactionId: 'enrol-bad',
          unit: v1.CaptureUnit.CAPTURE_UNIT_LEFT_SLAP,
          exceptions: [
            {
              position: v1.FingerPosition.FINGER_POSITION_LEFT_RING,
              reason: v1.ExceptionReason.EXCEPTION_REASON_SCAR,
            },
          ],
          count: 4,
        }),
        (error: unknown) => error instanceof ProtocolError && error.code === 'INVALID_ARGUMENT',
      )
    } finally {
      await client.releaseDevice(lease.leaseId ?? '')
    }
  })

  it('captures two thumbs from the CLI into records and PNGs with quality per finger', async () => {
    const out = path.join(agent.dir, 'capture-out')
    const run = await agent.cli([
      'fingerprint',
      'capture',
      deviceId,
      '--slap',
      'thumbs',
      '--out',
      out,
      '--score',
      '20',
      '--json',
    ])
    assert.equal(run.code, 0, run.stdout + run.stderr)
    const result = JSON.parse(run.stdout) as {
      outcome: string
      fingers: { finger: string; status: string; quality: number; files: string[] }[]
    }
    assert.equal(result.outcome, 'captured')
    assert.deepEqual(
      result.fingers.map(f => f.finger),
      ['right-thumb', 'left-thumb'],
    )
    const files = readdirSync(out).sort()
    assert.equal(files.filter(file => file.endsWith('.png')).length, 2)
    assert.equal(files.filter(file => file.endsWith('.iso19794-4')).length, 2)
    const png = readFileSync(
      path.join(
        out,
        files.find(file => file.endsWith('.png'))!,
      ),
    )
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG')
  })

  it('answers DEVICE_BUSY to a second client capturing on a leased reader', async () => {
    const lease = await client.claimDevice(deviceId)
    try {
      const run = await agent.cli([
        'fingerprint',
        'capture',
        deviceId,
        '--slap',
        'thumbs',
        '--out',
        agent.dir,
      ])
      assert.equal(run.code, 5, run.stderr)
    } finally {
      await client.releaseDevice(lease.leaseId ?? '')
    }
  })

  it('returns no-finger at the timeout as a value, and a typed error when the reader is unplugged mid-capture', async () => {
    const lease = await client.claimDevice(deviceId)
    await reader.control({ cmd: 'lift' }, 'lifted')
    const empty = await client.captureFingerprints({
      deviceId,
      transactionId: 'enrol-empty',
      unit: v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS,
      count: 2,
      timeoutMs: 600,
    })
    assert.equal(empty.result.outcome, v1.CaptureOutcomeKind.CAPTURE_OUTCOME_KIND_NO_FINGER)
    const started = reader.next(line => line.event === 'capture-started', 5000)
    const pending = client.captureFingerprints({
      deviceId,
      transactionId: 'enrol-unplug',
      unit: v1.CaptureUnit.CAPTURE_UNIT_TWO_THUMBS,
      count: 2,
      timeoutMs: 8000,
    })
    await started
    reader.child.stdin?.write('{"cmd":"unplug"}\n')
    const failure = await pending.then(
      () => undefined,
      (error: unknown) => error,
    )
    assert.ok(failure instanceof ProtocolError, String(failure))
    assert.equal(failure.code, 'TRANSPORT_DISCONNECTED', failure.message)
    // The agent keeps serving: the reader is gone from its list.
    await pollUntil(
      async () =>
        (await client.listDevices(v1.DeviceKind.DEVICE_KIND_FINGERPRINT_SCANNER)).some(
          d => d.id === deviceId,
        )
          ? undefined
          : true,
      10_000,
      'the reader to leave the device list',
    )
    // The lease ended with the device (released on detach): nothing to release here.
    assert.equal(
      (await client.listDevices()).some(d => d.lease?.leaseId === lease.leaseId),
      false,
    )
  })
})
