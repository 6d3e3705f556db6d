import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { SYSTEM_CLOCK } from '../../../../drivers/core/clock'
import { NULL_LOGGER } from '../../../../drivers/core/logger'
import { isPrinter, type PrinterDriver } from '../../../../drivers/core/printer'
import { DRIVERS } from '../../../../drivers/registry'
import { SerialProvider } from '../../../../drivers/serial/serial-provider'
import { matchDriver } from '../../../../agent/services/devices/match-driver'
import { startEvolisSimulator, type EvolisSimulatorProcess } from '../../../support/evolis-process'
import { startPcscd, type PrivatePcscd } from '../../../support/pcscd-harness'
import { withTimeout } from '../../../support/wait-for'

const WATCH = join(__dirname, 'reader-watch.ts')

/** The reader watcher's presence reports, awaited one change at a time. */
class PresenceWatch {
  private readonly seen: boolean[] = []
  private wake: (() => void) | undefined

  constructor(readonly child: ChildProcess) {
    createInterface({ input: child.stdout! }).on('line', line => {
      const message = JSON.parse(line) as { event: string; present?: boolean }
      if (message.event === 'card') this.seen.push(message.present === true)
      this.wake?.()
    })
  }

  /** Resolves once the latest report says `present`. */
  async until(present: boolean, timeoutMs = 8000): Promise<void> {
    const reached = async (): Promise<void> => {
      while (this.seen.at(-1) !== present) {
        await new Promise<void>(resolve => (this.wake = resolve))
      }
    }
    await withTimeout(reached(), timeoutMs, `the reader to report present=${String(present)}`)
  }
}

describe('Evolis simulator chip coupling through a private pcscd', function () {
  this.timeout(30_000)
  let pcscd: PrivatePcscd | undefined
  let dir: string | undefined
  let simulator: EvolisSimulatorProcess | undefined
  let driver: PrinterDriver | undefined
  let watch: ChildProcess | undefined

  before(async function () {
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    pcscd = await startPcscd()
    dir = await mkdtemp(join(tmpdir(), 'idstation-evolis-chip-'))
    simulator = await startEvolisSimulator(join(dir, 'evolis'), [
      '--out',
      join(dir, 'out'),
      '--vpcd-host',
      pcscd.vpcdHost,
      '--vpcd-port',
      String(pcscd.vpcdPort),
      '--stack',
      '3',
    ])
    const provider = new SerialProvider({
      paths: [simulator.path],
      listPorts: () => Promise.resolve([]),
    })
    const info = (await provider.list())[0]
    assert.ok(info !== undefined)
    const descriptor = matchDriver(info, DRIVERS)
    assert.equal(descriptor?.id, 'evolis')
    const created = descriptor.create(await provider.open(info), {
      logger: NULL_LOGGER,
      clock: SYSTEM_CLOCK,
      options: { replyTimeoutMs: 3000, printTimeoutMs: 10_000 },
    })
    assert.ok(isPrinter(created))
    driver = created
    await driver.open()
  })

  after(async function () {
    watch?.kill('SIGTERM')
    await driver?.close()
    await simulator?.stop()
    await pcscd?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  it('shows a card in the vpcd reader while one is at the contact station', async function () {
    watch = spawn(process.execPath, ['--import', 'tsx', WATCH, pcscd!.readerNames[0]], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ...pcscd!.env },
    })
    const presence = new PresenceWatch(watch)
    await presence.until(false, 10_000)
    await driver!.printer.feed('contact')
    await presence.until(true)
    await driver!.printer.reject()
    await presence.until(false)
  })
})
