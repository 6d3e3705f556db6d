import { AgentError } from '../../../../drivers/core/errors'
import type { PrintSide } from '../../../../drivers/core/printer'
import { v1 } from '../../../../protocol'

export type IssuanceKind = 'issue-id-card' | 'issue-passport'

/** Fingers the job captures itself, as ISO/IEC 19794-4 positions (1–10). */
export interface FingerprintPlan {
  readonly deviceId: string
  readonly positions: readonly number[]
  readonly timeoutMs: number
  readonly requestedScore: number
}

/** IssueIdCard and IssuePassport, read into one shape; personal data stays in `document`. */
export interface IssueRequest {
  readonly kind: IssuanceKind
  readonly printerId: string
  readonly encoderId: string
  readonly document: v1.IDocumentData
  readonly faceAttachment: number
  /** The faces to print, in print order, with the attachment holding each PNG (0: rendered). */
  readonly faces: readonly { readonly side: PrintSide; readonly attachment: number }[]
  readonly fingerAttachments: readonly number[]
  readonly fingerprints?: FingerprintPlan
  readonly activeAuthentication: boolean
}

const RIGHT_INDEX = 2
const LEFT_INDEX = 7
const DEFAULT_TIMEOUT_MS = 10_000
const DEFAULT_SCORE = 40
const MAX_TIMEOUT_MS = 120_000

export type IssueBody =
  | { readonly kind: 'issue-id-card'; readonly body: v1.IIssueIdCard }
  | { readonly kind: 'issue-passport'; readonly body: v1.IIssuePassport }

/**
 * Checks what can be checked without devices: the document format fits the job (TD1 cards, TD3
 * passports), every attachment index names a frame, the finger plan is sane. INVALID_ARGUMENT
 * names the field, never a value.
 */
export function readIssueRequest(
  input: IssueBody,
  attachmentCount: number,
  options: { readonly renderedFaces?: boolean } = {},
): IssueRequest {
  const { kind, body } = input
  const document = body.document ?? {}
  const wanted =
    kind === 'issue-id-card'
      ? v1.DocumentFormat.DOCUMENT_FORMAT_TD1
      : v1.DocumentFormat.DOCUMENT_FORMAT_TD3
  if (document.format !== wanted) {
    throw invalid('document.format', kind === 'issue-id-card' ? 'must-be-td1' : 'must-be-td3')
  }
  const attachment = (field: string, index: number | null | undefined): number => {
    const value = index ?? 0
    if (!Number.isInteger(value) || value < 1 || value > attachmentCount) {
      throw invalid(field, 'no-such-attachment')
    }
    return value
  }
  // A face the agent draws itself has attachment 0; one the client sent overrides it.
  const faceAttachment = (field: string, index: number | null | undefined): number =>
    options.renderedFaces === true && !index ? 0 : attachment(field, index)
  const faces =
    input.kind === 'issue-id-card'
      ? [
          {
            side: 'front' as const,
            attachment: faceAttachment('front_attachment', input.body.frontAttachment),
          },
          {
            side: 'back' as const,
            attachment: faceAttachment('back_attachment', input.body.backAttachment),
          },
        ]
      : [
          {
            side: 'data-page' as const,
            attachment: faceAttachment('data_page_attachment', input.body.dataPageAttachment),
          },
        ]
  const fingerprints = body.fingerprints ? readFingerprints(body.fingerprints) : undefined
  const fingerAttachments =
    fingerprints === undefined
      ? (body.fingerAttachments ?? []).map(index => attachment('finger_attachments', index))
      : []
  return {
    kind,
    printerId: requireId('printer_id', body.printerId),
    encoderId: requireId('encoder_id', body.encoderId),
    document,
    faceAttachment: attachment('face_attachment', body.faceAttachment),
    faces,
    fingerAttachments,
    ...(fingerprints ? { fingerprints } : {}),
    activeAuthentication: body.activeAuthentication === true,
  }
}

function readFingerprints(plan: v1.IIssuanceFingerprints): FingerprintPlan {
  const positions = (plan.positions ?? []).map(Number)
  const chosen = positions.length > 0 ? positions : [RIGHT_INDEX, LEFT_INDEX]
  if (chosen.some(position => !Number.isInteger(position) || position < 1 || position > 10)) {
    throw invalid('fingerprints.positions', 'not-a-finger')
  }
  if (new Set(chosen).size !== chosen.length) throw invalid('fingerprints.positions', 'duplicate')
  const timeoutMs = plan.timeoutMs || DEFAULT_TIMEOUT_MS
  if (timeoutMs > MAX_TIMEOUT_MS) throw invalid('fingerprints.timeout_ms', 'too-long')
  const requestedScore = plan.requestedScore ?? DEFAULT_SCORE
  if (requestedScore > 100) throw invalid('fingerprints.requested_score', 'above-100')
  return {
    deviceId: requireId('fingerprints.device_id', plan.deviceId),
    positions: chosen,
    timeoutMs,
    requestedScore: requestedScore || DEFAULT_SCORE,
  }
}

function requireId(field: string, value: string | null | undefined): string {
  if (value === undefined || value === null || value === '') throw invalid(field, 'missing')
  return value
}

function invalid(field: string, reason: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `${field}: ${reason}`, { details: { field, reason } })
}
