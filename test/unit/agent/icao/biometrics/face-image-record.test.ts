import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import { IcaoDecodeError } from '../../../../../agent/icao/icao-error'
import {
  EYE_COLOUR,
  FACE_COLOUR_SPACE,
  FACE_EXPRESSION,
  FACE_GENDER,
  FACE_IMAGE_TYPE,
  FACE_SOURCE_TYPE,
  HAIR_COLOUR,
  decodeFaceRecord,
  encodeFaceRecord,
  type FaceImage,
} from '../../../../../agent/icao/biometrics'

const image = Buffer.from('ffd8 0102 0304 ffd9'.replaceAll(' ', ''), 'hex')

const face: FaceImage = {
  gender: FACE_GENDER.female,
  eyeColour: EYE_COLOUR.green,
  hairColour: HAIR_COLOUR.brown,
  featureMask: 0x000003,
  expression: FACE_EXPRESSION.neutral,
  poseAngle: { yaw: 1, pitch: 2, roll: 3 },
  poseAngleUncertainty: { yaw: 4, pitch: 5, roll: 6 },
  featurePoints: [{ type: 1, code: 0x41, x: 100, y: 200 }],
  faceImageType: FACE_IMAGE_TYPE.fullFrontal,
  imageDataType: 0,
  width: 0x01e0,
  height: 0x0280,
  colourSpace: FACE_COLOUR_SPACE.rgb24,
  sourceType: FACE_SOURCE_TYPE.staticPhotoDigitalCamera,
  deviceType: 0x0102,
  quality: 0x0304,
  image,
}

describe('agent/icao/biometrics face image record (ISO/IEC 19794-5:2005)', () => {
  it('lays out the record header, facial information, feature point and image information', () => {
    const expected = [
      '46414300 30313000', // "FAC\0" "010\0"
      '0000003e 0001', // record length 14 + 48, one face
      '00000030 0001', // block length 20 + 8 + 12 + 8, one feature point
      '02 05 04 000003 0001', // gender, eye, hair, feature mask, expression
      '010203 040506', // pose angle, uncertainty
      '01 41 0064 00c8 0000', // feature point
      '01 00 01e0 0280 01 02 0102 0304', // image information
      'ffd801020304ffd9',
    ]
      .join('')
      .replaceAll(' ', '')
    assert.equal(encodeFaceRecord([face]).toString('hex'), expected)
  })

  it('round-trips several faces', () => {
    const second: FaceImage = {
      ...face,
      featurePoints: [],
      gender: FACE_GENDER.male,
      image: Buffer.from('ffd8ffd9', 'hex'),
    }
    assert.deepEqual(decodeFaceRecord(encodeFaceRecord([face, second])), [face, second])
  })

  it('refuses values that do not fit their field, naming it', () => {
    const cases: [Partial<FaceImage>, string][] = [
      [{ gender: 256 }, 'faces[0].gender'],
      [{ featureMask: 0x1000000 }, 'faces[0].featureMask'],
      [{ width: 70000 }, 'faces[0].width'],
      [{ poseAngle: { yaw: -1, pitch: 0, roll: 0 } }, 'faces[0].poseAngle.yaw'],
      [{ image: Buffer.alloc(0) }, 'faces[0].image'],
    ]
    for (const [change, field] of cases) {
      assert.throws(
        () => encodeFaceRecord([{ ...face, ...change }]),
        (error: unknown) => error instanceof AgentError && error.details.field === field,
        field,
      )
    }
    assert.throws(() => encodeFaceRecord([]), AgentError)
  })

  it('refuses malformed records with a typed error', () => {
    const good = encodeFaceRecord([face])
    const badLength = Buffer.from(good)
    badLength.writeUInt32BE(good.length + 1, 8)
    const badBlock = Buffer.from(good)
    badBlock.writeUInt32BE(10, 14)
    const cases: [string, Buffer, string][] = [
      ['wrong identifier', Buffer.concat([Buffer.from('FIR\0'), good.subarray(4)]), 'bad-header'],
      [
        'wrong version',
        Buffer.concat([good.subarray(0, 4), Buffer.from('020\0'), good.subarray(8)]),
        'bad-header',
      ],
      ['record length disagrees', badLength, 'bad-length'],
      ['block shorter than its headers', badBlock, 'bad-length'],
      ['cut short', good.subarray(0, 30), 'bad-length'],
    ]
    for (const [name, bytes, reason] of cases) {
      assert.throws(
        () => decodeFaceRecord(bytes),
        (error: unknown) => error instanceof IcaoDecodeError && error.reason === reason,
        name,
      )
    }
  })
})
