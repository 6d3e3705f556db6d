import { createPublicKey, sign, X509Certificate, type KeyObject } from 'node:crypto'
import type { DocumentSignatureAlgorithm, DocumentSigner } from '../icao/sod/document-signer'
import { signerUnavailable } from './signer-errors'

/** The scheme a private key signs with, or undefined for keys a Document Signer cannot use. */
function algorithmOf(key: KeyObject): DocumentSignatureAlgorithm | undefined {
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1') {
    return 'ecdsa-p256-sha256'
  }
  if (key.asymmetricKeyType === 'rsa') return 'rsa-pkcs1-sha256'
  return undefined
}

/**
 * A Document Signer whose private key is a Node `KeyObject` in this process: the engine of the
 * key-file signer and of unit tests. Signing is synchronous in OpenSSL, so calls never overlap.
 */
export class KeyObjectSigner implements DocumentSigner {
  readonly algorithm: DocumentSignatureAlgorithm
  private closed = false

  /**
   * @throws AgentError `SIGNER_UNAVAILABLE` (`details.reason` `key-unsupported`,
   *   `certificate-invalid` or `key-certificate-mismatch`) when the pair cannot sign EF.SOD.
   */
  constructor(
    private readonly privateKey: KeyObject,
    private readonly certificateDer: Uint8Array,
  ) {
    const algorithm = algorithmOf(privateKey)
    if (privateKey.type !== 'private' || algorithm === undefined) {
      throw signerUnavailable('key-unsupported', 'the Document Signer key is not EC P-256 or RSA')
    }
    this.algorithm = algorithm
    let certificate: X509Certificate
    try {
      certificate = new X509Certificate(certificateDer)
    } catch (error) {
      throw signerUnavailable(
        'certificate-invalid',
        'the Document Signer certificate is not X.509',
        error,
      )
    }
    const expected = createPublicKey(privateKey).export({ type: 'spki', format: 'der' })
    const actual = certificate.publicKey.export({ type: 'spki', format: 'der' })
    if (!expected.equals(actual)) {
      throw signerUnavailable(
        'key-certificate-mismatch',
        'the Document Signer certificate does not belong to the key',
      )
    }
  }

  certificate(): Uint8Array {
    return this.certificateDer
  }

  sign(message: Uint8Array): Promise<Uint8Array> {
    if (this.closed) {
      return Promise.reject(signerUnavailable('closed', 'the Document Signer was closed'))
    }
    // ECDSA in DER form is what CMS carries; RSA ignores dsaEncoding.
    const signature = sign('sha256', message, { key: this.privateKey, dsaEncoding: 'der' })
    return Promise.resolve(new Uint8Array(signature))
  }

  close(): Promise<void> {
    this.closed = true
    return Promise.resolve()
  }
}
