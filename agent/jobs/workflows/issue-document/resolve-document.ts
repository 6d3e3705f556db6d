/**
 * The document an issuance prints and writes, from what the front-end sent: an applicant and a
 * profile (the agent builds the document data and draws the faces), document data and a profile
 * (the agent draws the faces), or document data and finished faces (printed as sent).
 */
import { AgentError } from '../../../../drivers/core/errors'
import { contentOfDocument, readApplicant } from '../../../documents/applicant'
import type { DocumentContent } from '../../../documents/content'
import type { DocumentProfile } from '../../../documents/profile'
import { findProfile } from '../../../documents/profiles'
import type { IssueBody } from './issue-request'

export interface DocumentChoice {
  /** The request with `document` filled in from the applicant when one was sent. */
  readonly input: IssueBody
  /** Present when the agent draws the faces the request does not bring. */
  readonly render?: { readonly profile: DocumentProfile; readonly content: DocumentContent }
}

export interface ResolveOptions {
  /** `YYYY-MM-DD`, the date of issue an applicant without one gets. */
  readonly today: string
  readonly specimen: boolean
}

/** Throws INVALID_ARGUMENT naming the field for an unknown profile or an applicant it refuses. */
export function resolveIssueDocument(
  input: IssueBody,
  attachments: readonly Buffer[],
  options: ResolveOptions,
): DocumentChoice {
  const body = input.body
  const profileId = body.profile ?? ''
  if (profileId === '') {
    if (body.applicant) throw invalid('profile', 'missing', 'an applicant needs a profile')
    return { input }
  }
  const profile = findProfile(profileId)
  if (profile === undefined) throw invalid('profile', 'unknown-profile', 'no such profile')
  const wanted = input.kind === 'issue-id-card' ? 'TD1' : 'TD3'
  if (profile.format !== wanted) {
    throw invalid('profile', 'format-mismatch', `this job issues ${wanted} documents`)
  }
  const face = attachments[(body.faceAttachment ?? 0) - 1]
  const common = {
    specimen: options.specimen,
    ...(face === undefined ? {} : { portraitJpeg: face }),
  }
  if (body.applicant) {
    if (body.document) throw invalid('document', 'with-applicant', 'send document or applicant')
    const resolved = readApplicant(profile, body.applicant, { ...common, today: options.today })
    const withDocument = { ...input, body: { ...body, document: resolved.document } } as IssueBody
    return { input: withDocument, render: { profile, content: resolved.content } }
  }
  return {
    input,
    render: { profile, content: contentOfDocument(profile, body.document ?? {}, common) },
  }
}

function invalid(field: string, reason: string, message: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `${field}: ${message}`, { details: { field, reason } })
}
