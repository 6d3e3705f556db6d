import { EventEmitter } from 'node:events'
import type { ReportDevice, ReportHost } from '../device/report-server'
import {
  STAND_IN_SOURCE,
  type FingerImpression,
  type FingerSource,
  type ImpressionRequest,
} from './finger-source'
import {
  CommandReassembler,
  EVENT_FRAME,
  frameReports,
  LARGEST_PAYLOAD,
  RESPONSE_FRAME,
  type DeviceFrame,
} from './hid-frames'

/*
 * The virtual idstation fingerprint reader: the protocol state machine of
 * docs/hid-fingerprint-protocol.md, written from the document. A platen that a test puts fingers
 * on and lifts them off, a capture engine with previews at the requested rate, and faults
 * scripted in the style of libfprint's virtual device.
 */

// §4 commands, §5 statuses, §6 events.
const GET_INFO = 0x01
const CAPTURE = 0x02
const CANCEL = 0x03
const SET_LED = 0x04
const BEEP = 0x05
const SELF_TEST = 0x06

const STATUS = {
  OK: 0x00,
  BUSY: 0x01,
  NO_FINGER: 0x02,
  RETRY_TOO_SHORT: 0x03,
  RETRY_CENTER_FINGER: 0x04,
  RETRY_REMOVE_FINGER: 0x05,
  CANCELED: 0x06,
  BAD_CRC: 0x10,
  BAD_SEQUENCE: 0x11,
  MALFORMED: 0x12,
  UNKNOWN_COMMAND: 0x13,
  BAD_PARAMETER: 0x14,
  SENSOR_ERROR: 0x20,
} as const
export type DeviceStatusName = keyof typeof STATUS

const PREVIEW_FRAME = 0x41
const CAPTURE_RESULT = 0x42
const IMAGE_CHUNK = 0x43

type Unit = 'single' | 'left-four' | 'right-four' | 'two-thumbs'
const UNITS: Readonly<
  Record<number, { readonly unit: Unit; readonly allowed: readonly number[] }>
> = {
  1: { unit: 'single', allowed: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
  2: { unit: 'left-four', allowed: [7, 8, 9, 10] },
  3: { unit: 'right-four', allowed: [2, 3, 4, 5] },
  4: { unit: 'two-thumbs', allowed: [1, 6] },
}

/** Right thumb 1 ↔ left thumb 6, and so on: the finger a swapped hand puts where one is asked. */
function otherHand(position: number): number {
  return position > 5 ? position - 5 : position + 5
}

export const PREVIEW_WIDTH = 96
export const PREVIEW_HEIGHT = 80
export const MAX_PREVIEW_FPS = 30
const CHUNK_BYTES = LARGEST_PAYLOAD - 6
const LED_COLOURS = ['off', 'green', 'red', 'blue'] as const

/**
 * Faults the next capture meets (queued, first armed first used): `retry-*` ends the capture
 * with that RETRY status when the finger has settled, `error` ends it with SENSOR_ERROR `ms`
 * after it starts. `sleep` is not queued: the reader stops handling commands for `ms` from the
 * moment it is armed, and answers what arrived in between afterwards, in order.
 */
export const FAULT_KINDS = [
  'retry-too-short',
  'retry-center-finger',
  'retry-remove-finger',
  'error',
  'sleep',
] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface Fault {
  readonly kind: FaultKind
  readonly ms: number
}

export interface HidFingerprintDeviceOptions {
  readonly serialNumber: string
  readonly model?: string
  readonly firmware?: string
  /** From the finger landing to its quality settling; default 450. */
  readonly captureMs?: number
  readonly source?: FingerSource
  /** Start with the hands swapped (see swapHands). */
  readonly swapHands?: boolean
  readonly resolutionPpi?: number
}

export interface CaptureStarted {
  readonly unit: Unit
  readonly positions: readonly number[]
  readonly timeoutMs: number
  readonly requestedScore: number
  readonly previewFps: number
}

export interface CaptureEnded {
  readonly status: DeviceStatusName
  readonly deviceMs: number
  readonly metThreshold?: boolean
}

export interface HidDeviceEvents {
  'capture-started': [started: CaptureStarted]
  'capture-ended': [ended: CaptureEnded]
  led: [colour: (typeof LED_COLOURS)[number]]
  beep: [count: number]
}

interface Platen {
  readonly identity: string
  readonly profile: string
}

interface Capture {
  readonly host: Host
  readonly seq: number
  readonly request: CaptureStarted
  readonly startedAt: number
  readonly fault: Fault | undefined
  readonly timers: NodeJS.Timeout[]
  frameNumber: number
  previewTimer: NodeJS.Timeout | undefined
  settleTimer: NodeJS.Timeout | undefined
  /** Set while a finger is on the platen during this capture. */
  placement: Placement | undefined
}

interface Placement {
  readonly platen: Platen
  readonly at: number
  readonly impressions: (FingerImpression | undefined)[]
  readonly thumbnails: (Buffer | undefined)[]
  rendered: boolean
  settled: boolean
  timedOut: boolean
}

class Host implements ReportHost {
  readonly reassembler = new CommandReassembler()
  attached = true

  constructor(
    private readonly device: HidFingerprintDevice,
    readonly send: (report: Buffer) => void,
  ) {}

  onOutputReport(report: Buffer): void {
    this.device.receive(this, report)
  }

  detach(): void {
    this.attached = false
    this.device.hostGone(this)
  }
}

/**
 * The reader. Hosts attach through the report server (one per connection); `present`, `lift`,
 * `fault`, `corruptNextReport` and `swapHands` are the test's hands on it (the control channel
 * of simulators/device/main.ts calls them). Timing is real time: captures take `captureMs` from
 * the finger landing, previews come every 1/fps seconds.
 */
export class HidFingerprintDevice implements ReportDevice {
  readonly events = new EventEmitter<HidDeviceEvents>()
  private readonly source: FingerSource
  private readonly captureMs: number
  private readonly resolutionPpi: number
  private readonly model: string
  private readonly firmware: string
  private platen: Platen | undefined
  private capture: Capture | undefined
  private readonly faults: Fault[] = []
  private readonly captureCounts = new Map<string, number>()
  private swapped: boolean
  private corruptNext = false
  private sleepUntil = 0
  private readonly held: { readonly host: Host; readonly report: Buffer }[] = []
  private wakeTimer: NodeJS.Timeout | undefined
  private led: (typeof LED_COLOURS)[number] = 'off'

  constructor(private readonly options: HidFingerprintDeviceOptions) {
    this.source = options.source ?? STAND_IN_SOURCE
    this.captureMs = options.captureMs ?? 450
    this.resolutionPpi = options.resolutionPpi ?? 500
    this.model = options.model ?? 'IDS-FP4'
    this.firmware = options.firmware ?? '1.0.0'
    this.swapped = options.swapHands ?? false
  }

  attach(send: (report: Buffer) => void): ReportHost {
    return new Host(this, send)
  }

  /** A finger (or hand) of `identity` is on the platen; it stays until `lift`. */
  present(identity: string, profile: string = this.source.profiles[0] ?? 'good'): void {
    if (!this.source.profiles.includes(profile)) {
      throw new RangeError(`profile must be one of ${this.source.profiles.join(', ')}`)
    }
    this.lift()
    this.platen = { identity, profile }
    const capture = this.capture
    if (capture !== undefined) this.place(capture, Date.now())
  }

  lift(): void {
    this.platen = undefined
    const capture = this.capture
    if (capture?.placement === undefined) return
    capture.placement = undefined
    if (capture.settleTimer !== undefined) clearTimeout(capture.settleTimer)
    capture.settleTimer = undefined
  }

  /** Arms a fault (see FAULT_KINDS). */
  fault(kind: FaultKind, ms = kind === 'sleep' ? 1000 : 0): void {
    if (!Number.isInteger(ms) || ms < 0) throw new RangeError('ms must be an integer ≥ 0')
    if (kind === 'sleep') this.sleepUntil = Math.max(this.sleepUntil, Date.now() + ms)
    else this.faults.push({ kind, ms })
  }

  /** The next input report, whichever it is, goes out with its first data byte flipped. */
  corruptNextReport(): void {
    this.corruptNext = true
  }

  /**
   * With the hands swapped, the reader images the other hand's finger wherever it is asked for
   * one (right index for left index…) and records it under the asked position: the operator's
   * mistake a duplicate check must catch. Returns the new setting.
   */
  swapHands(on = !this.swapped): boolean {
    this.swapped = on
    return on
  }

  describe(): Record<string, unknown> {
    return {
      platen: this.platen ?? null,
      capturing: this.capture !== undefined,
      faults: this.faults.map(fault => ({ ...fault })),
      swapHands: this.swapped,
      led: this.led,
      sleepingMs: Math.max(0, this.sleepUntil - Date.now()),
    }
  }

  /** Stops every timer; for tests that drop the device. */
  stop(): void {
    const capture = this.capture
    if (capture !== undefined) this.clearCapture(capture)
    this.capture = undefined
    if (this.wakeTimer !== undefined) clearTimeout(this.wakeTimer)
    this.wakeTimer = undefined
    this.held.length = 0
  }

  /** @internal An output report from `host`, held while the reader sleeps. */
  receive(host: Host, report: Buffer): void {
    if (this.held.length > 0 || Date.now() < this.sleepUntil) {
      this.held.push({ host, report })
      this.scheduleWake()
      return
    }
    this.process(host, report)
  }

  /** @internal */
  hostGone(host: Host): void {
    const capture = this.capture
    // A capture nobody waits for ends silently (§6.2).
    if (capture?.host === host) {
      this.clearCapture(capture)
      this.capture = undefined
      this.events.emit('capture-ended', {
        status: 'CANCELED',
        deviceMs: Date.now() - capture.startedAt,
      })
    }
  }

  private scheduleWake(): void {
    if (this.wakeTimer !== undefined) return
    this.wakeTimer = setTimeout(
      () => {
        this.wakeTimer = undefined
        if (Date.now() < this.sleepUntil) {
          this.scheduleWake()
          return
        }
        for (const { host, report } of this.held.splice(0)) {
          if (host.attached) this.process(host, report)
        }
      },
      Math.max(0, this.sleepUntil - Date.now()),
    )
  }

  private process(host: Host, report: Buffer): void {
    for (const incoming of host.reassembler.take(report)) {
      if ('problem' in incoming) {
        const status =
          incoming.problem === 'bad-crc'
            ? STATUS.BAD_CRC
            : incoming.problem === 'bad-sequence'
              ? STATUS.BAD_SEQUENCE
              : STATUS.MALFORMED
        this.respond(host, incoming.seq, status)
      } else this.command(host, incoming.frame)
    }
  }

  private command(host: Host, frame: DeviceFrame): void {
    const { seq, code, body } = frame
    const capture = this.capture
    if (code === CANCEL) {
      if (capture !== undefined && capture.host !== host) this.respond(host, seq, STATUS.BUSY)
      else if (body.length !== 0) this.respond(host, seq, STATUS.BAD_PARAMETER)
      else {
        if (capture !== undefined) this.finish(capture, 'CANCELED')
        this.respond(host, seq, STATUS.OK)
      }
      return
    }
    if (capture !== undefined) {
      this.respond(host, seq, STATUS.BUSY)
      return
    }
    switch (code) {
      case GET_INFO:
        if (body.length !== 0) this.respond(host, seq, STATUS.BAD_PARAMETER)
        else this.respond(host, seq, STATUS.OK, this.info())
        return
      case CAPTURE: {
        const request = parseCapture(body)
        if (request === undefined) this.respond(host, seq, STATUS.BAD_PARAMETER)
        else this.startCapture(host, seq, request)
        return
      }
      case SET_LED: {
        const colour = body.length === 1 ? LED_COLOURS[body[0] ?? 0xff] : undefined
        if (colour === undefined) {
          this.respond(host, seq, STATUS.BAD_PARAMETER)
          return
        }
        this.led = colour
        this.respond(host, seq, STATUS.OK)
        this.events.emit('led', colour)
        return
      }
      case BEEP: {
        const count = body.length === 1 ? (body[0] ?? 0) : 0
        if (count < 1 || count > 10) {
          this.respond(host, seq, STATUS.BAD_PARAMETER)
          return
        }
        this.respond(host, seq, STATUS.OK)
        this.events.emit('beep', count)
        return
      }
      case SELF_TEST:
        if (body.length !== 0) this.respond(host, seq, STATUS.BAD_PARAMETER)
        else this.respond(host, seq, STATUS.OK, this.selfTest())
        return
      default:
        this.respond(host, seq, STATUS.UNKNOWN_COMMAND)
    }
  }

  private info(): Buffer {
    const text = (value: string): Buffer =>
      Buffer.concat([Buffer.from([value.length]), Buffer.from(value, 'latin1')])
    const fixed = Buffer.alloc(10)
    fixed[0] = 1 // protocol version
    fixed[1] = 0x0f // every unit
    fixed[2] = 0x03 // templates and quality on the device
    fixed.writeUInt16BE(this.resolutionPpi, 3)
    fixed.writeUInt16BE(PREVIEW_WIDTH, 5)
    fixed.writeUInt16BE(PREVIEW_HEIGHT, 7)
    fixed[9] = MAX_PREVIEW_FPS
    return Buffer.concat([
      fixed,
      text(this.model),
      text(this.options.serialNumber),
      text(this.firmware),
    ])
  }

  private selfTest(): Buffer {
    // An armed sensor error shows here too, without being used up: the sensor is what failed.
    const sensor = this.faults.some(fault => fault.kind === 'error') ? 'error' : 'ok'
    const checks: [string, string][] = [
      ['sensor', sensor],
      ['led', 'ok'],
      ['firmware', this.firmware],
    ]
    const parts = [Buffer.from([sensor === 'ok' ? 1 : 0, checks.length])]
    for (const [name, value] of checks) {
      parts.push(Buffer.from([name.length]), Buffer.from(name, 'latin1'))
      parts.push(Buffer.from([value.length]), Buffer.from(value, 'latin1'))
    }
    return Buffer.concat(parts)
  }

  private startCapture(host: Host, seq: number, request: CaptureStarted): void {
    const index = this.faults.findIndex(fault => fault.kind !== 'sleep')
    const fault = index < 0 ? undefined : this.faults.splice(index, 1)[0]
    const capture: Capture = {
      host,
      seq,
      request,
      startedAt: Date.now(),
      fault,
      timers: [],
      frameNumber: 0,
      previewTimer: undefined,
      settleTimer: undefined,
      placement: undefined,
    }
    this.capture = capture
    this.events.emit('capture-started', request)
    if (fault?.kind === 'error') {
      capture.timers.push(
        setTimeout(() => {
          this.finish(capture, 'SENSOR_ERROR')
        }, fault.ms),
      )
    }
    if (this.platen !== undefined) this.place(capture, capture.startedAt)
    if (request.previewFps > 0) {
      this.sendPreview(capture)
      capture.previewTimer = setInterval(() => {
        this.sendPreview(capture)
      }, 1000 / request.previewFps)
    }
    capture.timers.push(
      setTimeout(() => {
        this.onTimeout(capture)
      }, request.timeoutMs),
    )
  }

  private place(capture: Capture, at: number): void {
    const platen = this.platen
    if (platen === undefined) return
    const count = capture.request.positions.length
    const placement: Placement = {
      platen,
      at,
      impressions: new Array<FingerImpression | undefined>(count).fill(undefined),
      thumbnails: new Array<Buffer | undefined>(count).fill(undefined),
      rendered: false,
      settled: false,
      timedOut: false,
    }
    capture.placement = placement
    void this.render(capture, placement)
    capture.settleTimer = setTimeout(
      () => {
        capture.settleTimer = undefined
        placement.settled = true
        this.onSettled(capture)
      },
      Math.max(0, at + this.captureMs - Date.now()),
    )
  }

  /** Whether `placement` is still the finger on the platen of the capture in progress. */
  private current(capture: Capture, placement: Placement): boolean {
    return this.capture === capture && capture.placement === placement
  }

  /**
   * Gets every finger's impression, then lets a settle or timeout that came first carry on. A
   * source failing is the sensor failing: SENSOR_ERROR.
   */
  private async render(capture: Capture, placement: Placement): Promise<void> {
    const pending: Promise<void>[] = []
    try {
      for (let index = 0; index < placement.impressions.length; index += 1) {
        // One finger per turn of the event loop: a source drawing on this thread then delays a
        // preview by one finger's time, not by the whole hand's.
        await new Promise(resolve => setImmediate(resolve))
        if (!this.current(capture, placement)) return
        const result = this.source.impression(this.impressionRequest(capture, placement, index))
        if (result instanceof Promise) {
          const stored = result.then(impression => {
            placement.impressions[index] = impression
          })
          // Awaited below with the others; this only keeps an early failure from going unheard.
          stored.catch(() => undefined)
          pending.push(stored)
        } else placement.impressions[index] = result
      }
      await Promise.all(pending)
    } catch {
      if (this.current(capture, placement)) this.finish(capture, 'SENSOR_ERROR')
      return
    }
    if (!this.current(capture, placement)) return
    placement.rendered = true
    if (placement.timedOut) this.onTimeout(capture)
    else if (placement.settled) this.onSettled(capture)
  }

  private impressionRequest(
    capture: Capture,
    placement: Placement,
    index: number,
  ): ImpressionRequest {
    const position = capture.request.positions[index] ?? 0
    const finger = this.swapped ? otherHand(position) : position
    return {
      identity: placement.platen.identity,
      finger,
      position,
      captureIndex: this.captureCounts.get(`${placement.platen.identity}\u0000${finger}`) ?? 0,
      profile: placement.platen.profile,
      resolutionPpi: this.resolutionPpi,
    }
  }

  private onSettled(capture: Capture): void {
    const placement = capture.placement
    if (this.capture !== capture || placement === undefined || !placement.rendered) return
    const retry = retryStatus(capture.fault)
    if (retry !== undefined) {
      this.finish(capture, retry)
      return
    }
    const scores = this.scores(capture, placement)
    if (scores.every(score => score >= capture.request.requestedScore)) {
      this.deliver(capture, placement, scores, true)
    }
    // Otherwise the finger stays and the capture waits for its timeout: the best frame then.
  }

  private onTimeout(capture: Capture): void {
    if (this.capture !== capture) return
    const placement = capture.placement
    if (placement === undefined) {
      this.finish(capture, 'NO_FINGER')
      return
    }
    const retry = retryStatus(capture.fault)
    if (retry !== undefined) {
      this.finish(capture, retry)
      return
    }
    if (!placement.rendered) {
      // The finger came late and is still being imaged: the result follows as soon as it is.
      placement.timedOut = true
      return
    }
    const scores = this.scores(capture, placement)
    this.deliver(
      capture,
      placement,
      scores,
      scores.every(score => score >= capture.request.requestedScore),
    )
  }

  /** Each finger's quality as it settles: rising from 0 to its final score over captureMs. */
  private scores(capture: Capture, placement: Placement): number[] {
    const progress =
      this.captureMs === 0 ? 1 : Math.min(1, (Date.now() - placement.at) / this.captureMs)
    return capture.request.positions.map((_, index) => {
      const impression = placement.impressions[index]
      return impression === undefined ? 0 : Math.round(impression.quality * progress)
    })
  }

  private deliver(
    capture: Capture,
    placement: Placement,
    scores: readonly number[],
    metThreshold: boolean,
  ): void {
    this.clearCapture(capture)
    const impressions = placement.impressions.filter(
      (impression): impression is FingerImpression => impression !== undefined,
    )
    const header = Buffer.alloc(2 + 16 * impressions.length)
    header[0] = metThreshold ? 1 : 0
    header[1] = impressions.length
    impressions.forEach((impression, index) => {
      const at = 2 + 16 * index
      header[at] = capture.request.positions[index] ?? 0
      header.writeUInt16BE(impression.width, at + 1)
      header.writeUInt16BE(impression.height, at + 3)
      header.writeUInt16BE(this.resolutionPpi, at + 5)
      header[at + 7] = scores[index] ?? 0
      header.writeUInt32BE(impression.pixels.length, at + 8)
      header.writeUInt32BE(impression.template.length, at + 12)
    })
    this.sendEvent(capture, CAPTURE_RESULT, header)
    impressions.forEach((impression, index) => {
      this.upload(capture, index, 0, impression.pixels)
      this.upload(capture, index, 1, impression.template)
    })
    for (const index of impressions.keys()) {
      const position = capture.request.positions[index] ?? 0
      const finger = this.swapped ? otherHand(position) : position
      const key = `${placement.platen.identity}\u0000${finger}`
      this.captureCounts.set(key, (this.captureCounts.get(key) ?? 0) + 1)
    }
    this.end(capture, 'OK', metThreshold)
  }

  private upload(capture: Capture, finger: number, part: number, bytes: Buffer): void {
    for (let offset = 0; offset < bytes.length; offset += CHUNK_BYTES) {
      const head = Buffer.alloc(6)
      head[0] = finger
      head[1] = part
      head.writeUInt32BE(offset, 2)
      this.sendEvent(
        capture,
        IMAGE_CHUNK,
        Buffer.concat([head, bytes.subarray(offset, offset + CHUNK_BYTES)]),
      )
    }
  }

  private finish(capture: Capture, status: DeviceStatusName): void {
    if (this.capture !== capture) return
    this.clearCapture(capture)
    this.end(capture, status)
  }

  private end(capture: Capture, status: DeviceStatusName, metThreshold?: boolean): void {
    this.capture = undefined
    const deviceMs = Date.now() - capture.startedAt
    const body = Buffer.alloc(4)
    body.writeUInt32BE(deviceMs)
    this.respond(capture.host, capture.seq, STATUS[status], body)
    this.events.emit('capture-ended', {
      status,
      deviceMs,
      ...(metThreshold === undefined ? {} : { metThreshold }),
    })
  }

  private clearCapture(capture: Capture): void {
    for (const timer of capture.timers) clearTimeout(timer)
    if (capture.previewTimer !== undefined) clearInterval(capture.previewTimer)
    if (capture.settleTimer !== undefined) clearTimeout(capture.settleTimer)
    capture.previewTimer = undefined
    capture.settleTimer = undefined
  }

  private sendPreview(capture: Capture): void {
    if (this.capture !== capture) return
    const placement = capture.placement
    const { positions } = capture.request
    const scores =
      placement === undefined ? positions.map(() => 0) : this.scores(capture, placement)
    const head = Buffer.alloc(7 + 2 * positions.length)
    head.writeUInt16BE(capture.frameNumber & 0xffff, 0)
    head.writeUInt16BE(PREVIEW_WIDTH, 2)
    head.writeUInt16BE(PREVIEW_HEIGHT, 4)
    head[6] = positions.length
    positions.forEach((position, index) => {
      head[7 + 2 * index] = position
      head[8 + 2 * index] = scores[index] ?? 0
    })
    capture.frameNumber += 1
    this.sendEvent(capture, PREVIEW_FRAME, Buffer.concat([head, this.previewPixels(capture)]))
  }

  /**
   * The platen at preview size: one column per asked finger, each rendered finger shrunk into
   * its column, its ridges darkening as the finger settles.
   */
  private previewPixels(capture: Capture): Buffer {
    const pixels = Buffer.alloc(PREVIEW_WIDTH * PREVIEW_HEIGHT, 255)
    const placement = capture.placement
    if (placement === undefined) return pixels
    const count = capture.request.positions.length
    const column = Math.floor(PREVIEW_WIDTH / count)
    const progress =
      this.captureMs === 0 ? 1 : Math.min(1, (Date.now() - placement.at) / this.captureMs)
    for (let index = 0; index < count; index += 1) {
      const thumbnail = this.thumbnail(placement, index, column)
      if (thumbnail === undefined) continue
      for (let y = 0; y < PREVIEW_HEIGHT; y += 1) {
        for (let x = 0; x < column; x += 1) {
          const value = thumbnail[y * column + x] ?? 255
          pixels[y * PREVIEW_WIDTH + index * column + x] =
            255 - Math.round((255 - value) * progress)
        }
      }
    }
    return pixels
  }

  private thumbnail(placement: Placement, index: number, column: number): Buffer | undefined {
    const cached = placement.thumbnails[index]
    if (cached !== undefined) return cached
    const impression = placement.impressions[index]
    if (impression === undefined) return undefined
    const scale = Math.max(impression.width / column, impression.height / PREVIEW_HEIGHT)
    const offsetX = (column - impression.width / scale) / 2
    const offsetY = (PREVIEW_HEIGHT - impression.height / scale) / 2
    const thumbnail = Buffer.alloc(column * PREVIEW_HEIGHT, 255)
    for (let y = 0; y < PREVIEW_HEIGHT; y += 1) {
      const sourceY = Math.floor((y - offsetY) * scale)
      if (sourceY < 0 || sourceY >= impression.height) continue
      for (let x = 0; x < column; x += 1) {
        const sourceX = Math.floor((x - offsetX) * scale)
        if (sourceX < 0 || sourceX >= impression.width) continue
        thumbnail[y * column + x] = impression.pixels[sourceY * impression.width + sourceX] ?? 255
      }
    }
    placement.thumbnails[index] = thumbnail
    return thumbnail
  }

  private sendEvent(capture: Capture, code: number, body: Buffer): void {
    this.send(capture.host, { kind: EVENT_FRAME, seq: capture.seq, code, body })
  }

  private respond(host: Host, seq: number, status: number, body: Buffer = Buffer.alloc(0)): void {
    this.send(host, { kind: RESPONSE_FRAME, seq, code: status, body })
  }

  private send(host: Host, frame: DeviceFrame): void {
    if (!host.attached) return
    const reports = frameReports(frame)
    const first = reports[0]
    if (this.corruptNext && first !== undefined) {
      this.corruptNext = false
      // Byte 5 is the first byte of frame data (payload or CRC), so the CRC must catch it.
      first[5] = (first[5] ?? 0) ^ 0xff
    }
    for (const report of reports) host.send(report)
  }
}

function retryStatus(fault: Fault | undefined): DeviceStatusName | undefined {
  switch (fault?.kind) {
    case 'retry-too-short':
      return 'RETRY_TOO_SHORT'
    case 'retry-center-finger':
      return 'RETRY_CENTER_FINGER'
    case 'retry-remove-finger':
      return 'RETRY_REMOVE_FINGER'
    case 'error':
    case 'sleep':
    case undefined:
      return undefined
  }
}

/** The CAPTURE request of §4.2, or undefined for BAD_PARAMETER. */
function parseCapture(body: Buffer): CaptureStarted | undefined {
  if (body.length < 9) return undefined
  const unit = UNITS[body[0] ?? 0]
  const timeoutMs = body.readUInt32BE(1)
  const requestedScore = body[5] ?? 0
  const previewFps = body[6] ?? 0
  const count = body[7] ?? 0
  if (unit === undefined || body.length !== 8 + count) return undefined
  if (timeoutMs < 1 || timeoutMs > 3_600_000) return undefined
  if (requestedScore > 100 || previewFps > MAX_PREVIEW_FPS) return undefined
  const positions = [...body.subarray(8)]
  const most = unit.unit === 'single' ? 1 : unit.allowed.length
  if (count < 1 || count > most || new Set(positions).size !== count) return undefined
  if (!positions.every(position => unit.allowed.includes(position))) return undefined
  return { unit: unit.unit, positions, timeoutMs, requestedScore, previewFps }
}
