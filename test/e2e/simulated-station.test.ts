import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateKeyPair } from '../../agent/keys/key-pair'
import { AgentClient } from '../../protocol/client/agent-client'
import { v1 } from '../../protocol/messages'
import { runCliProcess } from '../support/agent-process'
import { stationReady } from '../support/station-ready'

const CLI_BIN = path.resolve(__dirname, '..', '..', 'bin', 'idstation.cjs')

/** The part of the ready document this test reads (docs/simulated-station.md has it all). */
interface Ready {
  readonly station: string
  readonly pid: number
  readonly endpoints: { readonly requests: string; readonly events: string }
  readonly agent: {
    readonly pid: number
    readonly publicKey: string
    readonly publicKeyFile: string
  }
  readonly devices: Readonly<Record<string, string>>
  readonly controls: Readonly<Record<string, { readonly socket: string; readonly pid: number }>>
  readonly pcscd: { readonly pid: number }
  readonly enrol: { readonly command: string }
}

/** Every process below `root`, from /proc (children first found, then theirs). */
function descendants(root: number): number[] {
  const parents = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      // /proc/PID/stat: "pid (comm) state ppid …"; comm may hold spaces, so read after ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(Number(entry), ppid)
    } catch {
      // Gone meanwhile.
    }
  }
  const found: number[] = []
  const walk = (pid: number) => {
    for (const [child, parent] of parents) {
      if (parent !== pid) continue
      found.push(child)
      walk(child)
    }
  }
  walk(root)
  return found
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

// `idstation simulate station` as a front-end developer runs it: a process that stays up, a
// key enrolled with the command it prints, the TypeScript client, `simulate control`, Ctrl-C.
describe('e2e: idstation simulate station', function () {
  this.timeout(180_000)
  let dir: string
  let station: ChildProcess | undefined

  before(function () {
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    dir = mkdtempSync(path.join(tmpdir(), 'idstation-sim-station-'))
  })
  after(async () => {
    // A failed test still stops the station the way a user would, so it stops what it started.
    if (station !== undefined && station.exitCode === null && station.signalCode === null) {
      const ended = new Promise(resolve => station?.once('exit', resolve))
      station.kill('SIGTERM')
      await ended
    }
    rmSync(dir, { recursive: true, force: true })
  })

  it('serves the agent and its devices until SIGINT, then leaves no process behind', async () => {
    const stationDir = path.join(dir, 'station')
    station = spawn(
      process.execPath,
      [CLI_BIN, 'simulate', 'station', '--json', '--dir', stationDir],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    const exit = new Promise<number | null>(resolve => station?.once('exit', resolve))
    const ready = await stationReady<Ready>(station, 120_000)
    assert.equal(ready.station, 'ready')
    assert.equal(readFileSync(ready.agent.publicKeyFile, 'utf8').trim(), ready.agent.publicKey)

    // Enrol a front-end key with the very command line the station printed.
    const keys = generateKeyPair()
    const enrol = ready.enrol.command.replace('<PUBLIC-KEY-Z85>', keys.publicKey).split(' ')
    assert.equal(enrol[0], 'idstation')
    const enrolled = await runCliProcess(enrol.slice(1))
    assert.equal(enrolled.code, 0, enrolled.stderr)

    const client = await AgentClient.connect({
      requestsEndpoint: ready.endpoints.requests,
      eventsEndpoint: ready.endpoints.events,
      serverPublicKey: ready.agent.publicKey,
      keys,
      clientName: 'front-end e2e',
      connectTimeoutMs: 10_000,
    })
    try {
      const listed = await client.listDevices()
      for (const id of Object.values(ready.devices)) {
        assert.ok(
          listed.some(device => device.id === id),
          `the agent lists ${id}`,
        )
      }
      const cardPrinter = ready.devices.cardPrinter
      const stateOf = async () =>
        // By name, so the test reads the same before and after the enum values gain a prefix.
        v1.DeviceState[
          (await client.listDevices()).find(device => device.id === cardPrinter)?.status?.state ?? 0
        ]
      assert.match(String(await stateOf()), /READY$/)

      const opened = await runCliProcess([
        ...['simulate', 'control', '--dir', stationDir, '--json'],
        ...['card-printer', 'cover', 'open'],
      ])
      assert.equal(opened.code, 0, opened.stderr)
      assert.deepEqual(JSON.parse(opened.stdout), { event: 'cover', open: true })
      let state = String(await stateOf())
      for (let tries = 0; !state.endsWith('ATTENTION') && tries < 100; tries++) {
        await new Promise(resolve => setTimeout(resolve, 200))
        state = String(await stateOf())
      }
      assert.match(state, /ATTENTION$/, 'an open cover asks the operator for attention')

      const wrong = await runCliProcess([
        ...['simulate', 'control', '--dir', stationDir, 'scanner', 'cover', 'open'],
      ])
      assert.equal(wrong.code, 2, 'the reader has no cover: a usage error')
    } finally {
      client.close()
    }

    const children = descendants(station.pid ?? 0)
    assert.ok(children.includes(ready.agent.pid), 'the agent runs under the station')
    assert.ok(alive(ready.pcscd.pid), 'the private pcscd runs')
    station.kill('SIGINT')
    assert.equal(await exit, 0)
    let left = [...children, ready.pcscd.pid].filter(alive)
    for (let tries = 0; left.length > 0 && tries < 50; tries++) {
      await new Promise(resolve => setTimeout(resolve, 100))
      left = left.filter(alive)
    }
    assert.deepEqual(left, [], 'every process the station started has ended, pcscd too')
    assert.equal(existsSync(path.join(stationDir, 'station.json')), false)

    const none = await runCliProcess([
      'simulate',
      'control',
      '--dir',
      stationDir,
      'scanner',
      'lift',
    ])
    assert.equal(none.code, 1, 'no station runs there any more')
    assert.match(none.stderr, /no simulated station runs/)
  })
})
