import { generateKeyPairSync, type KeyObject } from 'node:crypto'
import type { AaKey } from './prepare'

/** The chip's view of an RSA key: modulus and private exponent for PUT DATA, SPKI for DG15. */
export function rsaAaKey(privateKey: KeyObject, publicKey: KeyObject): AaKey {
  const jwk = privateKey.export({ format: 'jwk' })
  return {
    modulus: Buffer.from(jwk.n ?? '', 'base64url'),
    privateExponent: Buffer.from(jwk.d ?? '', 'base64url'),
    spki: publicKey.export({ type: 'spki', format: 'der' }),
  }
}

/** RSA-1024 with e = 65537: the only AA key the JMRTD applet holds (icao-9303.md §8). */
export function generateRsaAaKey(): AaKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 1024,
    publicExponent: 0x10001,
  })
  return rsaAaKey(privateKey, publicKey)
}
