import type { CapturedFinger } from '../../../drivers/core/fingerprint'

/**
 * What the capture service needs from the agent's biometric code: quality when the device gives
 * none, a minutiae template when the device computes none, and a comparison with its decision
 * threshold. The implementation lives in agent/biometrics; tests may inject a simpler one.
 */
export interface FingerMatcher {
  /** Scores at or above it are the same finger. */
  readonly threshold: number
  /** The method id reported with agent-computed quality (docs/fingerprint-quality.md). */
  readonly qualityMethod: string
  /** 0–100 from the image. */
  quality(finger: CapturedFinger): number
  /** An ISO/IEC 19794-2 record of the finger, extracted from its image. */
  extract(finger: CapturedFinger): Buffer
  /** 0–100 similarity of two ISO/IEC 19794-2 records. */
  compare(a: Buffer, b: Buffer): number
}
