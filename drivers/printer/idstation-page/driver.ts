import { BasicDevice } from '../../core/basic-device'
import type { DeviceStatus, DriverContext, DriverDescriptor } from '../../core/driver'
import { AgentError, toAgentError, TransportError } from '../../core/errors'
import type {
  FeedTarget,
  PrintFace,
  Printer,
  PrinterDriver,
  PrinterInfo,
  PrinterStatus,
} from '../../core/printer'
import type { AnyTransport, IoOptions } from '../../transport/types'
import { PageCommands, type WireInfo } from './commands'
import { dataPage, toWireImage } from './image'
import { PageLink } from './link'
import { toPrinterStatus, type WireStatus } from './status'

/** The driver's configuration slice (DriverContext.options); every key is optional. */
export interface PagePrinterOptions {
  /** How long a reply to a quick command (info, status, a data chunk, clear) may take. */
  readonly replyTimeoutMs: number
  /** How long FEED, EJECT and REJECT may take: they are answered once the booklet arrived. */
  readonly motionTimeoutMs: number
  /** How long PRINT_END and TEST_PAGE may take: they are answered once the page is printed. */
  readonly printTimeoutMs: number
  /**
   * Image bytes per PRINT_DATA frame (at most what GET_INFO allows). The default keeps a frame
   * under what a Linux pty or a USB CDC port takes in one write (13–20 KiB seen), so a frame
   * rarely waits on the line. (Larger frames used to hang when serialport's poller dropped the
   * write's wait for 'writable'; drivers/serial/awaited-events-poll.ts fixes that.)
   */
  readonly chunkSize: number
  /** GET_STATUS every this many ms while idle, to keep the device status current; 0 = off. */
  readonly pollIntervalMs: number
}

export const DEFAULT_OPTIONS: PagePrinterOptions = {
  replyTimeoutMs: 5000,
  motionTimeoutMs: 15_000,
  printTimeoutMs: 60_000,
  chunkSize: 8192,
  pollIntervalMs: 0,
}

/**
 * A passport data-page printer speaking the idstation page-printer protocol
 * (docs/page-printer-protocol.md) over a ByteStream: serialport in production, the simulator
 * on a pty in tests.
 *
 * open() opens the stream and asks GET_INFO, so a port that is not such a printer fails to
 * open. One command at a time on the wire. Every reply carries the printer's status block;
 * the device status follows it: 'error' (PRINTER_FAULT) while a fault is latched, 'attention'
 * (PRINTER_ATTENTION) while a condition needs a person, else 'ready'. With pollIntervalMs the
 * driver asks GET_STATUS while idle (never while a command runs), so the status also changes
 * when someone opens the cover between jobs.
 */
export class PagePrinter extends BasicDevice implements PrinterDriver {
  readonly printer: Printer
  private readonly options: PagePrinterOptions
  private readonly commands: PageCommands
  private wireInfo: WireInfo | undefined
  private queue: Promise<unknown> = Promise.resolve()
  private running = 0
  private pollTimer: NodeJS.Timeout | undefined

  constructor(descriptor: DriverDescriptor, transport: AnyTransport, context: DriverContext) {
    super(descriptor, transport, context)
    if (transport.kind !== 'serial') {
      throw new AgentError('INTERNAL', `driver ${descriptor.id} needs a serial transport`)
    }
    this.options = parseOptions(context.options)
    const link = new PageLink(transport, {
      replyTimeoutMs: this.options.replyTimeoutMs,
      clock: context.clock,
      logger: context.logger,
    })
    this.commands = new PageCommands(link, status => {
      this.follow(status)
    })
    this.printer = {
      info: options => this.run(() => this.readInfo(options)),
      status: options =>
        this.run(async () => toPrinterStatus(await this.commands.getStatus(options))),
      feed: (target, options) => this.run(() => this.feed(target, options)),
      print: (faces, options) => this.run(() => this.print(faces, options)),
      eject: options =>
        this.run(async () => {
          await this.commands.eject(this.motion(options))
        }),
      reject: options =>
        this.run(async () => {
          await this.commands.reject(this.motion(options))
        }),
      clear: options =>
        this.run(async () => {
          await this.commands.clear(options)
        }),
      printTest: options =>
        this.run(async () => {
          await this.commands.testPage(this.printing(options))
        }),
    }
  }

  protected override async afterOpen(options: IoOptions): Promise<void> {
    this.wireInfo = await this.exclusive(() => this.commands.getInfo(options))
    this.schedulePoll()
  }

  protected override afterClose(): void {
    clearTimeout(this.pollTimer)
    this.pollTimer = undefined
    this.wireInfo = undefined
  }

  private async readInfo(options: IoOptions = {}): Promise<PrinterInfo> {
    const info = await this.commands.getInfo(options)
    this.wireInfo = info
    return {
      model: info.model,
      serialNumber: info.serialNumber,
      firmware: info.firmware,
      medium: 'passport-booklet',
      stations: info.stations,
      faces: ['data-page'],
      dpi: info.dpi,
      widthPx: info.widthPx,
      heightPx: info.heightPx,
    }
  }

  private async feed(target: FeedTarget, options?: IoOptions): Promise<void> {
    if (target !== 'print' && !this.requireInfo().stations.includes(target)) {
      throw new AgentError('INVALID_ARGUMENT', `the printer has no ${target} station`, {
        details: { field: 'target', reason: 'no-such-station' },
      })
    }
    await this.commands.feed(target, this.motion(options))
  }

  private async print(faces: readonly PrintFace[], options?: IoOptions): Promise<void> {
    const info = this.requireInfo()
    const rgb = toWireImage(dataPage(faces), info.widthPx, info.heightPx)
    const chunkSize = Math.min(this.options.chunkSize, info.maxChunk)
    await this.commands.printPage(
      info.widthPx,
      info.heightPx,
      rgb,
      chunkSize,
      options ?? {},
      this.printing(options),
    )
  }

  private motion(options: IoOptions = {}): IoOptions {
    return { timeoutMs: this.options.motionTimeoutMs, ...options }
  }

  private printing(options: IoOptions = {}): IoOptions {
    return { timeoutMs: this.options.printTimeoutMs, ...options }
  }

  /** The device status a status block means, unless the device is closed or gone. */
  private follow(status: WireStatus): void {
    if (!isLive(this.status())) return
    this.setStatus(deviceStatus(toPrinterStatus(status)))
  }

  private schedulePoll(): void {
    if (this.options.pollIntervalMs === 0) return
    clearTimeout(this.pollTimer)
    this.pollTimer = setTimeout(() => {
      void this.poll()
    }, this.options.pollIntervalMs)
    this.pollTimer.unref()
  }

  private async poll(): Promise<void> {
    if (!this.polling()) return
    if (this.running === 0) {
      try {
        await this.exclusive(() => this.commands.getStatus())
      } catch (error) {
        const failure = toAgentError(error, 'TRANSPORT_IO')
        if (isLive(this.status()) && failure.code !== 'TRANSPORT_DISCONNECTED') {
          this.setStatus({ state: 'error', code: failure.code, message: failure.message })
        }
      }
    }
    // close() may have cleared the timer while the poll ran.
    if (this.polling()) this.schedulePoll()
  }

  private polling(): boolean {
    return this.pollTimer !== undefined && isLive(this.status())
  }

  /** A command of the capability: checked usable, queued, errors as AgentErrors. */
  private async run<T>(task: () => Promise<T>): Promise<T> {
    this.throwIfUnusable()
    this.running += 1
    try {
      return await this.exclusive(task)
    } catch (error) {
      throw toAgentError(error, 'TRANSPORT_IO')
    } finally {
      this.running -= 1
    }
  }

  private requireInfo(): WireInfo {
    if (this.wireInfo === undefined) throw notOpen()
    return this.wireInfo
  }

  private throwIfUnusable(): void {
    if (this.status().state === 'disconnected') {
      throw new TransportError('TRANSPORT_DISCONNECTED', 'the page printer is gone')
    }
    if (!isLive(this.status())) throw notOpen()
  }

  /** Runs `task` after the commands before it (one command at a time on the wire). */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task)
    this.queue = result.catch(() => undefined)
    return result
  }
}

function isLive(status: DeviceStatus): boolean {
  return (
    status.state === 'ready' ||
    status.state === 'attention' ||
    status.state === 'error' ||
    status.state === 'busy'
  )
}

function deviceStatus(status: PrinterStatus): DeviceStatus {
  const [fault] = status.faults
  if (fault !== undefined) return { state: 'error', code: 'PRINTER_FAULT', message: fault }
  const [attention] = status.attention
  if (attention !== undefined) {
    return { state: 'attention', code: 'PRINTER_ATTENTION', message: attention }
  }
  return { state: 'ready' }
}

function notOpen(): AgentError {
  return new AgentError('DEVICE_OFFLINE', 'the page printer is not open', {
    details: { reason: 'not-open' },
  })
}

function parseOptions(options: Readonly<Record<string, unknown>>): PagePrinterOptions {
  const read = (key: keyof PagePrinterOptions, min: number, max: number): number => {
    const value = options[key]
    if (value === undefined) return DEFAULT_OPTIONS[key]
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new AgentError('CONFIG_INVALID', `'${key}' must be an integer of ${min}–${max}`, {
        details: { key },
      })
    }
    return value
  }
  return {
    replyTimeoutMs: read('replyTimeoutMs', 1, 600_000),
    motionTimeoutMs: read('motionTimeoutMs', 1, 600_000),
    printTimeoutMs: read('printTimeoutMs', 1, 3_600_000),
    chunkSize: read('chunkSize', 256, 65_536),
    pollIntervalMs: read('pollIntervalMs', 0, 3_600_000),
  }
}
