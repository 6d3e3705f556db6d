import assert from 'node:assert/strict'
import {
  canonicalFields,
  encodeAuditRecord,
  GENESIS_HASH,
  hashAuditRecord,
  type AuditRecordBody,
} from '../../../../../agent/jobs/journal'

/** The vector docs/audit-trail.md shows; a central verifier written from the doc must agree. */
const VECTOR: AuditRecordBody = {
  seq: 1,
  at: 1_700_000_001_000,
  station: 'IDSTATION-0001',
  event: 'job.accepted',
  jobId: 'job-0001',
  kind: 'issue-id-card',
  deviceId: 'pcsc:Virtual Reader 0',
  chipSerial: null,
  documentRef: 'ab'.repeat(32),
  operator: 'desk-1',
  fields: { documentType: 'TD1', attempt: 1 },
  prevHash: GENESIS_HASH,
}

describe('audit record encoding', function () {
  it('hashes the pinned vector to the documented value', function () {
    // Cross-checked against an independent implementation of the spec in docs/audit-trail.md.
    assert.equal(
      hashAuditRecord(VECTOR),
      '8d57d4028b283017bdf1076c4736493754f5bcd75a12d1728cc87ea9037ab2e2',
    )
  })

  it('length-prefixes every field after a type byte, null as a lone zero', function () {
    const bytes = encodeAuditRecord(VECTOR)
    const label = Buffer.from('idstation/audit-record/v1')
    assert.deepEqual(bytes.subarray(0, 5), Buffer.from([1, 0, 0, 0, label.length]))
    assert.deepEqual(bytes.subarray(5, 5 + label.length), label)
    assert.deepEqual(
      bytes.subarray(5 + label.length, 11 + label.length),
      Buffer.from('\x02\0\0\0\x011'),
    )
    const nullThenRef = Buffer.concat([
      Buffer.from([0, 1, 0, 0, 0, 64]),
      Buffer.from('ab'.repeat(32)),
    ])
    assert.ok(bytes.includes(nullThenRef), 'chipSerial null is one 0x00 byte before documentRef')
  })

  it('sorts field keys, so the order they were written in does not change the hash', function () {
    assert.equal(canonicalFields({ b: 1, a: 'x', c: true }), '{"a":"x","b":1,"c":true}')
    const reordered = { ...VECTOR, fields: { attempt: 1, documentType: 'TD1' } }
    assert.equal(hashAuditRecord(reordered), hashAuditRecord(VECTOR))
  })

  it('changes the hash when any covered field changes, including across field boundaries', function () {
    const base = hashAuditRecord(VECTOR)
    const variants: Partial<AuditRecordBody>[] = [
      { seq: 2 },
      { at: VECTOR.at + 1 },
      { station: 'IDSTATION-0002' },
      { event: 'job.started' },
      { jobId: 'job-0002' },
      { kind: 'issue-passport' },
      { deviceId: 'pcsc:Virtual Reader 1' },
      { chipSerial: '' },
      { documentRef: 'cd'.repeat(32) },
      { operator: null },
      { fields: { documentType: 'TD1', attempt: 2 } },
      { prevHash: 'f'.repeat(64) },
      // Moving a character from one field to its neighbour keeps the concatenation equal.
      { jobId: 'job-0001i', kind: 'ssue-id-card' },
    ]
    for (const change of variants) {
      assert.notEqual(hashAuditRecord({ ...VECTOR, ...change }), base, JSON.stringify(change))
    }
  })

  it('tells the integer 1 from the text "1"', function () {
    const asText = { ...VECTOR, fields: { documentType: 'TD1', attempt: '1' } }
    assert.notEqual(hashAuditRecord(asText), hashAuditRecord(VECTOR))
  })
})
