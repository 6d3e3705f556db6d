import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { transliterateToLatin } from '../../agent/icao/mrz'
import { readAgentPublicKey } from '../../agent/keys/agent-keys'
import { readClientKeyPair } from '../../agent/keys/client-keys'
import { AgentClient } from '../../protocol'
import {
  LineWatcher,
  runCliProcess,
  startAgentProcess,
  type AgentProcess,
} from '../support/agent-process'
import { startSimulator } from '../support/simulator-process'

const CLI_BIN = path.resolve(__dirname, '..', '..', 'bin', 'idstation.cjs')
const EXAMPLES = path.resolve(__dirname, '..', '..', 'examples')

// The real idstation-agent and idstation processes, real ipc sockets with CURVE, a simulated
// device process announced through the simulated provider.
describe('e2e: idstation-agent with the idstation CLI', function () {
  this.timeout(60_000)
  let agent: AgentProcess

  before(async () => {
    agent = await startAgentProcess()
  })
  after(async () => {
    await agent.dispose()
  })

  it('`devices --watch` shows a simulated device attach and detach', async () => {
    const watch = spawn(
      process.execPath,
      [CLI_BIN, 'devices', '--watch', '--json', ...agent.dirArgs],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    const lines = new LineWatcher(watch.stdout)
    try {
      await lines.waitFor(line => line.includes('"snapshot"'), 20_000, 'the snapshot')
      const simulator = startSimulator([
        '--dir',
        agent.simulatedDir,
        '--name',
        'fp1',
        '--kind',
        'fingerprint-scanner',
        '--serial',
        'SIM-E2E-1',
      ])
      const attached = JSON.parse(
        await lines.waitFor(line => line.includes('"attached"'), 20_000, 'attached'),
      ) as {
        device: { id: string; kind: string; state: string; product: string }
      }
      assert.equal(attached.device.id, 'idstation-virtual-fingerprint:SIM-E2E-1')
      assert.equal(attached.device.kind, 'fingerprint-scanner')
      // Killing the process is unplugging the device.
      await simulator.stop('SIGKILL')
      const detached = JSON.parse(
        await lines.waitFor(line => line.includes('"detached"'), 20_000, 'detached'),
      ) as {
        deviceId: string
        seq: number
      }
      assert.equal(detached.deviceId, 'idstation-virtual-fingerprint:SIM-E2E-1')
      const seqs = lines.lines.map(line => (JSON.parse(line) as { seq: number }).seq)
      assert.deepEqual(
        seqs,
        [...seqs].sort((a, b) => a - b),
        'seq only rises',
      )
    } finally {
      watch.kill('SIGINT')
    }
  })

  it('keeps its runtime directory 0700 and its secret key 0600', () => {
    assert.equal(fs.statSync(agent.runtimeDir).mode & 0o777, 0o700)
    assert.equal(fs.statSync(path.join(agent.dataDir, 'keys', 'agent.key')).mode & 0o777, 0o600)
    assert.equal(fs.statSync(path.join(agent.dataDir, 'keys', 'cli.key')).mode & 0o777, 0o600)
  })

  it('`status --json` and `ping --json` answer through the real agent', async () => {
    const status = await agent.cli(['status', '--json'])
    assert.equal(status.code, 0, status.stderr)
    const parsed = JSON.parse(status.stdout) as {
      agentVersion: string
      pid: number
      sessions: { keyName: string }[]
    }
    assert.equal(parsed.pid, agent.child.pid)
    assert.deepEqual(
      parsed.sessions.map(s => s.keyName),
      ['technician-cli'],
    )
    const ping = await agent.cli(['ping', '--count', '20', '--size', '1000', '--json'])
    assert.equal(ping.code, 0, ping.stderr)
    assert.equal((JSON.parse(ping.stdout) as { count: number }).count, 20)
  })

  it('exits 4 when the CLI key is no longer enrolled, and the agent logs the refusal', async () => {
    const enrolled = path.join(agent.dataDir, 'keys', 'authorized-clients', 'technician-cli.key')
    const saved = fs.readFileSync(enrolled)
    fs.rmSync(enrolled)
    try {
      const refused = await agent.cli(['status'])
      assert.equal(refused.code, 4, refused.stderr)
      await agent.log.waitFor(line => line.includes('"client.refused"'), 5000, 'client.refused')
    } finally {
      fs.writeFileSync(enrolled, saved, { mode: 0o644 })
    }
    assert.equal((await agent.cli(['status'])).code, 0)
  })

  it('refuses a second agent on the same runtime directory', async () => {
    const second = spawn(
      process.execPath,
      [path.resolve(CLI_BIN, '..', 'idstation-agent.cjs'), ...agent.dirArgs],
      {
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    const log = new LineWatcher(second.stderr)
    const code = await new Promise<number | null>(resolve => second.once('exit', resolve))
    assert.equal(code, 1)
    assert.ok(
      log.lines.some(line => line.includes('already serves')),
      log.lines.join('\n'),
    )
    // The first agent still serves.
    assert.equal((await agent.cli(['ping', '--count', '1'])).code, 0)
  })
})

describe('e2e: agent start-up and shutdown', function () {
  this.timeout(60_000)

  it('exits 78 naming the key when the configuration is invalid', async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>(resolve => {
      const child = spawn(
        process.execPath,
        [path.resolve(CLI_BIN, '..', 'idstation-agent.cjs'), '--set', 'limits.maxRequestBytes=12'],
        {
          stdio: ['ignore', 'ignore', 'pipe'],
        },
      )
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
      child.once('exit', code => {
        resolve({ code, stderr })
      })
    })
    assert.equal(run.code, 78)
    assert.match(run.stderr, /limits\.maxRequestBytes/)
    assert.match(run.stderr, /1024/)
  })

  it('exits 3 from the CLI when no agent runs', async () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'idstation-none-'))
    try {
      const run = await runCliProcess([
        'status',
        '--data-dir',
        dir,
        '--runtime-dir',
        path.join(dir, 'run'),
      ])
      assert.equal(run.code, 3)
      assert.match(run.stderr, /is idstation-agent running/)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })

  it('on SIGTERM releases leases, removes its sockets and exits 0', async () => {
    const agent = await startAgentProcess()
    try {
      const simulator = startSimulator([
        '--dir',
        agent.simulatedDir,
        '--name',
        'fp2',
        '--kind',
        'fingerprint-scanner',
        '--serial',
        'SIM-E2E-2',
      ])
      await agent.log.waitFor(line => line.includes('"device.attached"'), 20_000, 'device.attached')
      const client = await AgentClient.connect({
        requestsEndpoint: `ipc://${agent.runtimeDir}/agent.sock`,
        serverPublicKey: await readAgentPublicKey(path.join(agent.dataDir, 'keys', 'agent.key')),
        keys: await readClientKeyPair(path.join(agent.dataDir, 'keys', 'cli.key')),
      })
      await client.claimDevice('idstation-virtual-fingerprint:SIM-E2E-2')
      const code = await agent.stop('SIGTERM')
      client.close()
      await simulator.stop()
      assert.equal(code, 0)
      assert.ok(
        agent.log.lines.some(
          line => line.includes('"lease.released"') && line.includes('session-shutdown'),
        ),
      )
      assert.ok(agent.log.lines.some(line => line.includes('"agent.stopped"')))
      assert.deepEqual(
        fs.readdirSync(agent.runtimeDir).filter(name => name.includes('.sock')),
        [],
      )
    } finally {
      await agent.dispose()
    }
  })
})

describe('e2e: idstation demo', function () {
  this.timeout(120_000)

  it('issues an ID card and a passport on the simulated station and says where everything is', async function () {
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'idstation-demo-'))
    try {
      const run = await runCliProcess(['demo', '--dir', dir], 110_000)
      assert.equal(run.code, 0, run.stdout + run.stderr)
      assert.equal(
        run.stdout.match(/SUCCEEDED: chip [0-9A-F]{16}, passive authentication passed/g)?.length,
        2,
        run.stdout,
      )
      assert.match(run.stdout, /Both documents issued and verified/)
      for (const file of [
        'printed/id-cards/card-1-front.png',
        'printed/id-cards/card-1-back.png',
        'printed/passports/page-1.png',
      ]) {
        assert.ok(fs.existsSync(path.join(dir, file)), file)
        assert.ok(run.stdout.includes(path.join(dir, file)), `the demo names ${file}`)
      }
      const reports = fs.readdirSync(path.join(dir, 'reports'))
      assert.equal(reports.length, 2)
      for (const name of reports) {
        const report = JSON.parse(fs.readFileSync(path.join(dir, 'reports', name), 'utf8')) as {
          passiveAuthentication: string
        }
        assert.equal(report.passiveAuthentication, 'passed')
      }
      const trail = fs.readFileSync(path.join(dir, 'audit', 'audit-trail.jsonl'), 'utf8')
      assert.match(run.stdout, /records, hash chain and MACs intact/)
      assert.ok(trail.includes('job.succeeded'))
      for (const number of ['AB1234567', 'B12345678']) {
        assert.ok(!trail.includes(number), 'no document number in the audit trail')
      }
      const log = fs.readFileSync(path.join(dir, 'data', 'logs', 'agent.log'), 'utf8')
      const events = log
        .trim()
        .split('\n')
        .map(line => (JSON.parse(line) as { event?: string }).event)
      for (const event of [
        'agent.started',
        'job.accepted',
        'job.medium-ejected',
        'job.succeeded',
        'agent.stopped',
      ]) {
        assert.ok(events.includes(event), `${event} missing from agent.log`)
      }
      assert.ok(!events.includes('uncatalogued'))
      assertNoPersonalData(path.join(dir, 'data'))
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})

/**
 * The agent's data directory after an issuance (journal with its WAL, keys, logs) holds no
 * applicant data in clear: no name, number or date from the example applicants, and no image or
 * biometric record (a JFIF JPEG, PNG, ISO/IEC 19794-4 "FIR", 19794-5 "FAC", 19794-2 "FMR" headers).
 */
function assertNoPersonalData(dataDir: string): void {
  const needles = [...exampleValues(), ...exampleValues().map(latinMrzName)]
    .filter(text => text.length >= 4)
    .map(text => Buffer.from(text, 'utf8'))
  const magic = [
    Buffer.from('ffd8ffe000104a464946', 'hex'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    Buffer.from('FIR\0', 'latin1'),
    Buffer.from('FAC\0', 'latin1'),
    Buffer.from('FMR\0', 'latin1'),
  ]
  const files = fs
    .readdirSync(dataDir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => path.join(entry.parentPath, entry.name))
  assert.ok(
    files.some(file => file.endsWith('journal.db')),
    'the journal was scanned',
  )
  for (const file of files) {
    const bytes = fs.readFileSync(file)
    for (const needle of [...needles, ...magic]) {
      assert.equal(
        bytes.indexOf(needle),
        -1,
        `${file} holds ${JSON.stringify(needle.toString('latin1'))}`,
      )
    }
  }
}

/** Every personal value of the demo's example applicants (names, numbers, dates, places). */
function exampleValues(): string[] {
  const values: string[] = []
  for (const file of ['applicant-id-card.json', 'applicant-passport.json']) {
    const record = JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8')) as Record<
      string,
      unknown
    >
    for (const [key, value] of Object.entries(record)) {
      if (key === 'profile' || key === 'sex' || typeof value !== 'string') continue
      values.push(value, ...value.split(/[ ،]+/))
    }
  }
  return values
}

/** The MRZ form of an Arabic value (what DG1 and the faces carry); '' for anything else. */
function latinMrzName(value: string): string {
  try {
    return /[\u0600-\u06ff]/.test(value) ? transliterateToLatin(value) : ''
  } catch {
    return ''
  }
}
