import type { FingerImpression, FingerSource, ImpressionRequest } from './finger-source'
import {
  captureImpression,
  createFinger,
  encodeIso19794_2,
  renderImage,
  type QualityProfile,
  type SyntheticFinger,
} from './index'

const PROFILES: readonly QualityProfile[] = ['good', 'fair', 'poor']

/** Fingers kept between captures: drawing one costs a few milliseconds, a test reuses a handful. */
const KEPT_FINGERS = 64

/**
 * The virtual reader's fingers from the synthetic-finger model (simulators/fingerprint/index.ts):
 * ridge images at the model's window size and 19794-2 records of the minutiae the device would
 * extract, recorded under the position the reader was asked for.
 */
export class SyntheticFingerSource implements FingerSource {
  readonly profiles: readonly string[] = PROFILES
  private readonly fingers = new Map<string, SyntheticFinger>()

  impression(request: ImpressionRequest): FingerImpression {
    const profile = PROFILES.find(known => known === request.profile)
    if (profile === undefined) throw new RangeError(`unknown profile ${request.profile}`)
    const impression = captureImpression(
      this.finger(request.identity, request.finger),
      request.captureIndex,
      profile,
    )
    const image = renderImage(impression)
    return {
      width: image.width,
      height: image.height,
      pixels: image.pixels,
      template: encodeIso19794_2(impression, {
        position: request.position,
        resolutionPpi: request.resolutionPpi,
      }),
      quality: impression.quality,
    }
  }

  private finger(identity: string, position: number): SyntheticFinger {
    const key = `${identity}\u0000${position}`
    const kept = this.fingers.get(key)
    if (kept !== undefined) return kept
    const finger = createFinger(identity, position)
    if (this.fingers.size >= KEPT_FINGERS) {
      const oldest = this.fingers.keys().next()
      if (oldest.done !== true) this.fingers.delete(oldest.value)
    }
    this.fingers.set(key, finger)
    return finger
  }
}
