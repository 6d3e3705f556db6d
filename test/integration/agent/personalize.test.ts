import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { curveKeyPair } from 'zeromq'
import { preparePersonalization } from '../../../agent/jobs/workflows/personalize-card/prepare'
import { readAgentPublicKey } from '../../../agent/keys/agent-keys'
import { AgentClient, followJob, ProtocolError, v1 } from '../../../protocol'
import { LineWatcher, startAgentProcess, type AgentProcess } from '../../support/agent-process'
import { CANARY, personalizeRequest } from '../../support/applicant'
import { pollUntil } from '../../support/card-process'
import { startPcscd, type PrivatePcscd } from '../../support/pcscd-harness'
import { makeTokenPki } from '../../support/token-pki'

const ROOT = path.resolve(__dirname, '..', '..', '..')
const CARD_MAIN = path.join(ROOT, 'simulators', 'card', 'main.ts')

/** The virtual card process and its JSON control channel. */
class Card {
  readonly out: LineWatcher
  constructor(readonly child: ChildProcess) {
    if (child.stdout === null) throw new Error('the card has no stdout')
    this.out = new LineWatcher(child.stdout)
  }
  async send(command: object, event: string): Promise<void> {
    const seen = this.out.lines.length
    this.child.stdin?.write(`${JSON.stringify(command)}\n`)
    await pollUntil(
      () =>
        Promise.resolve(
          this.out.lines.slice(seen).some(line => line.includes(`"event":"${event}"`))
            ? true
            : undefined,
        ),
      5000,
      `the card to answer ${event}`,
    )
  }
}

// Issue 4's end to end: an operator front-end → agent → pcsclite → private pcscd → vpcd → the
// virtual chip, with the Document Signer key on a SoftHSM2 token the agent reaches over PKCS#11.
describe('PersonalizeCard through the real pcscd and SoftHSM2', function () {
  this.timeout(120_000)
  let pcscd: PrivatePcscd | undefined
  let card: Card | undefined
  let agent: AgentProcess | undefined
  let work = ''
  let cscaFile = ''
  let deviceId = ''
  let agentArgs: string[] = []
  let agentEnv: Record<string, string> = {}
  let operatorKeys = curveKeyPair()
  let technicianKeys = curveKeyPair()
  const clients: AgentClient[] = []

  const connect = async (keys: { publicKey: string; secretKey: string }) => {
    const client = await AgentClient.connect({
      requestsEndpoint: `ipc://${path.join(agent!.runtimeDir, 'agent.sock')}`,
      eventsEndpoint: `ipc://${path.join(agent!.runtimeDir, 'events.sock')}`,
      serverPublicKey: await readAgentPublicKey(path.join(agent!.dataDir, 'keys', 'agent.key')),
      keys,
      clientName: 'personalize-test',
      connectTimeoutMs: 3000,
    })
    clients.push(client)
    return client
  }

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

  const personalize = async (
    request: ReturnType<typeof personalizeRequest>,
    key: string,
  ): Promise<{ job: v1.IJob; replayed: boolean }> => {
    const client = await connect(operatorKeys)
    const lease = await client.claimDevice(deviceId, { wait: true, deadlineMs: 20_000 })
    try {
      const accepted = await client.personalizeCard(request.body, request.attachments, key)
      const job = await followJob(client, accepted.job?.jobId ?? '', { pollMs: 200 })
      return { job, replayed: accepted.replayed }
    } finally {
      await client.releaseDevice(lease.leaseId ?? '').catch(() => undefined)
    }
  }

  const nextCard = async () => {
    await card!.send({ cmd: 'insert-next' }, 'inserted')
    const client = await connect(operatorKeys)
    await pollUntil(
      async () => ((await client.getCardInfo(deviceId)).present ? true : undefined),
      10_000,
      'the next card',
    )
  }

  before(async function () {
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    work = mkdtempSync(path.join(tmpdir(), 'idstation-perso-e2e-'))
    const pki = await makeTokenPki(work)
    cscaFile = pki.cscaCertificate

    pcscd = await startPcscd()
    card = new Card(
      spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          CARD_MAIN,
          '--host',
          pcscd.vpcdHost,
          '--port',
          String(pcscd.vpcdPort),
          '--stack',
          '6',
        ],
        { stdio: ['pipe', 'pipe', 'inherit'] },
      ),
    )
    await card.out.waitFor(line => line.startsWith('connected'), 10_000, 'the card to reach vpcd')
    agentEnv = { ...pcscd.env, ...pki.env }
    agentArgs = [
      '--set',
      'providers.pcsc.enabled=true',
      '--set',
      'providers.pcsc.retryIntervalMs=500',
      ...pki.agentSettings.flatMap(setting => ['--set', setting]),
      '--set',
      'personalization.cardTimeoutMs=60000',
      // Debug, so the APDU trace is in the logs the canary searches.
      '--log-level',
      'debug',
    ]
    agent = await startAgentProcess(agentArgs, { env: agentEnv })
    operatorKeys = await enrol('perso-operator', 'operator')
    technicianKeys = await enrol('perso-technician', 'technician')
    const client = await connect(operatorKeys)
    const reader = pcscd.readerNames[0]
    deviceId = await pollUntil(
      async () => {
        const found = (await client.listDevices(v1.DeviceKind.DEVICE_KIND_CARD_ENCODER)).find(
          device => device.path === reader,
        )
        return found?.card?.present === true ? (found.id ?? undefined) : undefined
      },
      15_000,
      'the vpcd reader with a card',
    )
  })

  after(async () => {
    for (const client of clients) client.close()
    await agent?.dispose()
    card?.child.kill('SIGKILL')
    await pcscd?.stop()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('personalises a TD3 chip with the HSM key and `card verify` passes it', async () => {
    const request = personalizeRequest(deviceId, 'TD3')
    const { job, replayed } = await personalize(request, 'td3-first')
    assert.equal(replayed, false)
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    assert.equal(job.outcome?.passiveAuthentication, true)
    assert.match(job.chipSerial ?? '', /^[0-9A-F]{16}$/)
    // The technician's tool reads it back on its own (BAC) and checks the SOD against the CSCA.
    const verify = await agent!.cli([
      'card',
      'verify',
      deviceId,
      '--mrz',
      expectedMrz(request),
      '--csca',
      cscaFile,
    ])
    assert.equal(verify.code, 0, verify.stdout + verify.stderr)
    assert.match(verify.stdout, /passive authentication passed/)
    assert.match(verify.stdout, /ok\s+dg-hashes/)
  })

  it('returns the first job for the same idempotency key', async () => {
    const again = await personalize(personalizeRequest(deviceId, 'TD3'), 'td3-first')
    assert.equal(again.replayed, true)
    assert.equal(again.job.state, v1.JobState.JOB_STATE_SUCCEEDED)
  })

  it('personalises a TD1 chip with a long document number on the next card', async () => {
    await nextCard()
    const { job } = await personalize(personalizeRequest(deviceId, 'TD1'), 'td1-first')
    assert.equal(job.state, v1.JobState.JOB_STATE_SUCCEEDED, JSON.stringify(job.error))
    assert.deepEqual(job.outcome?.dataGroups, [1, 2, 11, 12, 15])
  })

  it('records a card pulled mid-write as spoiled', async () => {
    await nextCard()
    await card!.send({ cmd: 'fault', kind: 'pull', ins: 0xd6 }, 'armed')
    const { job } = await personalize(
      personalizeRequest(deviceId, 'TD3', { documentNumber: 'QX1000001' }),
      'pulled',
    )
    assert.equal(job.state, v1.JobState.JOB_STATE_SPOILED)
    assert.equal(job.error?.code, v1.ErrorCode.ERROR_CODE_TRANSPORT_DISCONNECTED)
    await card!.send({ cmd: 'insert' }, 'inserted')
  })

  it('after a SIGKILL mid-write, marks the job interrupted and blocks the number until resolved', async () => {
    await nextCard()
    // The first UPDATE BINARY gets no answer, so the job is mid-write when the agent dies.
    await card!.send({ cmd: 'fault', kind: 'mute', ins: 0xd6 }, 'armed')
    const request = personalizeRequest(deviceId, 'TD3', { documentNumber: 'QX2000002' })
    const client = await connect(operatorKeys)
    await client.claimDevice(deviceId)
    const accepted = await client.personalizeCard(request.body, request.attachments, 'crash-1')
    const jobId = accepted.job?.jobId ?? ''
    await pollUntil(
      async () => ((await client.getJob(jobId)).step === 'write-files' ? true : undefined),
      20_000,
      'the job to reach write-files',
    )
    for (const open of clients.splice(0)) open.close()
    await agent!.stop('SIGKILL')
    agent = await startAgentProcess(agentArgs, { env: agentEnv, restartIn: agent!.dir })
    assert.ok(agent.log.lines.some(line => line.includes('"job.interrupted"')))

    const tech = await connect(technicianKeys)
    const interrupted = await tech.getJob(jobId)
    assert.equal(interrupted.state, v1.JobState.JOB_STATE_INTERRUPTED)
    assert.match(interrupted.chipSerial ?? '', /^[0-9A-F]{16}$/)
    const operator = await connect(operatorKeys)
    await operator.claimDevice(deviceId, { wait: true, deadlineMs: 20_000 })
    await assert.rejects(
      operator.personalizeCard(request.body, request.attachments, 'crash-2'),
      (error: unknown) => error instanceof ProtocolError && error.code === 'DOCUMENT_BLOCKED',
    )
    const listed = await agent.cli(['jobs', 'list', '--state', 'interrupted'])
    assert.match(listed.stdout, new RegExp(jobId))
    const resolved = await agent.cli([
      'jobs',
      'resolve',
      jobId,
      '--as',
      'spoiled',
      '--note',
      'card shredded',
    ])
    assert.equal(resolved.code, 0, resolved.stderr)
    const shown = await agent.cli(['jobs', 'show', jobId, '--json'])
    assert.equal((JSON.parse(shown.stdout) as { state: string }).state, 'spoiled')
  })

  it('never writes the applicant to a log line', () => {
    const logDir = path.join(agent!.dataDir, 'logs')
    const text = [
      ...readdirSync(logDir).map(file => readFileSync(path.join(logDir, file), 'utf8')),
      agent!.log.lines.join('\n'),
    ].join('\n')
    assert.ok(text.includes('"job.succeeded"'), 'the logs cover the issuance')
    assert.ok(text.includes('"card.apdu"'), 'the APDU trace was on')
    for (const value of Object.values(CANARY)) assert.ok(!text.includes(value), `${value} leaked`)
    for (const date of ['830714', '340713', '1983-07-14']) assert.ok(!text.includes(date), date)
  })
})

/** The MRZ the agent printed into DG1, rebuilt from the same request with the agent's builder. */
function expectedMrz(request: ReturnType<typeof personalizeRequest>): string {
  const plan = preparePersonalization(
    { ...request.body, activeAuthentication: false },
    request.attachments,
    {
      maxFaceBytes: 30_000,
      stationSerial: 'X',
      now: new Date(),
      extendedAccessControl: false,
      generateAaKey: () => {
        throw new Error('not needed')
      },
    },
  )
  const dg1 = plan.files.find(file => file.dataGroup === 1)?.bytes ?? Buffer.alloc(0)
  // 61 5B 5F1F 58: five header bytes before the 88 characters of a TD3 MRZ.
  return dg1.subarray(5).toString('latin1')
}
