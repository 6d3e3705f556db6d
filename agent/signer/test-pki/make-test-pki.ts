import { X509Certificate, type KeyObject } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AgentError } from '../../../drivers/core/errors'
import { SOFTHSM_MODULE_PATH } from './softhsm-token-store'
import { createTestCsca, createTestDocumentSigner } from './test-pki'
import { createTokenDocumentSigner } from './token-document-signer'

/** Where the Document Signer key of a test PKI lives when it is not in a key file. */
export interface TestPkiTokenOptions {
  /** Defaults to Debian's SoftHSM2 module. SOFTHSM2_CONF must name the store before this runs. */
  readonly modulePath?: string
  readonly tokenLabel: string
  readonly pin: string
  /** Defaults to `ds`. */
  readonly keyLabel?: string
}

/** Where to write the test PKI and where its Document Signer key lives. */
export interface MakeTestPkiOptions {
  /** Created 0700 if missing; files in it are never overwritten. */
  readonly outDir: string
  readonly now?: Date
  readonly country?: string
  /**
   * Longest validity of the documents the Document Signer will sign, in years (default 10): the
   * DS certificate lasts its three-month key usage period plus this, the CSCA its five-year key
   * usage period plus the DS certificate's lifetime (Doc 9303-12 §4.1.1.1, §4.1.4.1).
   */
  readonly documentValidityYears?: number
  /** Generate the DS key on this token instead of in a key file. */
  readonly token?: TestPkiTokenOptions
}

/** The paths of what `makeTestPki` wrote, and the token objects it made. */
export interface TestPkiFiles {
  /** The CSCA certificate (PEM): the trust anchor for passive authentication. */
  readonly cscaCertificate: string
  /** The CSCA private key (PKCS#8 PEM, 0600), to issue more Document Signers later. */
  readonly cscaPrivateKey: string
  /** The Document Signer certificate (PEM), in both modes. */
  readonly dsCertificate: string
  /** The Document Signer private key (PKCS#8 PEM, 0600), in key-file mode only. */
  readonly dsPrivateKey?: string
  /** In token mode: where the key and its certificate (same CKA_LABEL) are. */
  readonly token?: {
    readonly modulePath: string
    readonly tokenLabel: string
    readonly keyLabel: string
  }
}

function pem(der: Uint8Array): string {
  return new X509Certificate(der).toString()
}

function privateKeyPem(key: KeyObject): string {
  return key.export({ type: 'pkcs8', format: 'pem' }).toString()
}

async function writeNew(path: string, text: string, mode: number): Promise<void> {
  try {
    await writeFile(path, text, { mode, flag: 'wx' })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'failed'
    throw new AgentError(
      'CONFIG_INVALID',
      code === 'EEXIST'
        ? `${path} exists already; make the test PKI in an empty directory`
        : `${path} cannot be written (${code})`,
      { details: { path }, cause: error },
    )
  }
}

/**
 * Makes a test PKI for development and tests: a self-signed EC P-256 CSCA (test country `UT`)
 * and a Document Signer certificate it issued (valid three months of key usage plus the longest
 * document validity, 10 years unless `documentValidityYears` says otherwise), with the DS
 * key either in a 0600 PKCS#8 key file or generated on a PKCS#11 token (SoftHSM2) where it
 * cannot be extracted. Never for production documents.
 *
 * Files: `csca.pem`, `csca-key.pem`, `ds.pem` and, in key-file mode, `ds-key.pem`.
 */
export async function makeTestPki(options: MakeTestPkiOptions): Promise<TestPkiFiles> {
  const { outDir } = options
  await mkdir(outDir, { recursive: true, mode: 0o700 })
  const validity =
    options.documentValidityYears === undefined
      ? {}
      : { documentValidityYears: options.documentValidityYears }
  const csca = createTestCsca({
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.country === undefined ? {} : { country: options.country }),
    ...validity,
  })
  const files = {
    cscaCertificate: join(outDir, 'csca.pem'),
    cscaPrivateKey: join(outDir, 'csca-key.pem'),
    dsCertificate: join(outDir, 'ds.pem'),
  }
  await writeNew(files.cscaPrivateKey, privateKeyPem(csca.privateKey), 0o600)
  await writeNew(files.cscaCertificate, pem(csca.certificate), 0o644)
  const certificateOptions = {
    csca,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...validity,
  }

  if (options.token === undefined) {
    const ds = createTestDocumentSigner(certificateOptions)
    const dsPrivateKey = join(outDir, 'ds-key.pem')
    await writeNew(dsPrivateKey, privateKeyPem(ds.privateKey), 0o600)
    await writeNew(files.dsCertificate, pem(ds.certificate), 0o644)
    return { ...files, dsPrivateKey }
  }

  const token = {
    modulePath: options.token.modulePath ?? SOFTHSM_MODULE_PATH,
    tokenLabel: options.token.tokenLabel,
    keyLabel: options.token.keyLabel ?? 'ds',
  }
  const certificate = createTokenDocumentSigner({
    ...certificateOptions,
    ...token,
    pin: options.token.pin,
  })
  await writeNew(files.dsCertificate, pem(certificate), 0o644)
  return { ...files, token }
}
