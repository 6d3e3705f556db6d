import assert from 'node:assert/strict'
import { createPrivateKey, createPublicKey } from 'node:crypto'
import { curveKeyPair } from 'zeromq'
import { helloProof, isZ85Key, sharedSecret, z85Decode, z85Encode } from '../../../protocol'

describe('Z85 and the Hello proof', () => {
  it('encodes the RFC 32 test vector', () => {
    const bytes = Buffer.from([0x86, 0x4f, 0xd2, 0x6f, 0xb5, 0x59, 0xf7, 0x5b])
    assert.equal(z85Encode(bytes), 'HelloWorld')
    assert.ok(z85Decode('HelloWorld').equals(bytes))
  })

  it('rejects bad lengths and characters', () => {
    assert.throws(() => z85Encode(Buffer.alloc(3)), RangeError)
    assert.throws(() => z85Decode('abcd'), RangeError)
    assert.throws(() => z85Decode('abcd~'), RangeError)
    assert.throws(() => z85Decode('%%%%%'), RangeError)
    assert.equal(isZ85Key('x'.repeat(39)), false)
    assert.equal(isZ85Key(curveKeyPair().publicKey), true)
  })

  it('reads libzmq CURVE keys as X25519 keys (the public key derives from the secret)', () => {
    const pair = curveKeyPair()
    const privateKey = createPrivateKey({
      key: {
        kty: 'OKP',
        crv: 'X25519',
        d: z85Decode(pair.secretKey).toString('base64url'),
        x: z85Decode(pair.publicKey).toString('base64url'),
      },
      format: 'jwk',
    })
    const derived = createPublicKey(privateKey).export({ format: 'jwk' }).x
    assert.equal(derived, z85Decode(pair.publicKey).toString('base64url'))
  })

  it('gives both ends the same secret, and another key a different one', () => {
    const agent = curveKeyPair()
    const client = curveKeyPair()
    const other = curveKeyPair()
    const clientSide = sharedSecret(client.publicKey, client.secretKey, agent.publicKey)
    const agentSide = sharedSecret(agent.publicKey, agent.secretKey, client.publicKey)
    assert.ok(clientSide.equals(agentSide))
    assert.ok(!sharedSecret(other.publicKey, other.secretKey, agent.publicKey).equals(agentSide))
    const proof = helloProof(clientSide, 'c-1')
    assert.ok(proof.equals(helloProof(agentSide, Buffer.from('c-1'))))
    assert.ok(!proof.equals(helloProof(agentSide, 'c-2')))
  })
})
