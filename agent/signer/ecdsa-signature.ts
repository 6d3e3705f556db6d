import { derSequence, derUnsignedInteger } from '../icao/sod/der-build'

/**
 * Converts an ECDSA signature from the PKCS#11 form (r ‖ s, each as long as the curve order, 64
 * bytes for P-256) to DER `ECDSA-Sig-Value ::= SEQUENCE { r INTEGER, s INTEGER }`, the form CMS
 * and X.509 carry (RFC 5480 / RFC 5753).
 *
 * @throws RangeError when `raw` is empty or of odd length.
 */
export function ecdsaRawToDer(raw: Uint8Array): Uint8Array {
  if (raw.length === 0 || raw.length % 2 !== 0) {
    throw new RangeError(`an r ‖ s signature has an even, non-zero length, not ${raw.length}`)
  }
  const half = raw.length / 2
  return derSequence(
    derUnsignedInteger(raw.subarray(0, half)),
    derUnsignedInteger(raw.subarray(half)),
  )
}
