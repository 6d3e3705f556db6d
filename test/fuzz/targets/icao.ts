import { generateKeyPairSync } from 'node:crypto'
import { syntheticJpeg } from '../../../agent/cli/issuance/synthetic-jpeg'
import {
  decodeFaceRecord,
  decodeFingerImageRecord,
  readJpegFrame,
} from '../../../agent/icao/biometrics'
import { IcaoDecodeError } from '../../../agent/icao/icao-error'
import {
  decodeBiometricGroup,
  decodeCom,
  decodeDg1,
  decodeDg11,
  decodeDg12,
  decodeDg14,
  decodeDg15,
  decodeDg2,
  decodeDg3,
  encodeCom,
  encodeDg1,
  encodeDg11,
  encodeDg12,
  encodeDg14,
  encodeDg15,
  encodeDg2,
  encodeDg3,
} from '../../../agent/icao/lds'
import { buildSod, parseSod } from '../../../agent/icao/sod'
import { decodeTlv, decodeTlvs, encodeTlv } from '../../../agent/icao/tlv'
import { createSodFixture, fixtureDataGroups, FIXTURE_NOW } from '../../support/sod-fixture'
import { agentError } from '../accept'
import { target, type FuzzTarget } from '../harness'
import { outsideBytes } from '../mutate'

/** Every agent/icao decoder documents IcaoDecodeError (INVALID_ARGUMENT) and nothing else. */
const icaoError = agentError(['INVALID_ARGUMENT'], IcaoDecodeError)

const TD1 = [
  'I<UTOD231458907<<<<<<<<<<<<<<<',
  '7408122F1204159UTO<<<<<<<<<<<6',
  'ERIKSSON<<ANNA<MARIA<<<<<<<<<<',
]

function dg2Sample(): Buffer {
  return encodeDg2([{ jpeg: syntheticJpeg(16, 24, 3) }], { maxBytes: 5000 })
}

function dg3Sample(): Buffer {
  const finger = (position: number, image: string) => ({
    position,
    viewCount: 1,
    viewNumber: 1,
    quality: 60,
    impressionType: 0,
    width: 9,
    height: 9,
    image: Buffer.from(image, 'hex'),
  })
  return encodeDg3([
    {
      captureDeviceId: 1,
      acquisitionLevel: 31,
      scaleUnits: 1,
      scanResolution: { horizontal: 500, vertical: 500 },
      imageResolution: { horizontal: 500, vertical: 500 },
      pixelDepth: 8,
      compression: 2,
      fingers: [finger(2, 'ffa0ffa1'), finger(7, 'ffa0ffa2')],
    },
  ])
}

function decoder(
  name: string,
  decode: (bytes: Uint8Array) => unknown,
  samples: () => Buffer[],
  maxRandomLength = 300,
): FuzzTarget {
  return target<Buffer>({
    name,
    arbitrary: () => outsideBytes(samples(), maxRandomLength),
    run: bytes => decode(bytes),
    accept: icaoError,
  })
}

export const icaoTargets: readonly FuzzTarget[] = [
  decoder(
    'icao.tlv',
    bytes => decodeTlvs(bytes),
    () => [
      encodeTlv(0x61, [encodeTlv(0x5f1f, Buffer.from('abc')), encodeTlv(0x5c, Buffer.of(0x61))]),
      Buffer.concat([encodeTlv(0x7f61, Buffer.alloc(200, 7)), encodeTlv(0x02, Buffer.of(1))]),
    ],
  ),
  decoder('icao.com', decodeCom, () => [
    encodeCom({ ldsVersion: '0108', unicodeVersion: '040000', dataGroups: [1, 2, 3, 11, 12, 14] }),
  ]),
  decoder('icao.dg1', decodeDg1, () => [encodeDg1(TD1)]),
  decoder('icao.dg2', decodeDg2, () => [dg2Sample()], 600),
  decoder('icao.dg3', decodeDg3, () => [dg3Sample()]),
  decoder('icao.dg11', decodeDg11, () => [
    encodeDg11({ fullName: 'ÉRIKSSON<<ANNA', fullDateOfBirth: '1974-08-12', address: 'MAIN 1' }),
  ]),
  decoder('icao.dg12', decodeDg12, () => [
    encodeDg12({
      issuingAuthority: 'UTO',
      dateOfIssue: '2024-01-31',
      personalizationTime: new Date(0),
      personalizationSystemSerial: 'WS-1',
    }),
  ]),
  decoder('icao.dg14', decodeDg14, () => [
    encodeDg14([{ kind: 'active-authentication', signatureAlgorithm: '1.2.840.10045.4.3.2' }]),
  ]),
  decoder('icao.dg15', decodeDg15, () => [
    encodeDg15(
      generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({
        type: 'spki',
        format: 'der',
      }),
    ),
  ]),
  decoder('icao.face-record', decodeFaceRecord, () => [
    decodeBiometricGroup(decodeTlv(dg2Sample()).value, 'DG2')[0]?.data ?? Buffer.alloc(0),
  ]),
  decoder('icao.finger-record', decodeFingerImageRecord, () => [
    decodeBiometricGroup(decodeTlv(dg3Sample()).value, 'DG3')[0]?.data ?? Buffer.alloc(0),
  ]),
  target<Buffer>({
    name: 'icao.jpeg',
    arbitrary: () => outsideBytes([syntheticJpeg(16, 24, 3), syntheticJpeg(3, 2, 1)]),
    run: bytes => readJpegFrame(bytes),
    accept: agentError(['INVALID_ARGUMENT']),
  }),
  target<Buffer>({
    name: 'icao.sod',
    arbitrary: async () => {
      const sod = await buildSod({
        hashAlgorithm: 'sha256',
        dataGroups: fixtureDataGroups(),
        signer: createSodFixture().signer,
        signingTime: FIXTURE_NOW,
      })
      return outsideBytes([sod], 600)
    },
    run: bytes => parseSod(bytes),
    accept: icaoError,
  }),
]
