import { templateFromBytes, type MinutiaeTemplate } from '../../../../agent/biometrics'
import {
  captureImpression,
  createFinger,
  encodeIso19794_2,
  renderImage,
  type GreyImage,
  type Impression,
  type QualityProfile,
} from '../../../../simulators/fingerprint'

/** A simulated capture as the agent receives it: the device's record, read back, and the image. */
export interface Sample {
  readonly capture: Impression
  readonly template: MinutiaeTemplate
  readonly image: GreyImage
}

export function sample(
  identity: string,
  position: number,
  captureSeed: number,
  profile: QualityProfile = 'good',
): Sample {
  const capture = captureImpression(createFinger(identity, position), captureSeed, profile)
  let image: GreyImage | undefined
  return {
    capture,
    // Through the bytes on purpose: the agent only ever sees the record.
    template: templateFromBytes(encodeIso19794_2(capture)),
    // Rendered on first use: most matcher tests need no pixels.
    get image() {
      image ??= renderImage(capture)
      return image
    },
  }
}
