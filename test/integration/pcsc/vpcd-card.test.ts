import assert from 'node:assert/strict'
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { startPcscd, type PrivatePcscd } from '../../support/pcscd-harness'
import { withTimeout } from '../../support/wait-for'

const ROOT = join(__dirname, '..', '..', '..')
const CARD_MAIN = join(ROOT, 'simulators', 'card', 'main.ts')
const CLIENT = join(__dirname, 'pcsc-client.ts')
// simulators/card/minimal-card.ts: 3B 89 80 01 "IDSTATION" TCK.
const ATR = '3b898001494453544154494f4e5f'

interface Message {
  readonly event: string
  readonly [key: string]: unknown
}

/** A child whose stdout lines are JSON messages or plain text, awaited one event at a time. */
class LineChild {
  readonly lines: string[] = []
  private readonly waiters: (() => void)[] = []
  readonly exited: Promise<void>
  private stderr = ''

  constructor(readonly child: ChildProcess) {
    createInterface({ input: child.stdout! }).on('line', line => {
      this.lines.push(line)
      for (const wake of this.waiters.splice(0)) wake()
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString()
    })
    this.exited = new Promise(resolve => {
      child.once('exit', () => {
        for (const wake of this.waiters.splice(0)) wake()
        resolve()
      })
    })
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  /** The first line (from the start) that satisfies `match`. */
  line(match: (line: string) => boolean, timeoutMs: number, what: string): Promise<string> {
    return this.until(() => this.lines.find(match), timeoutMs, what)
  }

  /** The number of lines satisfying `match`, once it reaches `count`. */
  count(match: (line: string) => boolean, count: number, timeoutMs: number, what: string) {
    return this.until(
      () => {
        const seen = this.lines.filter(match).length
        return seen >= count ? seen : undefined
      },
      timeoutMs,
      what,
    )
  }

  private async until<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    const find = async (): Promise<T> => {
      for (;;) {
        const found = probe()
        if (found !== undefined) return found
        if (!this.alive) throw new Error(`exited before ${what}: ${this.output()}`)
        await new Promise<void>(resolve => this.waiters.push(resolve))
      }
    }
    return withTimeout(find(), timeoutMs, `${what} (${this.output()})`)
  }

  async message(event: string, timeoutMs = 5000): Promise<Message> {
    const line = await this.line(
      text => text.startsWith('{') && (JSON.parse(text) as Message).event === event,
      timeoutMs,
      `'${event}'`,
    )
    return JSON.parse(line) as Message
  }

  async stop(): Promise<void> {
    if (this.alive) this.child.kill('SIGTERM')
    await this.exited
  }

  output(): string {
    return [...this.lines, this.stderr].join('\n').slice(-2000)
  }
}

function run(file: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  return new LineChild(
    spawn(process.execPath, ['--import', 'tsx', file, ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: ROOT,
      env,
    }),
  )
}

function tool(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { env, timeout: 10000 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} failed: ${error.message}\n${stdout}${stderr}`))
      else resolve(stdout)
    })
  })
}

async function eventuallyResolves<T>(attempt: () => Promise<T>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      return await attempt()
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise(resolve => setTimeout(resolve, 100))
    }
  }
}

describe('virtual card behind the real pcscd (vpcd)', function () {
  this.timeout(30000)
  let pcscd: PrivatePcscd | undefined
  let card: LineChild | undefined
  let client: LineChild | undefined

  before(async function () {
    // The private pcscd needs its own mount namespace (CAP_SYS_ADMIN); CI and dev boxes run as root.
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    pcscd = await startPcscd()
    // Informational: the APDU latency below depends on it.
    process.stdout.write(
      `      pcscd mode: ${pcscd.mode}, vpcd port ${pcscd.vpcdPort} ` +
        `(${pcscd.loopbackOnly ? 'loopback only' : 'bound to 0.0.0.0'})\n`,
    )
    card = run(CARD_MAIN, ['--host', pcscd.vpcdHost, '--port', String(pcscd.vpcdPort)])
    await card.line(line => line.startsWith('connected'), 10000, 'the card to reach vpcd')
  })

  after(async function () {
    await client?.stop()
    await card?.stop()
    await pcscd?.stop()
  })

  it('shows the vpcd reader and the inserted card to pcsc_scan and opensc-tool', async function () {
    const env = { ...process.env, ...pcscd!.env }
    const readers = await tool('pcsc_scan', ['-r'], env)
    assert.match(readers, /Virtual PCD 00 00/)
    // pcscd polls vpcd about every 0.4 s, so the card appears shortly after it connects.
    const atr = await eventuallyResolves(() => tool('opensc-tool', ['--reader', '0', '--atr'], env))
    assert.equal(atr.trim().replace(/:/g, '').toLowerCase(), ATR)
  })

  it('keeps the card reconnecting while pcscd restarts', async function () {
    const port = pcscd!.vpcdPort
    await pcscd!.stop()
    await card!.count(line => line.startsWith('disconnected'), 1, 5000, 'the card to notice')
    pcscd = await startPcscd({ vpcdPort: port })
    await card!.count(line => line.startsWith('connected'), 2, 10000, 'the card to reconnect')
  })

  it('answers SELECT eMRTD and GET CHALLENGE through pcsclite, and reports removal', async function () {
    client = run(CLIENT, [pcscd!.readerNames[0]], { ...process.env, ...pcscd!.env })

    const readers = await client.message('readers', 10000)
    assert.ok((readers.names as string[]).includes(pcscd!.readerNames[0]))
    const inserted = await client.message('card')
    assert.equal(inserted.atr, ATR)

    const responses = await client.message('responses')
    assert.equal(responses.selectEmrtd, '9000')
    assert.match(responses.getChallenge as string, /^[0-9a-f]{16}9000$/)
    assert.notEqual(responses.getChallenge, responses.getChallengeAgain)
    assert.equal(responses.selectOther, '6a82')
    assert.equal(responses.unknownIns, '6d00')

    const latency = await client.message('latency', 20000)
    process.stdout.write(
      `      GET CHALLENGE round trip (${pcscd!.mode}): median ${Math.round(
        latency.medianUs as number,
      )} µs, p99 ${Math.round(latency.p99Us as number)} µs over ${String(latency.count)} APDUs\n`,
    )

    await client.message('awaiting-removal')
    await card!.stop()
    await client.message('removed', 5000)
    await client.exited
    assert.equal(client.child.exitCode, 0, client.output())
  })
})
