import assert from 'node:assert/strict'
import {
  JournalHasher,
  normalizeDocumentNumber,
} from '../../../../../agent/jobs/journal/document-ref'
import { throwsAgentError } from './journal-fixture'

describe('document references', function () {
  const hasher = new JournalHasher(Buffer.alloc(32, 0x5a))

  it('normalizes MRZ fillers, case and surrounding space', function () {
    assert.equal(normalizeDocumentNumber(' l898902c3<<< '), 'L898902C3')
    assert.equal(hasher.documentRef('l898902c3<'), hasher.documentRef('L898902C3'))
  })

  it('keeps distinct numbers distinct, fillers inside included', function () {
    assert.notEqual(hasher.documentRef('L898902C3'), hasher.documentRef('L898902C4'))
    throwsAgentError(() => normalizeDocumentNumber('L898<902C3'), 'INVALID_ARGUMENT')
  })

  it('refuses empty, over-long or non-MRZ numbers', function () {
    for (const bad of ['', '<<<', 'A'.repeat(23), 'ÄB12', 'AB-12']) {
      throwsAgentError(() => normalizeDocumentNumber(bad), 'INVALID_ARGUMENT', {
        field: 'documentNumber',
      })
    }
  })

  it('is HMAC-SHA256 under the station key with a label per use', function () {
    const ref = hasher.documentRef('L898902C3')
    assert.match(ref, /^[0-9a-f]{64}$/)
    assert.notEqual(new JournalHasher(Buffer.alloc(32, 0x5b)).documentRef('L898902C3'), ref)
    // The same bytes as a request digest hash differently from the document number.
    assert.notEqual(hasher.requestHash(Buffer.from('L898902C3')), ref)
    assert.notEqual(hasher.keyCheck(), hasher.requestHash(new Uint8Array(0)))
  })
})
