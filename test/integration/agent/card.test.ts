import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { curveKeyPair } from 'zeromq'
import { readAgentPublicKey } from '../../../agent/keys/agent-keys'
import { AgentClient, ProtocolError } from '../../../protocol'
import { LineWatcher, startAgentProcess, type AgentProcess } from '../../support/agent-process'
import { pollUntil, startCard } from '../../support/card-process'
import { startPcscd, type PrivatePcscd } from '../../support/pcscd-harness'

const ROOT = path.join(__dirname, '..', '..', '..')
const ATR = '3B898001494453544154494F4E5F'
const SELECT_EMRTD = '00A4040C07A0000002471001'

interface ReaderRow {
  readonly id: string
  readonly reader: string
  readonly card: { readonly present: boolean; readonly atr: string }
}

// The whole path a technician's command takes: CLI → agent (ZeroMQ) → pcsclite → private pcscd →
// vpcd → the virtual card process.
describe('agent card service through the real pcscd (vpcd)', function () {
  this.timeout(60_000)
  let pcscd: PrivatePcscd | undefined
  let card: { child: ChildProcess; out: LineWatcher } | undefined
  let agent: AgentProcess | undefined
  let deviceId = ''

  before(async function () {
    // The private pcscd needs its own mount namespace (CAP_SYS_ADMIN).
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    pcscd = await startPcscd()
    card = startCard(pcscd)
    await card.out.waitFor(line => line.startsWith('connected'), 10_000, 'the card to reach vpcd')
    agent = await startAgentProcess(
      ['--set', 'providers.pcsc.enabled=true', '--set', 'providers.pcsc.retryIntervalMs=500'],
      { env: pcscd.env },
    )
    const reader = pcscd.readerNames[0]
    const row = await pollUntil(
      async () => {
        const run = await agent!.cli(['card', 'readers', '--json'])
        assert.equal(run.code, 0, run.stderr)
        const rows = JSON.parse(run.stdout) as ReaderRow[]
        return rows.find(r => r.reader === reader && r.card.present)
      },
      10_000,
      'the vpcd reader with a card',
    )
    deviceId = row.id
  })

  after(async function () {
    card?.child.kill('SIGKILL')
    await agent?.dispose()
    await pcscd?.stop()
  })

  it('lists the vpcd reader with its card', async function () {
    const run = await agent!.cli(['card', 'readers', '--json'])
    const rows = JSON.parse(run.stdout) as ReaderRow[]
    const row = rows.find(r => r.id === deviceId)!
    assert.match(row.id, /^vpcd-reader:Virtual PCD/)
    assert.equal(row.card.atr, ATR)
    const text = await agent!.cli(['card', 'readers'])
    assert.match(text.stdout, /Virtual PCD 00 00/)
  })

  it('shows the parsed ATR', async function () {
    const run = await agent!.cli(['card', 'atr', deviceId, '--json'])
    assert.equal(run.code, 0, run.stderr)
    assert.deepEqual(JSON.parse(run.stdout), {
      deviceId,
      present: true,
      atr: ATR,
      protocols: ['T=0', 'T=1'],
      historicalBytes: Buffer.from('IDSTATION').toString('hex').toUpperCase(),
      historicalText: 'IDSTATION',
    })
  })

  it('sends SELECT eMRTD and gets 9000, then releases the reader', async function () {
    const run = await agent!.cli(['card', 'apdu', deviceId, SELECT_EMRTD])
    assert.equal(run.code, 0, run.stderr)
    assert.equal(run.stdout.trim(), '9000')
    const json = await agent!.cli(['card', 'apdu', deviceId, '00 84 00 00 08', '--json'])
    const answer = JSON.parse(json.stdout) as { response: string; sw: string; durationUs: number }
    assert.match(answer.response, /^[0-9A-F]{16}$/)
    assert.equal(answer.sw, '9000')
    const devices = await agent!.cli(['devices', '--json'])
    const device = (JSON.parse(devices.stdout) as { id: string; holder: string }[]).find(
      d => d.id === deviceId,
    )
    assert.equal(device?.holder, '')
  })

  it('exits 2 for malformed APDU hex and for an APDU the agent cannot parse', async function () {
    const notHex = await agent!.cli(['card', 'apdu', deviceId, '00A4ZZ'])
    assert.equal(notHex.code, 2, notHex.stderr)
    const malformed = await agent!.cli(['card', 'apdu', deviceId, '00A404'])
    assert.equal(malformed.code, 2, malformed.stderr)
    assert.match(malformed.stderr, /Malformed APDU/)
  })

  it('refuses Transmit to an operator key, and Transmit without the lease', async function () {
    const operator = curveKeyPair()
    const add = await agent!.cli([
      'keys',
      'add-client',
      'enrolment-ui',
      '--role',
      'operator',
      `--public-key=${operator.publicKey}`,
    ])
    assert.equal(add.code, 0, add.stderr)
    const technician = curveKeyPair()
    await agent!.cli([
      'keys',
      'add-client',
      'bench',
      '--role',
      'technician',
      `--public-key=${technician.publicKey}`,
    ])
    const connect = async (keys: { publicKey: string; secretKey: string }) =>
      AgentClient.connect({
        requestsEndpoint: `ipc://${path.join(agent!.runtimeDir, 'agent.sock')}`,
        eventsEndpoint: `ipc://${path.join(agent!.runtimeDir, 'events.sock')}`,
        serverPublicKey: await readAgentPublicKey(path.join(agent!.dataDir, 'keys', 'agent.key')),
        keys,
        clientName: 'card-test',
        connectTimeoutMs: 3000,
      })
    const ops = await connect(operator)
    const tech = await connect(technician)
    try {
      await ops.claimDevice(deviceId)
      await assert.rejects(
        ops.transmit(deviceId, Buffer.from(SELECT_EMRTD, 'hex')),
        (e: unknown) => e instanceof ProtocolError && e.code === 'PERMISSION_DENIED',
      )
      // The operator may still read the card's ATR.
      assert.equal((await ops.getCardInfo(deviceId)).present, true)
      await assert.rejects(
        tech.transmit(deviceId, Buffer.from(SELECT_EMRTD, 'hex')),
        (e: unknown) =>
          e instanceof ProtocolError &&
          e.code === 'BAD_STATE' &&
          e.details.reason === 'not-claimed',
      )
      await ops.releaseDevice((await ops.getDevice(deviceId)).lease?.leaseId ?? '')
      await tech.claimDevice(deviceId)
      // vpcd frames carry at most 65535 bytes: this extended UPDATE BINARY is 65542.
      const tooLong = Buffer.concat([Buffer.from('00D6000000FFFF', 'hex'), Buffer.alloc(65535)])
      await assert.rejects(
        tech.transmit(deviceId, tooLong),
        (e: unknown) =>
          e instanceof ProtocolError &&
          e.code === 'INVALID_ARGUMENT' &&
          e.details.reason === 'too-long' &&
          e.details.max === '65535',
      )
      assert.equal((await tech.transmit(deviceId, Buffer.from(SELECT_EMRTD, 'hex'))).sw, 0x9000)
    } finally {
      ops.close()
      tech.close()
    }
  })

  it('answers TRANSPORT_DISCONNECTED for a card pulled mid-command, and uses the next card', async function () {
    card!.child.stdin!.write('{"cmd":"fault","kind":"pull","count":1}\n')
    await card!.out.waitFor(line => line.includes('"armed"'), 5000, 'the fault to be armed')
    const pulled = await agent!.cli(['card', 'apdu', deviceId, '0084000008'])
    assert.equal(pulled.code, 1, pulled.stdout)
    assert.match(pulled.stderr, /card was removed|reader went away|no card/)
    card!.child.stdin!.write('{"cmd":"insert"}\n')
    await pollUntil(
      async () => {
        const run = await agent!.cli(['card', 'apdu', deviceId, SELECT_EMRTD])
        return run.code === 0 && run.stdout.trim() === '9000' ? true : undefined
      },
      10_000,
      'the card back and answering',
    )
  })

  it('keeps serving while pcscd is down, and finds the reader and card again by itself', async function () {
    const port = pcscd!.vpcdPort
    await pcscd!.stop()
    await card!.out.waitFor(line => line.startsWith('disconnected'), 10_000, 'the card to notice')
    const status = await agent!.cli(['status', '--json'])
    assert.equal(status.code, 0, status.stderr)
    await pollUntil(
      async () => {
        const run = await agent!.cli(['card', 'readers', '--json'])
        return (JSON.parse(run.stdout) as ReaderRow[]).length === 0 ? true : undefined
      },
      10_000,
      'the readers to go with pcscd',
    )
    pcscd = await startPcscd({ vpcdPort: port })
    await pollUntil(
      async () => {
        const run = await agent!.cli(['card', 'atr', deviceId, '--json'])
        return run.code === 0 ? true : undefined
      },
      20_000,
      'the reader and its card to come back',
    )
    const run = await agent!.cli(['card', 'apdu', deviceId, SELECT_EMRTD])
    assert.equal(run.stdout.trim(), '9000', run.stderr)
  })

  it('publishes card removal when the card process dies', async function () {
    const watch = spawn(
      process.execPath,
      [path.join(ROOT, 'bin', 'idstation.cjs'), 'card', 'watch', '--json', ...agent!.dirArgs],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const lines = new LineWatcher(watch.stdout)
    try {
      await lines.waitFor(
        line => line.includes('"current"') && line.includes(deviceId),
        10_000,
        'the current card',
      )
      // A SUB socket's subscription reaches the XPUB a moment after it connects; a loaded CI
      // runner may need more than a moment.
      await new Promise(resolve => setTimeout(resolve, 1000))
      card!.child.kill('SIGKILL')
      const removed = await lines.waitFor(
        line => line.includes('"removed"') && line.includes(deviceId),
        10_000,
        'the removal event',
      )
      const event = JSON.parse(removed) as { present: boolean; atr: string; seq: number }
      assert.equal(event.present, false)
      assert.equal(event.atr, '')
      assert.ok(event.seq > 0)
      const info = await agent!.cli(['card', 'atr', deviceId, '--json'])
      assert.equal(info.code, 1)
      assert.equal((JSON.parse(info.stdout) as { present: boolean }).present, false)
    } finally {
      watch.kill('SIGTERM')
    }
  })
})
