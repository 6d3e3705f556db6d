/**
 * RenderDocument and ListDocumentProfiles: the document profiles this agent issues, and the faces
 * it would print for an applicant, drawn by the same code the issuance jobs print with — so what
 * the operator checks is what the printer gets. Nothing is journaled, printed or logged but ids.
 */
import { AgentError } from '../../../drivers/core/errors'
import type { Clock } from '../../../drivers/core/clock'
import type { Printer } from '../../../drivers/core/printer'
import { v1 } from '../../../protocol/messages'
import { contentOfDocument, readApplicant } from '../../documents/applicant'
import { findProfile, PROFILES } from '../../documents/profiles'
import { nominalSize } from '../../documents/geometry'
import { renderDocument } from '../../documents/render'
import { encodeRgbPng } from '../../imaging/png'
import type { CommandHandler } from '../../server/handler'
import { readPortrait } from './portrait'

export interface DocumentServiceOptions {
  /** The printer with this id (DEVICE_NOT_FOUND otherwise), for its raster size. */
  readonly printer: (deviceId: string) => Printer
  readonly clock: Clock
  /** Overprint SPECIMEN on every face (the agent signs with test keys). */
  readonly specimen: boolean
  /** Largest portrait JPEG accepted, bytes. */
  readonly maxPortraitBytes: number
}

/** The resolution faces are drawn at when no printer is named. */
const DEFAULT_DPI = 300

export class DocumentService {
  constructor(private readonly options: DocumentServiceOptions) {}

  handlers(): {
    renderDocument: CommandHandler<'renderDocument'>
    listDocumentProfiles: CommandHandler<'listDocumentProfiles'>
  } {
    return {
      renderDocument: {
        requiresSession: true,
        run: async (body, context) => {
          const profile = profileById(body.profile)
          const portraitJpeg = await readPortrait(
            context.attachments,
            body.portraitAttachment ?? 0,
            this.options.maxPortraitBytes,
          )
          const common = {
            specimen: this.options.specimen,
            ...(portraitJpeg === undefined ? {} : { portraitJpeg }),
          }
          const resolved = body.document
            ? { content: contentOfDocument(profile, body.document, common), nameSource: 'given' }
            : readApplicant(profile, body.applicant ?? {}, {
                ...common,
                today: isoDay(this.options.clock.now()),
              })
          const printerId = body.printerId ?? ''
          const info =
            printerId === ''
              ? undefined
              : await this.options.printer(printerId).info({ signal: context.signal })
          const faces = await renderDocument(profile, resolved.content, face =>
            info === undefined
              ? nominalSize(face, DEFAULT_DPI)
              : { widthPx: info.widthPx, heightPx: info.heightPx, dpi: info.dpi },
          )
          const attachments = faces.map(face => encodeRgbPng(face.image))
          return {
            result: {
              faces: faces.map((face, index) => ({
                side: face.side,
                attachment: index + 1,
                widthPx: face.image.width,
                heightPx: face.image.height,
              })),
              mrzLines: [...resolved.content.mrzLines],
              nameSource: resolved.nameSource,
              specimen: resolved.content.specimen,
            },
            attachments,
          }
        },
      },
      listDocumentProfiles: {
        requiresSession: true,
        run: () => ({
          result: {
            profiles: PROFILES.map(profile => ({
              id: profile.id,
              title: profile.title.latin,
              titleNational: profile.title.national,
              format:
                profile.format === 'TD1'
                  ? v1.DocumentFormat.DOCUMENT_FORMAT_TD1
                  : v1.DocumentFormat.DOCUMENT_FORMAT_TD3,
              documentCode: profile.documentCode,
              issuingState: profile.issuingState,
              sides: profile.faces.map(face => face.side),
              specimen: profile.specimen,
              validityYears: profile.validityYears,
            })),
          },
        }),
      },
    }
  }
}

/** The profile named by a request, or INVALID_ARGUMENT `profile`. */
export function profileById(id: string | null | undefined) {
  const profile = findProfile(id ?? '')
  if (profile === undefined) {
    throw new AgentError('INVALID_ARGUMENT', 'profile: no such document profile', {
      details: { field: 'profile', reason: id ? 'unknown-profile' : 'missing' },
    })
  }
  return profile
}

/** `YYYY-MM-DD` of a clock reading, in UTC like every date the agent writes. */
export function isoDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10)
}
