import { createHash, verify, X509Certificate } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import * as pkcs11js from 'pkcs11js'
import { AgentError } from '../../drivers/core/errors'
import type { DocumentSigner } from '../icao/sod/document-signer'
import { ecdsaRawToDer } from './ecdsa-signature'
import { P256_EC_PARAMS } from './pkcs11/ec-point'
import { isSessionLost, pkcs11Unavailable } from './pkcs11/pkcs11-errors'
import { Pkcs11Module, type Pkcs11Factory } from './pkcs11/pkcs11-module'
import {
  closeUserSession,
  findObjects,
  openUserSession,
  readAttribute,
  type TokenSession,
} from './pkcs11/token-session'
import { readSecretFile } from './secret-file'
import type { SignerUnavailableReason } from './signer-errors'

/** Where the Document Signer certificate comes from. */
export type Pkcs11CertificateSource =
  | { readonly file: string }
  /** A CKO_CERTIFICATE object on the same token, found by CKA_LABEL. */
  | { readonly tokenLabel: string }

/** Which module, token, PIN, key and certificate a PKCS#11 Document Signer uses. */
export interface Pkcs11SignerOptions {
  /** The Cryptoki library, e.g. `/usr/lib/softhsm/libsofthsm2.so`. */
  readonly modulePath: string
  /** CKA_LABEL of the token (CK_TOKEN_INFO.label without its blank padding). */
  readonly tokenLabel: string
  /** The user PIN, given or read from a 0600 file (its trailing newline dropped). */
  readonly pin: { readonly value: string } | { readonly file: string }
  /** CKA_LABEL of the EC P-256 private key. */
  readonly keyLabel: string
  /** Defaults to the certificate on the token labelled like the key. */
  readonly certificate?: Pkcs11CertificateSource
}

// Large enough for r ‖ s of any curve up to P-521; pkcs11js returns the used part.
const SIGNATURE_BUFFER_BYTES = 132
const PROBE_MESSAGE = Buffer.from('idstation Document Signer key check')

async function readPin(pin: Pkcs11SignerOptions['pin']): Promise<string> {
  if ('value' in pin) return pin.value
  try {
    return (await readSecretFile(pin.file)).replace(/\r?\n$/, '')
  } catch (error) {
    const detail = error instanceof AgentError ? error.message : 'unreadable'
    throw pkcs11Unavailable('pin-unreadable', `token PIN file: ${detail}`, error)
  }
}

async function certificateFromFile(file: string): Promise<Uint8Array> {
  let bytes: Buffer
  try {
    bytes = await readFile(file)
  } catch (error) {
    throw pkcs11Unavailable('certificate-not-found', `cannot read ${file}`, error)
  }
  try {
    return new X509Certificate(bytes).raw
  } catch (error) {
    throw pkcs11Unavailable('certificate-invalid', `${file} is not an X.509 certificate`, error)
  }
}

/**
 * Runs token object calls, turning a bare Cryptoki failure into `SIGNER_UNAVAILABLE`: a lost
 * session is `token-removed`, anything else `reason`.
 */
function onToken<T>(reason: SignerUnavailableReason, what: string, action: () => T): T {
  try {
    return action()
  } catch (error) {
    if (error instanceof AgentError) throw error
    if (isSessionLost(error)) throw pkcs11Unavailable('token-removed', `token lost ${what}`, error)
    throw pkcs11Unavailable(reason, `token failed ${what}`, error)
  }
}

function certificateFromToken(session: TokenSession, label: string): Uint8Array {
  return onToken('certificate-not-found', `reading certificate "${label}"`, () =>
    readCertificateObject(session, label),
  )
}

function findPrivateKey(session: TokenSession, label: string): Buffer {
  return onToken('key-not-found', `finding private key "${label}"`, () =>
    findPrivateKeyObject(session, label),
  )
}

function readCertificateObject(session: TokenSession, label: string): Uint8Array {
  const template = [
    { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_CERTIFICATE },
    { type: pkcs11js.CKA_LABEL, value: label },
  ]
  const [object, ...others] = findObjects(session, template)
  if (object === undefined || others.length > 0) {
    throw pkcs11Unavailable(
      'certificate-not-found',
      `expected one certificate labelled "${label}" on the token, found ${object === undefined ? 0 : 1 + others.length}`,
    )
  }
  const value = readAttribute(session, object, pkcs11js.CKA_VALUE)
  try {
    return new X509Certificate(value).raw
  } catch (error) {
    throw pkcs11Unavailable('certificate-invalid', `certificate "${label}" is not X.509`, error)
  }
}

function findPrivateKeyObject(session: TokenSession, label: string): Buffer {
  const template = [
    { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
    { type: pkcs11js.CKA_LABEL, value: label },
  ]
  const [key, ...others] = findObjects(session, template)
  if (key === undefined) {
    throw pkcs11Unavailable('key-not-found', `no private key is labelled "${label}" on the token`)
  }
  if (others.length > 0) {
    throw pkcs11Unavailable('key-ambiguous', `several private keys are labelled "${label}"`)
  }
  // CK_ULONG in host byte order; the x86-64 and arm64 hosts we run on are little-endian.
  const keyTypeBytes = readAttribute(session, key, pkcs11js.CKA_KEY_TYPE)
  const keyType = keyTypeBytes.readUIntLE(0, Math.min(6, keyTypeBytes.length))
  const parameters = readAttribute(session, key, pkcs11js.CKA_EC_PARAMS)
  if (keyType !== pkcs11js.CKK_EC || !parameters.equals(P256_EC_PARAMS)) {
    throw pkcs11Unavailable('key-unsupported', `private key "${label}" is not an EC P-256 key`)
  }
  return key
}

/**
 * A Document Signer whose EC P-256 key stays in a PKCS#11 token (an HSM; SoftHSM2 in tests).
 * The SHA-256 hash is computed here and signed with CKM_ECDSA, because tokens such as Debian's
 * SoftHSM2 do not offer CKM_ECDSA_SHA256; the r ‖ s result is converted to DER for CMS.
 *
 * One session per signer; signs are queued so they never overlap on it. When the token goes away
 * the failing sign rejects with `token-removed` (retryable) and the next sign logs in again.
 */
export class Pkcs11Signer implements DocumentSigner {
  readonly algorithm = 'ecdsa-p256-sha256' as const
  private queue: Promise<unknown> = Promise.resolve()
  private closed = false

  private constructor(
    private readonly module: Pkcs11Module,
    private readonly options: Pkcs11SignerOptions,
    private readonly pin: string,
    private readonly certificateDer: Uint8Array,
    private session: TokenSession | undefined,
    private key: Buffer | undefined,
  ) {}

  /**
   * Loads the module, logs in to the token, finds key and certificate and proves with one
   * signature that they belong together.
   *
   * @throws AgentError `SIGNER_UNAVAILABLE` with `details.reason` one of `module-missing`,
   *   `module-failed`, `token-not-found`, `pin-incorrect`, `pin-locked`, `pin-unreadable`,
   *   `key-not-found`, `key-ambiguous`, `key-unsupported`, `certificate-not-found`,
   *   `certificate-invalid`, `key-certificate-mismatch`.
   */
  static async open(options: Pkcs11SignerOptions, factory?: Pkcs11Factory): Promise<Pkcs11Signer> {
    const pin = await readPin(options.pin)
    const fileCertificate =
      options.certificate !== undefined && 'file' in options.certificate
        ? await certificateFromFile(options.certificate.file)
        : undefined
    const module = Pkcs11Module.acquire(options.modulePath, factory)
    let signer: Pkcs11Signer
    let session: TokenSession | undefined
    try {
      session = openUserSession(module, options.tokenLabel, pin)
      const key = findPrivateKey(session, options.keyLabel)
      const certificateLabel =
        options.certificate !== undefined && 'tokenLabel' in options.certificate
          ? options.certificate.tokenLabel
          : options.keyLabel
      const certificate = fileCertificate ?? certificateFromToken(session, certificateLabel)
      signer = new Pkcs11Signer(module, options, pin, certificate, session, key)
    } catch (error) {
      if (session !== undefined) closeUserSession(session)
      module.release()
      throw error
    }
    // From here the signer owns session and module, and close() gives both back.
    try {
      await signer.checkKeyMatchesCertificate()
    } catch (error) {
      await signer.close()
      throw error
    }
    return signer
  }

  certificate(): Uint8Array {
    return this.certificateDer
  }

  /** Queued behind any sign in progress; see `DocumentSigner.sign`. */
  sign(message: Uint8Array): Promise<Uint8Array> {
    const result = this.queue.then(() => this.signNow(message))
    this.queue = result.catch(() => undefined)
    return result
  }

  /** Waits for queued signs, logs out, closes the session and releases the module. Idempotent. */
  async close(): Promise<void> {
    if (this.closed) return
    this.closed = true
    await this.queue
    this.dropSession()
    this.module.release()
  }

  private async checkKeyMatchesCertificate(): Promise<void> {
    const signature = await this.signNow(PROBE_MESSAGE)
    const publicKey = new X509Certificate(this.certificateDer).publicKey
    const matches = verify(
      'sha256',
      PROBE_MESSAGE,
      { key: publicKey, dsaEncoding: 'der' },
      signature,
    )
    if (!matches) {
      throw pkcs11Unavailable(
        'key-certificate-mismatch',
        `the certificate does not belong to private key "${this.options.keyLabel}"`,
      )
    }
  }

  private connect(): { readonly session: TokenSession; readonly key: Buffer } {
    if (this.session !== undefined && this.key !== undefined) {
      return { session: this.session, key: this.key }
    }
    const session = openUserSession(this.module, this.options.tokenLabel, this.pin)
    try {
      this.key = findPrivateKey(session, this.options.keyLabel)
    } catch (error) {
      closeUserSession(session)
      throw error
    }
    this.session = session
    return { session, key: this.key }
  }

  private dropSession(): void {
    if (this.session !== undefined) closeUserSession(this.session)
    this.session = undefined
    this.key = undefined
  }

  private async signNow(message: Uint8Array): Promise<Uint8Array> {
    if (this.closed) throw pkcs11Unavailable('closed', 'the Document Signer was closed')
    const { session, key } = this.connect()
    const digest = createHash('sha256').update(message).digest()
    const { api } = this.module
    let raw: Buffer
    try {
      api.C_SignInit(session.handle, { mechanism: pkcs11js.CKM_ECDSA }, key)
      raw = await api.C_SignAsync(session.handle, digest, Buffer.alloc(SIGNATURE_BUFFER_BYTES))
    } catch (error) {
      throw this.signFailure(error)
    }
    return ecdsaRawToDer(raw)
  }

  private signFailure(error: unknown): AgentError {
    if (isSessionLost(error)) {
      this.dropSession()
      return pkcs11Unavailable('token-removed', 'the token went away while signing', error)
    }
    return pkcs11Unavailable('sign-failed', 'the token refused to sign', error)
  }
}
