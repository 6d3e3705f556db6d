import { createPrivateKey, X509Certificate, type KeyObject } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { AgentError } from '../../drivers/core/errors'
import { KeyObjectSigner } from './key-object-signer'
import { readSecretFile } from './secret-file'
import { signerUnavailable } from './signer-errors'

/** The two files of a development Document Signer. */
export interface KeyFileSignerOptions {
  /** PKCS#8 PEM private key (EC P-256 or RSA), mode 0600 or stricter. */
  readonly keyFile: string
  /** The Document Signer certificate, PEM or DER. */
  readonly certificateFile: string
}

async function readPrivateKey(path: string, platform: NodeJS.Platform): Promise<KeyObject> {
  let pem: string
  try {
    pem = await readSecretFile(path, platform)
  } catch (error) {
    const detail = error instanceof AgentError ? error.message : 'unreadable'
    throw signerUnavailable('key-file-unreadable', `Document Signer key file: ${detail}`, error, {
      path,
    })
  }
  try {
    return createPrivateKey({ key: pem, format: 'pem' })
  } catch (error) {
    throw signerUnavailable(
      'key-unsupported',
      `${path} is not an unencrypted PEM private key`,
      error,
      { path },
    )
  }
}

async function readCertificate(path: string): Promise<Uint8Array> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  } catch (error) {
    throw signerUnavailable('certificate-not-found', `cannot read ${path}`, error, { path })
  }
  try {
    return new X509Certificate(bytes).raw
  } catch (error) {
    throw signerUnavailable('certificate-invalid', `${path} is not an X.509 certificate`, error, {
      path,
    })
  }
}

/**
 * The development Document Signer: a private key in a file next to its certificate. The key file
 * is refused when group or others can access it, as the agent's own key files are. Production
 * keys belong in an HSM (`Pkcs11Signer`).
 */
export class KeyFileSigner extends KeyObjectSigner {
  /**
   * @throws AgentError `SIGNER_UNAVAILABLE`, `details.reason` one of `key-file-unreadable`
   *   (missing, or mode looser than 0600; the message gives the chmod fix), `key-unsupported`,
   *   `certificate-not-found`, `certificate-invalid`, `key-certificate-mismatch`.
   */
  static async open(
    options: KeyFileSignerOptions,
    platform: NodeJS.Platform = process.platform,
  ): Promise<KeyFileSigner> {
    const privateKey = await readPrivateKey(options.keyFile, platform)
    const certificate = await readCertificate(options.certificateFile)
    return new KeyFileSigner(privateKey, certificate)
  }
}
