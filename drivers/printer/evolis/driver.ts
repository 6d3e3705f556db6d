import { BasicDevice } from '../../core/basic-device'
import type { DeviceStatus, DriverContext, DriverDescriptor } from '../../core/driver'
import { AgentError, toAgentError, TransportError } from '../../core/errors'
import type {
  AttentionCondition,
  FaultCondition,
  FeedTarget,
  MediumPosition,
  PrintFace,
  Printer,
  PrinterDriver,
  PrinterInfo,
  PrinterStatus,
} from '../../core/printer'
import { isAttentionCondition, isFaultCondition } from '../../core/printer'
import type { AnyTransport, IoOptions } from '../../transport/types'
import { encodeCommand, encodeDownload } from './commands'
import { DPI, FACE_HEIGHT, FACE_WIDTH } from './geometry'
import { EvolisLink } from './link'
import { parseOptions, type EvolisOptions } from './options'
import { checkImage, facePanels, type Panel } from './panels'
import { isErrorText, nackError, textError, type CommandRole } from './reply-errors'
import type { Reply } from './replies'
import { parseCoverOpen, parseFeederEmpty, parsePosition } from './status-replies'

/** `Sis` contact station, `Sic` contactless station, `Si` print head (guide §S commands). */
const FEED_COMMAND: Readonly<Record<FeedTarget, string>> = {
  contact: 'Sis',
  contactless: 'Sic',
  print: 'Si',
}

interface Identity {
  readonly model: string
  readonly serialNumber: string
  readonly firmware: string
}

/**
 * An Evolis card printer speaking the legacy "Esc" language (Programming Guide A5013) over a
 * ByteStream, as docs/evolis-esc.md describes: one command at a time on the wire, each answered
 * by one reply (text, or ACK / NACK + code).
 *
 * open() sets the reply mode (`Pem;2` text or `Pem;4` ACK/NACK) and reads the model, serial
 * number and firmware (`Rtp`, `Rsn`, `Rfv`), so a port that is not such a printer fails to open.
 * Movements check where the card is first (`Rlr;p`), so a card in the wrong place is BAD_STATE
 * with nothing sent. A printer error reply is PRINTER_ATTENTION / PRINTER_FAULT with
 * details.condition (reply-errors.ts). Faults and full trays are only ever reported in replies,
 * so the driver remembers them until a `Scs`/`Ser` (fault) or the tray's next success.
 */
export class EvolisPrinter extends BasicDevice implements PrinterDriver {
  readonly printer: Printer
  private readonly options: EvolisOptions
  private readonly link: EvolisLink
  private queue: Promise<unknown> = Promise.resolve()
  /** Commands queued or running: the idle poll waits for none. */
  private running = 0
  private identity: Identity | undefined
  private fault: FaultCondition | undefined
  private readonly trays = new Set<AttentionCondition>()
  private pollTimer: NodeJS.Timeout | undefined

  constructor(descriptor: DriverDescriptor, transport: AnyTransport, context: DriverContext) {
    super(descriptor, transport, context)
    if (transport.kind !== 'serial') {
      throw new AgentError('INTERNAL', `driver ${descriptor.id} needs a serial transport`)
    }
    this.options = parseOptions(context.options)
    this.link = new EvolisLink(transport, {
      terminator: this.options.terminator,
      clock: context.clock,
      logger: context.logger,
    })
    this.printer = {
      info: () => this.printerInfo(),
      status: options =>
        this.run('status', () => this.readStatus(options), {
          settleWith: status => {
            this.showStatus(status)
          },
        }),
      feed: (target, options) => this.feed(target, options),
      print: (faces, options) => this.print(faces, options),
      eject: options =>
        this.run('eject', () => this.move('Se', 'eject', options), { trayCleared: 'output-full' }),
      reject: options =>
        this.run('reject', () => this.move('Ser', 'reject', options), {
          trayCleared: 'reject-box-full',
          clearsFault: true,
        }),
      clear: options =>
        this.run(
          'clear',
          () => this.action('Scs', [], 'other', this.options.replyTimeoutMs, options),
          {
            clearsFault: true,
          },
        ),
      printTest: options => this.run('print-test', () => this.printTest(options)),
    }
  }

  protected override async afterOpen(options: IoOptions): Promise<void> {
    await this.exclusive(async () => {
      const mode = this.options.replyMode === 'ack-nack' ? '4' : '2'
      await this.action('Pem', [mode], 'other', this.options.replyTimeoutMs, options)
      this.identity = {
        model: await this.query('Rtp', [], options),
        serialNumber: await this.query('Rsn', [], options),
        firmware: await this.query('Rfv', [], options),
      }
    })
    this.schedulePoll()
  }

  protected override afterClose(): void {
    clearTimeout(this.pollTimer)
    this.pollTimer = undefined
    this.identity = undefined
    this.fault = undefined
    this.trays.clear()
  }

  private printerInfo(): Promise<PrinterInfo> {
    try {
      this.throwIfUnusable()
    } catch (error) {
      return Promise.reject(toAgentError(error))
    }
    const identity = this.identity
    if (identity === undefined) return Promise.reject(notOpen())
    return Promise.resolve({
      ...identity,
      medium: 'card',
      stations: ['contact', 'contactless'],
      faces: ['front', 'back'],
      dpi: DPI,
      widthPx: FACE_WIDTH,
      heightPx: FACE_HEIGHT,
    })
  }

  private feed(target: FeedTarget, options: IoOptions = {}): Promise<void> {
    const command = FEED_COMMAND[target] as string | undefined
    if (command === undefined) {
      return Promise.reject(
        new AgentError('INVALID_ARGUMENT', 'target: contact, contactless or print', {
          details: { field: 'target' },
        }),
      )
    }
    return this.run(`feed-${target}`, async () => {
      const position = await this.position(options)
      if (position !== 'none') throw badState('medium-inside', position)
      await this.action(command, [], 'feed', this.options.printTimeoutMs, options)
    })
  }

  /**
   * `Ss` takes the card inside to the print head (assumed: a sequence started with a card inside
   * uses that card rather than feed another [inferred]); then per face `Sr` (front) or `Sv`
   * (back, the card turned over) and its Y, M, C, K, O panels, each printed as it arrives. No
   * `Se`: the card stays inside for the caller to eject or reject.
   */
  private print(faces: readonly PrintFace[], options: IoOptions = {}): Promise<void> {
    let prepared: { readonly side: string; readonly panels: readonly Panel[] }[]
    try {
      checkFaces(faces)
      prepared = faces.map(face => ({ side: face.side, panels: facePanels(face.image) }))
    } catch (error) {
      return Promise.reject(toAgentError(error))
    }
    return this.run('print', async () => {
      const position = await this.position(options)
      if (position === 'none') throw badState('no-medium', position)
      const timeoutMs = this.options.printTimeoutMs
      await this.action('Ss', [], 'print', timeoutMs, options)
      for (const face of prepared) {
        await this.action(face.side === 'back' ? 'Sv' : 'Sr', [], 'print', timeoutMs, options)
        for (const panel of face.panels) {
          const step = `Db;${panel.panel}`
          const frame = encodeDownload(panel.panel, panel.bits, panel.data)
          this.expectOk(await this.link.exchange(frame, step, timeoutMs, options), step, 'print')
        }
      }
    })
  }

  private async printTest(options: IoOptions = {}): Promise<void> {
    const position = await this.position(options)
    if (position !== 'none') throw badState('medium-inside', position)
    await this.action('St', [], 'feed', this.options.printTimeoutMs, options)
  }

  private async move(command: string, role: CommandRole, options: IoOptions = {}): Promise<void> {
    const position = await this.position(options)
    if (position === 'none') throw badState('no-medium', position)
    await this.action(command, [], role, this.options.printTimeoutMs, options)
  }

  /** Cover (`Rse;o`), feeder (`Sk;f`), ribbon (`Rcr`), card (`Rlr;p`), plus what replies said. */
  private async readStatus(options: IoOptions = {}): Promise<PrinterStatus> {
    const position = await this.position(options)
    const coverOpen = parseCoverOpen(await this.query('Rse', ['o'], options))
    const feederEmpty = parseFeederEmpty(await this.query('Sk', ['f'], options))
    const ribbon = await this.query('Rcr', [], options, true)
    const attention: AttentionCondition[] = []
    if (coverOpen) attention.push('cover-open')
    if (feederEmpty) attention.push('feeder-empty')
    if (isErrorText(ribbon)) {
      const error = textError(ribbon, 'Rcr', 'other')
      const condition = String(error.details.condition)
      if (error.code === 'PRINTER_ATTENTION' && isAttentionCondition(condition)) {
        attention.push(condition)
      }
    }
    for (const tray of this.trays) attention.push(tray)
    return {
      position,
      attention,
      faults: this.fault === undefined ? [] : [this.fault],
      ...(feederEmpty ? { feederRemaining: 0 } : {}),
    }
  }

  private async position(options: IoOptions): Promise<MediumPosition> {
    return parsePosition(await this.query('Rlr', ['p'], options, true))
  }

  /** A command answered by OK or ACK. */
  private async action(
    mnemonic: string,
    params: readonly string[],
    role: CommandRole,
    timeoutMs: number,
    options: IoOptions = {},
  ): Promise<void> {
    const step = [mnemonic, ...params].join(';')
    const reply = await this.link.exchange(
      encodeCommand(mnemonic, params),
      step,
      timeoutMs,
      options,
    )
    this.expectOk(reply, step, role)
  }

  /** A command answered by a line of text; `raw` keeps ERR … texts as answers. */
  private async query(
    mnemonic: string,
    params: readonly string[],
    options: IoOptions = {},
    raw = false,
  ): Promise<string> {
    const step = [mnemonic, ...params].join(';')
    const frame = encodeCommand(mnemonic, params)
    const reply = await this.link.exchange(frame, step, this.options.replyTimeoutMs, options)
    if (reply.kind === 'nack') throw nackError(reply.code, step, 'other')
    if (reply.kind === 'ack') throw this.unexpected(step)
    if (!raw && isErrorText(reply.text)) throw textError(reply.text, step, 'other')
    return reply.text
  }

  private expectOk(reply: Reply, step: string, role: CommandRole): void {
    if (reply.kind === 'ack') return
    if (reply.kind === 'nack') throw nackError(reply.code, step, role)
    if (reply.text.toUpperCase() === 'OK') return
    if (isErrorText(reply.text)) throw textError(reply.text, step, role)
    throw this.unexpected(step)
  }

  private unexpected(step: string): TransportError {
    this.link.markLate()
    return new TransportError('TRANSPORT_IO', `Evolis ${step}: an unexpected reply`, {
      details: { reason: 'unexpected-reply', step },
    })
  }

  /**
   * Runs a printer command after those before it, 'busy' meanwhile; afterwards the device
   * status says what the reply said (attention, error) or 'ready'.
   */
  private run<T>(
    operation: string,
    task: () => Promise<T>,
    effects: {
      readonly trayCleared?: AttentionCondition
      readonly clearsFault?: boolean
      /** Sets the device status from the result instead of 'ready'. */
      readonly settleWith?: (result: T) => void
    } = {},
  ): Promise<T> {
    try {
      this.throwIfUnusable()
    } catch (error) {
      return Promise.reject(toAgentError(error))
    }
    this.running += 1
    return this.exclusive(async () => {
      this.setLiveStatus({ state: 'busy', operation })
      try {
        const result = await task()
        if (effects.clearsFault === true) this.fault = undefined
        if (effects.trayCleared !== undefined) this.trays.delete(effects.trayCleared)
        if (effects.settleWith === undefined) this.settle()
        else effects.settleWith(result)
        return result
      } catch (error) {
        const failure = toAgentError(error, 'TRANSPORT_IO')
        this.learn(failure)
        this.settle(failure)
        throw failure
      } finally {
        this.running -= 1
      }
    })
  }

  /** Remembers what only a reply tells: a latched fault, a full tray. */
  private learn(failure: AgentError): void {
    const condition = String(failure.details.condition)
    if (failure.code === 'PRINTER_FAULT' && isFaultCondition(condition)) this.fault = condition
    if (
      failure.code === 'PRINTER_ATTENTION' &&
      (condition === 'reject-box-full' || condition === 'output-full')
    ) {
      this.trays.add(condition)
    }
  }

  private settle(failure?: AgentError): void {
    if (failure?.code === 'PRINTER_FAULT' || failure?.code === 'PRINTER_ATTENTION') {
      const state = failure.code === 'PRINTER_FAULT' ? 'error' : 'attention'
      this.setLiveStatus({ state, code: failure.code, message: String(failure.details.condition) })
      return
    }
    if (this.fault !== undefined) {
      this.setLiveStatus({ state: 'error', code: 'PRINTER_FAULT', message: this.fault })
    } else if (this.trays.size > 0) {
      this.setLiveStatus({
        state: 'attention',
        code: 'PRINTER_ATTENTION',
        message: [...this.trays].join(','),
      })
    } else {
      this.setLiveStatus({ state: 'ready' })
    }
  }

  private schedulePoll(): void {
    // Called from afterOpen too, while the status is still 'opening'.
    const state = this.status().state
    if (this.options.pollIntervalMs === 0 || !(this.live() || state === 'opening')) return
    clearTimeout(this.pollTimer)
    this.pollTimer = setTimeout(() => {
      void this.poll()
    }, this.options.pollIntervalMs)
  }

  /** One idle status poll; skipped while a command is queued or running. */
  private async poll(): Promise<void> {
    this.pollTimer = undefined
    if (this.idle() && this.live()) {
      try {
        const status = await this.exclusive(() => this.readStatus())
        // A command may have come in meanwhile: its outcome wins.
        if (this.idle()) this.showStatus(status)
      } catch (error) {
        this.context.logger.debug('evolis status poll failed', {
          driver: this.descriptor.id,
          code: toAgentError(error).code,
        })
      }
    }
    this.schedulePoll()
  }

  /** The device status a printer status amounts to: faults first, then attention. */
  private showStatus(status: PrinterStatus): void {
    if (status.faults.length > 0) {
      this.setLiveStatus({
        state: 'error',
        code: 'PRINTER_FAULT',
        message: status.faults.join(','),
      })
    } else if (status.attention.length > 0) {
      this.setLiveStatus({
        state: 'attention',
        code: 'PRINTER_ATTENTION',
        message: status.attention.join(','),
      })
    } else {
      this.setLiveStatus({ state: 'ready' })
    }
  }

  // A method, not the field: TypeScript would keep `running` narrowed across an await.
  private idle(): boolean {
    return this.running === 0
  }

  private live(): boolean {
    const state = this.status().state
    return state === 'ready' || state === 'busy' || state === 'attention' || state === 'error'
  }

  /** Status changes after open, never over 'closed' or 'disconnected'. */
  private setLiveStatus(status: DeviceStatus): void {
    if (this.live()) this.setStatus(status)
  }

  private throwIfUnusable(): void {
    if (this.status().state === 'disconnected') {
      throw new TransportError('TRANSPORT_DISCONNECTED', 'the printer is gone')
    }
    if (!this.live()) throw notOpen()
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }
}

function checkFaces(faces: readonly PrintFace[]): void {
  const sides = faces.map(face => face.side)
  if (
    faces.length === 0 ||
    faces.length > 2 ||
    new Set(sides).size !== sides.length ||
    sides.some(side => side !== 'front' && side !== 'back')
  ) {
    throw new AgentError('INVALID_ARGUMENT', 'faces: front and/or back, each at most once', {
      details: { field: 'faces' },
    })
  }
  for (const face of faces) checkImage(face.image)
}

function badState(reason: 'medium-inside' | 'no-medium', position: MediumPosition): AgentError {
  const message = reason === 'no-medium' ? 'no card inside' : `a card is inside (${position})`
  return new AgentError('BAD_STATE', `Evolis: ${message}`, { details: { reason, position } })
}

function notOpen(): AgentError {
  return new AgentError('DEVICE_OFFLINE', 'the printer is not open', {
    details: { reason: 'not-open' },
  })
}
