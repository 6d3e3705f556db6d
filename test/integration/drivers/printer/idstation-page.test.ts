import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { inflateSync } from 'node:zlib'
import { matchDriver } from '../../../../agent/services/devices/match-driver'
import { SYSTEM_CLOCK } from '../../../../drivers/core/clock'
import type { DeviceStatus } from '../../../../drivers/core/driver'
import { AgentError } from '../../../../drivers/core/errors'
import { NULL_LOGGER } from '../../../../drivers/core/logger'
import { isPrinter, type PrinterDriver, type RgbImage } from '../../../../drivers/core/printer'
import { DRIVERS } from '../../../../drivers/registry'
import { SerialProvider } from '../../../../drivers/serial/serial-provider'
import { startPagePrinter, type PagePrinterProcess } from '../../../support/page-printer-process'
import { startPcscd, type PrivatePcscd } from '../../../support/pcscd-harness'
import { withTimeout } from '../../../support/wait-for'

const WIDTH = 1476
const HEIGHT = 1039
/** A block of the page painted a colour the rest of the page does not have. */
const MARK = { x: 100, y: 60, size: 80, rgb: [200, 30, 90] } as const

/** What the agent does with a configured serial path: list it, match a driver, open it. */
async function openPrinter(
  path: string,
  options: Readonly<Record<string, unknown>> = {},
): Promise<PrinterDriver> {
  const provider = new SerialProvider({ paths: [path], listPorts: () => Promise.resolve([]) })
  const info = (await provider.list()).find(port => port.path === path)
  assert.ok(info !== undefined, `${path} is listed`)
  const descriptor = matchDriver(info, DRIVERS)
  assert.equal(descriptor?.id, 'idstation-page')
  const driver = descriptor.create(await provider.open(info), {
    logger: NULL_LOGGER,
    clock: SYSTEM_CLOCK,
    options: { replyTimeoutMs: 5000, ...options },
  })
  assert.ok(isPrinter(driver))
  await driver.open()
  return driver
}

function page(): RgbImage {
  const rgb = Buffer.alloc(WIDTH * HEIGHT * 3, 0xff)
  for (let y = MARK.y; y < MARK.y + MARK.size; y += 1) {
    for (let x = MARK.x; x < MARK.x + MARK.size; x += 1) rgb.set(MARK.rgb, (y * WIDTH + x) * 3)
  }
  return { width: WIDTH, height: HEIGHT, rgb }
}

/** Width, height and the pixel at (x, y) of an 8-bit RGB PNG whose rows all use filter 0. */
function pngPixel(
  png: Buffer,
  x: number,
  y: number,
): { width: number; height: number; rgb: number[] } {
  assert.equal(png.subarray(0, 8).toString('hex'), '89504e470d0a1a0a')
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  assert.deepEqual([png[24], png[25]], [8, 2], '8-bit truecolour')
  const idat: Buffer[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    if (png.subarray(at + 4, at + 8).toString('latin1') === 'IDAT') {
      idat.push(png.subarray(at + 8, at + 8 + length))
    }
    at += 12 + length
  }
  const rows = inflateSync(Buffer.concat(idat))
  const stride = width * 3 + 1
  assert.equal(rows.length, stride * height)
  assert.equal(rows[y * stride], 0, 'filter type none')
  const at = y * stride + 1 + x * 3
  return { width, height, rgb: [rows[at] ?? -1, rows[at + 1] ?? -1, rows[at + 2] ?? -1] }
}

function rejectsWith(code: string, details: Readonly<Record<string, string>> = {}) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof AgentError, `an AgentError, not ${String(error)}`)
    assert.equal(error.code, code, error.message)
    for (const [key, value] of Object.entries(details)) assert.equal(error.details[key], value)
    return true
  }
}

function nextStatus(driver: PrinterDriver, match: (status: DeviceStatus) => boolean) {
  return withTimeout(
    new Promise<DeviceStatus>(resolve => {
      const onStatus = (status: DeviceStatus): void => {
        if (!match(status)) return
        driver.events.off('status', onStatus)
        resolve(status)
      }
      driver.events.on('status', onStatus)
    }),
    5000,
    'a device status',
  )
}

describe('idstation page-printer driver over a real pty, serialport and the simulator process', function () {
  let dir: string
  let simulator: PagePrinterProcess
  let driver: PrinterDriver
  /** Whether this test started `simulator` (and so stops it). */
  let owned = false

  async function start(
    args: readonly string[] = [],
    options: Readonly<Record<string, unknown>> = {},
  ): Promise<void> {
    simulator = await startPagePrinter([
      '--link',
      join(dir, 'passport-printer'),
      '--timing',
      'fast',
      '--out',
      join(dir, 'out'),
      ...args,
    ])
    owned = true
    driver = await openPrinter(simulator.path, options)
  }

  beforeEach(async function () {
    dir = await mkdtemp(join(tmpdir(), 'idstation-page-'))
  })

  afterEach(async function () {
    await driver.close()
    if (owned) await simulator.stop()
    owned = false
    await rm(dir, { recursive: true, force: true })
  })

  describe('one simulator for the ordinary paths', function () {
    let shared: PagePrinterProcess
    let sharedDir: string

    before(async function () {
      sharedDir = await mkdtemp(join(tmpdir(), 'idstation-page-shared-'))
      shared = await startPagePrinter([
        '--link',
        join(sharedDir, 'passport-printer'),
        '--timing',
        'fast',
        '--out',
        join(sharedDir, 'out'),
        '--feeder',
        '5',
      ])
    })

    after(async function () {
      await shared.stop()
      await rm(sharedDir, { recursive: true, force: true })
    })

    // A fresh printer for every test, without the cost of a process each.
    beforeEach(async function () {
      simulator = shared
      await simulator.control({ cmd: 'reset' })
      simulator.forget()
      driver = await openPrinter(simulator.path)
    })

    it('reports what the printer is and an empty, ready status', async function () {
      const info = await driver.printer.info()
      assert.equal(info.model, 'idstation PP-300 virtual passport printer')
      assert.equal(info.serialNumber, 'PP300-SIM-0001')
      assert.equal(info.medium, 'passport-booklet')
      assert.deepEqual(info.stations, ['contactless'])
      assert.deepEqual(info.faces, ['data-page'])
      assert.deepEqual([info.dpi, info.widthPx, info.heightPx], [300, WIDTH, HEIGHT])
      const status = await driver.printer.status()
      assert.equal(status.position, 'none')
      assert.deepEqual([status.attention, status.faults], [[], []])
      assert.equal(status.feederRemaining, 5)
      assert.equal(driver.status().state, 'ready')
    })

    it('feeds to the chip station, prints the data page, ejects; the PNG keeps the page', async function () {
      await driver.printer.feed('contactless')
      assert.equal((await driver.printer.status()).position, 'contactless')
      await driver.printer.print([{ side: 'data-page', image: page() }])
      assert.equal((await driver.printer.status()).position, 'print')
      await driver.printer.eject()
      const ejected = await simulator.announcement(m => m.event === 'ejected')
      assert.equal(ejected.booklet, 1)
      const printed = await simulator.announcement(m => m.event === 'printed')
      assert.equal(printed.side, 'data-page')
      assert.equal(printed.path, join(sharedDir, 'out', 'page-1.png'))
      const png = await readFile(join(sharedDir, 'out', 'page-1.png'))
      const inside = pngPixel(png, MARK.x + 10, MARK.y + 10)
      assert.deepEqual([inside.width, inside.height], [WIDTH, HEIGHT])
      assert.deepEqual(inside.rgb, MARK.rgb)
      assert.deepEqual(pngPixel(png, MARK.x + MARK.size + 5, MARK.y + 10).rgb, [255, 255, 255])
      const status = await driver.printer.status()
      assert.equal(status.position, 'none')
      assert.deepEqual(status.counters, { fed: 1, printed: 1, ejected: 1, rejected: 0 })
    })

    it('rejects a booklet into the reject tray', async function () {
      await driver.printer.feed('print')
      await driver.printer.reject()
      assert.equal((await simulator.announcement(m => m.event === 'rejected')).booklet, 1)
      const status = await driver.printer.status()
      assert.equal(status.position, 'none')
      assert.equal(status.counters?.rejected, 1)
    })

    it('refuses a second feed while a booklet is inside, and a station it lacks', async function () {
      await driver.printer.feed('print')
      await assert.rejects(
        driver.printer.feed('print'),
        rejectsWith('BAD_STATE', { reason: 'medium-inside' }),
      )
      await assert.rejects(
        driver.printer.feed('contact'),
        rejectsWith('INVALID_ARGUMENT', { reason: 'no-such-station' }),
      )
      await driver.printer.reject()
      await assert.rejects(
        driver.printer.eject(),
        rejectsWith('BAD_STATE', { reason: 'no-medium' }),
      )
    })

    it('prints its own test page and ejects it', async function () {
      await driver.printer.printTest()
      await simulator.announcement(m => m.event === 'printed')
      await simulator.announcement(m => m.event === 'ejected')
      assert.equal((await driver.printer.status()).counters?.printed, 1)
    })

    it('asks for attention while the cover is open, then feeds once it is closed', async function () {
      await simulator.control({ cmd: 'cover', open: true })
      await assert.rejects(
        driver.printer.feed('contactless'),
        rejectsWith('PRINTER_ATTENTION', { condition: 'cover-open' }),
      )
      assert.deepEqual((await driver.printer.status()).attention, ['cover-open'])
      await simulator.control({ cmd: 'cover', open: false })
      await driver.printer.feed('contactless')
      assert.equal((await driver.printer.status()).position, 'contactless')
      assert.equal(driver.status().state, 'ready')
    })

    it('asks for attention when the input tray is empty', async function () {
      await simulator.control({ cmd: 'feeder', count: 0 })
      await assert.rejects(
        driver.printer.feed('print'),
        rejectsWith('PRINTER_ATTENTION', { condition: 'feeder-empty' }),
      )
      assert.equal(driver.status().state, 'attention')
    })

    it('asks for attention when the film has ended, before sending the page', async function () {
      await driver.printer.feed('print')
      await simulator.control({ cmd: 'ribbon', remaining: 0 })
      await assert.rejects(
        driver.printer.print([{ side: 'data-page', image: page() }]),
        rejectsWith('PRINTER_ATTENTION', { condition: 'ribbon-ended' }),
      )
      assert.equal((await driver.printer.status()).ribbonRemaining, 0)
    })

    it('stops on a jam while printing; the booklet can then be rejected', async function () {
      await driver.printer.feed('contactless')
      await simulator.control({ cmd: 'jam', at: 'print' })
      await assert.rejects(
        driver.printer.print([{ side: 'data-page', image: page() }]),
        rejectsWith('PRINTER_FAULT', { condition: 'jam' }),
      )
      assert.equal(driver.status().state, 'error')
      const jammed = await driver.printer.status()
      assert.deepEqual([jammed.position, jammed.faults], ['print', ['jam']])
      await assert.rejects(
        driver.printer.eject(),
        rejectsWith('PRINTER_FAULT', { condition: 'jam' }),
      )
      await driver.printer.reject()
      const after = await driver.printer.status()
      assert.deepEqual([after.position, after.faults], ['none', []])
      assert.equal(driver.status().state, 'ready')
    })

    it('asks for attention when the reject tray is full, and rejects once emptied', async function () {
      await driver.printer.feed('print')
      await simulator.control({ cmd: 'reject-box', full: true })
      await assert.rejects(
        driver.printer.reject(),
        rejectsWith('PRINTER_ATTENTION', { condition: 'reject-box-full' }),
      )
      await simulator.control({ cmd: 'reject-box', full: false })
      await driver.printer.reject()
    })

    it('refuses a raster of the wrong size without sending it', async function () {
      await driver.printer.feed('print')
      await assert.rejects(
        driver.printer.print([
          { side: 'data-page', image: { width: 10, height: 10, rgb: Buffer.alloc(300) } },
        ]),
        rejectsWith('INVALID_ARGUMENT'),
      )
    })

    it('throws TRANSPORT_IO bad-crc for a garbled reply and carries on', async function () {
      await simulator.control({ cmd: 'garble', count: 1 })
      await assert.rejects(
        driver.printer.status(),
        rejectsWith('TRANSPORT_IO', { reason: 'bad-crc' }),
      )
      assert.equal((await driver.printer.status()).position, 'none')
    })
  })

  it('times out on a dropped reply, then skips it if it comes late', async function () {
    await start([], { replyTimeoutMs: 300 })
    await simulator.control({ cmd: 'drop', count: 1 })
    await assert.rejects(driver.printer.status(), rejectsWith('TRANSPORT_TIMEOUT'))
    assert.equal((await driver.printer.info()).dpi, 300)
  })

  it('fails the command in flight with TRANSPORT_DISCONNECTED when the printer hangs up', async function () {
    await start(['--trace'], { replyTimeoutMs: 20_000 })
    await simulator.control({ cmd: 'drop', count: 1 })
    const pending = driver.printer.status()
    // Hanging up while the request is still being written would fail the write instead.
    await simulator.announcement(m => m.event === 'request' && m.cmd === 0x02)
    const gone = nextStatus(driver, status => status.state === 'disconnected')
    await simulator.control({ cmd: 'disconnect' })
    await assert.rejects(pending, rejectsWith('TRANSPORT_DISCONNECTED'))
    await gone
    await assert.rejects(driver.printer.status(), rejectsWith('TRANSPORT_DISCONNECTED'))
  })

  it('rejects a booklet left inside when the host goes silent', async function () {
    await start(['--host-timeout-ms', '300'])
    await driver.printer.feed('print')
    const rejected = await simulator.announcement(m => m.event === 'rejected')
    assert.deepEqual(rejected, { event: 'rejected', booklet: 1, reason: 'host-silent' })
    assert.equal((await driver.printer.status()).position, 'none')
  })

  it('polls while idle, so an opened cover turns the device to attention and back', async function () {
    await start([], { pollIntervalMs: 30 })
    const attention = nextStatus(driver, status => status.state === 'attention')
    await simulator.control({ cmd: 'cover', open: true })
    const status = await attention
    assert.deepEqual(status, {
      state: 'attention',
      code: 'PRINTER_ATTENTION',
      message: 'cover-open',
    })
    const ready = nextStatus(driver, status => status.state === 'ready')
    await simulator.control({ cmd: 'cover', open: false })
    await ready
  })
})

describe('idstation page printer chip station through a real pcscd (vpcd)', function () {
  this.timeout(30_000)
  let pcscd: PrivatePcscd | undefined
  let simulator: PagePrinterProcess | undefined
  let watcher: ChildProcess | undefined
  let driver: PrinterDriver | undefined
  let dir: string | undefined

  before(async function () {
    if (process.getuid?.() !== 0) {
      process.stdout.write('      skipped: the private pcscd needs root for unshare -m\n')
      this.skip()
    }
    dir = await mkdtemp(join(tmpdir(), 'idstation-page-pcsc-'))
    pcscd = await startPcscd()
  })

  after(async function () {
    await driver?.close()
    watcher?.kill('SIGKILL')
    await simulator?.stop()
    await pcscd?.stop()
    if (dir !== undefined) await rm(dir, { recursive: true, force: true })
  })

  it('puts the booklet chip in the vpcd reader at the chip station and takes it out on reject', async function () {
    assert.ok(pcscd !== undefined)
    assert.ok(dir !== undefined)
    simulator = await startPagePrinter([
      '--link',
      join(dir, 'page-printer'),
      '--timing',
      'fast',
      '--vpcd-host',
      pcscd.vpcdHost,
      '--vpcd-port',
      String(pcscd.vpcdPort),
      '--stack',
      '2',
    ])
    driver = await openPrinter(simulator.path, { motionTimeoutMs: 15_000 })
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(__dirname, 'reader-watch.ts'), pcscd.readerNames[0]],
      { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...pcscd.env } },
    )
    watcher = child
    const seen: boolean[] = []
    const wakes = new Set<() => void>()
    createInterface({ input: child.stdout }).on('line', line => {
      const message = JSON.parse(line) as { event: string; present?: boolean }
      if (message.event === 'card') seen.push(message.present === true)
      for (const wake of wakes) wake()
    })
    const presence = (present: boolean): Promise<void> =>
      withTimeout(
        new Promise<void>(resolve => {
          const check = (): void => {
            if (seen.at(-1) !== present) return
            wakes.delete(check)
            resolve()
          }
          wakes.add(check)
          check()
        }),
        10_000,
        `the vpcd reader to show present=${String(present)}`,
      )
    await presence(false)
    await driver.printer.feed('contactless')
    await presence(true)
    await driver.printer.reject()
    await presence(false)
  })
})
