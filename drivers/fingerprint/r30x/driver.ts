import { BasicDevice } from '../../core/basic-device'
import type { DriverContext, DriverDescriptor } from '../../core/driver'
import { AgentError, toAgentError, TransportError } from '../../core/errors'
import type {
  CaptureOutcome,
  CaptureRequest,
  CapturedFinger,
  FingerprintScanner,
  FingerprintScannerDriver,
  PreviewFrame,
  ScannerInfo,
  SelfTestResult,
} from '../../core/fingerprint'
import type { AnyTransport, IoOptions } from '../../transport/types'
import {
  AURA_COLOUR,
  AURA_CONTROL,
  MAX_CHAR_FILE,
  R30xCommands,
  type SystemParameters,
} from './commands'
import { expandImage, IMAGE_HEIGHT, IMAGE_PPI, IMAGE_WIDTH } from './image'
import { R30xLink } from './link'
import { percentScore } from './match-score'
import { DEFAULT_ADDRESS } from './packets'

/** The driver's configuration slice (DriverContext.options); every key is optional. */
export interface R30xOptions {
  /** The module password VfyPwd sends at open; 0 on a module never given one. */
  readonly password: number
  /** The module address; 0xFFFFFFFF until SetAdder changes it. */
  readonly address: number
  /** How long one reply packet may take. */
  readonly replyTimeoutMs: number
  /** The pause between two GenImg polls while no finger is on the sensor. */
  readonly pollIntervalMs: number
}

export const DEFAULT_OPTIONS: R30xOptions = {
  password: 0,
  address: DEFAULT_ADDRESS,
  replyTimeoutMs: 2000,
  pollIntervalMs: 100,
}

/** ReadSysPara reports no model name: the family is what this driver knows it speaks to. */
export const MODEL = 'R30x-family fingerprint module (ZFM protocol)'

/**
 * A fingerprint module of the R30x/ZFM family (R305, R307, R503, ZFM-20, AS608, FPM10A) over a
 * ByteStream: serialport in production, a simulator on a pty or in memory in tests.
 *
 * What the module offers, as ScannerInfo says: single fingers only; a 256 × 288 image sampled at
 * about 500 ppi; no quality score; no ISO template, but its own character file (opaque,
 * proprietary to the firmware) that only the module can compare, with Match: deviceMatch.
 *
 * open() opens the stream, sends VfyPwd with the configured password and reads the system
 * parameters (the data packet size compare() needs), so a port that is not such a module fails
 * to open. One command at a time on the wire; a capture or any other call while a capture runs
 * rejects DEVICE_BUSY at once. Errors are AgentErrors: TRANSPORT_IO with details.reason for
 * framing faults ('bad-header', 'bad-checksum', …), the confirmation-codes.ts error with
 * details.confirmation for a confirmation code a command did not expect, TRANSPORT_TIMEOUT when
 * the module stops answering, TRANSPORT_DISCONNECTED when the port goes away.
 */
export class R30xScanner extends BasicDevice implements FingerprintScannerDriver {
  readonly fingerprint: FingerprintScanner
  private readonly options: R30xOptions
  private readonly commands: R30xCommands
  private parameters: SystemParameters | undefined
  private capturing = false
  private auraSupported: boolean | undefined
  private queue: Promise<unknown> = Promise.resolve()

  constructor(descriptor: DriverDescriptor, transport: AnyTransport, context: DriverContext) {
    super(descriptor, transport, context)
    if (transport.kind !== 'serial') {
      throw new AgentError('INTERNAL', `driver ${descriptor.id} needs a serial transport`)
    }
    this.options = parseOptions(context.options)
    this.commands = new R30xCommands(
      new R30xLink(transport, {
        address: this.options.address,
        replyTimeoutMs: this.options.replyTimeoutMs,
        clock: context.clock,
        logger: context.logger,
      }),
    )
    this.fingerprint = {
      info: options => this.scannerInfo(options),
      selfTest: options => this.selfTest(options),
      capture: (request, onPreview) => this.capture(request, onPreview),
      signal: feedback => this.signal(feedback),
      compare: (a, b, options) => this.compare(a, b, options),
    }
  }

  /**
   * Once the stream is open (BasicDevice.open): verifies the password and reads the system
   * parameters (the data packet size compare() needs), so a port that is not such a module fails
   * to open (a wrong password is DEVICE_OFFLINE 'wrong-password') and is closed again.
   */
  protected override async afterOpen(options: IoOptions): Promise<void> {
    await this.exclusive(async () => {
      await this.commands.verifyPassword(this.options.password, options)
      this.parameters = await this.commands.readSystemParameters(options)
    })
  }

  protected override afterClose(): void {
    this.parameters = undefined
  }

  /** ReadSysPara, read again on every call, plus what the family always is. */
  private async scannerInfo(options: IoOptions = {}): Promise<ScannerInfo> {
    this.throwIfUnusable()
    const parameters = await this.exclusive(() => this.commands.readSystemParameters(options))
    this.parameters = parameters
    return {
      model: MODEL,
      // ReadSysPara has no serial number: the USB-UART bridge's, else the module address.
      serialNumber: this.info.serialNumber ?? `address-${hex(parameters.address, 8)}`,
      firmware: `system-id-${hex(parameters.systemId, 4)}`,
      units: ['single'],
      resolutionPpi: IMAGE_PPI,
      deviceTemplates: false,
      deviceQuality: false,
      deviceMatch: true,
    }
  }

  /**
   * Handshake (where the firmware has it) and ReadSysPara. Passes when the parameters read and
   * the status register says the password is verified. Checks: handshake 'ok' | 'unsupported',
   * parameters 'ok', password 'verified' | 'not-verified'.
   */
  private async selfTest(options: IoOptions = {}): Promise<SelfTestResult> {
    this.throwIfUnusable()
    return this.exclusive(async () => {
      const handshake = await this.commands.handshake(options)
      const parameters = await this.commands.readSystemParameters(options)
      const verified = (parameters.statusRegister & 0x04) !== 0
      return {
        passed: verified,
        checks: {
          handshake: handshake ? 'ok' : 'unsupported',
          parameters: 'ok',
          password: verified ? 'verified' : 'not-verified',
        },
      }
    })
  }

  /**
   * The aura ring's colour (R503 and later), steady on or off. `beep` is ignored: the modules
   * have no buzzer. A module that refuses the aura command has no ring: that and every later
   * call is a no-op.
   */
  private async signal(feedback: {
    readonly led?: 'off' | 'green' | 'red' | 'blue'
    readonly beep?: number
  }): Promise<void> {
    this.throwIfUnusable()
    const led = feedback.led
    if (led === undefined || this.auraSupported === false) return
    const control = led === 'off' ? AURA_CONTROL.off : AURA_CONTROL.on
    const colour = led === 'off' ? AURA_COLOUR.red : AURA_COLOUR[led]
    await this.exclusive(async () => {
      this.auraSupported = await this.commands.auraLed(control, 0, colour, 0)
      if (!this.auraSupported) {
        this.context.logger.debug('the module has no aura LED; signal() is a no-op', {
          driver: this.descriptor.id,
        })
      }
    })
  }

  /**
   * One capture of one finger. Polls GenImg (every pollIntervalMs) until a finger is on the
   * sensor or `timeoutMs` passes ('no-finger'); then Img2Tz into buffer 1, UpImage and UpChar 1.
   * The finger carries the 256 × 288 image and, as `template`, the module's character file:
   * opaque bytes only compare() (the module's Match) can use, never an ISO/IEC 19794-2 record.
   * A poor image (Img2Tz: too disorderly, too few features) is `retry` 'remove-and-retry'.
   *
   * The module has no live preview: when `previewFps` > 0 the captured image is delivered once
   * as preview frame 0, with no quality (the module scores none). `metThreshold` is true for
   * every captured outcome: the only judgement the module makes is Img2Tz's, which it passed.
   * Aborting `request.signal` resolves `canceled`: the module has no Cancel command, so the
   * command in flight is let finish (a GenImg, at most the reply timeout) and an upload is left
   * unread, its remaining data packets skipped by the next command.
   */
  private capture(
    request: CaptureRequest,
    onPreview?: (frame: PreviewFrame) => void,
  ): Promise<CaptureOutcome> {
    try {
      this.throwIfUnusable()
      checkCaptureRequest(request)
    } catch (error) {
      return Promise.reject(toAgentError(error))
    }
    if (request.signal?.aborted === true) return Promise.resolve({ kind: 'canceled' })
    this.capturing = true
    this.setStatus({ state: 'busy', operation: 'capture' })
    return this.exclusive(async () => {
      try {
        return await this.runCapture(request, onPreview)
      } catch (error) {
        if (request.signal?.aborted === true && isCanceled(error)) return { kind: 'canceled' }
        throw toAgentError(error, 'TRANSPORT_IO')
      } finally {
        this.capturing = false
        if (this.status().state === 'busy') this.setStatus({ state: 'ready' })
      }
    })
  }

  private async runCapture(
    request: CaptureRequest,
    onPreview: ((frame: PreviewFrame) => void) | undefined,
  ): Promise<CaptureOutcome> {
    const { clock, logger } = this.context
    const io: IoOptions = request.signal === undefined ? {} : { signal: request.signal }
    const started = clock.monotonic()
    const elapsed = (): number => Math.round(clock.monotonic() - started)
    let last: string | undefined
    for (;;) {
      if (isAborted(request.signal)) return { kind: 'canceled' }
      const result = await this.commands.genImg(io)
      if (result === 'finger') break
      // A poll loop logs only what changed.
      if (result !== last) logger.debug('r30x waiting for a finger', { state: result })
      last = result
      const waited = elapsed()
      if (waited >= request.timeoutMs) return { kind: 'no-finger', deviceMs: waited }
      const pause = Math.min(this.options.pollIntervalMs, request.timeoutMs - waited)
      if (!(await pauseUnlessAborted(pause, request.signal))) return { kind: 'canceled' }
    }
    const features = await this.commands.img2Tz(1, io)
    if (isAborted(request.signal)) return { kind: 'canceled' }
    if (features !== 'ok') {
      logger.debug('r30x image too poor for features', { state: features })
      return { kind: 'retry', reason: 'remove-and-retry', deviceMs: elapsed() }
    }
    const pixels = expandImage(await this.commands.upImage(io))
    if (onPreview !== undefined && request.previewFps > 0) {
      this.deliverPreview(onPreview, {
        sequence: 0,
        width: IMAGE_WIDTH,
        height: IMAGE_HEIGHT,
        pixels,
        quality: [],
      })
    }
    const template = await this.commands.upChar(1, io)
    const finger: CapturedFinger = {
      position: request.positions[0] ?? 0,
      width: IMAGE_WIDTH,
      height: IMAGE_HEIGHT,
      resolutionPpi: IMAGE_PPI,
      pixels,
      template,
    }
    logger.debug('r30x capture complete', { durationMs: elapsed(), bytes: template.length })
    return { kind: 'captured', fingers: [finger], metThreshold: true, deviceMs: elapsed() }
  }

  private deliverPreview(onPreview: (frame: PreviewFrame) => void, frame: PreviewFrame): void {
    try {
      onPreview(frame)
    } catch (error) {
      // The caller's callback failing is its own bug; the capture carries on.
      this.context.logger.warn('preview callback failed', {
        event: 'fingerprint.preview-callback-failed',
        driver: this.descriptor.id,
        ...(error instanceof Error ? { err: error } : {}),
      })
    }
  }

  /**
   * DownChar `a` into buffer 1 and `b` into buffer 2, then Match; the score is mapped to 0–100
   * by percentScore (match-score.ts): the module's own decision sits at 50. Either buffer empty
   * or over MAX_CHAR_FILE bytes is INVALID_ARGUMENT; bytes that are not a character file of
   * this module score low or are refused with the module's confirmation.
   */
  private async compare(a: Buffer, b: Buffer, options: IoOptions = {}): Promise<number> {
    this.throwIfUnusable()
    for (const [field, bytes] of [
      ['a', a],
      ['b', b],
    ] as const) {
      if (bytes.length === 0 || bytes.length > MAX_CHAR_FILE) {
        throw new AgentError('INVALID_ARGUMENT', `${field}: 1–${MAX_CHAR_FILE} bytes`, {
          details: { field, bytes: bytes.length },
        })
      }
    }
    return this.exclusive(async () => {
      const packetSize = this.requireParameters().packetSize
      await this.commands.downChar(1, a, packetSize, options)
      await this.commands.downChar(2, b, packetSize, options)
      const { matched, score } = await this.commands.match(options)
      return percentScore(matched, score)
    })
  }

  private requireParameters(): SystemParameters {
    if (this.parameters === undefined) throw notOpen()
    return this.parameters
  }

  /** DEVICE_BUSY during a capture, TRANSPORT_DISCONNECTED once gone, DEVICE_OFFLINE unopened. */
  private throwIfUnusable(): void {
    if (this.capturing) {
      throw new AgentError('DEVICE_BUSY', 'a capture is running', {
        details: { reason: 'capture-running' },
      })
    }
    if (this.status().state === 'disconnected') {
      throw new TransportError('TRANSPORT_DISCONNECTED', 'the fingerprint module is gone')
    }
    if (this.status().state !== 'ready' && this.status().state !== 'busy') throw notOpen()
  }

  /** Runs `task` after the commands before it (one command at a time on the wire). */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }
}

function checkCaptureRequest(request: CaptureRequest): void {
  if (request.unit !== 'single') {
    throw new AgentError('INVALID_ARGUMENT', `unit: an R30x module takes single fingers only`, {
      details: { field: 'unit' },
    })
  }
  const position = request.positions[0]
  if (
    request.positions.length !== 1 ||
    position === undefined ||
    !Number.isInteger(position) ||
    position < 0 ||
    position > 10
  ) {
    throw new AgentError('INVALID_ARGUMENT', 'positions: exactly one finger position, 0–10', {
      details: { field: 'positions' },
    })
  }
  if (!Number.isFinite(request.timeoutMs) || request.timeoutMs < 0) {
    throw new AgentError('INVALID_ARGUMENT', 'timeoutMs: a duration of 0 ms or more', {
      details: { field: 'timeoutMs' },
    })
  }
}

/** Waits `ms`; false when `signal` aborted first (or already had). */
function pauseUnlessAborted(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted === true) return Promise.resolve(false)
  return new Promise(resolve => {
    const onAbort = (): void => {
      clearTimeout(timer)
      resolve(false)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve(true)
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

// A call, not the property: TypeScript would keep `aborted` narrowed across awaits.
function isAborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true
}

function isCanceled(error: unknown): boolean {
  return error instanceof AgentError && error.code === 'TRANSPORT_CANCELED'
}

function notOpen(): AgentError {
  return new AgentError('DEVICE_OFFLINE', 'the fingerprint module is not open', {
    details: { reason: 'not-open' },
  })
}

function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, '0')
}

function parseOptions(options: Readonly<Record<string, unknown>>): R30xOptions {
  const read = (key: keyof R30xOptions, min: number, max: number, unit: string): number => {
    const value = options[key]
    if (value === undefined) return DEFAULT_OPTIONS[key]
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      throw new AgentError(
        'CONFIG_INVALID',
        `'${key}' must be an integer of ${min}–${max}${unit}`,
        {
          details: { key },
        },
      )
    }
    return value
  }
  return {
    password: read('password', 0, 0xffffffff, ''),
    address: read('address', 0, 0xffffffff, ''),
    replyTimeoutMs: read('replyTimeoutMs', 1, 600_000, ' ms'),
    pollIntervalMs: read('pollIntervalMs', 0, 10_000, ' ms'),
  }
}
