/**
 * `npm run bench -- perso`: what it costs to personalise and verify one card through the agent.
 *
 * The compiled agent (PC/SC provider on, Document Signer key on a SoftHSM2 token) personalises a
 * stack of blank virtual chips behind a private pcscd (TCP_NODELAY shim) with a 20 KB face and two
 * finger records, BAC read-back and passive authentication included; an operator client drives
 * it over the protocol. In the same run raw pcsclite measures the per-APDU latency of a short
 * command and of a 3000-byte extended UPDATE BINARY on the same chip, which gives a linear cost
 * model a + b·bytes. The lower bound for a card is what its own APDUs and bytes would cost at
 * that raw latency: apduCount·a + b·(bytes written + bytes read back).
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import readline from 'node:readline'
import { curveKeyPair } from 'zeromq'
import { preparePersonalization } from '../../agent/jobs/workflows/personalize-card/prepare'
import { AgentClient, enumValueName, followJob, v1 } from '../../protocol'
import { personalizeRequest } from '../../test/support/applicant'
import { startPcscd } from '../../test/support/pcscd-harness'
import { makeTokenPki } from '../../test/support/token-pki'
import { launchPcscAgent } from '../apdu/agent'
import { runWorker } from '../apdu/index'
import { EXTENDED_LENGTH } from '../apdu/plan'
import type { BenchOptions, BenchOutcome } from '../support/bench'
import { REPO_ROOT } from '../support/process'
import { summarize } from '../support/stats'
import { formatDuration, renderTable } from '../support/table'

const CARD_MAIN = path.join(REPO_ROOT, 'simulators', 'card', 'main.ts')
const TARGET_RATIO = 1.2

interface CardRun {
  /** Milliseconds from the request to each step's start, as the job events report them. */
  readonly stepStarts: ReadonlyMap<string, number>
  readonly wallMs: number
  readonly apdus: number
  readonly bytesWritten: number
  readonly bytesRead: number
}

/** DG3's size for this request: the one file written that a BAC read-back cannot read. */
function dg3Bytes(request: ReturnType<typeof personalizeRequest>): number {
  const plan = preparePersonalization(
    { ...request.body, activeAuthentication: false },
    request.attachments,
    {
      maxFaceBytes: 30_000,
      stationSerial: 'IDSTATION-BENCH',
      now: new Date(),
      extendedAccessControl: false,
      generateAaKey: () => {
        throw new Error('not used')
      },
    },
  )
  return plan.files.find(file => file.dataGroup === 3)?.bytes.length ?? 0
}

export async function runPersoBench(options: BenchOptions): Promise<BenchOutcome> {
  if (process.getuid?.() !== 0) {
    console.log('skipped: the private pcscd needs root for `unshare -m`; run as root')
    return { targetsMet: 0, targetsMissed: 0 }
  }
  const cards = options.quick ? 2 : 8
  const work = mkdtempSync(path.join(tmpdir(), 'idstation-bench-perso-'))
  const pki = await makeTokenPki(work)
  const pcscd = await startPcscd()
  const card = spawn(
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
      String(cards + 1),
    ],
    { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  const lines = readline.createInterface({ input: card.stdout })
  const waitLine = (test: (line: string) => boolean) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error('the virtual card did not answer'))
      }, 15_000)
      const onLine = (line: string) => {
        if (!test(line)) return
        clearTimeout(timer)
        lines.off('line', onLine)
        resolve()
      }
      lines.on('line', onLine)
    })
  const runs: CardRun[] = []
  try {
    await waitLine(line => line.startsWith('connected'))
    console.log(`pcscd mode: ${pcscd.mode}; signer: SoftHSM2 token over PKCS#11`)
    // The raw per-APDU latency, on the first card of the stack (its plan writes a file to it).
    const raw = await runWorker(
      'raw',
      pcscd,
      options.quick
        ? { warmup: 20, short: 200, extended: 40 }
        : { warmup: 100, short: 1000, extended: 200 },
    )
    const a = summarize(raw.short.samplesMs).p50Ms
    const extended = summarize(raw.extended.samplesMs).p50Ms
    const b = Math.max(0, (extended - a) / (EXTENDED_LENGTH + 7))

    const keys = curveKeyPair()
    const agent = await launchPcscAgent({ ...pcscd.env, ...pki.env }, keys.publicKey, {
      role: 'operator',
      settings: pki.agentSettings,
    })
    let client: AgentClient | undefined
    try {
      client = await AgentClient.connect({
        requestsEndpoint: agent.requestsEndpoint,
        eventsEndpoint: agent.requestsEndpoint.replace('agent.sock', 'events.sock'),
        serverPublicKey: agent.publicKey,
        keys,
        clientName: 'idstation-bench-perso',
        connectTimeoutMs: 10_000,
      })
      const reader = pcscd.readerNames[0]
      let deviceId = ''
      for (const deadline = Date.now() + 15_000; deviceId === '';) {
        const found = (await client.listDevices(v1.DeviceKind.DEVICE_KIND_CARD_ENCODER)).find(
          device => device.path === reader,
        )
        if (found?.id) deviceId = found.id
        else if (Date.now() > deadline) throw new Error(`the agent does not see ${reader}`)
        else await new Promise(resolve => setTimeout(resolve, 200))
      }
      const lease = await client.claimDevice(deviceId)
      for (let index = 0; index < cards; index += 1) {
        card.stdin.write('{"cmd":"insert-next"}\n')
        await waitLine(line => line.includes('"event":"inserted"'))
        for (const deadline = Date.now() + 10_000; ;) {
          const info = await client.getCardInfo(deviceId)
          if (info.present) break
          if (Date.now() > deadline) throw new Error('the next card did not arrive')
          await new Promise(resolve => setTimeout(resolve, 50))
        }
        const request = personalizeRequest(deviceId, 'TD3', {
          documentNumber: `BX${String(index).padStart(7, '0')}`,
          faceBytes: 20_000,
        })
        const started = performance.now()
        const accepted = await client.personalizeCard(
          request.body,
          request.attachments,
          `bench-${index}-${Date.now()}`,
        )
        const acceptedMs = performance.now() - started
        const stepStarts = new Map<string, number>([['accepted', acceptedMs]])
        const job = await followJob(client, accepted.job?.jobId ?? '', {
          pollMs: 2000,
          onChange: change => {
            const step = change.step ?? ''
            if (step !== '' && !stepStarts.has(step)) {
              stepStarts.set(step, performance.now() - started)
            }
          },
        })
        const wallMs = performance.now() - started
        if (job.state !== v1.JobState.JOB_STATE_SUCCEEDED) {
          throw new Error(
            `card ${index}: ${enumValueName(v1.JobState, job.state ?? 0, 'JOB_STATE_')} ${job.error?.message ?? ''}`,
          )
        }
        const bytesWritten = job.outcome?.bytesWritten ?? 0
        runs.push({
          stepStarts,
          wallMs,
          apdus: job.outcome?.apduCount ?? 0,
          bytesWritten,
          bytesRead: bytesWritten - dg3Bytes(request),
        })
      }
      await client.releaseDevice(lease.leaseId ?? '')
    } finally {
      client?.close()
      await agent.stop()
    }

    const wall = summarize(runs.map(run => run.wallMs))
    const first = runs[0]
    if (first === undefined) throw new Error('no card was personalised')
    const lowerBound = first.apdus * a + b * (first.bytesWritten + first.bytesRead)
    const ratio = wall.p50Ms / lowerBound
    console.log(
      `raw pcsclite on this chip: ${formatDuration(a)} per short APDU, ` +
        `${formatDuration(extended)} per ${EXTENDED_LENGTH}-byte UPDATE BINARY ` +
        `(b = ${(b * 1000).toFixed(3)} µs/byte)`,
    )
    console.log(
      `\n${renderTable(
        [{ header: 'figure' }, { header: 'value', align: 'right' }],
        [
          ['cards personalised and verified', String(runs.length)],
          ['wall time per card, p50', formatDuration(wall.p50Ms)],
          ['wall time per card, max', formatDuration(wall.maxMs)],
          ['APDUs per card', String(first.apdus)],
          ['bytes written / read back', `${first.bytesWritten} / ${first.bytesRead}`],
          ['lower bound at raw APDU latency', formatDuration(lowerBound)],
          ['ratio (wall p50 / lower bound)', `${ratio.toFixed(2)}×`],
          [
            'cards per hour (sequential, no card swap time)',
            String(Math.floor(3_600_000 / wall.p50Ms)),
          ],
        ],
      )}`,
    )
    // Where the time goes: each step's share, from the job events of every card (p50).
    const steps = [...first.stepStarts.keys()]
    const durations = steps.map((step, index) => {
      const samples = runs.map(run => {
        const start = run.stepStarts.get(step) ?? 0
        const next = steps[index + 1]
        const end = next === undefined ? run.wallMs : (run.stepStarts.get(next) ?? run.wallMs)
        return end - start
      })
      return [step, formatDuration(summarize(samples).p50Ms)]
    })
    console.log(
      `\n${renderTable(
        [{ header: 'from the start of' }, { header: 'to the next, p50', align: 'right' }],
        [
          [
            'request sent → accepted',
            formatDuration(summarize(runs.map(run => run.stepStarts.get('accepted') ?? 0)).p50Ms),
          ],
          ...durations.slice(1),
        ],
      )}`,
    )
    const pass = ratio <= TARGET_RATIO
    console.log(
      `\ntarget: wall / lower bound ≤ ${TARGET_RATIO} — ${pass ? 'PASS' : 'MISS'} (${ratio.toFixed(2)}×)`,
    )
    return { targetsMet: pass ? 1 : 0, targetsMissed: pass ? 0 : 1 }
  } finally {
    card.kill('SIGKILL')
    await pcscd.stop()
    rmSync(work, { recursive: true, force: true })
  }
}
