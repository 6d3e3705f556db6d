import { readDer } from '../../icao/sod/der'
import { DER_TAG, derOid, derSequence } from '../../icao/sod/der-build'
import { encodeDer } from '../../icao/sod/der'
import { OID } from '../../icao/sod/oids'

/** CKA_EC_PARAMS for P-256: the DER OID prime256v1 (PKCS#11 3.0 §2.3.3, namedCurve form). */
export const P256_EC_PARAMS = Buffer.from(derOid(OID.prime256v1))

/** An uncompressed P-256 point: 04 ‖ x ‖ y. */
const P256_POINT_LENGTH = 65

/**
 * The uncompressed point in a CKA_EC_POINT value. PKCS#11 says it is a DER OCTET STRING; some
 * tokens return the bare point, so both are accepted.
 *
 * @throws RangeError when the value is neither form of an uncompressed P-256 point.
 */
export function p256PointFromEcPoint(value: Uint8Array): Uint8Array {
  const point =
    value.length === P256_POINT_LENGTH ? value : readDer(value, DER_TAG.octetString).value
  if (point.length !== P256_POINT_LENGTH || point[0] !== 0x04) {
    throw new RangeError('CKA_EC_POINT is not an uncompressed P-256 point')
  }
  return point
}

/** DER SubjectPublicKeyInfo for an uncompressed P-256 point (RFC 5480 §2). */
export function p256SubjectPublicKeyInfo(point: Uint8Array): Uint8Array {
  const algorithm = derSequence(derOid(OID.ecPublicKey), derOid(OID.prime256v1))
  // BIT STRING with no unused bits: a leading 00 octet, then the point.
  const subjectPublicKey = encodeDer(0x03, Buffer.concat([Buffer.of(0), point]))
  return derSequence(algorithm, subjectPublicKey)
}
