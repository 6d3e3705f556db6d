import assert from 'node:assert/strict'
import { createHmac, createPrivateKey, createPublicKey, diffieHellman } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { helloProof, sharedSecret, z85Decode, z85Encode } from '../../../protocol'

// docs/protocol.md works the Hello proof through with fixed keys, so a front-end author in any
// language can check each step. Every value there is recomputed here twice: with the agent's own
// code, and with nothing but node:crypto, so neither a wrong doc nor a wrong helper passes.
const doc = fs.readFileSync(path.resolve(__dirname, '../../../docs/protocol.md'), 'utf8')
const block = doc.slice(doc.indexOf('```text\nclient secret key'))

function field(label: string): string {
  const match = new RegExp(`^${label}\\s+([0-9a-f]+)$`, 'm').exec(block)
  assert.ok(match, `docs/protocol.md gives the ${label}`)
  return match[1]!
}
function z85Of(label: string): string {
  const match = new RegExp(`^${label}\\s+[0-9a-f]+\\n\\s+z85 (\\S{40})$`, 'm').exec(block)
  assert.ok(match, `docs/protocol.md gives the ${label} in Z85`)
  return match[1]!
}

// RFC 8410 DER wrappers around raw X25519 keys.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex')
const SPKI_PREFIX = Buffer.from('302a300506032b656e032100', 'hex')
const privateKey = (raw: Buffer) =>
  createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, raw]), format: 'der', type: 'pkcs8' })
const publicKey = (raw: Buffer) =>
  createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' })
const rawPublic = (secret: Buffer) =>
  createPublicKey(privateKey(secret)).export({ format: 'der', type: 'spki' }).subarray(-32)

describe('docs/protocol.md: the Hello proof worked example', () => {
  const hex = (label: string) => Buffer.from(field(label), 'hex')
  const clientSecret = hex('client secret key')
  const clientPublic = hex('client public key')
  const agentSecret = hex('agent secret key')
  const agentPublic = hex('agent public key')
  const routingId = hex('routing id')
  const shared = hex('shared secret')
  const input = hex('HMAC input')
  const proof = hex('proof')

  it('gives each key as 32 bytes, its Z85 form and the public half of its secret', () => {
    for (const key of [clientSecret, clientPublic, agentSecret, agentPublic]) {
      assert.equal(key.length, 32)
    }
    assert.deepEqual(z85Decode(z85Of('client secret key')), clientSecret)
    assert.deepEqual(z85Decode(z85Of('client public key')), clientPublic)
    assert.deepEqual(z85Decode(z85Of('agent secret key')), agentSecret)
    assert.deepEqual(z85Decode(z85Of('agent public key')), agentPublic)
    assert.deepEqual(rawPublic(clientSecret), clientPublic)
    assert.deepEqual(rawPublic(agentSecret), agentPublic)
    assert.equal(routingId.toString('latin1'), 'c-0123456789abcdef01234567')
  })

  it('has the X25519 secret both sides compute, by node:crypto and by session-proof.ts', () => {
    const byClient = diffieHellman({
      privateKey: privateKey(clientSecret),
      publicKey: publicKey(agentPublic),
    })
    const byAgent = diffieHellman({
      privateKey: privateKey(agentSecret),
      publicKey: publicKey(clientPublic),
    })
    assert.deepEqual(byClient, shared)
    assert.deepEqual(byAgent, shared)
    const [cp, cs, ap, as] = [clientPublic, clientSecret, agentPublic, agentSecret].map(z85Encode)
    assert.deepEqual(sharedSecret(cp!, cs!, ap!), shared)
    assert.deepEqual(sharedSecret(ap!, as!, cp!), shared)
  })

  it('has the HMAC input and the proof, by node:crypto and by session-proof.ts', () => {
    assert.deepEqual(input, Buffer.concat([Buffer.from('idstation-hello-v1', 'ascii'), routingId]))
    assert.deepEqual(createHmac('sha256', shared).update(input).digest(), proof)
    assert.deepEqual(helloProof(shared, routingId), proof)
    assert.deepEqual(helloProof(shared, routingId.toString('latin1')), proof)
  })
})
