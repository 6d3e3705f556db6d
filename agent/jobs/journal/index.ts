export {
  DEFAULT_SCOPE,
  defaultKeyPath,
  JobJournal,
  UNNAMED_STATION,
  type BeginRequest,
  type BeginResult,
  type JournalOptions,
  type ListQuery,
} from './journal'
export * from './job-record'
export { normalizeDocumentNumber } from './document-ref'
export { createJobIdGenerator, type JobIdGenerator } from './job-id'
export { SCHEMA_VERSION } from './schema'
export {
  AUDIT_EVENTS,
  GENESIS_HASH,
  canonicalFields,
  encodeAuditRecord,
  hashAuditRecord,
  type AuditEvent,
  type AuditRecord,
  type AuditRecordBody,
} from './audit-record'
export {
  verifyAuditChain,
  type AuditBreak,
  type AuditVerification,
  type AuditVerifyOptions,
} from './audit-verify'
export { openAuditReader, type AuditReader } from './audit-reader'
