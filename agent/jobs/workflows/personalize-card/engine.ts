import type { Clock } from '../../../../drivers/core/clock'
import type { Logger } from '../../../../drivers/core/logger'
import { CardChannel } from '../../../../drivers/smartcard/card-channel'
import { formatStatusWord } from '../../../../drivers/smartcard/status-words'
import type { v1 } from '../../../../protocol'
import type { DocumentSigner } from '../../../icao/sod'
import type {
  PersonalizationEngine,
  PrepareFlags,
  PreparedPersonalization,
  ReaderAccess,
} from '../../personalization-engine'
import { runWorkflow } from '../../step-machine'
import { AaKeyPool } from './aa-key-pool'
import { preparePersonalization, type AaKey } from './prepare'
import { checkChipLimits } from './chip-limits'
import { checkPortrait } from './portrait-check'
import { checkSignerCoversDocument } from './signer-validity'
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
  /** `personalization.extendedAccessControl`: DG3 is written only with it (default false). */
  readonly extendedAccessControl?: boolean
}

/**
 * PersonalizeCard's engine: validates and builds the chip's files in `prepare` (nothing touched
 * yet), then runs the personalize-card workflow with the reader to itself.
 */
export class PersonalizeCardEngine implements PersonalizationEngine {
  private readonly aaKeys: () => AaKey
  readonly extendedAccessControl: boolean

  constructor(private readonly options: PersonalizeCardEngineOptions) {
    this.extendedAccessControl = options.extendedAccessControl === true
    if (options.generateAaKey) this.aaKeys = options.generateAaKey
    else {
      const pool = new AaKeyPool()
      this.aaKeys = () => pool.take()
    }
  }

  async prepare(
    body: v1.IPersonalizeCard,
    attachments: readonly Buffer[],
    _signal?: AbortSignal,
    flags: PrepareFlags = {},
  ): Promise<PreparedPersonalization> {
    const options = this.options
    const plan = preparePersonalization(body, attachments, {
      maxFaceBytes: options.maxFaceBytes,
      stationSerial: options.stationSerial,
      now: new Date(options.clock.now()),
      generateAaKey: this.aaKeys,
      extendedAccessControl: this.extendedAccessControl,
    })
    checkChipLimits(body.document ?? {}, plan)
    checkSignerCoversDocument(options.signer.certificate(), body.document?.dateOfExpiry ?? '')
    await checkPortrait(
      attachments[(body.faceAttachment ?? 0) - 1] ?? Buffer.alloc(0),
      'face_attachment',
    )
    const deviceId = body.deviceId ?? ''
    return {
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
              operatorSwapsCards: flags.atPrinterStation !== true,
              now: () => new Date(options.clock.now()),
              apdus: () => apdus,
              found: { bytesWritten: 0 },
            },
          })
        }),
    }
  }
}
