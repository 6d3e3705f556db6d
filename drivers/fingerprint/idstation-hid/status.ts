import { AgentError, TransportError } from '../../core/errors'

/** The status byte of a RESPONSE frame (docs/hid-fingerprint-protocol.md §5). */
export const STATUS = {
  OK: 0x00,
  BUSY: 0x01,
  NO_FINGER: 0x02,
  RETRY_TOO_SHORT: 0x03,
  RETRY_CENTER_FINGER: 0x04,
  RETRY_REMOVE_FINGER: 0x05,
  CANCELED: 0x06,
  BAD_CRC: 0x10,
  BAD_SEQUENCE: 0x11,
  MALFORMED: 0x12,
  UNKNOWN_COMMAND: 0x13,
  BAD_PARAMETER: 0x14,
  SENSOR_ERROR: 0x20,
} as const

export type StatusName = keyof typeof STATUS

const NAMES = new Map<number, StatusName>(
  Object.entries(STATUS).map(([name, code]) => [code, name as StatusName]),
)

/** The name of a status byte, or undefined for a byte the protocol does not define. */
export function statusName(status: number): StatusName | undefined {
  return NAMES.get(status)
}

/**
 * The error a failing status stands for, for `command` (its name, for the message). Outcome
 * statuses (OK, NO_FINGER, RETRY_*, CANCELED) are values the caller handles before asking.
 */
export function statusError(status: number, command: string): AgentError {
  const name = statusName(status)
  const details = { status: name ?? `0x${status.toString(16).padStart(2, '0')}`, command }
  switch (name) {
    case 'BUSY':
      return new AgentError('DEVICE_BUSY', `the reader is busy with another capture [${command}]`, {
        details,
      })
    case 'BAD_CRC':
      return new TransportError('TRANSPORT_IO', `the reader saw a bad CRC [${command}]`, {
        details: { ...details, reason: 'bad-crc', side: 'device' },
      })
    case 'BAD_SEQUENCE':
      return new TransportError('TRANSPORT_IO', `the reader lost a report [${command}]`, {
        details: { ...details, reason: 'bad-sequence', side: 'device' },
      })
    case 'MALFORMED':
      return new TransportError(
        'TRANSPORT_IO',
        `the reader could not frame a report [${command}]`,
        {
          details: { ...details, reason: 'malformed', side: 'device' },
        },
      )
    case 'UNKNOWN_COMMAND':
      // The reader's firmware does not speak this command: retrying cannot help.
      return new TransportError('TRANSPORT_IO', `the reader does not know ${command}`, {
        retryable: false,
        details: { ...details, reason: 'unknown-command' },
      })
    case 'BAD_PARAMETER':
      return new AgentError('INVALID_ARGUMENT', `the reader refused the parameters [${command}]`, {
        details,
      })
    case 'SENSOR_ERROR':
      return new AgentError('DEVICE_OFFLINE', `the reader reports a sensor error [${command}]`, {
        details: { ...details, reason: 'sensor-error' },
      })
    case 'OK':
    case 'NO_FINGER':
    case 'RETRY_TOO_SHORT':
    case 'RETRY_CENTER_FINGER':
    case 'RETRY_REMOVE_FINGER':
    case 'CANCELED':
      // An outcome where the command does not allow one is a protocol violation.
      return new TransportError('TRANSPORT_IO', `unexpected status ${name} [${command}]`, {
        details: { ...details, reason: 'unexpected-status' },
      })
    case undefined:
      return new TransportError('TRANSPORT_IO', `unknown status [${command}]`, {
        details: { ...details, reason: 'unknown-status' },
      })
  }
}
