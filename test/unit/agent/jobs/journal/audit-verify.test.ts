import assert from 'node:assert/strict'
import { createHmac } from 'node:crypto'
import {
  GENESIS_HASH,
  hashAuditRecord,
  verifyAuditChain,
  type AuditRecord,
  type AuditRecordBody,
} from '../../../../../agent/jobs/journal'

const KEY = Buffer.alloc(32, 7)
const mac = (hash: string): string => createHmac('sha256', KEY).update(hash).digest('hex')

function body(seq: number, prevHash: string): AuditRecordBody {
  return {
    seq,
    at: 1_700_000_000_000 + seq * 1000,
    station: 'IDSTATION-0001',
    event: seq === 1 ? 'job.accepted' : 'job.started',
    jobId: `job-${String(seq).padStart(4, '0')}`,
    kind: 'issue-id-card',
    deviceId: 'printer:evolis-1',
    chipSerial: null,
    documentRef: 'ab'.repeat(32),
    operator: null,
    fields: { attempt: 1 },
    prevHash,
  }
}

/** Finishes a record as the journal would: hash over the body, MAC over the hash. */
function seal(record: AuditRecordBody): AuditRecord {
  const hash = hashAuditRecord(record)
  return { ...record, hash, mac: mac(hash) }
}

/** A valid chain of `count` records. */
function chain(count: number): AuditRecord[] {
  const records: AuditRecord[] = []
  for (let seq = 1; seq <= count; seq += 1) {
    records.push(seal(body(seq, records.at(-1)?.hash ?? GENESIS_HASH)))
  }
  return records
}

/** Re-links, re-hashes and signs every record, as a forger rewriting the chain would. */
function rechain(records: readonly AuditRecordBody[], sign = mac): AuditRecord[] {
  const out: AuditRecord[] = []
  for (const record of records) {
    const linked = { ...record, prevHash: out.at(-1)?.hash ?? GENESIS_HASH }
    const hash = hashAuditRecord(linked)
    out.push({ ...linked, hash, mac: sign(hash) })
  }
  return out
}

function firstBad(records: readonly AuditRecord[], withMac = true) {
  const result = verifyAuditChain(records, withMac ? { mac } : {})
  assert.equal(result.ok, false)
  return result.firstBad
}

describe('verifyAuditChain', function () {
  it('accepts an intact chain and reports its head', function () {
    const records = chain(5)
    assert.deepEqual(verifyAuditChain(records, { mac }), {
      ok: true,
      records: 5,
      last: { seq: 5, hash: records[4]?.hash },
      macChecked: true,
    })
  })

  it('accepts an empty trail', function () {
    assert.deepEqual(verifyAuditChain([]), { ok: true, records: 0, macChecked: false })
  })

  it('finds an edited record by its hash', function () {
    const records = chain(5)
    records[2] = { ...(records[2] as AuditRecord), deviceId: 'printer:other' }
    assert.deepEqual(firstBad(records), { seq: 3, reason: 'hash-mismatch' })
  })

  it('finds an edited record whose hash was recomputed by the broken link after it', function () {
    const records = chain(5)
    records[2] = seal({ ...(records[2] as AuditRecord), chipSerial: '04AA' })
    assert.deepEqual(firstBad(records), { seq: 4, reason: 'prev-mismatch' })
  })

  it('finds a chain rewritten without the key by its MACs, and only with the key', function () {
    const genuine = chain(5)
    const bodies: AuditRecordBody[] = genuine.map(record => ({ ...record }))
    bodies[1] = { ...(bodies[1] as AuditRecordBody), fields: { attempt: 9 } }
    // Every hash recomputed from record 2 on; the forger has no key, so no valid MAC.
    const rewritten = rechain(bodies, () => 'f'.repeat(64)).map((record, index) =>
      index === 0 ? (genuine[0] as AuditRecord) : record,
    )
    assert.deepEqual(firstBad(rewritten), { seq: 2, reason: 'mac-mismatch' })
    assert.equal(verifyAuditChain(rewritten).ok, true, 'without the key a rewrite is consistent')
  })

  it('finds a deleted record as a gap', function () {
    const records = chain(5)
    records.splice(2, 1)
    assert.deepEqual(firstBad(records), { seq: 4, reason: 'gap' })
  })

  it('finds a deleted first record as a gap at the new first record', function () {
    assert.deepEqual(firstBad(chain(3).slice(1)), { seq: 2, reason: 'gap' })
  })

  it('finds an inserted record, renumbered or not', function () {
    const records = chain(4)
    const forged = seal({ ...body(3, (records[1] as AuditRecord).hash), jobId: 'job-9999' })
    const inserted = [...records.slice(0, 2), forged, ...records.slice(2)]
    assert.deepEqual(firstBad(inserted), { seq: 3, reason: 'gap' })
    const renumbered = [
      ...records.slice(0, 2),
      forged,
      ...records.slice(2).map(record => ({ ...record, seq: record.seq + 1 })),
    ]
    assert.deepEqual(firstBad(renumbered), { seq: 4, reason: 'prev-mismatch' })
  })

  it('finds reordered records', function () {
    const records = chain(4)
    const swapped = [records[0], records[2], records[1], records[3]] as AuditRecord[]
    assert.deepEqual(firstBad(swapped), { seq: 3, reason: 'gap' })
  })

  it('finds a first record that does not chain from genesis', function () {
    const records = chain(2)
    records[0] = seal({ ...(records[0] as AuditRecord), prevHash: 'e'.repeat(64) })
    assert.deepEqual(firstBad(records), { seq: 1, reason: 'bad-genesis' })
  })

  it('verifies a later slice from an anchor, and refuses it without one', function () {
    const records = chain(6)
    const anchor = { seq: 3, hash: (records[2] as AuditRecord).hash }
    assert.equal(verifyAuditChain(records.slice(3), { mac, after: anchor }).ok, true)
    assert.deepEqual(firstBad(records.slice(3)), { seq: 4, reason: 'gap' })
    const wrongAnchor = { seq: 3, hash: (records[1] as AuditRecord).hash }
    assert.deepEqual(verifyAuditChain(records.slice(3), { after: wrongAnchor }).firstBad, {
      seq: 4,
      reason: 'prev-mismatch',
    })
  })
})
