import assert from 'node:assert/strict'
import { checkSignerCoversDocument } from '../../../../../agent/jobs/workflows/personalize-card/signer-validity'
import {
  createTestCsca,
  createTestDocumentSigner,
  cscaNotAfter,
  documentSignerNotAfter,
} from '../../../../../agent/signer/test-pki'
import { AgentError } from '../../../../../drivers/core/errors'

const NOW = new Date('2026-01-10T08:00:00Z')

describe('agent/jobs/workflows/personalize-card/signer-validity', () => {
  const csca = createTestCsca({ now: NOW })
  /** A DS certificate that ends 2030-06-30T12:00:00Z. */
  const ds = createTestDocumentSigner({
    csca,
    now: NOW,
    notAfter: new Date('2030-06-30T12:00:00Z'),
  })

  it('accepts a document that expires before the DS certificate ends', () => {
    checkSignerCoversDocument(ds.certificate, '2030-06-29')
  })

  it('refuses a document valid past the DS certificate, naming both dates', () => {
    // Valid through the end of 2030-06-30, twelve hours after the certificate ends.
    for (const expiry of ['2030-06-30', '2036-01-09']) {
      assert.throws(
        () => {
          checkSignerCoversDocument(ds.certificate, expiry)
        },
        (error: unknown) =>
          error instanceof AgentError &&
          error.code === 'SIGNER_UNAVAILABLE' &&
          !error.retryable &&
          error.details.reason === 'document-outlives-ds-certificate' &&
          error.message.includes(expiry) &&
          error.message.includes('2030-06-30T12:00:00.000Z'),
      )
    }
  })

  it('sizes the test PKI per Doc 9303-12: DS = 3 months + documents, CSCA = 5 years + DS', () => {
    assert.equal(documentSignerNotAfter(NOW).toISOString(), '2036-04-12T08:00:00.000Z')
    assert.equal(cscaNotAfter(NOW).toISOString(), '2041-04-12T08:00:00.000Z')
    assert.equal(documentSignerNotAfter(NOW, 5).toISOString(), '2031-04-12T08:00:00.000Z')
    // A default test DS signs a 10-year document issued on the last day of its key usage.
    const signer = createTestDocumentSigner({ csca, now: NOW })
    checkSignerCoversDocument(signer.certificate, '2036-04-11')
  })
})
