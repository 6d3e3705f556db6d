import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { startPcscd, type PrivatePcscd } from '../../support/pcscd-harness'
import { withTimeout } from '../../support/wait-for'

const ROOT = join(__dirname, '..', '..', '..')
const CARD_MAIN = join(ROOT, 'simulators', 'card', 'main.ts')
const CLIENT = join(__dirname, 'emrtd-client.ts')

type Message = Record<string, unknown> & { readonly event: string }

/** A tsx child whose stdout JSON lines are collected and awaited by event name. */
class JsonChild {
  readonly messages: Message[] = []
  readonly exited: Promise<number | null>
  private text = ''
  private wake: (() => void) | undefined

  constructor(readonly child: ChildProcess) {
    createInterface({ input: child.stdout! }).on('line', line => {
      this.text += `${line}\n`
      if (line.startsWith('{')) this.messages.push(JSON.parse(line) as Message)
      this.wake?.()
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      this.text += chunk.toString()
    })
    this.exited = new Promise(resolve => {
      child.once('exit', code => {
        this.wake?.()
        resolve(code)
      })
    })
  }

  static run(file: string, args: readonly string[], env: NodeJS.ProcessEnv): JsonChild {
    return new JsonChild(
      spawn(process.execPath, ['--import', 'tsx', file, ...args], {
        stdio: ['pipe', 'pipe', 'pipe'],
        cwd: ROOT,
        env,
      }),
    )
  }

  /** The `nth` message (1-based) named `event`. */
  async message(event: string, timeoutMs = 10000, nth = 1): Promise<Message> {
    const find = async (): Promise<Message> => {
      for (;;) {
        const found = this.messages.filter(m => m.event === event)[nth - 1]
        if (found !== undefined) return found
        const failed = this.messages.find(m => m.event === 'failed')
        if (failed !== undefined) throw new Error(String(failed.error))
        if (this.child.exitCode !== null) throw new Error(`exited before '${event}'`)
        await new Promise<void>(resolve => (this.wake = resolve))
      }
    }
    return withTimeout(find(), timeoutMs, `'${event}' (${this.text.slice(-2000)})`)
  }

  control(command: Record<string, unknown>): void {
    this.child.stdin!.write(`${JSON.stringify(command)}\n`)
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM')
    await this.exited
  }
}

describe('virtual eMRTD chip behind the real pcscd (vpcd)', function () {
  this.timeout(60000)
  let pcscd: PrivatePcscd | undefined
  let card: JsonChild | undefined
  let dir: string | undefined

  before(async function () {
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    dir = mkdtempSync(join(tmpdir(), 'idstation-emrtd-'))
    pcscd = await startPcscd()
    card = JsonChild.run(
      CARD_MAIN,
      [
        ...['--host', pcscd.vpcdHost, '--port', String(pcscd.vpcdPort)],
        ...['--image', join(dir, 'card.json'), '--stack', '1'],
      ],
      process.env,
    )
    card.control({ cmd: 'status' })
    await card.message('status')
  })

  after(async function () {
    await card?.stop()
    await pcscd?.stop()
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true })
  })

  const client = (mode: string): JsonChild =>
    JsonChild.run(CLIENT, [pcscd!.readerNames[0], mode], { ...process.env, ...pcscd!.env })

  it('is personalised with raw APDUs, locked, refuses plain reads and reads DG1 over BAC + SM', async function () {
    const status = await card!.message('status')
    const run = client('personalise')
    const serial = await run.message('serial', 20000)
    assert.equal(serial.sw, '9000')
    assert.equal(serial.serial, status.serial)
    const personalised = await run.message('personalised')
    assert.deepEqual(personalised.sws, Array(8).fill('9000'))
    const plain = await run.message('plain')
    assert.deepEqual(plain, { event: 'plain', select: '6982', read: '6982', write: '6985' })
    const secured = await run.message('secured')
    assert.deepEqual(secured.sws, ['9000', '9000', '9000', '9000'])
    assert.equal(secured.dg1, personalised.dg1)
    assert.equal(secured.dg2, personalised.dg2)
    await run.message('done')
    assert.equal(await run.exited, 0)
  })

  it('inserts the next blank card from the stack', async function () {
    card!.control({ cmd: 'insert-next' })
    const inserted = await card!.message('inserted')
    card!.control({ cmd: 'status' })
    const status = await card!.message('status', 10000, 2)
    assert.equal(status.lifeCycle, 'pre-personalised')
    const run = client('serial')
    const serial = await run.message('serial', 20000)
    assert.equal(serial.serial, inserted.serial)
    const first = card!.messages.find(m => m.event === 'status')
    assert.notEqual(serial.serial, first?.serial)
    assert.deepEqual(await run.message('blank'), { event: 'blank', createFile: '9000' })
    assert.equal(await run.exited, 0)
  })
})
