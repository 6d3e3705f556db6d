import { AgentUnreachableError } from '../../protocol/client/errors'
import { UsageError } from './usage-error'

/**
 * The `idstation` command's exit codes, a contract with scripts and service managers; 78 is
 * sysexits' EX_CONFIG, which systemd and supervisors already understand.
 */
export const EXIT_CODES = {
  /** The command did what was asked. */
  ok: 0,
  /** It failed for a reason printed on stderr. */
  failure: 1,
  /** The command line is wrong: unknown command or option, bad or missing argument. */
  usage: 2,
  /** No agent answered on the configured endpoint. */
  agentUnreachable: 3,
  /** The agent refused this client: key not enrolled, or the role may not do this. */
  refused: 4,
  /** Another client holds a lease on the device. */
  deviceBusy: 5,
  /** The configuration (file, environment, flags, key files) is invalid. */
  configInvalid: 78,
} as const

/** One of `EXIT_CODES`. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES]

const BY_ERROR_CODE: Readonly<Record<string, ExitCode>> = {
  CONFIG_INVALID: EXIT_CODES.configInvalid,
  INVALID_ARGUMENT: EXIT_CODES.usage,
  UNAUTHENTICATED: EXIT_CODES.refused,
  PERMISSION_DENIED: EXIT_CODES.refused,
  DEVICE_BUSY: EXIT_CODES.deviceBusy,
  SHUTTING_DOWN: EXIT_CODES.agentUnreachable,
}

/**
 * Maps an error that escaped a command to its exit code. Commands return codes for expected
 * outcomes themselves; this is for what they throw: `UsageError`, the client's
 * `AgentUnreachableError`, and errors with an error-catalogue `code` (`AgentError` here,
 * `ProtocolError` from the agent's replies).
 */
export function exitCodeForError(error: unknown): ExitCode {
  if (error instanceof UsageError) return EXIT_CODES.usage
  if (error instanceof AgentUnreachableError) return EXIT_CODES.agentUnreachable
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined
  return (typeof code === 'string' ? BY_ERROR_CODE[code] : undefined) ?? EXIT_CODES.failure
}
