import { isErrorCode } from '../../../drivers/core/error-codes'
import { AgentError } from '../../../drivers/core/errors'
import {
  DOCUMENT_TYPES,
  JOB_KINDS,
  type DocumentType,
  type JobFailure,
  type JobKind,
  type JobResultSummary,
} from './job-record'

/**
 * Input checks at the journal's edge. Messages name the field and the rule, never the value:
 * some values (a document number, a note) could be personal data.
 */
function invalid(field: string, rule: string): AgentError {
  return new AgentError('INVALID_ARGUMENT', `${field} ${rule}`, { details: { field } })
}

/** Client tokens: UUIDs, ULIDs and base64 fit; anything that could carry free text does not. */
const TOKEN = /^[A-Za-z0-9._:~+/=-]{1,128}$/
const STEP = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const OPERATOR = /^[A-Za-z0-9._@:-]{1,64}$/
const SUMMARY_KEY = /^[A-Za-z0-9_.-]{1,64}$/
// eslint-disable-next-line no-control-regex -- the point is to refuse control characters
const CONTROL = /[\u0000-\u001f\u007f]/

export const MAX_MESSAGE_LENGTH = 500
export const MAX_NOTE_LENGTH = 200
export const MAX_SUMMARY_BYTES = 4096

export function checkToken(field: string, value: string): string {
  if (!TOKEN.test(value))
    throw invalid(field, 'must be 1-128 characters of A-Z a-z 0-9 . _ : ~ + / = -')
  return value
}

export function checkKind(value: string): JobKind {
  const kind = JOB_KINDS.find(known => known === value)
  if (kind === undefined) throw invalid('kind', `must be one of ${JOB_KINDS.join(', ')}`)
  return kind
}

export function checkDocumentType(value: string): DocumentType {
  const type = DOCUMENT_TYPES.find(known => known === value)
  if (type === undefined)
    throw invalid('documentType', `must be one of ${DOCUMENT_TYPES.join(', ')}`)
  return type
}

export function checkRequestDigest(value: Uint8Array): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length < 16 || value.length > 64) {
    throw invalid('requestHash', 'must be a digest of 16-64 bytes')
  }
  return value
}

export function checkDeviceId(value: string): string {
  if (value.length === 0 || value.length > 200 || CONTROL.test(value)) {
    throw invalid('deviceId', 'must be 1-200 characters without control characters')
  }
  return value
}

export function checkStep(field: string, value: string): string {
  if (value.length > 64 || !STEP.test(value))
    throw invalid(field, 'must be a kebab-case step name of at most 64 characters')
  return value
}

export function checkPercent(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 100)
    throw invalid('percent', 'must be an integer from 0 to 100')
  return value
}

/** Chip serials are hex of the chip's unique id; upper case so one chip has one spelling. */
export function normalizeChipSerial(value: string): string {
  if (!/^(?:[0-9A-Fa-f]{2}){1,32}$/.test(value))
    throw invalid('chipSerial', 'must be 1-32 bytes of hex')
  return value.toUpperCase()
}

export function checkOperator(value: string): string {
  if (!OPERATOR.test(value))
    throw invalid('operator', 'must be 1-64 characters of A-Z a-z 0-9 . _ @ : -')
  return value
}

export function checkNote(value: string): string {
  if (value.length > MAX_NOTE_LENGTH || CONTROL.test(value)) {
    throw invalid(
      'note',
      `must be at most ${MAX_NOTE_LENGTH} characters without control characters`,
    )
  }
  return value
}

export function checkFailure(failure: JobFailure): JobFailure {
  if (!isErrorCode(failure.code))
    throw invalid('error.code', 'must be a code from the error catalogue')
  if (failure.message.length > MAX_MESSAGE_LENGTH) {
    throw invalid('error.message', `must be at most ${MAX_MESSAGE_LENGTH} characters`)
  }
  checkStep('error.failedStep', failure.failedStep)
  return failure
}

/** The summary as stored JSON: flat, finite scalars, short keys, at most 4 KiB. */
export function summaryJson(field: string, summary: JobResultSummary): string {
  if (typeof summary !== 'object' || Array.isArray(summary))
    throw invalid(field, 'must be a flat object')
  for (const [key, value] of Object.entries(summary)) {
    if (!SUMMARY_KEY.test(key))
      throw invalid(field, 'keys must be 1-64 characters of A-Z a-z 0-9 _ . -')
    const scalar =
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value))
    if (!scalar) throw invalid(field, 'values must be strings, finite numbers or booleans')
  }
  const json = JSON.stringify(summary)
  if (Buffer.byteLength(json) > MAX_SUMMARY_BYTES)
    throw invalid(field, `must be at most ${MAX_SUMMARY_BYTES} bytes as JSON`)
  return json
}
