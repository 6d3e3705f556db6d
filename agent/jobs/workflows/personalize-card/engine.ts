import { generateKeyPairSync } from 'node:crypto'
import type { Clock } from '../../../../drivers/core/clock'
import type { Logger } from '../../../../drivers/core/logger'
import { CardChannel } from '../../../../drivers/smartcard/card-channel'
import { formatStatusWord } from '../../../../drivers/smartcard/status-words'
import type { v1 } from '../../../../protocol'
import type { DocumentSigner } from '../../../icao/sod'
import type {
  PersonalizationEngine,
  PreparedPersonalization,
  ReaderAccess,
} from '../../personalization-engine'
import { runWorkflow } from '../../step-machine'
import { preparePersonalization, type AaKey } from './prepare'
import { PERSONALIZE_CARD } from './workflow'

export interface PersonalizeCardEngineOptions {
  readonly readers: ReaderAccess
  readonly signer: DocumentSigner
  /** CSCA certificates (DER) the read-back trusts. */
  readonly trustAnchors: readonly Uint8Array[]
  /** The chip profile: largest face JPEG and whether the chip takes extended APDUs. */
  readonly maxFaceBytes: number
  readonly extendedLength: boolean
  readonly stationSerial: string
  readonly cardTimeoutMs: number
  readonly clock: Pick<Clock, 'now'>
  readonly logger: Logger
  readonly generateAaKey?: () => AaKey
}

/** RSA-1024 with e = 65537: the only AA key the JMRTD applet holds (icao-9303.md §8). */
export function generateRsaAaKey(): AaKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 1024,
    publicExponent: 0x10001,
  })
  const jwk = privateKey.export({ format: 'jwk' })
  return {
    modulus: Buffer.from(jwk.n ?? '', 'base64url'),
    privateExponent: Buffer.from(jwk.d ?? '', 'base64url'),
    spki: publicKey.export({ type: 'spki', format: 'der' }),
  }
}

/**
 * PersonalizeCard's engine: validates and builds the chip's files in `prepare` (nothing touched
 * yet), then runs the personalize-card workflow with the reader to itself.
 */
export class PersonalizeCardEngine implements PersonalizationEngine {
  constructor(private readonly options: PersonalizeCardEngineOptions) {}

  prepare(
    body: v1.IPersonalizeCard,
    attachments: readonly Buffer[],
  ): Promise<PreparedPersonalization> {
    const options = this.options
    const plan = preparePersonalization(body, attachments, {
      maxFaceBytes: options.maxFaceBytes,
      stationSerial: options.stationSerial,
      now: new Date(options.clock.now()),
      generateAaKey: options.generateAaKey ?? generateRsaAaKey,
    })
    const deviceId = body.deviceId ?? ''
    return Promise.resolve({
      documentNumber: plan.documentNumber,
      documentType: plan.documentType,
      run: (control, { signal, hooks }) =>
        options.readers.withReader(deviceId, driver => {
          let apdus = 0
          const logger = options.logger
          const channel = new CardChannel(driver.apdu, {
            maxCommandLength: driver.maxCommandLength,
            observer: trace => {
              apdus += 1
              if (!logger.isDebugEnabled()) return
              // Header, status and lengths only: the data fields are personal data.
              logger.debug('apdu', {
                event: 'card.apdu',
                jobId: control.jobId,
                deviceId,
                ins: trace.ins,
                p1: trace.p1,
                p2: trace.p2,
                sw: formatStatusWord(trace.sw),
                bytes: trace.nc,
              })
            },
          })
          return runWorkflow(PERSONALIZE_CARD, {
            jobId: control.jobId,
            signal,
            hooks,
            data: {
              plan,
              control,
              driver,
              channel,
              signer: options.signer,
              trustAnchors: options.trustAnchors,
              extendedLength: options.extendedLength,
              cardTimeoutMs: options.cardTimeoutMs,
              now: () => new Date(options.clock.now()),
              apdus: () => apdus,
              found: { bytesWritten: 0 },
            },
          })
        }),
    })
  }
}
