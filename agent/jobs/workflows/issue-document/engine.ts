import type { CapturedFinger, FingerprintScanner } from '../../../../drivers/core/fingerprint'
import { AgentError } from '../../../../drivers/core/errors'
import type { Logger } from '../../../../drivers/core/logger'
import type {
  FeedTarget,
  Printer,
  PrinterInfo,
  PrintFace,
  PrintSide,
} from '../../../../drivers/core/printer'
import { renderDocument } from '../../../documents/render'
import { decodePng } from '../../../imaging/decode-png'
import type { DocumentType } from '../../journal'
import type {
  PersonalizationEngine,
  PreparedPersonalization,
  ReaderAccess,
} from '../../personalization-engine'
import { runWorkflow, type StepMachineHooks } from '../../step-machine'
import { readIssueRequest, type IssueBody, type IssueRequest } from './issue-request'
import { resolveIssueDocument, type DocumentChoice } from './resolve-document'
import { ISSUE_DOCUMENT, personalizeBody } from './workflow'

/** The printers the job may drive; one user at a time. */
export interface PrinterLookup {
  printer(deviceId: string): Printer
  withPrinter<T>(deviceId: string, work: (printer: Printer) => Promise<T>): Promise<T>
}

export interface IssuanceEngineOptions {
  readonly personalization: PersonalizationEngine
  readonly readers: ReaderAccess
  readonly printers: PrinterLookup
  /** The fingerprint reader with this id, or DEVICE_NOT_FOUND / DEVICE_UNSUPPORTED. */
  readonly scanner: (deviceId: string) => FingerprintScanner
  readonly quality: (finger: CapturedFinger) => number
  /** DG3's share of the chip: all finger records together. */
  readonly dg3BudgetBytes: number
  readonly chipWaitMs: number
  /** Longest PNG face accepted, bytes. */
  readonly maxFaceImageBytes: number
  /** Overprint SPECIMEN on the faces the agent draws (test keys sign the chip). */
  readonly specimen: boolean
  /** Milliseconds since the epoch: an applicant without a date of issue gets today's. */
  readonly now: () => number
  readonly logger: Logger
  /**
   * The encoder the configuration wires to a printer's station (printers.encoders), or
   * undefined when it names none for that printer.
   */
  readonly encoderAt?: (printerId: string, station: FeedTarget) => string | undefined
}

/** A validated issuance, ready to run: devices known, faces decoded, chip files built. */
export interface PreparedIssuance {
  readonly request: IssueRequest
  readonly documentNumber: string
  readonly documentType: DocumentType
  /** Every device the caller must hold a lease on. */
  readonly deviceIds: readonly string[]
  run: PreparedPersonalization['run']
}

/**
 * IssueIdCard and IssuePassport: everything that can be refused is refused in `prepare`, before
 * the journal or any device is touched (document data, face, images against the printer's
 * raster, the devices' kinds). `run` then drives the issue-document workflow with the printer to
 * itself.
 */
export class IssuanceEngine {
  constructor(private readonly options: IssuanceEngineOptions) {}

  async prepare(
    input: IssueBody,
    attachments: readonly Buffer[],
    signal: AbortSignal,
  ): Promise<PreparedIssuance> {
    const options = this.options
    const choice = resolveIssueDocument(input, attachments, {
      today: new Date(options.now()).toISOString().slice(0, 10),
      specimen: options.specimen,
    })
    const request = readIssueRequest(choice.input, attachments.length, {
      renderedFaces: choice.render !== undefined,
    })
    const printer = options.printers.printer(request.printerId)
    const scanner = request.fingerprints
      ? options.scanner(request.fingerprints.deviceId)
      : undefined
    const info = await printer.info({ signal })
    const feedTarget = chooseStation(info, request)
    checkEncoderAtStation(request, feedTarget, options.encoderAt)
    const face = attachments[request.faceAttachment - 1] ?? Buffer.alloc(0)
    const fingers = request.fingerAttachments.map(
      index => attachments[index - 1] ?? Buffer.alloc(0),
    )
    // First the chip's checks, the portrait's decoding among them, so the faces are drawn only
    // from a portrait DG2 accepts.
    const prepared = await options.personalization.prepare(
      personalizeBody(request, fingers.length),
      [face, ...fingers],
      signal,
      { atPrinterStation: true },
    )
    const faces = await facesOf(request, choice, attachments, info, options.maxFaceImageBytes)
    return {
      request,
      documentNumber: prepared.documentNumber,
      documentType: prepared.documentType,
      deviceIds: [
        request.printerId,
        request.encoderId,
        ...(request.fingerprints ? [request.fingerprints.deviceId] : []),
      ],
      run: (control, { signal: jobSignal, hooks }) =>
        options.printers.withPrinter(request.printerId, async () => {
          let percent = 0
          const tracked: StepMachineHooks = {
            ...hooks,
            onStep: (step, at, attempt) => {
              percent = at
              hooks.onStep?.(step, at, attempt)
            },
            onProgress: (step, at) => {
              percent = at
              hooks.onProgress?.(step, at)
            },
          }
          return runWorkflow(ISSUE_DOCUMENT, {
            jobId: control.jobId,
            signal: jobSignal,
            hooks: tracked,
            data: {
              request,
              attachments,
              control,
              printer,
              feedTarget,
              faces,
              personalization: options.personalization,
              preparedAtAccept: prepared,
              readers: options.readers,
              ...(scanner ? { scanner } : {}),
              quality: options.quality,
              dg3BudgetBytes: options.dg3BudgetBytes,
              chipWaitMs: options.chipWaitMs,
              hooks,
              percent: () => percent,
              logger: options.logger,
              found: { fingersCaptured: 0, mediumInside: false, facesPrinted: 0 },
            },
          })
        }),
    }
  }
}

/**
 * The faces to print: the ones the client sent, decoded and checked against the printer's raster,
 * and the rest drawn by the agent at that raster from the chosen profile.
 */
async function facesOf(
  request: IssueRequest,
  choice: DocumentChoice,
  attachments: readonly Buffer[],
  info: PrinterInfo,
  maxBytes: number,
): Promise<PrintFace[]> {
  for (const { side } of request.faces) {
    if (!info.faces.includes(side)) {
      throw new AgentError('INVALID_ARGUMENT', `the printer does not print a ${side} face`, {
        details: { field: faceField(side), reason: 'face-not-printable' },
      })
    }
  }
  const render = choice.render
  const rendered =
    render === undefined || request.faces.every(face => face.attachment !== 0)
      ? []
      : await renderDocument(render.profile, render.content, () => ({
          widthPx: info.widthPx,
          heightPx: info.heightPx,
          dpi: info.dpi,
        }))
  const faces: PrintFace[] = []
  // One at a time: each decode holds a whole raster.
  for (const { side, attachment } of request.faces) {
    if (attachment === 0) {
      const drawn = rendered.find(face => face.side === side)
      if (drawn === undefined) {
        throw new AgentError('INVALID_ARGUMENT', `the profile has no ${side} face`, {
          details: { field: 'profile', reason: 'face-not-in-profile' },
        })
      }
      faces.push({ side, image: drawn.image })
      continue
    }
    const field = faceField(side)
    const image = await decodePng(
      attachments[attachment - 1] ?? Buffer.alloc(0),
      { maxWidth: info.widthPx, maxHeight: info.heightPx, maxBytes },
      field,
    )
    if (image.width !== info.widthPx || image.height !== info.heightPx) {
      throw new AgentError(
        'INVALID_ARGUMENT',
        `the ${side} image must be ${String(info.widthPx)} × ${String(info.heightPx)} pixels`,
        { details: { field, reason: 'wrong-size' } },
      )
    }
    faces.push({ side, image })
  }
  return faces
}

/** The request's field name: front_attachment, back_attachment, data_page_attachment. */
function faceField(side: PrintSide): string {
  return `${side.replace('-', '_')}_attachment`
}

/** Contact for ID cards when the printer has it (our encoders are contact readers). */
/**
 * A chip parked at the station shows up only in the encoder wired to it: any other reader would
 * wait out chipWaitMs and spoil the medium. Where the configuration names the wiring, another
 * encoder is refused before anything moves.
 */
function checkEncoderAtStation(
  request: IssueRequest,
  station: FeedTarget,
  encoderAt: IssuanceEngineOptions['encoderAt'],
): void {
  const wired = encoderAt?.(request.printerId, station)
  if (wired === undefined || wired === request.encoderId) return
  throw new AgentError(
    'INVALID_ARGUMENT',
    `encoder_id: not the encoder at the ${station} station`,
    {
      details: { field: 'encoder_id', reason: 'encoder-not-at-station', station, expected: wired },
    },
  )
}

function chooseStation(info: PrinterInfo, request: IssueRequest): FeedTarget {
  if (info.stations.includes('contact')) return 'contact'
  if (info.stations.includes('contactless')) return 'contactless'
  throw new AgentError('DEVICE_UNSUPPORTED', 'the printer has no chip encoding station', {
    details: { deviceId: request.printerId, reason: 'no-encoding-station' },
  })
}
