import type Database from 'better-sqlite3'
import { readAuditRecords } from './audit-log'
import { GENESIS_HASH, hashAuditRecord, type AuditRecord } from './audit-record'

/**
 * Why a record breaks the chain:
 * - `gap`: its seq is not the one after its predecessor (a record deleted, inserted or moved);
 * - `bad-genesis`: record 1 does not chain from the genesis value;
 * - `prev-mismatch`: its prevHash is not its predecessor's hash (a neighbour was replaced);
 * - `hash-mismatch`: its content does not hash to its stored hash (the record was edited);
 * - `mac-mismatch`: the hash is consistent but not MACed under the station key (the chain was
 *   rewritten or extended by someone without the key).
 */
export type AuditBreak = 'gap' | 'bad-genesis' | 'prev-mismatch' | 'hash-mismatch' | 'mac-mismatch'

export interface AuditVerification {
  readonly ok: boolean
  /** Records checked, up to and including the first bad one. */
  readonly records: number
  /** The last good record, to anchor the next verification of a later export. */
  readonly last?: { readonly seq: number; readonly hash: string }
  readonly firstBad?: { readonly seq: number; readonly reason: AuditBreak }
  /** Whether MACs were checked (only with the station key). */
  readonly macChecked: boolean
}

export interface AuditVerifyOptions {
  /** Computes the expected MAC of a hash; without it MACs are not checked. */
  readonly mac?: (hash: string) => string
  /**
   * The record just before the first one given, for a trail that does not start at seq 1 (an
   * export `--since`); without it the first record must be seq 1 chaining from genesis.
   */
  readonly after?: { readonly seq: number; readonly hash: string }
}

function isDatabase(source: unknown): source is Database.Database {
  return typeof (source as { prepare?: unknown }).prepare === 'function'
}

/**
 * Walks the chain in order and stops at the first record that breaks it. Takes records (an
 * export parsed line by line) or the journal database itself.
 */
export function verifyAuditChain(
  source: Database.Database | Iterable<AuditRecord>,
  options: AuditVerifyOptions = {},
): AuditVerification {
  const macChecked = options.mac !== undefined
  let previous = options.after
  let records = 0
  const stream = isDatabase(source) ? readAuditRecords(source) : source
  const bad = (seq: number, reason: AuditBreak): AuditVerification => ({
    ok: false,
    records,
    ...(previous === undefined ? {} : { last: previous }),
    firstBad: { seq, reason },
    macChecked,
  })
  const iterator = stream[Symbol.iterator]()
  for (;;) {
    let next: IteratorResult<AuditRecord>
    try {
      next = iterator.next()
    } catch {
      // A row whose fields are no longer JSON was edited; its seq is the one after the last.
      records += 1
      return bad((previous?.seq ?? 0) + 1, 'hash-mismatch')
    }
    if (next.done === true) break
    const record = next.value
    records += 1
    const expectedSeq = (previous?.seq ?? 0) + 1
    if (record.seq !== expectedSeq) return bad(record.seq, 'gap')
    if (previous === undefined) {
      if (record.prevHash !== GENESIS_HASH) return bad(record.seq, 'bad-genesis')
    } else if (record.prevHash !== previous.hash) {
      return bad(record.seq, 'prev-mismatch')
    }
    if (hashAuditRecord(record) !== record.hash) return bad(record.seq, 'hash-mismatch')
    if (options.mac !== undefined && options.mac(record.hash) !== record.mac) {
      return bad(record.seq, 'mac-mismatch')
    }
    previous = { seq: record.seq, hash: record.hash }
  }
  return { ok: true, records, ...(previous === undefined ? {} : { last: previous }), macChecked }
}
