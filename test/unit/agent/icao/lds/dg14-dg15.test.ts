import assert from 'node:assert/strict'
import { generateKeyPairSync } from 'node:crypto'
import { AgentError } from '../../../../../drivers/core/errors'
import { IcaoDecodeError } from '../../../../../agent/icao/icao-error'
import {
  ACTIVE_AUTHENTICATION_PROTOCOL,
  decodeDg14,
  decodeDg15,
  encodeDg14,
  encodeDg15,
} from '../../../../../agent/icao/lds'

const hex = (value: string) => Buffer.from(value.replaceAll(' ', ''), 'hex')
const ECDSA_WITH_SHA256 = '1.2.840.10045.4.3.2'

describe('agent/icao/lds DG14', () => {
  it('encodes ActiveAuthenticationInfo in DER', () => {
    // SEQUENCE { OID 2.23.136.1.1.5, INTEGER 1, OID 1.2.840.10045.4.3.2 }
    const info = '3015 0606 678108010105 020101 0608 2a8648ce3d040302'
    assert.equal(
      encodeDg14([
        { kind: 'active-authentication', signatureAlgorithm: ECDSA_WITH_SHA256 },
      ]).toString('hex'),
      `6e19 3117 ${info}`.replaceAll(' ', ''),
    )
  })

  it('sorts the SET OF as DER requires and keeps other SecurityInfos byte for byte', () => {
    // A ChipAuthenticationInfo (id-CA-ECDH-AES-CBC-CMAC-128, version 1), built by hand.
    const chipAuthentication = hex('300f 060a 04007f00070202030202 020101')
    const dg14 = encodeDg14([
      { kind: 'active-authentication', signatureAlgorithm: ECDSA_WITH_SHA256 },
      { kind: 'der', der: chipAuthentication },
    ])
    const { securityInfos } = decodeDg14(dg14)
    assert.deepEqual(
      securityInfos.map(info => info.protocol),
      ['0.4.0.127.0.7.2.2.3.2.2', ACTIVE_AUTHENTICATION_PROTOCOL],
    )
    assert.deepEqual(securityInfos[0]?.der, chipAuthentication)
    assert.deepEqual(securityInfos[1]?.activeAuthentication, {
      version: 1,
      signatureAlgorithm: ECDSA_WITH_SHA256,
    })
    assert.deepEqual(
      encodeDg14([
        { kind: 'der', der: chipAuthentication },
        { kind: 'active-authentication', signatureAlgorithm: ECDSA_WITH_SHA256 },
      ]),
      dg14,
    )
  })

  it('refuses bad OIDs and passed-in DER that is no SecurityInfo', () => {
    for (const signatureAlgorithm of ['1.2.840.', '3.1', '1.40', 'ecdsa']) {
      assert.throws(
        () => encodeDg14([{ kind: 'active-authentication', signatureAlgorithm }]),
        AgentError,
        signatureAlgorithm,
      )
    }
    for (const der of [hex('0201 01'), hex('3003 020101'), hex('3005 0603 2a8648 00')]) {
      assert.throws(
        () => encodeDg14([{ kind: 'der', der }]),
        (error: unknown) => error instanceof AgentError && error.details.reason === 'not-der',
      )
    }
    assert.throws(() => encodeDg14([]), AgentError)
  })

  it('refuses malformed DG14 with a typed error', () => {
    const failsWith = (reason: string) => (error: unknown) =>
      error instanceof IcaoDecodeError && error.reason === reason
    assert.throws(() => decodeDg14(hex('6e02 3000')), failsWith('unexpected-tag'))
    assert.throws(() => decodeDg14(hex('6e04 3102 0200')), failsWith('unexpected-tag'))
    assert.throws(() => decodeDg14(hex('6e06 3104 3002 0200')), failsWith('missing-element'))
    assert.throws(
      () => decodeDg14(hex('6e0c 310a 3008 0606 678108010105')),
      failsWith('missing-element'),
    )
    assert.throws(() => decodeDg14(hex('6e09 3107 3005 0601 80 0200')), failsWith('not-der'))
  })
})

describe('agent/icao/lds DG15', () => {
  it('wraps an RSA-1024 SubjectPublicKeyInfo, as the JMRTD applet uses for AA, and reads it back', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
    const spki = publicKey.export({ type: 'spki', format: 'der' })
    const dg15 = encodeDg15(spki)
    assert.equal(dg15.subarray(0, 3).toString('hex'), '6f81a2')
    assert.deepEqual(decodeDg15(dg15), {
      subjectPublicKeyInfo: spki,
      algorithm: '1.2.840.113549.1.1.1',
    })
  })

  it('takes an EC key too', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const spki = publicKey.export({ type: 'spki', format: 'der' })
    assert.equal(decodeDg15(encodeDg15(spki)).algorithm, '1.2.840.10045.2.1')
  })

  it('refuses bytes that are not exactly one DER SubjectPublicKeyInfo', () => {
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' })
    const spki = publicKey.export({ type: 'spki', format: 'der' })
    const notDer = (error: unknown) =>
      error instanceof AgentError && error.details.reason === 'not-der'
    assert.throws(() => encodeDg15(Buffer.concat([spki, Buffer.from([0])])), notDer)
    assert.throws(() => encodeDg15(hex('3000')), notDer)
    assert.throws(() => encodeDg15(spki.subarray(0, 20)), notDer)
    const dg15 = encodeDg15(spki)
    const broken = Buffer.from(dg15)
    broken[4] = 0x31
    assert.throws(
      () => decodeDg15(broken),
      (error: unknown) => error instanceof IcaoDecodeError,
    )
  })
})
