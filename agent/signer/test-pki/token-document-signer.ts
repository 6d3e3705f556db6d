import { randomBytes } from 'node:crypto'
import * as pkcs11js from 'pkcs11js'
import { readCertificateIdentity } from '../../icao/sod/certificate-identity'
import { P256_EC_PARAMS, p256PointFromEcPoint, p256SubjectPublicKeyInfo } from '../pkcs11/ec-point'
import { Pkcs11Module, type Pkcs11Factory } from '../pkcs11/pkcs11-module'
import {
  closeUserSession,
  findObjects,
  openUserSession,
  readAttribute,
} from '../pkcs11/token-session'
import { signerUnavailable } from '../signer-errors'
import { issueDocumentSignerCertificate, type DocumentSignerCertificateOptions } from './test-pki'

/** The token to generate the key on, and the certificate options. */
export interface TokenDocumentSignerOptions extends Omit<
  DocumentSignerCertificateOptions,
  'publicKeyInfo'
> {
  readonly modulePath: string
  readonly tokenLabel: string
  readonly pin: string
  /** CKA_LABEL of the new key pair and of the certificate stored next to it. */
  readonly keyLabel: string
  readonly factory?: Pkcs11Factory
}

/**
 * Generates an EC P-256 Document Signer key pair ON the token (private key sensitive and not
 * extractable: only the public point leaves it), has the test CSCA certify the public key, and
 * stores the certificate on the token under the same label and CKA_ID. Returns the certificate.
 *
 * @throws AgentError `SIGNER_UNAVAILABLE` when the token cannot be used, or `key-ambiguous` when a
 *   private key with `keyLabel` already exists (labels find keys, so they must stay unique).
 */
export function createTokenDocumentSigner(options: TokenDocumentSignerOptions): Uint8Array {
  const module = Pkcs11Module.acquire(options.modulePath, options.factory)
  try {
    const session = openUserSession(module, options.tokenLabel, options.pin, { readWrite: true })
    try {
      const existing = findObjects(session, [
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
        { type: pkcs11js.CKA_LABEL, value: options.keyLabel },
      ])
      if (existing.length > 0) {
        throw signerUnavailable(
          'key-ambiguous',
          `a key labelled "${options.keyLabel}" exists already`,
        )
      }
      const id = randomBytes(8)
      const common = [
        { type: pkcs11js.CKA_TOKEN, value: true },
        { type: pkcs11js.CKA_LABEL, value: options.keyLabel },
        { type: pkcs11js.CKA_ID, value: id },
      ]
      const keys = module.api.C_GenerateKeyPair(
        session.handle,
        { mechanism: pkcs11js.CKM_EC_KEY_PAIR_GEN },
        [
          ...common,
          { type: pkcs11js.CKA_EC_PARAMS, value: P256_EC_PARAMS },
          { type: pkcs11js.CKA_VERIFY, value: true },
        ],
        [
          ...common,
          { type: pkcs11js.CKA_PRIVATE, value: true },
          { type: pkcs11js.CKA_SIGN, value: true },
          { type: pkcs11js.CKA_SENSITIVE, value: true },
          { type: pkcs11js.CKA_EXTRACTABLE, value: false },
        ],
      )
      const point = p256PointFromEcPoint(
        readAttribute(session, keys.publicKey, pkcs11js.CKA_EC_POINT),
      )
      const certificate = issueDocumentSignerCertificate({
        ...options,
        publicKeyInfo: p256SubjectPublicKeyInfo(point),
      })
      module.api.C_CreateObject(session.handle, [
        ...common,
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
        { type: pkcs11js.CKA_CERTIFICATE_TYPE, value: pkcs11js.CKC_X_509 },
        {
          type: pkcs11js.CKA_SUBJECT,
          value: Buffer.from(readCertificateIdentity(certificate).subject),
        },
        { type: pkcs11js.CKA_VALUE, value: Buffer.from(certificate) },
      ])
      return certificate
    } finally {
      closeUserSession(session)
    }
  } finally {
    module.release()
  }
}
