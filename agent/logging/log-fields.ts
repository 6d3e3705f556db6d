import type { LogFieldName } from '../../drivers/core/logger'

/**
 * The `LogFieldName` allow-list as a runtime set, for the redaction format. The type below
 * fails to compile when a name is added to `LogFieldName` but not here.
 */
const NAMES = [
  'event',
  'component',
  'driver',
  'deviceId',
  'clientId',
  'keyName',
  'keyFingerprint',
  'role',
  'requestId',
  'command',
  'jobId',
  'workflow',
  'step',
  'attempt',
  'disposition',
  'code',
  'durationMs',
  'bytes',
  'count',
  'limit',
  'cla',
  'ins',
  'p1',
  'p2',
  'sw',
  'state',
  'transport',
  'path',
  'endpoint',
  'provider',
  'apiLevel',
  'version',
  'pid',
  'signal',
  'reason',
  'chipSerial',
  'percent',
] as const satisfies readonly LogFieldName[]

type Missing = Exclude<LogFieldName, (typeof NAMES)[number]>
type AssertTrue<T extends true> = T
/** Compiles only while every `LogFieldName` is listed above. */
export type LogFieldNamesComplete = AssertTrue<[Missing] extends [never] ? true : false>

/** Field names a log line may carry, besides the logger's own (level, message, timestamp…). */
export const LOG_FIELD_NAMES: ReadonlySet<string> = new Set<string>(NAMES)
