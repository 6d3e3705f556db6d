import assert from 'node:assert/strict'
import { AgentError } from '../../../../../drivers/core/errors'
import { IcaoDecodeError } from '../../../../../agent/icao/icao-error'
import {
  FINGER_COMPRESSION,
  FINGER_POSITION,
  IMPRESSION_TYPE,
  SCALE_UNITS,
  decodeFingerImageRecord,
  encodeFingerImageRecord,
  fingerBiometricSubtype,
  type FingerImageRecord,
} from '../../../../../agent/icao/biometrics'

const record: FingerImageRecord = {
  captureDeviceId: 0x0123,
  acquisitionLevel: 31,
  scaleUnits: SCALE_UNITS.pixelsPerInch,
  scanResolution: { horizontal: 500, vertical: 500 },
  imageResolution: { horizontal: 500, vertical: 500 },
  pixelDepth: 8,
  compression: FINGER_COMPRESSION.wsq,
  fingers: [
    {
      position: FINGER_POSITION.rightIndex,
      viewCount: 1,
      viewNumber: 1,
      quality: 80,
      impressionType: IMPRESSION_TYPE.liveScanPlain,
      width: 400,
      height: 500,
      image: Buffer.from('ffa0ffa8', 'hex'),
    },
    {
      position: FINGER_POSITION.leftIndex,
      viewCount: 2,
      viewNumber: 2,
      quality: 61,
      impressionType: IMPRESSION_TYPE.liveScanRolled,
      width: 0x0102,
      height: 0x0304,
      image: Buffer.from('ffa0ff', 'hex'),
    },
  ],
}

describe('agent/icao/biometrics finger image record (ISO/IEC 19794-4:2005)', () => {
  it('lays out the 32-byte general header and the 14-byte finger image headers', () => {
    const expected = [
      '46495200 30313000', // "FIR\0" "010\0"
      '000000000043', // record length 32 + 18 + 17 = 67 (6 bytes)
      '0123 001f 02 01', // capture device, acquisition level 31, two fingers, ppi
      '01f4 01f4 01f4 01f4', // scan and image resolutions
      '08 02 0000', // pixel depth, WSQ, reserved
      '00000012 02 01 01 50 00 0190 01f4 00 ffa0ffa8', // right index, 18 bytes
      '00000011 07 02 02 3d 01 0102 0304 00 ffa0ff', // left index, 17 bytes
    ]
      .join('')
      .replaceAll(' ', '')
    assert.equal(encodeFingerImageRecord(record).toString('hex'), expected)
  })

  it('round-trips', () => {
    assert.deepEqual(decodeFingerImageRecord(encodeFingerImageRecord(record)), record)
  })

  it('maps finger positions to CBEFF subtypes (right thumb 05 … left little 16, slaps by hand)', () => {
    const expected: [number, number][] = [
      [0, 0x00],
      [1, 0x05],
      [2, 0x09],
      [3, 0x0d],
      [4, 0x11],
      [5, 0x15],
      [6, 0x06],
      [7, 0x0a],
      [8, 0x0e],
      [9, 0x12],
      [10, 0x16],
      [13, 0x01],
      [14, 0x02],
      [15, 0x04],
    ]
    for (const [position, subtype] of expected)
      assert.equal(fingerBiometricSubtype(position), subtype, String(position))
  })

  it('refuses values outside the tables, naming the field', () => {
    const finger = record.fingers[0]!
    const cases: [FingerImageRecord, string][] = [
      [{ ...record, compression: 6 }, 'compression'],
      [{ ...record, scaleUnits: 3 }, 'scaleUnits'],
      [{ ...record, pixelDepth: 17 }, 'pixelDepth'],
      [{ ...record, captureDeviceId: 0x1000 }, 'captureDeviceId'],
      [{ ...record, fingers: [] }, 'fingers'],
      [{ ...record, fingers: [{ ...finger, position: 11 }] }, 'fingers[0].position'],
      [{ ...record, fingers: [{ ...finger, quality: 101 }] }, 'fingers[0].quality'],
      [{ ...record, fingers: [{ ...finger, viewNumber: 2 }] }, 'fingers[0].viewNumber'],
      [{ ...record, fingers: [{ ...finger, image: Buffer.alloc(0) }] }, 'fingers[0].image'],
    ]
    for (const [bad, field] of cases) {
      assert.throws(
        () => encodeFingerImageRecord(bad),
        (error: unknown) => error instanceof AgentError && error.details.field === field,
        field,
      )
    }
  })

  it('refuses malformed records with a typed error', () => {
    const good = encodeFingerImageRecord(record)
    const badLength = Buffer.from(good)
    badLength.writeUIntBE(good.length - 1, 8, 6)
    const shortFinger = Buffer.from(good)
    shortFinger.writeUInt32BE(13, 32)
    const longFinger = Buffer.from(good)
    longFinger.writeUInt32BE(0x100, 32)
    const cases: [string, Buffer, string][] = [
      ['wrong identifier', Buffer.concat([Buffer.from('FAC\0'), good.subarray(4)]), 'bad-header'],
      ['record length disagrees', badLength, 'bad-length'],
      ['finger header too short', shortFinger, 'bad-length'],
      ['finger image past the end', longFinger, 'truncated'],
      ['cut inside the general header', good.subarray(0, 20), 'bad-length'],
    ]
    for (const [name, bytes, reason] of cases) {
      assert.throws(
        () => decodeFingerImageRecord(bytes),
        (error: unknown) => error instanceof IcaoDecodeError && error.reason === reason,
        name,
      )
    }
  })
})
