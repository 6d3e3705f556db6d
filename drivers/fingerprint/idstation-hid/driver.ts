import { BasicDevice } from '../../core/basic-device'
import type { DriverContext, DriverDescriptor } from '../../core/driver'
import { AgentError, toAgentError, TransportError } from '../../core/errors'
import type {
  CaptureOutcome,
  CaptureRequest,
  FingerprintScanner,
  FingerprintScannerDriver,
  PreviewFrame,
  ScannerInfo,
  SelfTestResult,
} from '../../core/fingerprint'
import type { AnyTransport, IoOptions } from '../../transport/types'
import { FrameChannel } from './channel'
import {
  decodeCaptureResult,
  decodeDeviceMs,
  decodeEmpty,
  decodeImageChunk,
  decodeInfo,
  decodePreviewFrame,
  decodeSelfTest,
  encodeBeep,
  encodeCapture,
  encodeLed,
  EVENT,
  type CommandName,
  type DeviceInfo,
} from './commands'
import type { Frame } from './frames'
import { statusError, statusName } from './status'
import { CaptureUpload } from './upload'

/** The driver's configuration slice (DriverContext.options), all optional. */
export interface IdstationHidOptions {
  /** How long a short command (GET_INFO, CANCEL, SET_LED, BEEP, SELF_TEST) may take. */
  readonly commandTimeoutMs: number
  /** How long past the capture's own timeout the device may take to deliver its result. */
  readonly captureGraceMs: number
}

export const IDSTATION_HID_DEFAULT_OPTIONS: IdstationHidOptions = {
  commandTimeoutMs: 2000,
  captureGraceMs: 5000,
}

/**
 * A fingerprint reader speaking docs/hid-fingerprint-protocol.md over any ReportTransport
 * (node-hid in production, the simulated socket transport in tests).
 *
 * open() opens the transport, starts the read loop and asks GET_INFO, so a device that does not
 * speak the protocol fails to open. One capture at a time: a capture or any other command while a
 * capture runs rejects DEVICE_BUSY at once; other commands run one after another. Errors are
 * AgentErrors: TRANSPORT_IO with details.reason ('bad-crc', 'bad-sequence', 'malformed', …) for
 * protocol faults, TRANSPORT_DISCONNECTED when the reader goes away, TRANSPORT_TIMEOUT when it
 * stops answering, DEVICE_BUSY when the reader is busy for another host.
 */
export class IdstationHidScanner extends BasicDevice implements FingerprintScannerDriver {
  readonly fingerprint: FingerprintScanner
  private readonly options: IdstationHidOptions
  private readonly channel: FrameChannel
  private deviceInfo: DeviceInfo | undefined
  private capturing = false
  private queue: Promise<unknown> = Promise.resolve()

  constructor(descriptor: DriverDescriptor, transport: AnyTransport, context: DriverContext) {
    super(descriptor, transport, context)
    if (transport.kind !== 'hid') {
      throw new AgentError('INTERNAL', `driver ${descriptor.id} needs a HID transport`)
    }
    this.options = parseOptions(context.options)
    this.channel = new FrameChannel(transport, context.clock, context.logger)
    this.fingerprint = {
      info: options => this.scannerInfo(options),
      selfTest: options => this.selfTest(options),
      capture: (request, onPreview) => this.capture(request, onPreview),
      signal: feedback => this.signal(feedback),
    }
  }

  /**
   * Asks GET_INFO once the transport is open (BasicDevice.open): a reader that does not answer
   * fails to open, and its transport is closed again.
   */
  protected override async afterOpen(options: IoOptions): Promise<void> {
    this.channel.start()
    this.deviceInfo = await this.getInfo(options)
  }

  private async scannerInfo(options: IoOptions = {}): Promise<ScannerInfo> {
    const refused = this.usable()
    if (refused !== undefined) throw refused
    const info = await this.exclusive(() => this.getInfo(options))
    this.deviceInfo = info
    const { model, serialNumber, firmware, units, resolutionPpi } = info
    const { deviceTemplates, deviceQuality, deviceMatch } = info
    return {
      model,
      serialNumber,
      firmware,
      units,
      resolutionPpi,
      deviceTemplates,
      deviceQuality,
      deviceMatch,
    }
  }

  private async getInfo(options: IoOptions): Promise<DeviceInfo> {
    const response = await this.command('GET_INFO', Buffer.alloc(0), options)
    return decodeInfo(response)
  }

  private selfTest(options: IoOptions = {}): Promise<SelfTestResult> {
    const refused = this.usable()
    if (refused !== undefined) return Promise.reject(refused)
    return this.exclusive(async () => {
      // The reader exercises its sensor and LEDs: give it the time of a capture's grace.
      const timeoutMs = options.timeoutMs ?? this.options.captureGraceMs
      return decodeSelfTest(
        await this.command('SELF_TEST', Buffer.alloc(0), { ...options, timeoutMs }),
      )
    })
  }

  private signal(feedback: {
    readonly led?: 'off' | 'green' | 'red' | 'blue'
    readonly beep?: number
  }): Promise<void> {
    const refused = this.usable()
    if (refused !== undefined) return Promise.reject(refused)
    let beep: Buffer | undefined
    try {
      beep = feedback.beep === undefined ? undefined : encodeBeep(feedback.beep)
    } catch (error) {
      return Promise.reject(toAgentError(error))
    }
    return this.exclusive(async () => {
      if (feedback.led !== undefined) await this.optional('SET_LED', encodeLed(feedback.led))
      if (beep !== undefined) await this.optional('BEEP', beep)
    })
  }

  /** A command the interface makes a no-op on a reader that does not have it. */
  private async optional(command: CommandName, payload: Buffer): Promise<void> {
    try {
      decodeEmpty(await this.command(command, payload, {}), command)
    } catch (error) {
      if (error instanceof AgentError && error.details.status === 'UNKNOWN_COMMAND') return
      throw error
    }
  }

  private capture(
    request: CaptureRequest,
    onPreview?: (frame: PreviewFrame) => void,
  ): Promise<CaptureOutcome> {
    const refused = this.usable()
    if (refused !== undefined) return Promise.reject(refused)
    const info = this.deviceInfo
    if (info === undefined) return Promise.reject(notOpen())
    if (!info.units.includes(request.unit)) {
      return Promise.reject(
        new AgentError('INVALID_ARGUMENT', `unit: this reader cannot take ${request.unit}`, {
          details: { field: 'unit' },
        }),
      )
    }
    let payload: Buffer
    try {
      payload = encodeCapture(request, info.maxPreviewFps)
    } catch (error) {
      return Promise.reject(toAgentError(error))
    }
    if (request.signal?.aborted === true) return Promise.resolve({ kind: 'canceled' })
    this.capturing = true
    return this.exclusive(async () => {
      this.setStatus({ state: 'busy', operation: 'capture' })
      try {
        return await this.runCapture(request, payload, info, onPreview)
      } finally {
        this.capturing = false
        if (this.status().state === 'busy') this.setStatus({ state: 'ready' })
      }
    })
  }

  private async runCapture(
    request: CaptureRequest,
    payload: Buffer,
    info: DeviceInfo,
    onPreview: ((frame: PreviewFrame) => void) | undefined,
  ): Promise<CaptureOutcome> {
    // Aborted while waiting behind another command: nothing was sent, nothing to cancel.
    if (request.signal?.aborted === true) return { kind: 'canceled' }
    const upload = new CaptureUpload(request.positions)
    let canceling: Promise<void> | undefined
    const exchange = this.channel.send('CAPTURE', payload, {
      timeoutMs: request.timeoutMs + this.options.captureGraceMs,
      onEvent: frame => {
        // The device is alive and moving: a long upload is not a timeout.
        exchange.extend(this.options.commandTimeoutMs)
        this.onCaptureEvent(frame, upload, canceling === undefined ? onPreview : undefined)
      },
    })
    const onAbort = (): void => {
      canceling = this.cancelOnDevice()
      // Awaited below when the capture ends; this only keeps an early failure from going unheard.
      canceling.catch(() => undefined)
    }
    request.signal?.addEventListener('abort', onAbort, { once: true })
    let response: Frame
    try {
      response = await exchange.response
    } catch (error) {
      const failure = toAgentError(error, 'TRANSPORT_IO')
      // The device may still be capturing or uploading: stop it, so the next command is not
      // BUSY, and wait for its answer, so that command is not sent while this one is in flight.
      if (canceling === undefined && failure.code !== 'TRANSPORT_DISCONNECTED') {
        await this.cancelOnDevice().catch(() => undefined)
      }
      throw failure
    } finally {
      request.signal?.removeEventListener('abort', onAbort)
    }
    if (canceling !== undefined) {
      // Whatever the device answered, the caller asked to stop: the CANCEL's answer keeps the
      // stream in step before the next command.
      await canceling
      return { kind: 'canceled' }
    }
    return this.captureOutcome(response, upload, info)
  }

  private onCaptureEvent(
    frame: Frame,
    upload: CaptureUpload,
    onPreview: ((frame: PreviewFrame) => void) | undefined,
  ): void {
    switch (frame.code) {
      case EVENT.PREVIEW_FRAME: {
        const preview = decodePreviewFrame(frame.payload)
        try {
          onPreview?.(preview)
        } catch (error) {
          // The caller's callback failing is its own bug; the capture carries on. Debug only:
          // the log event catalogue (agent/logging/events.ts) has no id for it yet.
          this.context.logger.debug('preview callback failed', {
            driver: this.descriptor.id,
            reason: error instanceof Error ? error.name : typeof error,
          })
        }
        return
      }
      case EVENT.CAPTURE_RESULT:
        upload.start(decodeCaptureResult(frame.payload))
        return
      case EVENT.IMAGE_CHUNK:
        upload.add(decodeImageChunk(frame.payload))
        return
      default:
        throw new TransportError('TRANSPORT_IO', `unknown event 0x${frame.code.toString(16)}`, {
          details: { reason: 'malformed', payload: 'EVENT' },
        })
    }
  }

  private captureOutcome(response: Frame, upload: CaptureUpload, info: DeviceInfo): CaptureOutcome {
    const status = statusName(response.code)
    switch (status) {
      case 'OK': {
        const deviceMs = decodeDeviceMs(response.payload)
        const { metThreshold, fingers } = upload.finish({
          quality: info.deviceQuality,
          templates: info.deviceTemplates,
        })
        return { kind: 'captured', fingers, metThreshold, deviceMs }
      }
      case 'NO_FINGER':
        return { kind: 'no-finger', deviceMs: decodeDeviceMs(response.payload) }
      case 'RETRY_TOO_SHORT':
        return { kind: 'retry', reason: 'too-short', deviceMs: decodeDeviceMs(response.payload) }
      case 'RETRY_CENTER_FINGER':
        return {
          kind: 'retry',
          reason: 'center-finger',
          deviceMs: decodeDeviceMs(response.payload),
        }
      case 'RETRY_REMOVE_FINGER':
        return {
          kind: 'retry',
          reason: 'remove-and-retry',
          deviceMs: decodeDeviceMs(response.payload),
        }
      case 'CANCELED':
        return { kind: 'canceled' }
      case 'BUSY':
      case 'BAD_CRC':
      case 'BAD_SEQUENCE':
      case 'MALFORMED':
      case 'UNKNOWN_COMMAND':
      case 'BAD_PARAMETER':
      case 'SENSOR_ERROR':
      case undefined:
        throw statusError(response.code, 'CAPTURE')
    }
  }

  /** Sends CANCEL and checks its answer; the capture's own RESPONSE comes before it. */
  private async cancelOnDevice(): Promise<void> {
    const exchange = this.channel.send('CANCEL', Buffer.alloc(0), {
      timeoutMs: this.options.commandTimeoutMs,
    })
    const response = await exchange.response
    if (response.code !== 0) throw statusError(response.code, 'CANCEL')
    decodeEmpty(response.payload, 'CANCEL')
  }

  /** A short command: its OK payload, or the status's error. */
  private async command(
    command: CommandName,
    payload: Buffer,
    options: IoOptions,
  ): Promise<Buffer> {
    const exchange = this.channel.send(command, payload, {
      timeoutMs: options.timeoutMs ?? this.options.commandTimeoutMs,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    })
    const response = await exchange.response
    if (statusName(response.code) !== 'OK') throw statusError(response.code, command)
    return response.payload
  }

  /** Runs `task` after the commands before it (one command at a time on the wire). */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** DEVICE_BUSY while a capture runs, TRANSPORT_DISCONNECTED once the reader is gone. */
  private usable(): AgentError | undefined {
    if (this.capturing) return busy('a capture is running')
    if (this.status().state === 'disconnected') {
      return new TransportError('TRANSPORT_DISCONNECTED', 'the fingerprint reader is gone')
    }
    return undefined
  }
}

function busy(message: string): AgentError {
  return new AgentError('DEVICE_BUSY', message, { details: { reason: 'capture-running' } })
}

function notOpen(): AgentError {
  return new AgentError('DEVICE_OFFLINE', 'the fingerprint reader is not open', {
    details: { reason: 'not-open' },
  })
}

function parseOptions(options: Readonly<Record<string, unknown>>): IdstationHidOptions {
  const read = (key: keyof IdstationHidOptions): number => {
    const value = options[key]
    if (value === undefined) return IDSTATION_HID_DEFAULT_OPTIONS[key]
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 600_000) {
      throw new AgentError('CONFIG_INVALID', `'${key}' must be an integer of 1–600000 ms`, {
        details: { key },
      })
    }
    return value
  }
  return { commandTimeoutMs: read('commandTimeoutMs'), captureGraceMs: read('captureGraceMs') }
}
