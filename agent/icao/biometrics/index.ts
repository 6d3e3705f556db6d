export {
  EYE_COLOUR,
  FACE_COLOUR_SPACE,
  FACE_EXPRESSION,
  FACE_GENDER,
  FACE_IMAGE_DATA_TYPE,
  FACE_IMAGE_TYPE,
  FACE_SOURCE_TYPE,
  HAIR_COLOUR,
  decodeFaceRecord,
  encodeFaceRecord,
  type FaceImage,
  type FeaturePoint,
  type PoseAngles,
} from './face-image-record'
export {
  FINGER_COMPRESSION,
  FINGER_POSITION,
  IMPRESSION_TYPE,
  SCALE_UNITS,
  decodeFingerImageRecord,
  encodeFingerImageRecord,
  fingerBiometricSubtype,
  type FingerImage,
  type FingerImageRecord,
  type Resolution,
} from './finger-image-record'
export { readJpegFrame, type JpegFrame } from './jpeg'
