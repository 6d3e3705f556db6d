import type { DeviceDriver } from './driver'
import type { IoOptions } from '../transport/types'

/**
 * The fingerprint-scanner capability every fingerprint driver offers, whatever its transport
 * (our HID protocol, an R30x module on a serial line): the capture service talks only to this.
 * Finger positions are ISO/IEC 19794-4 codes: 1–5 right thumb…little, 6–10 left thumb…little.
 */

/** What one capture asks the device to take (MOSIP deviceSubId 1/2/3, plus single fingers). */
export type CaptureUnit = 'single' | 'left-slap' | 'right-slap' | 'two-thumbs'

export interface ScannerInfo {
  readonly model: string
  readonly serialNumber: string
  readonly firmware: string
  /** Capture units the device can take; an R30x module only takes 'single'. */
  readonly units: readonly CaptureUnit[]
  /** Pixels per inch of the images it returns. */
  readonly resolutionPpi: number
  /** True when captures carry ISO/IEC 19794-2 minutiae templates computed on the device. */
  readonly deviceTemplates: boolean
  /** True when captures carry a quality score computed on the device (0–100). */
  readonly deviceQuality: boolean
  /** True when the device compares two of its own captures (R30x Match) instead. */
  readonly deviceMatch: boolean
}

export interface CaptureRequest extends IoOptions {
  readonly unit: CaptureUnit
  /** The positions the device must return, exceptions already removed; 1 for 'single'. */
  readonly positions: readonly number[]
  /** Wait for a finger at most this long; then the best frame seen, if any, is the result. */
  readonly timeoutMs: number
  /** Stop early when every finger reaches this quality (0–100); a score equal to it passes. */
  readonly requestedScore: number
  /** Preview frames per second the caller wants (0: none). */
  readonly previewFps: number
}

/** One finger of a capture: an 8-bit grey image and what the device says of it. */
export interface CapturedFinger {
  readonly position: number
  readonly width: number
  readonly height: number
  readonly resolutionPpi: number
  /** width × height bytes, row by row, 0 = black ridge, 255 = white background. */
  readonly pixels: Buffer
  /** 0–100 when the device scores quality (deviceQuality), else undefined. */
  readonly quality?: number
  /** ISO/IEC 19794-2 record when the device computes minutiae (deviceTemplates). */
  readonly template?: Buffer
}

/** A live preview frame: a small grey image and the device's running quality per finger. */
export interface PreviewFrame {
  readonly sequence: number
  readonly width: number
  readonly height: number
  readonly pixels: Buffer
  readonly quality: readonly { readonly position: number; readonly score: number }[]
}

/**
 * How a capture ended. Expected outcomes are values (the front-end acts on them); faults
 * (transport gone, corrupt frames, device errors) are thrown AgentErrors.
 */
export type CaptureOutcome =
  | {
      readonly kind: 'captured'
      readonly fingers: readonly CapturedFinger[]
      /** True when every finger met requestedScore before the timeout. */
      readonly metThreshold: boolean
      /** Device time from the start of the capture to the result, milliseconds. */
      readonly deviceMs: number
    }
  | { readonly kind: 'no-finger'; readonly deviceMs: number }
  /** The device asks for another try (libfprint retry codes): the service may retry. */
  | {
      readonly kind: 'retry'
      readonly reason: 'too-short' | 'center-finger' | 'remove-and-retry'
      readonly deviceMs: number
    }
  | { readonly kind: 'canceled' }

export interface SelfTestResult {
  readonly passed: boolean
  /** PII-free facts, e.g. { sensor: 'ok', led: 'ok' }. */
  readonly checks: Readonly<Record<string, string>>
}

export interface FingerprintScanner {
  info(options?: IoOptions): Promise<ScannerInfo>
  selfTest(options?: IoOptions): Promise<SelfTestResult>
  /**
   * One capture. `onPreview` receives frames at about `previewFps` while waiting. Aborting
   * `request.signal` sends the device's Cancel and resolves `{ kind: 'canceled' }`.
   */
  capture(
    request: CaptureRequest,
    onPreview?: (frame: PreviewFrame) => void,
  ): Promise<CaptureOutcome>
  /** LED colour and beeps, where the device has them; a no-op otherwise. */
  signal(feedback: {
    readonly led?: 'off' | 'green' | 'red' | 'blue'
    readonly beep?: number
  }): Promise<void>
  /**
   * Devices that match on the device (deviceMatch): the score (0–100) of two captures taken
   * on it, identified by the `template` bytes it returned, scaled so that the device's own
   * match decision sits at DEVICE_MATCH_THRESHOLD. Undefined when it cannot.
   */
  compare?(a: Buffer, b: Buffer, options?: IoOptions): Promise<number>
}

/** A `compare` score at or above it is the device's own "same finger" decision. */
export const DEVICE_MATCH_THRESHOLD = 50

export interface FingerprintScannerDriver extends DeviceDriver {
  readonly fingerprint: FingerprintScanner
}

export function isFingerprintScanner(driver: DeviceDriver): driver is FingerprintScannerDriver {
  const candidate = driver as Partial<FingerprintScannerDriver>
  return typeof candidate.fingerprint?.capture === 'function'
}
