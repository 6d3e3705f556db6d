import { AgentError } from '../../drivers/core/errors'

/**
 * Why a caller's value was refused. The reason travels in `details.reason`; the value never does,
 * because most of what this domain handles (names, numbers, dates, portraits) is personal data.
 */
export type ArgumentFailure =
  | 'required'
  | 'character-not-allowed'
  | 'too-long'
  | 'too-short'
  | 'out-of-range'
  | 'not-a-date'
  | 'expiry-not-after-birth'
  | 'unsupported-format'
  | 'not-well-formed'
  | 'not-jpeg'
  | 'image-too-large'
  | 'duplicate'
  | 'not-der'

/**
 * An `INVALID_ARGUMENT` naming the field and the reason only. The message is built from those two
 * words, so no caller can leak a value through it by accident.
 */
export function invalidArgument(field: string, reason: ArgumentFailure): AgentError {
  return new AgentError('INVALID_ARGUMENT', `${field} is invalid: ${reason}`, {
    details: { field, reason },
  })
}

/** Why bytes from outside (a chip, a file) do not decode as the structure they claim to be. */
export type DecodeFailure =
  | 'truncated'
  | 'trailing-bytes'
  | 'tag-too-long'
  | 'length-too-long'
  | 'indefinite-length'
  | 'unexpected-tag'
  | 'missing-element'
  | 'duplicate-element'
  | 'unknown-tag'
  | 'bad-header'
  | 'bad-length'
  | 'bad-value'
  | 'not-utf8'
  | 'not-a-date'
  | 'not-der'
  | 'not-jpeg'

/**
 * Malformed bytes handed to a decoder. Code `INVALID_ARGUMENT` (the bytes are the argument);
 * `details` carry the structure, the reason and, when known, the byte offset — never the content.
 * Every decoder in agent/icao throws this and nothing else for bad input.
 */
export class IcaoDecodeError extends AgentError {
  readonly structure: string
  readonly reason: DecodeFailure

  constructor(
    structure: string,
    reason: DecodeFailure,
    options: { readonly offset?: number; readonly cause?: unknown } = {},
  ) {
    super('INVALID_ARGUMENT', `${structure} does not decode: ${reason}`, {
      details: {
        structure,
        reason,
        ...(options.offset === undefined ? {} : { offset: options.offset }),
      },
      ...(options.cause === undefined ? {} : { cause: options.cause }),
    })
    this.name = 'IcaoDecodeError'
    this.structure = structure
    this.reason = reason
  }
}

/** A Buffer view over any byte array, without copying. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}
