import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto'
import { isZ85Key, z85Decode, z85Encode } from '../../protocol/z85'

/** A CURVE (X25519) key pair as ZeroMQ takes it: two 40-character Z85 strings. */
export interface CurveKeyPair {
  readonly publicKey: string
  readonly secretKey: string
}

// PKCS#8 wrapping of a raw X25519 private key (RFC 8410), so node:crypto can derive its public key.
const X25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex')

function rawFromJwk(value: string | undefined): Buffer {
  /* c8 ignore next */ // node:crypto always exports both parts of an OKP key
  if (value === undefined) throw new Error('X25519 key export lacks a component')
  return Buffer.from(value, 'base64url')
}

/**
 * Generates a CURVE key pair with node:crypto's X25519, which is the curve libzmq uses, so the
 * CLI can make keys without loading the ZeroMQ addon.
 */
export function generateKeyPair(): CurveKeyPair {
  const { privateKey } = generateKeyPairSync('x25519')
  const jwk = privateKey.export({ format: 'jwk' })
  return { publicKey: z85Encode(rawFromJwk(jwk.x)), secretKey: z85Encode(rawFromJwk(jwk.d)) }
}

/** Derives the Z85 public key of a Z85 secret key. @throws RangeError on a malformed key. */
export function publicKeyOf(secretKey: string): string {
  if (!isZ85Key(secretKey)) throw new RangeError('not a 40-character Z85 key')
  const der = Buffer.concat([X25519_PKCS8_PREFIX, z85Decode(secretKey)])
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })
  return z85Encode(rawFromJwk(createPublicKey(privateKey).export({ format: 'jwk' }).x))
}

/** True when both keys are Z85 and the public key belongs to the secret key. */
export function isMatchingKeyPair(pair: CurveKeyPair): boolean {
  return (
    isZ85Key(pair.publicKey) &&
    isZ85Key(pair.secretKey) &&
    publicKeyOf(pair.secretKey) === pair.publicKey
  )
}
