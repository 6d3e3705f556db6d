import { createHmac } from 'node:crypto'
import { AgentError } from '../../../drivers/core/errors'

/**
 * Labels keep the uses of the station key apart, so a document reference can never equal
 * a request hash or the key check however the inputs are chosen.
 */
const LABEL = {
  document: 'idstation/journal/document-number/v1',
  request: 'idstation/journal/request-digest/v1',
  keyCheck: 'idstation/journal/key-check/v1',
  auditMac: 'idstation/journal/audit-mac/v1',
} as const

/** ICAO 9303 document numbers are upper-case letters and digits; TD1 allows up to 22 with its overflow. */
const DOCUMENT_NUMBER = /^[A-Z0-9]{1,22}$/

/**
 * The number as the MRZ field reads once its `<` fillers are dropped, upper-cased so `ab123`
 * and `AB123<<<<` are one number. The message never repeats the number: it is personal data.
 *
 * @throws AgentError `INVALID_ARGUMENT` when the result is not 1–22 letters and digits.
 */
export function normalizeDocumentNumber(documentNumber: string): string {
  const normalized = documentNumber.trim().toUpperCase().replace(/<+$/, '')
  if (!DOCUMENT_NUMBER.test(normalized)) {
    throw new AgentError(
      'INVALID_ARGUMENT',
      'documentNumber must be 1-22 letters and digits (MRZ fillers allowed at the end)',
      { details: { field: 'documentNumber', length: documentNumber.length } },
    )
  }
  return normalized
}

/**
 * Keyed hashes under the per-station secret: HMAC-SHA256, hex. Document numbers are short and
 * guessable, so a plain hash would be a lookup table away from the number; the key keeps them
 * opaque to anyone who copies the database without the key file.
 */
export class JournalHasher {
  private readonly key: Buffer

  constructor(key: Buffer) {
    this.key = Buffer.from(key)
  }

  /** The reference the journal stores in place of a document number. */
  documentRef(documentNumber: string): string {
    return this.hmac(LABEL.document, Buffer.from(normalizeDocumentNumber(documentNumber), 'ascii'))
  }

  /** The stored form of the caller's canonical request digest. */
  requestHash(requestDigest: Uint8Array): string {
    return this.hmac(LABEL.request, requestDigest)
  }

  /** A value stored in the database so a different key file is noticed before it frees numbers. */
  keyCheck(): string {
    return this.hmac(LABEL.keyCheck, Buffer.alloc(0))
  }

  /** The MAC of an audit record's hash: only a holder of the key can extend or rewrite the chain. */
  auditMac(recordHash: string): string {
    return this.hmac(LABEL.auditMac, Buffer.from(recordHash, 'hex'))
  }

  private hmac(label: string, data: Uint8Array): string {
    return createHmac('sha256', this.key)
      .update(label)
      .update(Buffer.from([0]))
      .update(data)
      .digest('hex')
  }
}
