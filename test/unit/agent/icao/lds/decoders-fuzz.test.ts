import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import fc from 'fast-check'
import { AgentError } from '../../../../../drivers/core/errors'
import { decodeFaceRecord, decodeFingerImageRecord } from '../../../../../agent/icao/biometrics'
import { IcaoDecodeError } from '../../../../../agent/icao/icao-error'
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
} from '../../../../../agent/icao/lds'
import { parseMrz } from '../../../../../agent/icao/mrz'
import { decodeTlv } from '../../../../../agent/icao/tlv'
import { syntheticJpeg } from '../../../../support/synthetic-jpeg'
import specimens from '../../../../fixtures/icao9303/mrz-specimens.json'

/**
 * Every decoder reads bytes from outside (a chip, a file, a front-end), so for any input it must
 * return a value or throw IcaoDecodeError — never a RangeError, a TypeError or a parser's own error.
 */
const decoders: [string, (bytes: Uint8Array) => unknown, Buffer][] = [
  [
    'EF.COM',
    decodeCom,
    encodeCom({
      ldsVersion: '0108',
      unicodeVersion: '040000',
      dataGroups: [1, 2, 3, 11, 12, 14, 15],
    }),
  ],
  ['DG1', decodeDg1, encodeDg1(specimens.td1.lines)],
  ['DG2', decodeDg2, encodeDg2([{ jpeg: syntheticJpeg(16, 24, 3) }], { maxBytes: 5000 })],
  [
    'DG3',
    decodeDg3,
    encodeDg3([
      {
        captureDeviceId: 1,
        acquisitionLevel: 31,
        scaleUnits: 1,
        scanResolution: { horizontal: 500, vertical: 500 },
        imageResolution: { horizontal: 500, vertical: 500 },
        pixelDepth: 8,
        compression: 2,
        fingers: [
          {
            position: 2,
            viewCount: 1,
            viewNumber: 1,
            quality: 60,
            impressionType: 0,
            width: 9,
            height: 9,
            image: Buffer.from('ffa0ffa1', 'hex'),
          },
          {
            position: 7,
            viewCount: 1,
            viewNumber: 1,
            quality: 60,
            impressionType: 0,
            width: 9,
            height: 9,
            image: Buffer.from('ffa0ffa2', 'hex'),
          },
        ],
      },
    ]),
  ],
  [
    'DG11',
    decodeDg11,
    encodeDg11({
      fullName: 'ÉRIKSSON<<ANNA',
      fullDateOfBirth: '1974-08-12',
      address: 'MAIN STREET 1',
    }),
  ],
  [
    'DG12',
    decodeDg12,
    encodeDg12({
      issuingAuthority: 'UTO',
      dateOfIssue: '2024-01-31',
      personalizationTime: new Date(0),
      personalizationSystemSerial: 'WS-1',
    }),
  ],
  [
    'DG14',
    decodeDg14,
    encodeDg14([{ kind: 'active-authentication', signatureAlgorithm: '1.2.840.10045.4.3.2' }]),
  ],
  [
    'DG15',
    decodeDg15,
    encodeDg15(
      generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({
        type: 'spki',
        format: 'der',
      }),
    ),
  ],
]

function valueOrTypedError(decode: (bytes: Uint8Array) => unknown, bytes: Uint8Array): void {
  try {
    decode(bytes)
  } catch (error) {
    assert.ok(
      error instanceof IcaoDecodeError,
      `${String(error)} for ${Buffer.from(bytes).toString('hex')}`,
    )
  }
}

/** A valid encoding cut short, with bytes flipped or with bytes inserted: reaches past the first TLV. */
const mutated = (valid: Buffer) =>
  fc.oneof(
    fc.integer({ min: 0, max: valid.length }).map(end => valid.subarray(0, end)),
    fc
      .array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), {
        minLength: 1,
        maxLength: 4,
      })
      .map(flips => {
        const copy = Buffer.from(valid)
        for (const [at, value] of flips) copy[at] = value
        return copy
      }),
    fc
      .tuple(fc.nat(valid.length), fc.uint8Array({ minLength: 1, maxLength: 8 }))
      .map(([at, extra]) => Buffer.concat([valid.subarray(0, at), extra, valid.subarray(at)])),
  )

describe('agent/icao decoders on bytes from outside', () => {
  for (const [name, decode, valid] of decoders) {
    it(`${name}: decodes its own encoding`, () => {
      assert.doesNotThrow(() => decode(valid))
    })

    it(`${name}: random bytes give a value or an IcaoDecodeError`, () => {
      const tag = valid[0] ?? 0
      fc.assert(
        fc.property(
          fc.oneof(
            fc.uint8Array({ maxLength: 300 }),
            // Random content behind the right outer tag, so the inner decoders get exercised too.
            fc
              .uint8Array({ maxLength: 250 })
              .map(body =>
                Buffer.concat([
                  Buffer.from([tag, body.length > 127 ? 0x81 : body.length]),
                  ...(body.length > 127 ? [Buffer.from([body.length])] : []),
                  body,
                ]),
              ),
          ),
          bytes => {
            valueOrTypedError(decode, bytes)
          },
        ),
        { numRuns: 1500 },
      )
    })

    it(`${name}: mutated encodings give a value or an IcaoDecodeError`, () => {
      fc.assert(
        fc.property(mutated(valid), bytes => {
          valueOrTypedError(decode, bytes)
        }),
        { numRuns: 1500 },
      )
    })
  }

  it('19794 records: random and mutated bytes give a value or an IcaoDecodeError', () => {
    // The BDBs inside the DG2 and DG3 encodings above.
    const face = decodeBiometricGroup(decodeTlv(decoders[2]![2]).value, 'DG2')[0]!.data
    const finger = decodeBiometricGroup(decodeTlv(decoders[3]![2]).value, 'DG3')[0]!.data
    for (const [decode, valid] of [
      [decodeFaceRecord, face],
      [decodeFingerImageRecord, finger],
    ] as const) {
      fc.assert(
        fc.property(fc.oneof(fc.uint8Array({ maxLength: 120 }), mutated(valid)), bytes => {
          valueOrTypedError(decode, bytes)
        }),
        { numRuns: 2000 },
      )
    }
  })

  it('parseMrz: any text gives a value or an AgentError', () => {
    const mrzText = fc.oneof(
      fc.string({ maxLength: 100 }),
      fc.string({
        unit: fc.constantFrom('A', 'Z', '0', '9', '<', 'K'),
        minLength: 88,
        maxLength: 90,
      }),
      fc
        .array(fc.tuple(fc.nat(89), fc.constantFrom('A', '0', '<', '9', 'X')), { maxLength: 6 })
        .map(changes => {
          const text = specimens.td1.lines.join('').split('')
          for (const [at, value] of changes) text[at] = value
          return text.join('')
        }),
    )
    fc.assert(
      fc.property(mrzText, text => {
        try {
          parseMrz(text)
        } catch (error) {
          assert.ok(error instanceof AgentError, String(error))
        }
      }),
      { numRuns: 3000 },
    )
  })
})
