export {
  DEFAULT_SCOPE,
  defaultKeyPath,
  JobJournal,
  type BeginRequest,
  type BeginResult,
  type JournalOptions,
  type ListQuery,
} from './journal'
export * from './job-record'
export { normalizeDocumentNumber } from './document-ref'
export { createJobIdGenerator, type JobIdGenerator } from './job-id'
export { SCHEMA_VERSION } from './schema'
