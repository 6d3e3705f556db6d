import { createHmac, createPrivateKey, createPublicKey, diffieHellman } from 'node:crypto'
import { z85Decode } from './z85'

const LABEL = Buffer.from('idstation-hello-v1')

function rawKey(z85: string, what: string): Buffer {
  const raw = z85Decode(z85)
  if (raw.length !== 32) throw new RangeError(`${what} must be a 32-byte CURVE key`)
  return raw
}

/**
 * X25519 between one side's secret key and the other side's public key: both ends of a session
 * compute the same secret, and only holders of one of the two secret keys can.
 */
export function sharedSecret(
  ownPublicKey: string,
  ownSecretKey: string,
  peerPublicKey: string,
): Buffer {
  const privateKey = createPrivateKey({
    key: {
      kty: 'OKP',
      crv: 'X25519',
      d: rawKey(ownSecretKey, 'secret key').toString('base64url'),
      x: rawKey(ownPublicKey, 'public key').toString('base64url'),
    },
    format: 'jwk',
  })
  const publicKey = createPublicKey({
    key: { kty: 'OKP', crv: 'X25519', x: rawKey(peerPublicKey, 'peer key').toString('base64url') },
    format: 'jwk',
  })
  return diffieHellman({ privateKey, publicKey })
}

/**
 * The Hello proof that binds a ZeroMQ routing id to the CURVE key that sent it. libzmq passes the
 * client key to the ZAP handler but not to the application, and ZAP cannot see the routing id,
 * so the session proves it here: HMAC-SHA256(X25519 secret, label ‖ routing id).
 */
export function helloProof(secret: Buffer, routingId: Uint8Array | string): Buffer {
  return createHmac('sha256', secret)
    .update(LABEL)
    .update(typeof routingId === 'string' ? Buffer.from(routingId) : routingId)
    .digest()
}
