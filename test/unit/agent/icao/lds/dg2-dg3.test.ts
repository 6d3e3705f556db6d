import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import {
  FACE_COLOUR_SPACE,
  FACE_GENDER,
  FACE_IMAGE_TYPE,
  FINGER_COMPRESSION,
  FINGER_POSITION,
  decodeFaceRecord,
  type FingerImageRecord,
} from '../../../../../agent/icao/biometrics'
import { IcaoDecodeError } from '../../../../../agent/icao/icao-error'
import {
  decodeBiometricGroup,
  decodeDg2,
  decodeDg3,
  encodeBiometricGroup,
  encodeDg2,
  encodeDg3,
} from '../../../../../agent/icao/lds'
import { decodeTlv, encodeLength } from '../../../../../agent/icao/tlv'
import { syntheticJpeg } from '../../../../support/synthetic-jpeg'

const hexOf = (...parts: (string | Buffer | number)[]) =>
  parts
    .map(part =>
      typeof part === 'number'
        ? encodeLength(part).toString('hex')
        : Buffer.isBuffer(part)
          ? part.toString('hex')
          : part.replaceAll(' ', ''),
    )
    .join('')

const reasonIs = (reason: string) => (error: unknown) =>
  error instanceof AgentError && error.details.reason === reason

describe('agent/icao/lds DG2', () => {
  const jpeg = syntheticJpeg(24, 32, 3)

  it('wraps a JPEG in a 19794-5 record inside the CBEFF template of Doc 9303-10', () => {
    const dg2 = encodeDg2([{ jpeg }], { maxBytes: 10_000 })
    const recordLength = 14 + 20 + 12 + jpeg.length
    const record = [
      '46414300 30313000',
      recordLength.toString(16).padStart(8, '0'),
      '0001',
      (recordLength - 14).toString(16).padStart(8, '0'),
      '0000 00 00 00 000000 0000 000000 000000', // no points, all descriptive codes unspecified
      '01 00 0018 0020 01 00 0000 0000', // full frontal, JPEG, 24 × 32, RGB24
    ].join('')
    const bht = 'a10b 810102 87020101 88020008'
    const template =
      hexOf(bht, '5f2e', recordLength) + record.replaceAll(' ', '') + jpeg.toString('hex')
    const bit = hexOf('7f60', template.length / 2) + template
    const group = hexOf('7f61', (bit.length + 6) / 2, '020101') + bit
    assert.equal(dg2.toString('hex'), hexOf('75', group.length / 2) + group)
  })

  it('reads the faces back with image bytes and size', () => {
    const gray = syntheticJpeg(480, 640)
    const { faces } = decodeDg2(
      encodeDg2(
        [
          { jpeg, gender: FACE_GENDER.female },
          { jpeg: gray, faceImageType: FACE_IMAGE_TYPE.tokenFrontal },
        ],
        {
          maxBytes: 10_000,
        },
      ),
    )
    assert.equal(faces.length, 2)
    assert.deepEqual(
      faces.map(face => [
        face.width,
        face.height,
        face.colourSpace,
        face.gender,
        face.faceImageType,
      ]),
      [
        [24, 32, FACE_COLOUR_SPACE.rgb24, FACE_GENDER.female, FACE_IMAGE_TYPE.fullFrontal],
        [480, 640, FACE_COLOUR_SPACE.gray8, FACE_GENDER.unspecified, FACE_IMAGE_TYPE.tokenFrontal],
      ],
    )
    assert.deepEqual(faces[0]?.image, jpeg)
    assert.deepEqual(faces[1]?.image, gray)
  })

  it('refuses a non-JPEG with reason not-jpeg and an oversized one with image-too-large', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001', 'hex')
    assert.throws(() => encodeDg2([{ jpeg: png }], { maxBytes: 10_000 }), reasonIs('not-jpeg'))
    assert.throws(
      () => encodeDg2([{ jpeg }], { maxBytes: jpeg.length - 1 }),
      reasonIs('image-too-large'),
    )
    assert.doesNotThrow(() => encodeDg2([{ jpeg }], { maxBytes: jpeg.length }))
    assert.throws(() => encodeDg2([{ jpeg }], { maxBytes: 0 }), reasonIs('out-of-range'))
    assert.throws(() => encodeDg2([], { maxBytes: 1 }), reasonIs('required'))
  })

  it('refuses a template in another format (e.g. ISO 39794-5) with a typed error', () => {
    const data = decodeBiometricGroup(
      decodeTlv(encodeDg2([{ jpeg }], { maxBytes: 10_000 })).value,
      'DG2',
    )[0]!.data
    const group = encodeBiometricGroup([
      { header: { type: 2, formatOwner: 0x0101, formatType: 0x002a }, data },
    ])
    const dg2 = Buffer.concat([Buffer.from([0x75]), encodeLength(group.length), group])
    assert.throws(
      () => decodeDg2(dg2),
      (error: unknown) => error instanceof IcaoDecodeError && error.reason === 'bad-value',
    )
    assert.equal(decodeFaceRecord(data).length, 1)
  })
})

describe('agent/icao/lds DG3', () => {
  const finger = (position: number, image: string) => ({
    position,
    viewCount: 1,
    viewNumber: 1,
    quality: 70,
    impressionType: 0,
    width: 300,
    height: 400,
    image: Buffer.from(image, 'hex'),
  })
  const record = (fingers: FingerImageRecord['fingers']): FingerImageRecord => ({
    captureDeviceId: 0,
    acquisitionLevel: 31,
    scaleUnits: 1,
    scanResolution: { horizontal: 500, vertical: 500 },
    imageResolution: { horizontal: 500, vertical: 500 },
    pixelDepth: 8,
    compression: FINGER_COMPRESSION.wsq,
    fingers,
  })

  it('writes one template per record with the finger named in the header', () => {
    const records = [
      record([finger(FINGER_POSITION.rightIndex, 'ffa0ffa1')]),
      record([finger(FINGER_POSITION.leftIndex, 'ffa0ffa2')]),
    ]
    const dg3 = encodeDg3(records)
    assert.equal(dg3[0], 0x63)
    const templates = decodeBiometricGroup(decodeTlv(dg3).value, 'DG3')
    assert.deepEqual(
      templates.map(template => template.header),
      [
        { type: 0x08, subtype: 0x09, formatOwner: 0x0101, formatType: 0x0007 },
        { type: 0x08, subtype: 0x0a, formatOwner: 0x0101, formatType: 0x0007 },
      ],
    )
    assert.deepEqual(decodeDg3(dg3).records, records)
  })

  it('gives a record that mixes positions no subtype', () => {
    const dg3 = encodeDg3([record([finger(2, 'aa'), finger(3, 'bb')])])
    assert.ok(
      dg3.includes(Buffer.from('a10e 810108 820100 87020101 88020007'.replaceAll(' ', ''), 'hex')),
    )
  })

  it('refuses an empty list and a face template', () => {
    assert.throws(() => encodeDg3([]), AgentError)
    const face = encodeDg2([{ jpeg: syntheticJpeg(8, 8) }], { maxBytes: 1000 })
    const asDg3 = Buffer.from(face)
    asDg3[0] = 0x63
    assert.throws(
      () => decodeDg3(asDg3),
      (error: unknown) => error instanceof IcaoDecodeError,
    )
  })
})
