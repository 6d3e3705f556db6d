import type { CapturedFinger } from '../../drivers/core/fingerprint'
import { encodeFingerImageRecord, FINGER_COMPRESSION, IMPRESSION_TYPE } from '../icao/biometrics'

/** One live-scan plain finger as an uncompressed 8-bit ISO/IEC 19794-4 record. */
export function fingerImageRecord(finger: CapturedFinger, quality: number): Buffer {
  return encodeFingerImageRecord({
    captureDeviceId: 0,
    acquisitionLevel: 31,
    scaleUnits: 1,
    scanResolution: { horizontal: finger.resolutionPpi, vertical: finger.resolutionPpi },
    imageResolution: { horizontal: finger.resolutionPpi, vertical: finger.resolutionPpi },
    pixelDepth: 8,
    compression: FINGER_COMPRESSION.uncompressed,
    fingers: [
      {
        position: finger.position,
        viewCount: 1,
        viewNumber: 1,
        quality: Math.max(0, Math.min(100, Math.round(quality))),
        impressionType: IMPRESSION_TYPE.liveScanPlain,
        width: finger.width,
        height: finger.height,
        image: finger.pixels,
      },
    ],
  })
}

/**
 * The centre of a finger image, cut to at most `maxPixels` with the aspect kept. The chip's
 * data groups hold 32 KB and we write uncompressed records (no WSQ encoder here), so the job
 * keeps the core of each finger, where the minutiae that matter sit.
 */
export function cropFingerCentre(finger: CapturedFinger, maxPixels: number): CapturedFinger {
  const { width, height } = finger
  if (width * height <= maxPixels) return finger
  const scale = Math.sqrt(maxPixels / (width * height))
  const cropWidth = Math.max(1, Math.floor(width * scale))
  const cropHeight = Math.max(1, Math.floor(maxPixels / cropWidth))
  const left = Math.floor((width - cropWidth) / 2)
  const top = Math.floor((height - cropHeight) / 2)
  const pixels = Buffer.alloc(cropWidth * cropHeight)
  for (let row = 0; row < cropHeight; row += 1) {
    const start = (top + row) * width + left
    finger.pixels.copy(pixels, row * cropWidth, start, start + cropWidth)
  }
  return { ...finger, width: cropWidth, height: cropHeight, pixels }
}
