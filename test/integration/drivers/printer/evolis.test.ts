import assert from 'node:assert/strict'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { matchDriver } from '../../../../agent/services/devices/match-driver'
import { SYSTEM_CLOCK } from '../../../../drivers/core/clock'
import type { DeviceStatus } from '../../../../drivers/core/driver'
import { AgentError } from '../../../../drivers/core/errors'
import { NULL_LOGGER } from '../../../../drivers/core/logger'
import { isPrinter, type PrinterDriver, type RgbImage } from '../../../../drivers/core/printer'
import { DRIVERS } from '../../../../drivers/registry'
import { SerialProvider } from '../../../../drivers/serial/serial-provider'
import { startEvolisSimulator, type EvolisSimulatorProcess } from '../../../support/evolis-process'
import { waitForEvent } from '../../../support/wait-for'

const WIDTH = 1016
const HEIGHT = 648
const COLOUR = [200, 40, 90] as const

/** What the agent does with a configured serial path: list it, match a driver, open it. */
async function openPrinter(
  path: string,
  options: Readonly<Record<string, unknown>> = {},
): Promise<PrinterDriver> {
  const provider = new SerialProvider({ paths: [path], listPorts: () => Promise.resolve([]) })
  const info = (await provider.list()).find(port => port.path === path)
  assert.ok(info !== undefined, `${path} is listed`)
  const descriptor = matchDriver(info, DRIVERS)
  assert.equal(descriptor?.id, 'evolis')
  const driver = descriptor.create(await provider.open(info), {
    logger: NULL_LOGGER,
    clock: SYSTEM_CLOCK,
    options: { replyTimeoutMs: 3000, printTimeoutMs: 10_000, ...options },
  })
  assert.ok(isPrinter(driver))
  await driver.open()
  return driver
}

/** White, a colour block on the left, a black bar (text-like) at the bottom right. */
function testImage(): RgbImage {
  const rgb = Buffer.alloc(WIDTH * HEIGHT * 3, 0xff)
  for (let y = 0; y < HEIGHT; y += 1) {
    for (let x = 0; x < WIDTH; x += 1) {
      const at = (y * WIDTH + x) * 3
      if (x < 400) rgb.set(COLOUR, at)
      else if (y > 500 && x > 600) rgb.set([10, 10, 10], at)
    }
  }
  return { width: WIDTH, height: HEIGHT, rgb }
}

/** Our own reading of an 8-bit RGB PNG with filter 0 rows (what the simulator writes). */
function decodePng(png: Buffer): RgbImage {
  assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG')
  let offset = 8
  let width = 0
  let height = 0
  const idat: Buffer[] = []
  while (offset < png.length) {
    const length = png.readUInt32BE(offset)
    const type = png.subarray(offset + 4, offset + 8).toString('ascii')
    const data = png.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = data.readUInt32BE(0)
      height = data.readUInt32BE(4)
      assert.deepEqual([data[8], data[9]], [8, 2])
    } else if (type === 'IDAT') idat.push(data)
    offset += 12 + length
  }
  const raw = inflateSync(Buffer.concat(idat))
  const rgb = Buffer.alloc(width * height * 3)
  for (let y = 0; y < height; y += 1) {
    assert.equal(raw[y * (width * 3 + 1)], 0, 'filter 0')
    raw.copy(rgb, y * width * 3, y * (width * 3 + 1) + 1, (y + 1) * (width * 3 + 1))
  }
  return { width, height, rgb }
}

function pixel(image: RgbImage, x: number, y: number): number[] {
  const at = (y * image.width + x) * 3
  return [...image.rgb.subarray(at, at + 3)]
}

function rejectsWith(code: string, details: Record<string, unknown> = {}) {
  return (error: unknown): boolean => {
    assert.ok(error instanceof AgentError, `an AgentError, not ${String(error)}`)
    assert.equal(error.code, code, error.message)
    for (const [key, value] of Object.entries(details)) assert.equal(error.details[key], value)
    return true
  }
}

describe('Evolis driver over a real pty, serialport and the simulator process', function () {
  let dir: string
  let simulator: EvolisSimulatorProcess
  let driver: PrinterDriver

  async function reset(): Promise<void> {
    await simulator.control({ cmd: 'cover', open: false })
    await simulator.control({ cmd: 'feeder', count: 100 })
    await simulator.control({ cmd: 'ribbon', remaining: 500 })
    await simulator.control({ cmd: 'reject-box', full: false })
  }

  // One simulator for the whole run (a process start costs about a second); each group opens
  // its own driver on it, and the unplug comes last.
  before(async function () {
    dir = await mkdtemp(join(tmpdir(), 'idstation-evolis-'))
    simulator = await startEvolisSimulator(join(dir, 'evolis-primacy'), ['--out', join(dir, 'out')])
  })

  after(async function () {
    await simulator.stop()
    await rm(dir, { recursive: true, force: true })
  })

  describe('text replies', function () {
    before(async function () {
      driver = await openPrinter(simulator.path)
    })

    after(async function () {
      await driver.close()
    })

    beforeEach(async function () {
      await reset()
      const status = await simulator.control({ cmd: 'status' })
      if (status.cardPos !== 'none') await driver.printer.reject()
    })

    it('reports what the printer is and how it stands', async function () {
      const info = await driver.printer.info()
      assert.equal(info.model, 'Evolis Primacy (idstation simulator)')
      assert.equal(info.serialNumber, 'SIM0000001')
      assert.deepEqual([info.widthPx, info.heightPx, info.dpi], [1016, 648, 300])
      assert.deepEqual(info.faces, ['front', 'back'])
      const status = await driver.printer.status()
      assert.deepEqual(status, { position: 'none', attention: [], faults: [] })
      assert.equal(driver.status().state, 'ready')
    })

    it('feeds to the contact station, prints both faces, ejects; the PNGs keep the colours', async function () {
      await driver.printer.feed('contact')
      assert.equal((await driver.printer.status()).position, 'contact')
      await driver.printer.print([
        { side: 'front', image: testImage() },
        { side: 'back', image: testImage() },
      ])
      assert.equal((await driver.printer.status()).position, 'print')
      await driver.printer.eject()
      assert.equal((await driver.printer.status()).position, 'none')
      const ejected = await simulator.waitFor(m => m.event === 'ejected')
      const card = ejected.card
      for (const side of ['front', 'back']) {
        const printed = await simulator.waitFor(
          m => m.event === 'printed' && m.card === card && m.side === side,
        )
        const image = decodePng(await readFile(String(printed.path)))
        assert.deepEqual([image.width, image.height], [WIDTH, HEIGHT])
        const colour = pixel(image, 100, 300)
        colour.forEach((value, i) => {
          assert.ok(
            Math.abs(value - (COLOUR[i] ?? 0)) <= 5,
            `${colour.join(',')} ≈ ${COLOUR.join(',')}`,
          )
        })
        assert.deepEqual(pixel(image, 900, 600), [0, 0, 0])
        assert.deepEqual(pixel(image, 800, 100), [255, 255, 255])
      }
    })

    it('rejects a card into the reject box', async function () {
      await driver.printer.feed('contactless')
      await driver.printer.reject()
      await simulator.waitFor(m => m.event === 'rejected')
      assert.equal((await driver.printer.status()).position, 'none')
      await assert.rejects(
        driver.printer.eject(),
        rejectsWith('BAD_STATE', { reason: 'no-medium' }),
      )
    })

    it('refuses to feed while a card is inside', async function () {
      await driver.printer.feed('print')
      await assert.rejects(
        driver.printer.feed('contact'),
        rejectsWith('BAD_STATE', { reason: 'medium-inside' }),
      )
    })

    it('asks for attention while the cover is open, and the same feed works once closed', async function () {
      await simulator.control({ cmd: 'cover', open: true })
      await assert.rejects(
        driver.printer.feed('contact'),
        rejectsWith('PRINTER_ATTENTION', { condition: 'cover-open' }),
      )
      assert.equal(driver.status().state, 'attention')
      assert.deepEqual((await driver.printer.status()).attention, ['cover-open'])
      await simulator.control({ cmd: 'cover', open: false })
      await driver.printer.feed('contact')
      assert.equal(driver.status().state, 'ready')
    })

    it('asks for attention when the feeder is empty', async function () {
      await simulator.control({ cmd: 'feeder', count: 0 })
      await assert.rejects(
        driver.printer.feed('print'),
        rejectsWith('PRINTER_ATTENTION', { condition: 'feeder-empty' }),
      )
      const status = await driver.printer.status()
      assert.deepEqual([status.attention, status.feederRemaining], [['feeder-empty'], 0])
    })

    it('asks for attention when the ribbon has ended, and prints once replaced', async function () {
      await driver.printer.feed('print')
      await simulator.control({ cmd: 'ribbon', remaining: 0 })
      const faces = [{ side: 'front' as const, image: testImage() }]
      await assert.rejects(
        driver.printer.print(faces),
        rejectsWith('PRINTER_ATTENTION', { condition: 'ribbon-ended' }),
      )
      assert.ok((await driver.printer.status()).attention.includes('ribbon-ended'))
      await simulator.control({ cmd: 'ribbon', remaining: 10 })
      await driver.printer.print(faces)
    })

    it('reports a jam while printing as PRINTER_FAULT, then rejects the card', async function () {
      await driver.printer.feed('contact')
      await simulator.control({ cmd: 'jam', at: 'print' })
      await assert.rejects(
        driver.printer.print([{ side: 'front', image: testImage() }]),
        rejectsWith('PRINTER_FAULT', { condition: 'jam' }),
      )
      assert.equal(driver.status().state, 'error')
      assert.deepEqual((await driver.printer.status()).faults, ['jam'])
      await assert.rejects(driver.printer.eject(), rejectsWith('PRINTER_FAULT'))
      await driver.printer.reject()
      const status = await driver.printer.status()
      assert.deepEqual([status.position, status.faults], ['none', []])
      assert.equal(driver.status().state, 'ready')
    })

    it('asks for attention when the reject box is full', async function () {
      await driver.printer.feed('contact')
      await simulator.control({ cmd: 'reject-box', full: true })
      await assert.rejects(
        driver.printer.reject(),
        rejectsWith('PRINTER_ATTENTION', { condition: 'reject-box-full' }),
      )
      await simulator.control({ cmd: 'reject-box', full: false })
      await driver.printer.reject()
    })

    it('throws TRANSPORT_IO for a garbled reply and carries on', async function () {
      await simulator.control({ cmd: 'garble', count: 1 })
      await assert.rejects(driver.printer.status(), rejectsWith('TRANSPORT_IO'))
      assert.equal((await driver.printer.status()).position, 'none')
    })

    it('throws TRANSPORT_TIMEOUT for a dropped reply and carries on', async function () {
      await driver.close()
      driver = await openPrinter(simulator.path, { replyTimeoutMs: 300 })
      await simulator.control({ cmd: 'drop', count: 1 })
      await assert.rejects(driver.printer.status(), rejectsWith('TRANSPORT_TIMEOUT'))
      assert.equal((await driver.printer.status()).position, 'none')
    })

    it('prints its own test card', async function () {
      await driver.printer.printTest()
      await simulator.waitFor(m => m.event === 'printed' && String(m.path).endsWith('front.png'))
      assert.equal((await driver.printer.status()).position, 'none')
    })
  })

  describe('ACK/NACK replies', function () {
    before(async function () {
      await reset()
      driver = await openPrinter(simulator.path, { replyMode: 'ack-nack' })
    })

    after(async function () {
      await driver.close()
    })

    it('runs the main flow with ACKs', async function () {
      assert.equal((await simulator.control({ cmd: 'status' })).replyMode, 'ack-nack')
      await driver.printer.feed('contact')
      await driver.printer.print([{ side: 'front', image: testImage() }])
      await driver.printer.eject()
      await simulator.waitFor(m => m.event === 'ejected')
    })

    it('maps NACK C to cover-open', async function () {
      await simulator.control({ cmd: 'cover', open: true })
      await assert.rejects(
        driver.printer.feed('contact'),
        rejectsWith('PRINTER_ATTENTION', { condition: 'cover-open' }),
      )
      await simulator.control({ cmd: 'cover', open: false })
      await driver.printer.feed('contact')
      await driver.printer.reject()
    })
  })

  describe('idle poll, then unplug', function () {
    afterEach(async function () {
      await driver.close()
    })

    it('shows an open cover in the device status while idle', async function () {
      driver = await openPrinter(simulator.path, { pollIntervalMs: 50 })
      const attention = waitForEvent(
        driver.events,
        'status',
        (status: DeviceStatus) => status.state === 'attention',
        5000,
      )
      await simulator.control({ cmd: 'cover', open: true })
      const [status] = await attention
      assert.deepEqual(status, {
        state: 'attention',
        code: 'PRINTER_ATTENTION',
        message: 'cover-open',
      })
      const ready = waitForEvent(
        driver.events,
        'status',
        (next: DeviceStatus) => next.state === 'ready',
        5000,
      )
      await simulator.control({ cmd: 'cover', open: false })
      await ready
    })

    it('fails with TRANSPORT_DISCONNECTED when the printer goes away', async function () {
      driver = await openPrinter(simulator.path, { replyMode: 'text' })
      await driver.printer.feed('contact')
      await simulator.control({ cmd: 'disconnect' }).catch(() => undefined)
      await simulator.exited
      if (driver.status().state !== 'disconnected') {
        await waitForEvent(driver.events, 'status', (s: DeviceStatus) => s.state === 'disconnected')
      }
      await assert.rejects(driver.printer.status(), rejectsWith('TRANSPORT_DISCONNECTED'))
    })
  })
})
