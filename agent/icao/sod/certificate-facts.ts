import { AsnParser } from '@peculiar/asn1-schema'
import { Certificate, id_ce_subjectKeyIdentifier, SubjectKeyIdentifier } from '@peculiar/asn1-x509'

/** What passive authentication reads from a certificate beyond what node:crypto offers. */
export interface CertificateFacts {
  readonly notBefore: Date
  readonly notAfter: Date
  readonly subjectKeyIdentifier?: Uint8Array
}

/**
 * Validity and subject key identifier of a DER certificate. node:crypto's X509Certificate gives
 * validity only as display text in Node 20, so the dates come from the ASN.1 instead.
 *
 * @throws Error when `certificate` does not parse as X.509.
 */
export function readCertificateFacts(certificate: Uint8Array): CertificateFacts {
  const { tbsCertificate } = AsnParser.parse(certificate, Certificate)
  const facts = {
    notBefore: tbsCertificate.validity.notBefore.getTime(),
    notAfter: tbsCertificate.validity.notAfter.getTime(),
  }
  const extension = tbsCertificate.extensions?.find(
    candidate => candidate.extnID === id_ce_subjectKeyIdentifier,
  )
  if (extension === undefined) return facts
  const identifier = AsnParser.parse(extension.extnValue, SubjectKeyIdentifier)
  return { ...facts, subjectKeyIdentifier: new Uint8Array(identifier.buffer) }
}
