import { IcaoDecodeError, type DecodeFailure } from '../icao-error'
import { DerError } from './der'

/**
 * EF.SOD bytes that are not a well-formed security object: an {@link IcaoDecodeError} whose
 * structure names where decoding stopped (`EF.SOD signerInfo`, `EF.SOD ldsSecurityObject`, …).
 * Neither message nor details hold input bytes.
 */
export function malformedSod(
  part: string,
  reason: DecodeFailure,
  cause?: unknown,
): IcaoDecodeError {
  return new IcaoDecodeError(`EF.SOD ${part}`, reason, cause === undefined ? {} : { cause })
}

/** The same for a {@link DerError} raised while walking `part`. */
export function malformedDer(part: string, error: DerError): IcaoDecodeError {
  return malformedSod(part, error.reason, error)
}
