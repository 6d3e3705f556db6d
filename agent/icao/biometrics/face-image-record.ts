import { asBuffer, invalidArgument } from '../icao-error'
import { ByteReader, uintBytes } from './byte-reader'

/*
 * ISO/IEC 19794-5:2005 facial record, the BDB of an ICAO DG2 (Doc 9303-10 §4.7.2, format type 0008).
 * Layout, big-endian (19794-5 §5.4–5.8; cross-checked with JMRTD FaceInfo / FaceImageInfo):
 *
 *   Facial record header, 14 bytes
 *     4  format identifier "FAC\0"
 *     4  version "010\0"
 *     4  record length: the whole record, this header included
 *     2  number of facial images
 *   Per image, a facial record data block:
 *     Facial information, 20 bytes
 *       4  block length: this block, image data included
 *       2  number of feature points
 *       1  gender          1  eye colour       1  hair colour
 *       3  feature mask    2  expression
 *       3  pose angle yaw, pitch, roll          3  pose angle uncertainty yaw, pitch, roll
 *     Feature points, 8 bytes each
 *       1  type   1  major/minor point code   2  x   2  y   2  reserved (0)
 *     Image information, 12 bytes
 *       1  face image type   1  image data type   2  width   2  height
 *       1  colour space      1  source type       2  device type   2  quality
 *     Image data (JPEG or JPEG 2000)
 */

/** 19794-5 §5.5.3 gender codes. */
export const FACE_GENDER = { unspecified: 0x00, male: 0x01, female: 0x02, unknown: 0xff } as const
/**
 * 19794-5 §5.5.4 eye colour codes. "Other or unknown" is left out: JMRTD writes 0x08 where other
 * sources give 0xFF, and neither was confirmed against the standard.
 */
export const EYE_COLOUR = {
  unspecified: 0x00,
  black: 0x01,
  blue: 0x02,
  brown: 0x03,
  gray: 0x04,
  green: 0x05,
  multiColoured: 0x06,
  pink: 0x07,
} as const
/** 19794-5 §5.5.5 hair colour codes. */
export const HAIR_COLOUR = {
  unspecified: 0x00,
  bald: 0x01,
  black: 0x02,
  blonde: 0x03,
  brown: 0x04,
  gray: 0x05,
  white: 0x06,
  red: 0x07,
  green: 0x08,
  blue: 0x09,
  unknown: 0xff,
} as const
/** 19794-5 §5.5.7 expression codes. */
export const FACE_EXPRESSION = {
  unspecified: 0x0000,
  neutral: 0x0001,
  smileClosed: 0x0002,
  smileOpen: 0x0003,
  raisedEyebrows: 0x0004,
  eyesLookingAway: 0x0005,
  squinting: 0x0006,
  frowning: 0x0007,
} as const
/** 19794-5 §5.7.1 face image type. */
export const FACE_IMAGE_TYPE = { basic: 0x00, fullFrontal: 0x01, tokenFrontal: 0x02 } as const
/** 19794-5 §5.7.2 image data type. */
export const FACE_IMAGE_DATA_TYPE = { jpeg: 0x00, jpeg2000: 0x01 } as const
/** 19794-5 §5.7.4 colour space. */
export const FACE_COLOUR_SPACE = {
  unspecified: 0x00,
  rgb24: 0x01,
  yuv422: 0x02,
  gray8: 0x03,
  other: 0x04,
} as const
/** 19794-5 §5.7.6 source type. */
export const FACE_SOURCE_TYPE = {
  unspecified: 0x00,
  staticPhotoUnknownSource: 0x01,
  staticPhotoDigitalCamera: 0x02,
  staticPhotoScanner: 0x03,
  videoFrameUnknownSource: 0x04,
  videoFrameAnalogCamera: 0x05,
  videoFrameDigitalCamera: 0x06,
  unknown: 0x07,
} as const

/** Yaw, pitch and roll as 19794-5 §5.5.8 encodes them in one byte each; 0 means unspecified. */
export interface PoseAngles {
  readonly yaw: number
  readonly pitch: number
  readonly roll: number
}

/** A facial feature point (19794-5 §5.6), in pixels from the top left corner. */
export interface FeaturePoint {
  readonly type: number
  /** Major code in the high nibble, minor code in the low nibble (19794-5 §5.6.2). */
  readonly code: number
  readonly x: number
  readonly y: number
}

/** One facial image with its descriptive fields; numeric codes as the standard defines them. */
export interface FaceImage {
  readonly gender: number
  readonly eyeColour: number
  readonly hairColour: number
  /** 24-bit feature mask (19794-5 §5.5.6). */
  readonly featureMask: number
  readonly expression: number
  readonly poseAngle: PoseAngles
  readonly poseAngleUncertainty: PoseAngles
  readonly featurePoints: readonly FeaturePoint[]
  readonly faceImageType: number
  readonly imageDataType: number
  readonly width: number
  readonly height: number
  readonly colourSpace: number
  readonly sourceType: number
  readonly deviceType: number
  readonly quality: number
  /** The encoded image (JPEG or JPEG 2000 per `imageDataType`). */
  readonly image: Buffer
}

const FORMAT_IDENTIFIER = Buffer.from('FAC\0', 'latin1')
const VERSION = Buffer.from('010\0', 'latin1')
const RECORD_HEADER_LENGTH = 14
const FACIAL_INFORMATION_LENGTH = 20
const FEATURE_POINT_LENGTH = 8
const IMAGE_INFORMATION_LENGTH = 12

/**
 * Encodes a 19794-5:2005 facial record holding `faces` (at least one). Throws `INVALID_ARGUMENT`
 * naming the field when a code does not fit its width or an image is empty; the image itself is
 * not inspected here (DG2 checks the JPEG before it gets this far).
 */
export function encodeFaceRecord(faces: readonly FaceImage[]): Buffer {
  if (faces.length === 0) throw invalidArgument('faces', 'required')
  const blocks = faces.map(encodeFacialRecordData)
  const length = RECORD_HEADER_LENGTH + blocks.reduce((sum, block) => sum + block.length, 0)
  return Buffer.concat([
    FORMAT_IDENTIFIER,
    VERSION,
    uintBytes('faceRecord', length, 4),
    uintBytes('faces', faces.length, 2),
    ...blocks,
  ])
}

/**
 * Decodes a 19794-5:2005 facial record. Throws {@link IcaoDecodeError} (structure
 * `face-record`) when the identifier or version is not FAC 010, a length disagrees with the bytes,
 * or the record is cut short; never anything else.
 */
export function decodeFaceRecord(bytes: Uint8Array): FaceImage[] {
  const reader = new ByteReader(asBuffer(bytes), 'face-record')
  if (!reader.take(4).equals(FORMAT_IDENTIFIER) || !reader.take(4).equals(VERSION)) {
    throw reader.fail('bad-header')
  }
  if (reader.uint(4) !== bytes.length) throw reader.fail('bad-length')
  const count = reader.uint(2)
  const faces: FaceImage[] = []
  for (let i = 0; i < count; i += 1) faces.push(decodeFacialRecordData(reader))
  if (reader.remaining !== 0) throw reader.fail('trailing-bytes')
  return faces
}

function encodeFacialRecordData(face: FaceImage, index: number): Buffer {
  const field = (name: string) => `faces[${index}].${name}`
  if (face.image.length === 0) throw invalidArgument(field('image'), 'required')
  const points = face.featurePoints.map((point, p) =>
    Buffer.concat([
      uintBytes(`${field('featurePoints')}[${p}].type`, point.type, 1),
      uintBytes(`${field('featurePoints')}[${p}].code`, point.code, 1),
      uintBytes(`${field('featurePoints')}[${p}].x`, point.x, 2),
      uintBytes(`${field('featurePoints')}[${p}].y`, point.y, 2),
      Buffer.alloc(2),
    ]),
  )
  const length =
    FACIAL_INFORMATION_LENGTH +
    FEATURE_POINT_LENGTH * points.length +
    IMAGE_INFORMATION_LENGTH +
    face.image.length
  return Buffer.concat([
    uintBytes(field('image'), length, 4),
    uintBytes(field('featurePoints'), points.length, 2),
    uintBytes(field('gender'), face.gender, 1),
    uintBytes(field('eyeColour'), face.eyeColour, 1),
    uintBytes(field('hairColour'), face.hairColour, 1),
    uintBytes(field('featureMask'), face.featureMask, 3),
    uintBytes(field('expression'), face.expression, 2),
    poseBytes(field('poseAngle'), face.poseAngle),
    poseBytes(field('poseAngleUncertainty'), face.poseAngleUncertainty),
    ...points,
    uintBytes(field('faceImageType'), face.faceImageType, 1),
    uintBytes(field('imageDataType'), face.imageDataType, 1),
    uintBytes(field('width'), face.width, 2),
    uintBytes(field('height'), face.height, 2),
    uintBytes(field('colourSpace'), face.colourSpace, 1),
    uintBytes(field('sourceType'), face.sourceType, 1),
    uintBytes(field('deviceType'), face.deviceType, 2),
    uintBytes(field('quality'), face.quality, 2),
    face.image,
  ])
}

function decodeFacialRecordData(reader: ByteReader): FaceImage {
  const blockLength = reader.uint(4)
  const pointCount = reader.uint(2)
  const gender = reader.uint(1)
  const eyeColour = reader.uint(1)
  const hairColour = reader.uint(1)
  const featureMask = reader.uint(3)
  const expression = reader.uint(2)
  const poseAngle = { yaw: reader.uint(1), pitch: reader.uint(1), roll: reader.uint(1) }
  const poseAngleUncertainty = { yaw: reader.uint(1), pitch: reader.uint(1), roll: reader.uint(1) }
  const featurePoints: FeaturePoint[] = []
  for (let i = 0; i < pointCount; i += 1) {
    featurePoints.push({
      type: reader.uint(1),
      code: reader.uint(1),
      x: reader.uint(2),
      y: reader.uint(2),
    })
    reader.take(2)
  }
  const faceImageType = reader.uint(1)
  const imageDataType = reader.uint(1)
  const width = reader.uint(2)
  const height = reader.uint(2)
  const colourSpace = reader.uint(1)
  const sourceType = reader.uint(1)
  const deviceType = reader.uint(2)
  const quality = reader.uint(2)
  const imageLength =
    blockLength -
    FACIAL_INFORMATION_LENGTH -
    FEATURE_POINT_LENGTH * pointCount -
    IMAGE_INFORMATION_LENGTH
  if (imageLength < 0) throw reader.fail('bad-length')
  const image = reader.take(imageLength)
  return {
    gender,
    eyeColour,
    hairColour,
    featureMask,
    expression,
    poseAngle,
    poseAngleUncertainty,
    featurePoints,
    faceImageType,
    imageDataType,
    width,
    height,
    colourSpace,
    sourceType,
    deviceType,
    quality,
    image,
  }
}

function poseBytes(field: string, pose: PoseAngles): Buffer {
  return Buffer.concat([
    uintBytes(`${field}.yaw`, pose.yaw, 1),
    uintBytes(`${field}.pitch`, pose.pitch, 1),
    uintBytes(`${field}.roll`, pose.roll, 1),
  ])
}
