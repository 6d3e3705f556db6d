import { X509Certificate } from 'node:crypto'
import { AgentError } from '../../../../drivers/core/errors'

/**
 * A Document Signer certificate must outlive every document it signs (Doc 9303-12 §4.1.1.1): an
 * inspection system checks the DS certificate's validity during passive authentication, so a
 * document that expires after it would fail as soon as the certificate does. Checked at accept,
 * before a lease is used or a card fed.
 *
 * @param certificate the signer's DER certificate
 * @param dateOfExpiry the document's date of expiry, ISO `YYYY-MM-DD` (already validated by the
 *   MRZ builder); the document is valid through the end of that day (UTC)
 * @throws AgentError `SIGNER_UNAVAILABLE`, not retryable, `details.reason`
 *   `document-outlives-ds-certificate`: this signer cannot sign the document; a new DS
 *   certificate (or a shorter document) is needed. The message names both dates.
 */
export function checkSignerCoversDocument(certificate: Uint8Array, dateOfExpiry: string): void {
  const notAfter = new Date(new X509Certificate(certificate).validTo)
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateOfExpiry)
  if (!match) return
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  // The last second of the day of expiry, UTC.
  const lastValid = new Date(Date.UTC(year, month - 1, day + 1) - 1000)
  if (lastValid.getTime() <= notAfter.getTime()) return
  throw new AgentError(
    'SIGNER_UNAVAILABLE',
    `the document expires on ${dateOfExpiry}, after its Document Signer certificate ` +
      `(valid until ${notAfter.toISOString()}); install a Document Signer certificate that ` +
      'outlives the documents it signs',
    {
      retryable: false,
      details: { reason: 'document-outlives-ds-certificate', field: 'document.date_of_expiry' },
    },
  )
}
