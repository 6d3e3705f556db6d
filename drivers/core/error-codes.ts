/**
 * The error catalogue, mirrored name for name and number for number by `ErrorCode` in
 * protocol/idstation/v1/errors.proto (a unit test pins the two together). It lives here, at the
 * bottom of the layer stack, because drivers raise these codes and drivers import nothing above.
 */
export const ERROR_CATALOGUE = {
  INTERNAL: {
    number: 1,
    retryable: false,
    doc: 'A bug or an unexpected failure inside the agent.',
  },
  INVALID_ARGUMENT: { number: 2, retryable: false, doc: 'A field of the request is out of range.' },
  MALFORMED_REQUEST: {
    number: 3,
    retryable: false,
    doc: 'The frames do not decode as a Request (truncated, wrong frame count, bad protobuf).',
  },
  UNKNOWN_COMMAND: {
    number: 4,
    retryable: false,
    doc: 'The request names no command this agent knows.',
  },
  UNSUPPORTED_API_LEVEL: {
    number: 5,
    retryable: false,
    doc: 'The api_level is not one this agent speaks; Hello lists the supported ones.',
  },
  PAYLOAD_TOO_LARGE: {
    number: 6,
    retryable: false,
    doc: 'The request exceeds the configured size cap.',
  },
  RESOURCE_EXHAUSTED: {
    number: 7,
    retryable: true,
    doc: 'Too many requests in flight for this client or for the agent; retry after a reply.',
  },
  DEADLINE_EXCEEDED: { number: 8, retryable: true, doc: 'The request ran past its deadline_ms.' },
  CANCELED: { number: 9, retryable: false, doc: 'The request was canceled by its client.' },
  UNAUTHENTICATED: {
    number: 10,
    retryable: false,
    doc: 'The session has not completed Hello, or its key proof is wrong.',
  },
  PERMISSION_DENIED: {
    number: 11,
    retryable: false,
    doc: "The client's role may not call this command.",
  },
  BAD_STATE: { number: 12, retryable: false, doc: 'The command does not fit the current state.' },
  SHUTTING_DOWN: { number: 13, retryable: true, doc: 'The agent is stopping.' },
  CONFIG_INVALID: { number: 14, retryable: false, doc: 'A configuration value is invalid.' },
  DEVICE_NOT_FOUND: {
    number: 20,
    retryable: false,
    doc: 'No device has this id (or it was unplugged).',
  },
  DEVICE_BUSY: { number: 21, retryable: true, doc: 'Another client holds a lease on the device.' },
  DEVICE_OFFLINE: {
    number: 22,
    retryable: true,
    doc: 'The device is attached but not usable now.',
  },
  LEASE_NOT_FOUND: { number: 23, retryable: false, doc: 'No lease of this client has this id.' },
  DEVICE_UNSUPPORTED: { number: 24, retryable: false, doc: 'No driver supports this device.' },
  TRANSPORT_OPEN_FAILED: { number: 30, retryable: true, doc: 'The transport could not be opened.' },
  TRANSPORT_DISCONNECTED: { number: 31, retryable: false, doc: 'The device went away during I/O.' },
  TRANSPORT_TIMEOUT: { number: 32, retryable: true, doc: 'The device did not answer in time.' },
  TRANSPORT_BUSY: { number: 33, retryable: true, doc: 'An I/O call overlapped another one.' },
  TRANSPORT_CANCELED: {
    number: 34,
    retryable: false,
    doc: 'The I/O was canceled (close or abort).',
  },
  TRANSPORT_IO: { number: 35, retryable: true, doc: 'The operating system reported an I/O error.' },
  TRANSPORT_UNAVAILABLE: {
    number: 36,
    retryable: true,
    doc: 'The subsystem behind a transport (pcscd, udev) is not running.',
  },
  CARD_NOT_BLANK: {
    number: 40,
    retryable: false,
    doc: 'The card in the encoder is already personalised or locked; insert a blank card.',
  },
  CHIP_ALREADY_USED: {
    number: 41,
    retryable: false,
    doc: 'The journal shows this chip serial already received a document.',
  },
  DOCUMENT_ALREADY_ISSUED: {
    number: 42,
    retryable: false,
    doc: 'This document number was already written to a chip.',
  },
  DOCUMENT_BLOCKED: {
    number: 43,
    retryable: false,
    doc: 'An interrupted job holds this document number until an operator resolves it.',
  },
  JOB_NOT_FOUND: { number: 44, retryable: false, doc: 'No job has this id.' },
  IDEMPOTENCY_CONFLICT: {
    number: 45,
    retryable: false,
    doc: 'The idempotency key was already used for a different request.',
  },
  SIGNER_UNAVAILABLE: {
    number: 46,
    retryable: true,
    doc: 'The document signer (HSM token or key file) cannot sign now.',
  },
  PASSIVE_AUTH_FAILED: {
    number: 47,
    retryable: false,
    doc: 'The chip read back does not pass passive authentication; the card is spoiled.',
  },
  CARD_WRITE_FAILED: {
    number: 48,
    retryable: false,
    doc: 'The chip refused or lost a write (memory failure, file full, card pulled).',
  },
  PRINTER_ATTENTION: {
    number: 50,
    retryable: true,
    doc: 'The printer needs a person (cover open, feeder empty, ribbon ended, reject box full).',
  },
  PRINTER_FAULT: {
    number: 51,
    retryable: false,
    doc: 'The printer stopped (jam, mechanical fault); the card or booklet goes to the reject box.',
  },
} as const satisfies Record<string, { number: number; retryable: boolean; doc: string }>

/** A stable error code: the contract with clients. */
export type ErrorCode = keyof typeof ERROR_CATALOGUE

/** Codes raised by transports: what a `TransportError` may carry. */
export type TransportErrorCode = Extract<ErrorCode, `TRANSPORT_${string}`>

export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as readonly ErrorCode[]

export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_CATALOGUE, value)
}
