import { readFile } from 'node:fs/promises'
import { X509Certificate } from 'node:crypto'
import type { Clock } from '../../drivers/core/clock'
import { AgentError, toAgentError } from '../../drivers/core/errors'
import type { Logger } from '../../drivers/core/logger'
import type { AgentConfig } from '../config/schema'
import type { DocumentSigner } from '../icao/sod'
import type { PersonalizationEngine, ReaderAccess } from '../jobs/personalization-engine'
import { PersonalizeCardEngine } from '../jobs/workflows/personalize-card/engine'
import { KeyFileSigner } from '../signer/key-file-signer'

/** Opens the configured Document Signer; undefined for `signer.type: none`. */
export async function openSigner(
  config: AgentConfig['signer'],
): Promise<DocumentSigner | undefined> {
  switch (config.type) {
    case 'none':
      return undefined
    case 'key-file':
      return KeyFileSigner.open({
        keyFile: config.keyFile,
        certificateFile: config.certificateFile,
      })
    case 'pkcs11': {
      // pkcs11js is a native addon: loaded only where a token signs.
      const { Pkcs11Signer } = loadWhenUsed(
        '../signer/pkcs11-signer',
      ) as typeof import('../signer/pkcs11-signer')
      return Pkcs11Signer.open({
        modulePath: config.pkcs11.module,
        tokenLabel: config.pkcs11.tokenLabel,
        keyLabel: config.pkcs11.keyLabel,
        pin: { file: config.pkcs11.pinFile },
        certificate: { file: config.certificateFile },
      })
    }
  }
}

/** CSCA certificates, PEM or DER, as DER; a file that is not a certificate is a config error. */
export async function loadTrustAnchors(paths: readonly string[]): Promise<Uint8Array[]> {
  return Promise.all(
    paths.map(async path => {
      try {
        return new Uint8Array(new X509Certificate(await readFile(path)).raw)
      } catch (error) {
        throw new AgentError(
          'CONFIG_INVALID',
          `personalization.trustAnchors: ${path} is not a certificate`,
          {
            details: { reason: 'trust-anchor-unreadable' },
            cause: error,
          },
        )
      }
    }),
  )
}

export interface Personalization {
  readonly engine: (readers: ReaderAccess) => PersonalizationEngine
  close(): Promise<void>
}

/**
 * The personalization engine the configuration asks for, or undefined when there is no signer
 * (`signer.type: none`) or it cannot be opened: the agent then serves every other device and
 * answers PersonalizeCard with SIGNER_UNAVAILABLE. The reason is logged once, here.
 */
export async function personalizationFromConfig(
  config: AgentConfig,
  logger: Logger,
  clock: Pick<Clock, 'now'>,
): Promise<Personalization | undefined> {
  let signer: DocumentSigner | undefined
  try {
    signer = await openSigner(config.signer)
  } catch (error) {
    const failure = toAgentError(error, 'SIGNER_UNAVAILABLE')
    logger.error('document signer unavailable', {
      event: 'signer.unavailable',
      provider: config.signer.type,
      code: failure.code,
      reason: String(failure.details.reason ?? 'unknown'),
      err: failure,
    })
    return undefined
  }
  if (signer === undefined) return undefined
  const trustAnchors = await loadTrustAnchors(config.personalization.trustAnchors)
  logger.info('document signer ready', {
    event: 'signer.ready',
    provider: config.signer.type,
    count: trustAnchors.length,
  })
  const ready = signer
  return {
    engine: readers =>
      new PersonalizeCardEngine({
        readers,
        signer: ready,
        trustAnchors,
        maxFaceBytes: config.personalization.maxFaceBytes,
        // The JMRTD-style applet and vpcd both take extended APDUs (pcsc-and-vpcd.md).
        extendedLength: true,
        stationSerial: config.personalization.stationSerial,
        cardTimeoutMs: config.personalization.cardTimeoutMs,
        extendedAccessControl: config.personalization.extendedAccessControl,
        clock,
        logger,
      }),
    close: () => ready.close(),
  }
}

/**
 * Loads a module of this project at its first use. A plain require, because import() would
 * bypass the tsx CommonJS hook that bin/ runs the sources under.
 */
function loadWhenUsed(id: string): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when used: the module brings a native addon
  return require(id)
}
