import assert from 'node:assert/strict'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { LineWatcher } from '../../support/agent-process'

const MAIN = path.join(__dirname, '..', '..', '..', 'simulators', 'pcscd', 'main.ts')

interface Ready {
  event: 'ready'
  socketPath: string
  env: { PCSCLITE_CSOCK_NAME: string }
  vpcdHost: string
  vpcdPort: number
  vpcdPorts: number[]
  readerNames: string[]
  mode: string
  dir: string
  pid: number
}

function launch(args: readonly string[] = []): { child: ChildProcess; out: LineWatcher } {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  return { child, out: new LineWatcher(child.stdout) }
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode })
  }
  return new Promise(resolve => {
    child.once('exit', (code, signal) => {
      resolve({ code, signal })
    })
  })
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function ready(out: LineWatcher): Promise<Ready> {
  const line = await out.waitFor(text => text.startsWith('{'), 20000, 'the launcher to report')
  const event = JSON.parse(line) as Ready | { event: 'error'; message: string }
  if (event.event !== 'ready') assert.fail(`launcher failed: ${event.message}`)
  return event
}

describe('simulators/pcscd/main.ts (the private pcscd as a process)', function () {
  this.timeout(30000)
  let running: ChildProcess | undefined

  afterEach(async function () {
    if (running !== undefined && running.exitCode === null && running.signalCode === null) {
      running.kill('SIGKILL')
      await exitOf(running)
    }
    running = undefined
  })

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`reports ready with a live socket and both vpcd readers, and cleans up on ${signal}`, async function () {
      if (process.getuid?.() !== 0) this.skip()
      const { child, out } = launch()
      running = child
      const event = await ready(out)

      assert.equal(event.env.PCSCLITE_CSOCK_NAME, event.socketPath)
      assert.ok(statSync(event.socketPath).isSocket(), 'socketPath leads to a unix socket')
      assert.deepEqual(event.readerNames, ['Virtual PCD 00 00', 'Virtual PCD 00 01'])
      assert.deepEqual(event.vpcdPorts, [event.vpcdPort, event.vpcdPort + 1])
      assert.equal(event.vpcdHost, '127.0.0.1')
      assert.ok(existsSync(event.dir))
      // A real PC/SC client reaches this pcscd through the advertised environment.
      const scan = spawnSync('pcsc_scan', ['-r'], {
        env: { ...process.env, ...event.env },
        encoding: 'utf8',
        timeout: 10000,
      })
      assert.match(scan.stdout, /Virtual PCD 00 00/)

      child.kill(signal)
      assert.deepEqual(await exitOf(child), { code: 0, signal: null })
      assert.equal(existsSync(event.dir), false, 'temp dir removed')
      assert.equal(existsSync(event.socketPath), false, 'stable socket link removed')
      assert.equal(alive(event.pid), false, 'pcscd stopped')
    })
  }

  it('runs without the TCP_NODELAY shim when asked', async function () {
    if (process.getuid?.() !== 0) this.skip()
    const { child, out } = launch(['--no-preload'])
    running = child
    const event = await ready(out)
    assert.equal(event.mode, 'stalled')
    child.kill('SIGTERM')
    assert.deepEqual(await exitOf(child), { code: 0, signal: null })
    assert.equal(existsSync(event.dir), false)
  })

  it('exits 69 naming what is missing when it may not make a mount namespace', async function () {
    if (process.getuid?.() !== 0) this.skip()
    // The unprivileged side is reached by dropping to nobody, which lacks CAP_SYS_ADMIN; a
    // checkout nobody may read (a clone in a 0700 temp dir) cannot run the launcher at all.
    const readable = spawnSync(
      process.execPath,
      ['-e', `require('fs').accessSync(${JSON.stringify(MAIN)}, require('fs').constants.R_OK)`],
      { uid: 65534, gid: 65534, stdio: 'ignore' },
    )
    if (readable.status !== 0) {
      process.stdout.write('      skipped: user nobody cannot read this checkout\n')
      this.skip()
    }
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      stdio: ['ignore', 'pipe', 'inherit'],
      uid: 65534,
      gid: 65534,
    })
    running = child
    const out = new LineWatcher(child.stdout)
    const line = await out.waitFor(text => text.startsWith('{'), 20000, 'the launcher to report')
    const event = JSON.parse(line) as { event: string; message: string }
    assert.equal(event.event, 'error')
    assert.match(event.message, /CAP_SYS_ADMIN/)
    assert.match(event.message, /run as root/)
    assert.deepEqual(await exitOf(child), { code: 69, signal: null })
  })

  for (const args of [['--bogus'], ['--reader-pairs', '0'], ['--reader-pairs', 'two']]) {
    it(`rejects ${args.join(' ')} with a usage line, starting nothing`, async function () {
      const { child, out } = launch(args)
      running = child
      const line = await out.waitFor(text => text.startsWith('{'), 20000, 'the launcher to report')
      const event = JSON.parse(line) as { event: string; message: string }
      assert.equal(event.event, 'error')
      assert.match(event.message, /usage: main\.ts \[--no-preload\] \[--reader-pairs N\]/)
      assert.deepEqual(await exitOf(child), { code: 64, signal: null })
    })
  }
})
