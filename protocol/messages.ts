import protobuf from 'protobufjs/minimal'
import { idstation } from './gen/idstation'

// The schema's uint64 fields (seq, times) stay far below 2^53; without Long the runtime decodes
// them as plain numbers, matching the generated types (pbjs --force-number).
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long
protobuf.configure()

/** The generated protobufjs namespace for `idstation.v1`. Only this folder touches it directly. */
export import v1 = idstation.v1

/** API levels this protocol package speaks, oldest first. */
export const API_LEVELS: readonly number[] = [1]
export const CURRENT_API_LEVEL = 1

/** Commands and what each answers: the single map the client and the server dispatch share. */
export interface CommandMap {
  hello: { request: v1.IHello; result: v1.HelloResult; init: v1.IHelloResult }
  ping: { request: v1.IPing; result: v1.PingResult; init: v1.IPingResult }
  listDevices: {
    request: v1.IListDevices
    result: v1.ListDevicesResult
    init: v1.IListDevicesResult
  }
  getDevice: { request: v1.IGetDevice; result: v1.GetDeviceResult; init: v1.IGetDeviceResult }
  claimDevice: {
    request: v1.IClaimDevice
    result: v1.ClaimDeviceResult
    init: v1.IClaimDeviceResult
  }
  releaseDevice: {
    request: v1.IReleaseDevice
    result: v1.ReleaseDeviceResult
    init: v1.IReleaseDeviceResult
  }
  getSnapshot: {
    request: v1.IGetSnapshot
    result: v1.GetSnapshotResult
    init: v1.IGetSnapshotResult
  }
  cancelRequest: {
    request: v1.ICancelRequest
    result: v1.CancelRequestResult
    init: v1.ICancelRequestResult
  }
  getStatus: { request: v1.IGetStatus; result: v1.GetStatusResult; init: v1.IGetStatusResult }
  getCardInfo: {
    request: v1.IGetCardInfo
    result: v1.GetCardInfoResult
    init: v1.IGetCardInfoResult
  }
  transmit: { request: v1.ITransmit; result: v1.TransmitResult; init: v1.ITransmitResult }
  readChipFile: {
    request: v1.IReadChipFile
    result: v1.ReadChipFileResult
    init: v1.IReadChipFileResult
  }
  personalizeCard: {
    request: v1.IPersonalizeCard
    result: v1.PersonalizeCardResult
    init: v1.IPersonalizeCardResult
  }
  getJob: {
    request: v1.IGetJob
    result: v1.GetJobResult
    init: v1.IGetJobResult
  }
  listJobs: {
    request: v1.IListJobs
    result: v1.ListJobsResult
    init: v1.IListJobsResult
  }
  cancelJob: {
    request: v1.ICancelJob
    result: v1.CancelJobResult
    init: v1.ICancelJobResult
  }
  answerPrompt: {
    request: v1.IAnswerPrompt
    result: v1.AnswerPromptResult
    init: v1.IAnswerPromptResult
  }
  resolveJob: {
    request: v1.IResolveJob
    result: v1.ResolveJobResult
    init: v1.IResolveJobResult
  }
  getScannerInfo: {
    request: v1.IGetScannerInfo
    result: v1.GetScannerInfoResult
    init: v1.IGetScannerInfoResult
  }
  selfTestScanner: {
    request: v1.ISelfTestScanner
    result: v1.SelfTestScannerResult
    init: v1.ISelfTestScannerResult
  }
  captureFingerprints: {
    request: v1.ICaptureFingerprints
    result: v1.CaptureFingerprintsResult
    init: v1.ICaptureFingerprintsResult
  }
  cancelCapture: {
    request: v1.ICancelCapture
    result: v1.CancelCaptureResult
    init: v1.ICancelCaptureResult
  }
  getPrinterStatus: {
    request: v1.IGetPrinterStatus
    result: v1.GetPrinterStatusResult
    init: v1.IGetPrinterStatusResult
  }
  printTestCard: {
    request: v1.IPrintTestCard
    result: v1.PrintTestCardResult
    init: v1.IPrintTestCardResult
  }
  ejectMedium: {
    request: v1.IEjectMedium
    result: v1.EjectMediumResult
    init: v1.IEjectMediumResult
  }
  rejectMedium: {
    request: v1.IRejectMedium
    result: v1.RejectMediumResult
    init: v1.IRejectMediumResult
  }
  issueIdCard: {
    request: v1.IIssueIdCard
    result: v1.IssueResult
    init: v1.IIssueResult
  }
  issuePassport: {
    request: v1.IIssuePassport
    result: v1.IssueResult
    init: v1.IIssueResult
  }
  renderDocument: {
    request: v1.IRenderDocument
    result: v1.RenderDocumentResult
    init: v1.IRenderDocumentResult
  }
  listDocumentProfiles: {
    request: v1.IListDocumentProfiles
    result: v1.ListDocumentProfilesResult
    init: v1.IListDocumentProfilesResult
  }
}

export type CommandName = keyof CommandMap
export type CommandRequest<K extends CommandName> = CommandMap[K]['request']
export type CommandResult<K extends CommandName> = CommandMap[K]['result']
/** What a server hands to the encoder for a command's result. */
export type CommandResultInit<K extends CommandName> = CommandMap[K]['init']

export const COMMAND_NAMES: readonly CommandName[] = [
  'hello',
  'ping',
  'listDevices',
  'getDevice',
  'claimDevice',
  'releaseDevice',
  'getSnapshot',
  'cancelRequest',
  'getStatus',
  'getCardInfo',
  'transmit',
  'readChipFile',
  'personalizeCard',
  'getJob',
  'listJobs',
  'cancelJob',
  'answerPrompt',
  'resolveJob',
  'getScannerInfo',
  'selfTestScanner',
  'captureFingerprints',
  'cancelCapture',
  'getPrinterStatus',
  'printTestCard',
  'ejectMedium',
  'rejectMedium',
  'issueIdCard',
  'issuePassport',
  'renderDocument',
  'listDocumentProfiles',
]

export function isCommandName(value: string | undefined): value is CommandName {
  return value !== undefined && (COMMAND_NAMES as readonly string[]).includes(value)
}

/** An ErrorCode's wire enum name, e.g. `ERROR_CODE_INVALID_ARGUMENT`. */
type WireErrorCodeName = Exclude<keyof typeof v1.ErrorCode, 'ERROR_CODE_UNSPECIFIED'>

/**
 * An error code as code and people name it, e.g. `INVALID_ARGUMENT`: the wire enum value less
 * its `ERROR_CODE_` prefix, which protobuf's style (and protoc's C++ scoping of enum values)
 * requires on the wire.
 */
export type ErrorCodeName = WireErrorCodeName extends `ERROR_CODE_${infer Name}` ? Name : never

const ERROR_CODE_PREFIX = 'ERROR_CODE_'

/** The name of a wire error code, or 'INTERNAL' for a number this package does not know. */
export function errorCodeName(code: number): ErrorCodeName {
  const names: Partial<Record<number, string>> = v1.ErrorCode
  const name = names[code]
  return name === undefined || name === 'ERROR_CODE_UNSPECIFIED'
    ? 'INTERNAL'
    : (name.slice(ERROR_CODE_PREFIX.length) as ErrorCodeName)
}

/** The wire number of an error code name. */
export function errorCodeNumber(name: ErrorCodeName): v1.ErrorCode {
  return v1.ErrorCode[`${ERROR_CODE_PREFIX}${name}` as WireErrorCodeName]
}

/**
 * The short name of any wire enum value, for people and JSON: the enum's prefix dropped
 * (`JOB_STATE_SUCCEEDED` → `SUCCEEDED`), '' for an unknown number.
 */
export function enumValueName(
  values: Readonly<Record<string, number | string>>,
  value: number,
  prefix: string,
): string {
  const name = (values as Partial<Record<number, string>>)[value]
  if (name === undefined) return ''
  return name.startsWith(prefix) ? name.slice(prefix.length) : name
}

/** XPUB topics. */
export const TOPICS = {
  device: (deviceId: string) => `dev/${deviceId}`,
  devices: 'dev/',
  heartbeat: 'sys/heartbeat',
  job: (jobId: string) => `job/${jobId}`,
  jobs: 'job/',
  /**
   * @deprecated Nothing is published here any more: preview frames carry fingerprint images and
   * go to the capturing session alone (`AgentClient.captureFingerprints({ onPreview })`).
   */
  fingerprint: (deviceId: string) => `fp/${deviceId}`,
} as const
