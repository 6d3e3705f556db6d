import assert from 'node:assert/strict'
import type { ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { curveKeyPair } from 'zeromq'
import { readAgentPublicKey } from '../../../agent/keys/agent-keys'
import { AgentClient, ProtocolError } from '../../../protocol'
import { LineWatcher, startAgentProcess, type AgentProcess } from '../../support/agent-process'
import { pollUntil, startCard } from '../../support/card-process'
import { startPcscd, type PrivatePcscd } from '../../support/pcscd-harness'
import {
  createFile,
  mrzSeedData,
  putData,
  SELECT_EMRTD,
  selectFile,
  updateBinary,
} from '../../unit/simulators/card/apdus'

// Fake but distinctive: none of these may appear in the agent's logs.
const DOCUMENT_NUMBER = 'ZQ7X4K9P2'
const BIRTH = '870314'
const EXPIRY = '310927'
const SURNAME = 'QUIXWORTHY'
const GIVEN = 'ZEPHYRINE'
const WRONG_BIRTH = '870315'

/** A TD3 DG1: 61 5B 5F1F 58 <88 MRZ characters>, with the fake holder. */
function fakeDg1(): Buffer {
  const line1 = `P<UTO${SURNAME}<<${GIVEN}`.padEnd(44, '<')
  const line2 = `${DOCUMENT_NUMBER}0UTO${BIRTH}0F${EXPIRY}0`.padEnd(42, '<') + '00'
  const inner = Buffer.concat([Buffer.from('5F1F58', 'hex'), Buffer.from(line1 + line2, 'latin1')])
  return Buffer.concat([Buffer.from([0x61, inner.length]), inner])
}

// Issue 3's end-to-end read: CLI → agent → pcsclite → private pcscd → vpcd → a virtual chip
// personalised and locked here, read back with BAC and secure messaging by the agent.
describe('agent ReadChipFile through the real pcscd (vpcd)', function () {
  this.timeout(60_000)
  let pcscd: PrivatePcscd | undefined
  let card: { child: ChildProcess; out: LineWatcher } | undefined
  let agent: AgentProcess | undefined
  let deviceId = ''
  const dg1 = fakeDg1()
  const mrzArgs = ['--document-number', DOCUMENT_NUMBER, '--birth', BIRTH, '--expiry', EXPIRY]

  const connect = async (keys: { publicKey: string; secretKey: string }) =>
    AgentClient.connect({
      requestsEndpoint: `ipc://${path.join(agent!.runtimeDir, 'agent.sock')}`,
      eventsEndpoint: `ipc://${path.join(agent!.runtimeDir, 'events.sock')}`,
      serverPublicKey: await readAgentPublicKey(path.join(agent!.dataDir, 'keys', 'agent.key')),
      keys,
      clientName: 'card-read-test',
      connectTimeoutMs: 3000,
    })

  const enrol = async (name: string, role: string) => {
    const keys = curveKeyPair()
    const add = await agent!.cli([
      'keys',
      'add-client',
      name,
      '--role',
      role,
      `--public-key=${keys.publicKey}`,
    ])
    assert.equal(add.code, 0, add.stderr)
    return keys
  }

  before(async function () {
    // The private pcscd needs its own mount namespace (CAP_SYS_ADMIN).
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    pcscd = await startPcscd()
    card = startCard(pcscd)
    await card.out.waitFor(line => line.startsWith('connected'), 10_000, 'the card to reach vpcd')
    // Debug level, so the APDU trace is on too when the logs are searched for personal data.
    agent = await startAgentProcess(
      [
        '--set',
        'providers.pcsc.enabled=true',
        '--set',
        'providers.pcsc.retryIntervalMs=500',
        '--log-level',
        'debug',
      ],
      { env: pcscd.env },
    )
    const reader = pcscd.readerNames[0]
    deviceId = await pollUntil(
      async () => {
        const run = await agent!.cli(['card', 'readers', '--json'])
        const rows = JSON.parse(run.stdout) as {
          id: string
          reader: string
          card: { present: boolean }
        }[]
        return rows.find(r => r.reader === reader && r.card.present)?.id
      },
      10_000,
      'the vpcd reader with a card',
    )

    // Personalise the blank chip with raw APDUs in one lease, then lock it.
    const tech = await connect(await enrol('personaliser', 'technician'))
    try {
      const lease = await tech.claimDevice(deviceId)
      const seed = mrzSeedData(DOCUMENT_NUMBER, BIRTH, EXPIRY)
      for (const apdu of [
        SELECT_EMRTD,
        createFile(0x0101, dg1.length),
        selectFile(0x0101),
        updateBinary(0, dg1),
        putData(0x00, 0x62, seed),
        putData(0xde, 0xad),
      ]) {
        const result = await tech.transmit(deviceId, apdu)
        assert.equal(
          result.sw,
          0x9000,
          `personalisation step ${apdu.subarray(0, 4).toString('hex')}`,
        )
      }
      await tech.releaseDevice(lease.leaseId ?? '')
    } finally {
      tech.close()
    }
  })

  after(async function () {
    card?.child.kill('SIGKILL')
    await agent?.dispose()
    await pcscd?.stop()
  })

  it('reads DG1 back byte for byte with BAC and secure messaging', async function () {
    const run = await agent!.cli(['card', 'read', deviceId, ...mrzArgs, '--file', 'DG1', '--json'])
    assert.equal(run.code, 0, run.stderr)
    const answer = JSON.parse(run.stdout) as { fileId: string; length: number; sha256: string }
    assert.equal(answer.fileId, '0101')
    assert.equal(answer.length, dg1.length)
    assert.equal(answer.sha256, createHash('sha256').update(dg1).digest('hex'))
    const out = path.join(agent!.dir, 'dg1.bin')
    const written = await agent!.cli([
      'card',
      'read',
      deviceId,
      ...mrzArgs,
      '--file',
      '0x0101',
      '--out',
      out,
    ])
    assert.equal(written.code, 0, written.stderr)
    assert.deepEqual(await readFile(out), dg1)
    // The MRZ typed is never echoed.
    for (const text of [run.stdout, written.stdout, written.stderr]) {
      assert.ok(!text.includes(DOCUMENT_NUMBER))
    }
    const hex = await agent!.cli(['card', 'read', deviceId, ...mrzArgs, '--file', 'DG1', '--hex'])
    assert.equal(hex.stdout.trim(), dg1.toString('hex').toUpperCase())
  })

  it('fails a wrong date of birth with the BAC error', async function () {
    const args = ['--document-number', DOCUMENT_NUMBER, '--birth', WRONG_BIRTH, '--expiry', EXPIRY]
    const run = await agent!.cli(['card', 'read', deviceId, ...args, '--file', 'DG1'])
    assert.equal(run.code, 4, run.stderr)
    assert.match(run.stderr, /refused BAC/)
    assert.ok(!run.stderr.includes(WRONG_BIRTH))
    // And the chip still reads with the right MRZ afterwards.
    const again = await agent!.cli(['card', 'read', deviceId, ...mrzArgs, '--file', 'DG1'])
    assert.equal(again.code, 0, again.stderr)
  })

  it('answers typed errors: missing file, bad MRZ field, operator key, no lease', async function () {
    const missing = await agent!.cli(['card', 'read', deviceId, ...mrzArgs, '--file', 'DG5'])
    assert.equal(missing.code, 1, missing.stderr)
    assert.match(missing.stderr, /no such file/)
    const tech = await connect(await enrol('bench', 'technician'))
    const ops = await connect(await enrol('enrolment-ui', 'operator'))
    const mrz = { documentNumber: DOCUMENT_NUMBER, dateOfBirth: BIRTH, dateOfExpiry: EXPIRY }
    const failsWith =
      (code: string, details: Record<string, string> = {}) =>
      (e: unknown) =>
        e instanceof ProtocolError &&
        e.code === code &&
        Object.entries(details).every(([key, value]) => e.details[key] === value)
    try {
      await assert.rejects(
        tech.readChipFile(deviceId, mrz, 0x0101),
        failsWith('BAD_STATE', { reason: 'not-claimed' }),
      )
      const lease = await tech.claimDevice(deviceId)
      await assert.rejects(
        tech.readChipFile(deviceId, mrz, 0x0105),
        failsWith('BAD_STATE', { step: 'select-file', reason: 'file-not-found', sw: '6A82' }),
      )
      await assert.rejects(
        tech.readChipFile(deviceId, { ...mrz, dateOfBirth: WRONG_BIRTH }, 0x0101),
        failsWith('UNAUTHENTICATED', { step: 'bac', reason: 'refused' }),
      )
      await assert.rejects(
        tech.readChipFile(deviceId, { ...mrz, dateOfExpiry: '311327' }, 0x0101),
        failsWith('INVALID_ARGUMENT', { field: 'date_of_expiry' }),
      )
      assert.deepEqual((await tech.readChipFile(deviceId, mrz, 0x0101)).data, dg1)
      await tech.releaseDevice(lease.leaseId ?? '')
      await ops.claimDevice(deviceId)
      await assert.rejects(tech.readChipFile(deviceId, mrz, 0x0101), failsWith('BAD_STATE'))
      await assert.rejects(ops.readChipFile(deviceId, mrz, 0x0101), failsWith('PERMISSION_DENIED'))
    } finally {
      ops.close()
      tech.close()
    }
  })

  it('leaves no MRZ field and no DG1 content in the agent log file or on its stderr', async function () {
    const logFile = await readFile(path.join(agent!.dataDir, 'logs', 'agent.log'), 'utf8')
    assert.match(logFile, /card\.file-read/)
    const stderr = agent!.log.lines.join('\n')
    const secrets = [DOCUMENT_NUMBER, BIRTH, EXPIRY, WRONG_BIRTH, SURNAME, GIVEN]
    const encoded = secrets.flatMap(s => [
      Buffer.from(s).toString('hex'),
      Buffer.from(s).toString('hex').toUpperCase(),
      Buffer.from(s).toString('base64'),
    ])
    for (const secret of [...secrets, ...encoded, dg1.toString('hex'), dg1.toString('base64')]) {
      assert.ok(!logFile.includes(secret), 'the log file holds a personal value')
      assert.ok(!stderr.includes(secret), 'the agent stderr holds a personal value')
    }
  })
})
