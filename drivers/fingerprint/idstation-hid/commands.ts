import { AgentError, TransportError } from '../../core/errors'
import type {
  CaptureRequest,
  CaptureUnit,
  PreviewFrame,
  ScannerInfo,
  SelfTestResult,
} from '../../core/fingerprint'
import { MAX_PAYLOAD } from './frames'

/**
 * Payloads of the commands, responses and events of docs/hid-fingerprint-protocol.md §4–§6.
 * Encoders take checked values; decoders read bytes from the device and throw TRANSPORT_IO with
 * details.reason 'malformed' for anything that does not fit, never another error.
 */

export const COMMAND = {
  GET_INFO: 0x01,
  CAPTURE: 0x02,
  CANCEL: 0x03,
  SET_LED: 0x04,
  BEEP: 0x05,
  SELF_TEST: 0x06,
} as const
export type CommandName = keyof typeof COMMAND

export const EVENT = { PREVIEW_FRAME: 0x41, CAPTURE_RESULT: 0x42, IMAGE_CHUNK: 0x43 } as const

export const UNIT_CODE = {
  single: 0x01,
  'left-slap': 0x02,
  'right-slap': 0x03,
  'two-thumbs': 0x04,
} as const satisfies Record<CaptureUnit, number>

/** The ISO/IEC 19794-4 positions each unit may return. */
export const UNIT_POSITIONS: Readonly<Record<CaptureUnit, readonly number[]>> = {
  single: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  'left-slap': [7, 8, 9, 10],
  'right-slap': [2, 3, 4, 5],
  'two-thumbs': [1, 6],
}

export const LED_CODE = { off: 0x00, green: 0x01, red: 0x02, blue: 0x03 } as const
export type LedColour = keyof typeof LED_CODE

export const IMAGE_PART = { PIXELS: 0x00, TEMPLATE: 0x01 } as const

/** The longest wait for a finger one CAPTURE may ask for: one hour. */
export const MAX_CAPTURE_TIMEOUT_MS = 3_600_000
export const MAX_BEEPS = 10

/** What GET_INFO says beyond ScannerInfo. */
export interface DeviceInfo extends ScannerInfo {
  readonly protocolVersion: number
  readonly previewWidth: number
  readonly previewHeight: number
  readonly maxPreviewFps: number
}

/** One finger announced by CAPTURE_RESULT; its bytes follow in IMAGE_CHUNK events. */
export interface ResultFinger {
  readonly position: number
  readonly width: number
  readonly height: number
  readonly resolutionPpi: number
  readonly quality: number
  readonly imageLength: number
  readonly templateLength: number
}

export interface CaptureResultHeader {
  readonly metThreshold: boolean
  readonly fingers: readonly ResultFinger[]
}

export interface ImageChunk {
  readonly finger: number
  readonly part: 'pixels' | 'template'
  readonly offset: number
  readonly data: Buffer
}

/**
 * The CAPTURE payload for `request`, checked against the protocol and `maxPreviewFps`. Throws
 * INVALID_ARGUMENT naming the field; the request is the caller's, so this is not a device fault.
 */
export function encodeCapture(request: CaptureRequest, maxPreviewFps: number): Buffer {
  const { unit, positions, timeoutMs, requestedScore, previewFps } = request
  const allowed = (UNIT_POSITIONS as Partial<Record<string, readonly number[]>>)[unit]
  if (allowed === undefined) throw invalid('unit', `unknown capture unit`)
  const most = unit === 'single' ? 1 : allowed.length
  if (positions.length < 1 || positions.length > most) {
    throw invalid('positions', `${unit} takes 1 to ${most} positions, got ${positions.length}`)
  }
  if (new Set(positions).size !== positions.length) {
    throw invalid('positions', 'a position appears twice')
  }
  for (const position of positions) {
    if (!allowed.includes(position)) throw invalid('positions', `${position} is not in ${unit}`)
  }
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_CAPTURE_TIMEOUT_MS) {
    throw invalid('timeoutMs', `must be 1–${MAX_CAPTURE_TIMEOUT_MS}`)
  }
  if (!Number.isInteger(requestedScore) || requestedScore < 0 || requestedScore > 100) {
    throw invalid('requestedScore', 'must be 0–100')
  }
  if (!Number.isInteger(previewFps) || previewFps < 0 || previewFps > maxPreviewFps) {
    throw invalid('previewFps', `must be 0–${maxPreviewFps}`)
  }
  const payload = Buffer.alloc(8 + positions.length)
  payload[0] = UNIT_CODE[unit]
  payload.writeUInt32BE(timeoutMs, 1)
  payload[5] = requestedScore
  payload[6] = previewFps
  payload[7] = positions.length
  payload.set(positions, 8)
  return payload
}

export function encodeLed(colour: LedColour): Buffer {
  return Buffer.of(LED_CODE[colour])
}

/** Throws INVALID_ARGUMENT outside 1–MAX_BEEPS. */
export function encodeBeep(count: number): Buffer {
  if (!Number.isInteger(count) || count < 1 || count > MAX_BEEPS) {
    throw invalid('beep', `must be 1–${MAX_BEEPS}`)
  }
  return Buffer.of(count)
}

const UNIT_BITS: readonly (readonly [CaptureUnit, number])[] = [
  ['single', 0x01],
  ['left-slap', 0x02],
  ['right-slap', 0x04],
  ['two-thumbs', 0x08],
]

export function decodeInfo(payload: Buffer): DeviceInfo {
  const reader = new PayloadReader(payload, 'GET_INFO')
  const protocolVersion = reader.u8()
  const unitBits = reader.u8()
  const features = reader.u8()
  const resolutionPpi = reader.u16()
  const previewWidth = reader.u16()
  const previewHeight = reader.u16()
  const maxPreviewFps = reader.u8()
  const model = reader.text()
  const serialNumber = reader.text()
  const firmware = reader.text()
  reader.end()
  if (protocolVersion !== 1) throw malformed('GET_INFO', `protocol version ${protocolVersion}`)
  if (resolutionPpi === 0) throw malformed('GET_INFO', 'resolution 0 ppi')
  if (previewWidth * previewHeight > MAX_PAYLOAD - 7 - 2 * 4) {
    throw malformed('GET_INFO', 'preview frames too large for a frame')
  }
  return {
    protocolVersion,
    model,
    serialNumber,
    firmware,
    units: UNIT_BITS.filter(([, bit]) => (unitBits & bit) !== 0).map(([unit]) => unit),
    resolutionPpi,
    deviceTemplates: (features & 0x01) !== 0,
    deviceQuality: (features & 0x02) !== 0,
    deviceMatch: false,
    previewWidth,
    previewHeight,
    maxPreviewFps,
  }
}

export function decodePreviewFrame(payload: Buffer): PreviewFrame {
  const reader = new PayloadReader(payload, 'PREVIEW_FRAME')
  const sequence = reader.u16()
  const width = reader.u16()
  const height = reader.u16()
  const count = reader.u8()
  const quality: { position: number; score: number }[] = []
  for (let index = 0; index < count; index += 1) {
    const position = reader.u8()
    const score = reader.score()
    quality.push({ position, score })
  }
  const pixels = reader.bytes(width * height)
  reader.end()
  return { sequence, width, height, pixels, quality }
}

export function decodeCaptureResult(payload: Buffer): CaptureResultHeader {
  const reader = new PayloadReader(payload, 'CAPTURE_RESULT')
  const met = reader.u8()
  if (met > 1) throw malformed('CAPTURE_RESULT', 'met-threshold flag is not 0 or 1')
  const count = reader.u8()
  const fingers: ResultFinger[] = []
  for (let index = 0; index < count; index += 1) {
    const position = reader.u8()
    const width = reader.u16()
    const height = reader.u16()
    const resolutionPpi = reader.u16()
    const quality = reader.score()
    const imageLength = reader.u32()
    const templateLength = reader.u32()
    if (imageLength !== width * height) {
      throw malformed('CAPTURE_RESULT', 'image length is not width × height')
    }
    fingers.push({ position, width, height, resolutionPpi, quality, imageLength, templateLength })
  }
  reader.end()
  return { metThreshold: met === 1, fingers }
}

export function decodeImageChunk(payload: Buffer): ImageChunk {
  const reader = new PayloadReader(payload, 'IMAGE_CHUNK')
  const finger = reader.u8()
  const partCode = reader.u8()
  const offset = reader.u32()
  const data = reader.rest()
  if (partCode !== IMAGE_PART.PIXELS && partCode !== IMAGE_PART.TEMPLATE) {
    throw malformed('IMAGE_CHUNK', `unknown part ${partCode}`)
  }
  if (data.length === 0) throw malformed('IMAGE_CHUNK', 'empty chunk')
  return { finger, part: partCode === IMAGE_PART.PIXELS ? 'pixels' : 'template', offset, data }
}

export function decodeSelfTest(payload: Buffer): SelfTestResult {
  const reader = new PayloadReader(payload, 'SELF_TEST')
  const passed = reader.u8()
  if (passed > 1) throw malformed('SELF_TEST', 'passed flag is not 0 or 1')
  const count = reader.u8()
  const checks: Record<string, string> = {}
  for (let index = 0; index < count; index += 1) {
    const name = reader.text()
    checks[name] = reader.text()
  }
  reader.end()
  return { passed: passed === 1, checks }
}

/** The device time a CAPTURE outcome carries. */
export function decodeDeviceMs(payload: Buffer): number {
  const reader = new PayloadReader(payload, 'CAPTURE')
  const deviceMs = reader.u32()
  reader.end()
  return deviceMs
}

/** Responses that carry nothing (CANCEL, SET_LED, BEEP) must carry nothing. */
export function decodeEmpty(payload: Buffer, command: string): void {
  new PayloadReader(payload, command).end()
}

function invalid(field: string, message: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `${field}: ${message}`, { details: { field } })
}

function malformed(what: string, message: string): TransportError {
  return new TransportError('TRANSPORT_IO', `${what}: ${message}`, {
    details: { reason: 'malformed', payload: what },
  })
}

/** Reads big-endian fields; any overrun or leftover is TRANSPORT_IO 'malformed'. */
class PayloadReader {
  private offset = 0

  constructor(
    private readonly payload: Buffer,
    private readonly what: string,
  ) {}

  u8(): number {
    return this.take(1).readUInt8(0)
  }

  u16(): number {
    return this.take(2).readUInt16BE(0)
  }

  u32(): number {
    return this.take(4).readUInt32BE(0)
  }

  score(): number {
    const value = this.u8()
    if (value > 100) throw malformed(this.what, `score ${value} above 100`)
    return value
  }

  /** u8 length, then printable ASCII. */
  text(): string {
    const bytes = this.take(this.u8())
    if (bytes.some(byte => byte < 0x20 || byte > 0x7e)) {
      throw malformed(this.what, 'text is not printable ASCII')
    }
    return bytes.toString('latin1')
  }

  bytes(length: number): Buffer {
    return Buffer.from(this.take(length))
  }

  rest(): Buffer {
    return this.bytes(this.payload.length - this.offset)
  }

  end(): void {
    if (this.offset !== this.payload.length) {
      throw malformed(this.what, `${this.payload.length - this.offset} bytes left over`)
    }
  }

  private take(length: number): Buffer {
    if (this.offset + length > this.payload.length) {
      throw malformed(this.what, `payload ends early`)
    }
    const slice = this.payload.subarray(this.offset, this.offset + length)
    this.offset += length
    return slice
  }
}
