import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { crc32 } from 'node:zlib'
import { replyFrame, RequestParser, type Request } from './codec'
import { encodeRgbPng } from '../../support/png'
import { CODE, FAULT_CODES, statusBlock, type Jam, type PrinterState } from './state'

/** TD3 data page, 125 × 88 mm, at 300 dpi. */
export const PAGE = { dpi: 300, width: 1476, height: 1039 } as const
export const MODEL = 'idstation PP-300 virtual passport printer'
export const FIRMWARE = 'sim-1.0'
/** The largest PRINT_DATA chunk the printer takes. */
export const MAX_CHUNK = 65536

/** The chip of the booklet at the contactless station (ChipCoupling, or nothing). */
export interface ChipStation {
  insertNext(): Promise<unknown>
  withdraw(): Promise<void>
}

export interface Timings {
  readonly feedMs: number
  readonly printMs: number
  readonly ejectMs: number
}

export interface PrinterOptions {
  readonly feeder: number
  readonly ribbon: number
  readonly rejectCapacity: number
  readonly outputCapacity: number
  readonly timings: Timings
  /** A booklet inside goes to the reject tray after this long without a frame; 0 = never. */
  readonly hostTimeoutMs: number
  readonly serial: string
  /** Where printed pages go as page-<n>.png; none: they are not written. */
  readonly outDir?: string
  readonly chip?: ChipStation
  /** Bytes to the host. */
  send(bytes: Buffer): void
  /** One JSON event on the control channel ({"event":"printed",…}). */
  announce(event: Record<string, unknown>): void
  /** Hears each request as it arrives (--trace). */
  onRequest?(cmd: number): void
}

interface Outcome {
  readonly code: number
  readonly data?: Buffer
}

interface PrintSession {
  readonly total: number
  readonly image: Buffer
  received: number
}

const OK: Outcome = { code: CODE.ok }

/**
 * The passport printer's mechanism and its command handling (docs/page-printer-protocol.md
 * §3–§6). Requests are handled one at a time in arrival order; a motion is answered once it is
 * over. Faults are armed from the control channel.
 */
export class PassportPrinter {
  readonly state: PrinterState
  private readonly parser = new RequestParser()
  private queue: Promise<void> = Promise.resolve()
  private busy = false
  private garbleCount = 0
  private dropCount = 0
  private readonly jams = new Set<Jam>()
  private session: PrintSession | undefined
  private pages = 0
  private booklets = 0
  private watchdog: NodeJS.Timeout | undefined

  constructor(private readonly options: PrinterOptions) {
    this.state = initialState(options)
  }

  /** Bytes from the host. */
  receive(bytes: Buffer): void {
    this.armWatchdog()
    for (const parsed of this.parser.push(bytes)) {
      if (parsed.kind === 'noise') continue
      const request = parsed.request
      this.options.onRequest?.(request.cmd)
      this.queue = this.queue.then(() => this.handle(request))
    }
  }

  // Control channel.
  setCover(open: boolean): void {
    this.state.coverOpen = open
  }
  setFeeder(count: number): void {
    this.state.feeder = count
  }
  setRibbon(remaining: number): void {
    this.state.ribbon = remaining
  }
  armJam(at: Jam): void {
    this.jams.add(at)
  }
  setRejectFull(full: boolean): void {
    this.state.rejectCount = full ? this.state.rejectCapacity : 0
  }
  /** Full fills the output tray; not full is the operator taking the finished booklets away. */
  setOutputFull(full: boolean): void {
    this.state.outputCount = full ? this.state.outputCapacity : 0
  }
  garbleNext(count: number): void {
    this.garbleCount = count
  }
  dropNext(count: number): void {
    this.dropCount = count
  }
  /** Back to a fresh printer: media as started, nothing inside, no faults, counters at 0. */
  async reset(): Promise<void> {
    await this.queue
    await this.options.chip?.withdraw()
    Object.assign(this.state, initialState(this.options))
    this.session = undefined
    this.jams.clear()
    this.garbleCount = 0
    this.dropCount = 0
    this.pages = 0
    this.booklets = 0
  }
  stop(): void {
    clearTimeout(this.watchdog)
  }

  private async handle(request: Request): Promise<void> {
    this.busy = true
    let outcome: Outcome
    try {
      outcome = await this.execute(request)
    } catch {
      outcome = { code: CODE.mechanical }
    } finally {
      this.busy = false
      this.state.activity = this.session === undefined ? 'idle' : 'receiving-image'
    }
    const payload = Buffer.concat([
      Buffer.from([outcome.code]),
      statusBlock(this.state),
      outcome.data ?? Buffer.alloc(0),
    ])
    const frame = replyFrame(request.seq, request.cmd, payload)
    if (this.dropCount > 0) {
      this.dropCount -= 1
      return
    }
    if (this.garbleCount > 0) {
      this.garbleCount -= 1
      frame[frame.length - 1] = (frame[frame.length - 1] ?? 0) ^ 0x5a
    }
    this.options.send(frame)
  }

  private execute(request: Request): Promise<Outcome> | Outcome {
    switch (request.cmd) {
      case 0x01:
        return { code: CODE.ok, data: this.info() }
      case 0x02:
        return OK
      case 0x10:
        return this.feed(request.payload)
      case 0x20:
        return this.begin(request.payload)
      case 0x21:
        return this.data(request.payload)
      case 0x22:
        return this.end(request.payload)
      case 0x30:
        return this.eject()
      case 0x31:
        return this.reject('host')
      case 0x32:
        this.state.latched = undefined
        return OK
      case 0x40:
        return this.testPage()
      default:
        return { code: CODE.unknownCommand }
    }
  }

  private info(): Buffer {
    const fixed = Buffer.alloc(12)
    fixed.writeUInt16BE(PAGE.dpi, 0)
    fixed.writeUInt16BE(PAGE.width, 2)
    fixed.writeUInt16BE(PAGE.height, 4)
    fixed[6] = 0x02 // contactless station only: e-passport chips have no contacts
    fixed[7] = 0x01 // RGB24
    fixed.writeUInt32BE(MAX_CHUNK, 8)
    const text = (value: string): Buffer =>
      Buffer.concat([Buffer.from([value.length]), Buffer.from(value, 'latin1')])
    return Buffer.concat([fixed, text(MODEL), text(this.options.serial), text(FIRMWARE)])
  }

  /** The code that stops any motion: a latched fault, then an open cover. */
  private blocked(): Outcome | undefined {
    if (this.state.latched !== undefined) return { code: FAULT_CODES[this.state.latched] }
    if (this.state.coverOpen) return { code: CODE.coverOpen }
    return undefined
  }

  private inside(): boolean {
    return this.state.place !== 'none'
  }

  private async feed(payload: Buffer): Promise<Outcome> {
    const target = payload[0]
    if (payload.length !== 1 || (target !== 0x01 && target !== 0x02 && target !== 0x03)) {
      return { code: CODE.badParameter }
    }
    if (target === 0x01) return { code: CODE.unsupported }
    const stop = this.blocked()
    if (stop !== undefined) return stop
    if (this.inside()) return { code: CODE.bookletInside }
    if (this.state.feeder === 0) return { code: CODE.feederEmpty }
    this.state.feeder -= 1
    this.booklets += 1
    this.state.booklet = this.booklets
    if (this.take('feed')) {
      this.state.place = 'feeder'
      return { code: CODE.jam }
    }
    await this.move(this.options.timings.feedMs)
    this.state.fed += 1
    if (target === 0x02) {
      this.state.place = 'chip-station'
      await this.options.chip?.insertNext()
    } else {
      this.state.place = 'print'
    }
    return OK
  }

  private begin(payload: Buffer): Outcome {
    if (payload.length !== 9) return { code: CODE.badParameter }
    const stop = this.blocked()
    if (stop !== undefined) return stop
    if (this.state.place !== 'chip-station' && this.state.place !== 'print') {
      return { code: CODE.noBooklet }
    }
    if (this.state.ribbon === 0) return { code: CODE.ribbonEnded }
    const width = payload.readUInt16BE(0)
    const height = payload.readUInt16BE(2)
    const total = payload.readUInt32BE(5)
    if (width !== PAGE.width || height !== PAGE.height || payload[4] !== 0x01) {
      return { code: CODE.badParameter }
    }
    if (total !== width * height * 3) return { code: CODE.badParameter }
    this.session = { total, image: Buffer.alloc(total), received: 0 }
    return OK
  }

  private data(payload: Buffer): Outcome {
    const session = this.session
    if (session === undefined || payload.length < 4) return { code: CODE.printSequence }
    const offset = payload.readUInt32BE(0)
    if (offset !== session.received) return { code: CODE.printSequence }
    const bytes = payload.subarray(4)
    if (offset + bytes.length > session.total) return { code: CODE.badParameter }
    bytes.copy(session.image, offset)
    session.received += bytes.length
    return OK
  }

  private async end(payload: Buffer): Promise<Outcome> {
    const session = this.session
    if (session === undefined || session.received !== session.total) {
      return { code: CODE.printSequence }
    }
    if (payload.length !== 4) return { code: CODE.badParameter }
    if (payload.readUInt32BE(0) !== crc32(session.image) >>> 0) {
      this.session = undefined
      return { code: CODE.imageCrc }
    }
    // The page stays received: after closing the cover or loading film the host resends END.
    const stop = this.blocked()
    if (stop !== undefined) return stop
    if (this.state.ribbon === 0) return { code: CODE.ribbonEnded }
    this.session = undefined
    await this.options.chip?.withdraw()
    this.state.place = 'print'
    if (this.take('print')) return { code: CODE.jam }
    await this.printing(session.image)
    return OK
  }

  private async eject(): Promise<Outcome> {
    const stop = this.blocked()
    if (stop !== undefined) return stop
    if (!this.inside()) return { code: CODE.noBooklet }
    if (this.state.outputCount >= this.state.outputCapacity) return { code: CODE.outputFull }
    if (this.take('eject')) return { code: CODE.jam }
    await this.options.chip?.withdraw()
    await this.move(this.options.timings.ejectMs)
    const booklet = this.state.booklet
    this.leave()
    this.state.outputCount += 1
    this.state.ejected += 1
    this.options.announce({ event: 'ejected', booklet })
    return OK
  }

  /** Into the reject tray; clears a latched fault first, as a reject is how a fault ends. */
  private async reject(by: 'host' | 'host-silent'): Promise<Outcome> {
    if (this.state.coverOpen) return { code: CODE.coverOpen }
    if (!this.inside()) return { code: CODE.noBooklet }
    if (this.state.rejectCount >= this.state.rejectCapacity) return { code: CODE.rejectFull }
    this.state.latched = undefined
    this.session = undefined
    await this.options.chip?.withdraw()
    await this.move(this.options.timings.ejectMs)
    const booklet = this.state.booklet
    this.leave()
    this.state.rejectCount += 1
    this.state.rejected += 1
    this.options.announce(
      by === 'host' ? { event: 'rejected', booklet } : { event: 'rejected', booklet, reason: by },
    )
    return OK
  }

  private async testPage(): Promise<Outcome> {
    const stop = this.blocked()
    if (stop !== undefined) return stop
    if (this.inside()) return { code: CODE.bookletInside }
    if (this.state.feeder === 0) return { code: CODE.feederEmpty }
    if (this.state.ribbon === 0) return { code: CODE.ribbonEnded }
    this.state.feeder -= 1
    this.booklets += 1
    this.state.booklet = this.booklets
    await this.move(this.options.timings.feedMs)
    this.state.fed += 1
    this.state.place = 'print'
    await this.printing(testPattern())
    await this.move(this.options.timings.ejectMs)
    const booklet = this.state.booklet
    this.leave()
    this.state.outputCount += 1
    this.state.ejected += 1
    this.options.announce({ event: 'ejected', booklet })
    return OK
  }

  private async printing(image: Buffer): Promise<void> {
    this.state.activity = 'printing'
    await sleep(this.options.timings.printMs)
    this.state.ribbon -= 1
    this.state.printed += 1
    this.pages += 1
    let path: string | null = null
    if (this.options.outDir !== undefined) {
      path = join(this.options.outDir, `page-${this.pages}.png`)
      writeFileSync(path, encodeRgbPng(PAGE.width, PAGE.height, image))
    }
    this.options.announce({
      event: 'printed',
      side: 'data-page',
      path,
      booklet: this.state.booklet,
    })
  }

  private async move(ms: number): Promise<void> {
    this.state.activity = 'moving'
    await sleep(ms)
  }

  private leave(): void {
    this.state.place = 'none'
    this.state.booklet = 0
  }

  /** True (and latches a jam) when a jam was armed for `step`. */
  private take(step: Jam): boolean {
    if (!this.jams.delete(step)) return false
    this.state.latched = 'jam'
    return true
  }

  /** A silent host leaves no booklet half-issued: it goes to the reject tray (§6). */
  private armWatchdog(): void {
    clearTimeout(this.watchdog)
    if (this.options.hostTimeoutMs === 0) return
    this.watchdog = setTimeout(() => {
      this.onHostSilent()
    }, this.options.hostTimeoutMs)
    this.watchdog.unref()
  }

  private onHostSilent(): void {
    if (this.busy) {
      this.armWatchdog()
      return
    }
    this.session = undefined
    if (!this.inside() || this.state.coverOpen) return
    this.queue = this.queue.then(async () => {
      await this.reject('host-silent')
    })
  }
}

function initialState(options: PrinterOptions): PrinterState {
  return {
    place: 'none',
    activity: 'idle',
    booklet: 0,
    coverOpen: false,
    feeder: options.feeder,
    ribbon: options.ribbon,
    rejectCount: 0,
    rejectCapacity: options.rejectCapacity,
    outputCount: 0,
    outputCapacity: options.outputCapacity,
    latched: undefined,
    headTemperatureC: 38,
    fed: 0,
    printed: 0,
    ejected: 0,
    rejected: 0,
  }
}

function sleep(ms: number): Promise<void> {
  if (ms <= 0) return Promise.resolve()
  return new Promise(resolve => setTimeout(resolve, ms))
}

/** Eight vertical colour bars over the whole page. */
function testPattern(): Buffer {
  const bars = [
    [255, 255, 255],
    [255, 255, 0],
    [0, 255, 255],
    [0, 255, 0],
    [255, 0, 255],
    [255, 0, 0],
    [0, 0, 255],
    [0, 0, 0],
  ]
  const image = Buffer.alloc(PAGE.width * PAGE.height * 3)
  for (let x = 0; x < PAGE.width; x += 1) {
    const bar = bars[Math.floor((x * bars.length) / PAGE.width)] ?? [0, 0, 0]
    for (let y = 0; y < PAGE.height; y += 1) {
      image.set(bar, (y * PAGE.width + x) * 3)
    }
  }
  return image
}
