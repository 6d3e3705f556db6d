import { DerError, readDer, readDerChildren, type DerObject } from './der'
import { DER_TAG, derSequence } from './der-build'

/** The fields of an X.509 certificate that name it (CMS SignerIdentifier, PKCS#11 CKA_SUBJECT). */
export interface CertificateIdentity {
  /** The issuer Name exactly as encoded in the certificate. */
  readonly issuer: Uint8Array
  /** The subject Name exactly as encoded in the certificate. */
  readonly subject: Uint8Array
  /** The serialNumber INTEGER, tag and length included. */
  readonly serialNumber: Uint8Array
  /** DER IssuerAndSerialNumber (RFC 5652 §10.2.4) built from those exact bytes. */
  readonly issuerAndSerialNumber: Uint8Array
}

/**
 * Reads issuer and serial number from a DER certificate without re-encoding them: a CMS
 * verifier matches the SignerIdentifier to the certificate byte for byte.
 *
 * @throws DerError when `certificate` is not a DER X.509 certificate.
 */
export function readCertificateIdentity(certificate: Uint8Array): CertificateIdentity {
  const [tbs] = readDerChildren(readDer(certificate, DER_TAG.sequence, 'certificate'))
  if (tbs?.tag !== DER_TAG.sequence)
    throw new DerError('missing-element', 'certificate without tbsCertificate')
  const fields = readDerChildren(tbs)
  // version is [0] EXPLICIT and DEFAULT v1, so it may be absent.
  const rest = fields[0]?.tag === DER_TAG.context0 ? fields.slice(1) : fields
  const [serial, , issuer, , subject] = rest as (DerObject | undefined)[]
  if (
    serial?.tag !== DER_TAG.integer ||
    issuer?.tag !== DER_TAG.sequence ||
    subject?.tag !== DER_TAG.sequence
  ) {
    throw new DerError('missing-element', 'certificate without serialNumber, issuer and subject')
  }
  return {
    issuer: issuer.encoded,
    subject: subject.encoded,
    serialNumber: serial.encoded,
    issuerAndSerialNumber: derSequence(issuer.encoded, serial.encoded),
  }
}
