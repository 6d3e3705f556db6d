import {
  FACE_COLOUR_SPACE,
  FACE_IMAGE_DATA_TYPE,
  FACE_IMAGE_TYPE,
  decodeFaceRecord,
  encodeFaceRecord,
  type FaceImage,
  type PoseAngles,
} from '../biometrics/face-image-record'
import { readJpegFrame } from '../biometrics/jpeg'
import { IcaoDecodeError, invalidArgument } from '../icao-error'
import { encodeTlv, expectTlv } from '../tlv'
import {
  BIOMETRIC_TYPE,
  FORMAT_OWNER_SC37,
  FORMAT_TYPE,
  decodeBiometricGroup,
  encodeBiometricGroup,
} from './cbeff'

/*
 * DG2 (Doc 9303-10 §4.7.2): 75 { 7F61 { 02 n, 7F60 { A1 { 81 02, 87 0101, 88 0008 }, 5F2E
 * ISO/IEC 19794-5:2005 facial record } … } }, one template per portrait.
 */

const DG2_TAG = 0x75
const UNSPECIFIED_POSE: PoseAngles = { yaw: 0, pitch: 0, roll: 0 }

/**
 * A portrait for DG2: a JPEG and, optionally, the descriptive codes of 19794-5 (see the code tables
 * in biometrics/face-image-record). Width, height and image data type come from the JPEG itself.
 */
export interface PortraitInput {
  readonly jpeg: Uint8Array
  readonly gender?: number
  readonly eyeColour?: number
  readonly hairColour?: number
  readonly featureMask?: number
  readonly expression?: number
  readonly poseAngle?: PoseAngles
  readonly poseAngleUncertainty?: PoseAngles
  /** Default full frontal, what Doc 9303-3 §3.9 asks of a portrait. */
  readonly faceImageType?: number
  /** Default from the JPEG: one component gray8, three rgb24, otherwise unspecified. */
  readonly colourSpace?: number
  readonly sourceType?: number
  readonly deviceType?: number
  readonly quality?: number
}

/** Limits the caller sets on DG2. */
export interface Dg2EncodeOptions {
  /** Largest JPEG accepted, in bytes: the chip's file size less the DG2 overhead, set by the caller. */
  readonly maxBytes: number
}

/** DG2 read back: every facial image of every template, in order. */
export interface Dg2 {
  readonly faces: readonly FaceImage[]
}

/**
 * Encodes DG2 around one or more JPEG portraits. Each JPEG is checked first: SOI/EOI and a frame
 * header must be present (`not-jpeg`) and it must not exceed `maxBytes` (`image-too-large`). Throws
 * `INVALID_ARGUMENT` naming the field; the image bytes are never part of an error.
 */
export function encodeDg2(portraits: readonly PortraitInput[], options: Dg2EncodeOptions): Buffer {
  if (!Number.isInteger(options.maxBytes) || options.maxBytes <= 0) {
    throw invalidArgument('maxBytes', 'out-of-range')
  }
  if (portraits.length === 0) throw invalidArgument('portraits', 'required')
  const templates = portraits.map((portrait, index) => {
    const field = `portraits[${index}].jpeg`
    if (portrait.jpeg.length > options.maxBytes) throw invalidArgument(field, 'image-too-large')
    const frame = readJpegFrame(portrait.jpeg, field)
    const face: FaceImage = {
      gender: portrait.gender ?? 0,
      eyeColour: portrait.eyeColour ?? 0,
      hairColour: portrait.hairColour ?? 0,
      featureMask: portrait.featureMask ?? 0,
      expression: portrait.expression ?? 0,
      poseAngle: portrait.poseAngle ?? UNSPECIFIED_POSE,
      poseAngleUncertainty: portrait.poseAngleUncertainty ?? UNSPECIFIED_POSE,
      featurePoints: [],
      faceImageType: portrait.faceImageType ?? FACE_IMAGE_TYPE.fullFrontal,
      imageDataType: FACE_IMAGE_DATA_TYPE.jpeg,
      width: frame.width,
      height: frame.height,
      colourSpace: portrait.colourSpace ?? colourSpaceOf(frame.components),
      sourceType: portrait.sourceType ?? 0,
      deviceType: portrait.deviceType ?? 0,
      quality: portrait.quality ?? 0,
      image: Buffer.from(portrait.jpeg),
    }
    return {
      header: {
        type: BIOMETRIC_TYPE.face,
        formatOwner: FORMAT_OWNER_SC37,
        formatType: FORMAT_TYPE.face19794,
      },
      data: encodeFaceRecord([face]),
    }
  })
  return encodeTlv(DG2_TAG, encodeBiometricGroup(templates))
}

/**
 * Decodes DG2 into its facial images (image bytes, width and height included). Throws
 * {@link IcaoDecodeError} (structure `DG2` or `face-record`) for malformed bytes and for a
 * template in another format than 19794-5 (e.g. 39794-5), which this agent does not read.
 */
export function decodeDg2(bytes: Uint8Array): Dg2 {
  const structure = 'DG2'
  const templates = decodeBiometricGroup(expectTlv(bytes, DG2_TAG, structure), structure)
  const faces = templates.flatMap(template => {
    const { type, formatOwner, formatType } = template.header
    if (
      type !== BIOMETRIC_TYPE.face ||
      formatOwner !== FORMAT_OWNER_SC37 ||
      formatType !== FORMAT_TYPE.face19794
    ) {
      throw new IcaoDecodeError(structure, 'bad-value')
    }
    return decodeFaceRecord(template.data)
  })
  return { faces }
}

function colourSpaceOf(components: number): number {
  if (components === 1) return FACE_COLOUR_SPACE.gray8
  if (components === 3) return FACE_COLOUR_SPACE.rgb24
  return FACE_COLOUR_SPACE.unspecified
}
