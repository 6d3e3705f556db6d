import { createHash, sign, type KeyObject } from 'node:crypto'
import { AsnConvert, AsnParser, AsnSerializer, OctetString } from '@peculiar/asn1-schema'
import {
  AlgorithmIdentifier,
  AttributeTypeAndValue,
  AttributeValue,
  AuthorityKeyIdentifier,
  BasicConstraints,
  Certificate,
  Extension,
  Extensions,
  id_ce_authorityKeyIdentifier,
  id_ce_basicConstraints,
  id_ce_keyUsage,
  id_ce_subjectKeyIdentifier,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  Name,
  RelativeDistinguishedName,
  SubjectKeyIdentifier,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from '@peculiar/asn1-x509'
import { OID } from '../../icao/sod/oids'

/** The distinguished-name attributes a CSCA or Document Signer certificate needs (ICAO 9303-12 §7). */
export interface DistinguishedName {
  /** ISO 3166 alpha-2 code of the issuing state (PrintableString). */
  readonly country: string
  readonly organization?: string
  readonly organizationalUnit?: string
  readonly commonName: string
  readonly serialNumber?: string
}

const NAME_ATTRIBUTES = [
  ['country', '2.5.4.6'],
  ['organization', '2.5.4.10'],
  ['organizationalUnit', '2.5.4.11'],
  ['commonName', '2.5.4.3'],
  ['serialNumber', '2.5.4.5'],
] as const satisfies readonly (readonly [keyof DistinguishedName, string])[]

function toName(name: DistinguishedName): Name {
  const rdns: RelativeDistinguishedName[] = []
  for (const [key, type] of NAME_ATTRIBUTES) {
    const text = name[key]
    if (text === undefined) continue
    // C and serialNumber are PrintableString by definition; the rest may hold any script.
    const printable = key === 'country' || key === 'serialNumber'
    const value = new AttributeValue(printable ? { printableString: text } : { utf8String: text })
    rdns.push(new RelativeDistinguishedName([new AttributeTypeAndValue({ type, value })]))
  }
  return new Name(rdns)
}

/** RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING's value. */
export function keyIdentifier(subjectPublicKeyInfo: Uint8Array): Uint8Array {
  const info = AsnParser.parse(subjectPublicKeyInfo, SubjectPublicKeyInfo)
  return createHash('sha1').update(new Uint8Array(info.subjectPublicKey)).digest()
}

function extension(id: string, critical: boolean, value: unknown): Extension {
  return new Extension({
    extnID: id,
    critical,
    extnValue: new OctetString(AsnSerializer.serialize(value)),
  })
}

/** What a test certificate states; the issuer signs it with ECDSA P-256 and SHA-256. */
export interface CertificateRequest {
  readonly subject: DistinguishedName
  readonly issuer: DistinguishedName
  /** Positive, at most 20 bytes, first byte below 0x80 so it needs no sign byte. */
  readonly serialNumber: Uint8Array
  readonly notBefore: Date
  readonly notAfter: Date
  /** DER SubjectPublicKeyInfo of the subject's key. */
  readonly subjectPublicKeyInfo: Uint8Array
  /** A CSCA (CA:true, keyCertSign + cRLSign) or a Document Signer (digitalSignature). */
  readonly role: 'csca' | 'document-signer'
  /** The issuer's SubjectPublicKeyInfo, for the authority key identifier. */
  readonly issuerPublicKeyInfo: Uint8Array
  /** The issuer's EC P-256 private key. */
  readonly issuerPrivateKey: KeyObject
}

/**
 * Builds and signs a DER X.509 v3 certificate for the test PKI. Not a general CA: the profile is
 * fixed to what ICAO 9303-12 asks of CSCA and Document Signer certificates.
 */
export function buildCertificate(request: CertificateRequest): Uint8Array {
  const signatureAlgorithm = new AlgorithmIdentifier({ algorithm: OID.ecdsaWithSha256 })
  const keyUsage =
    request.role === 'csca'
      ? KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign
      : KeyUsageFlags.digitalSignature
  const extensions = [
    extension(
      id_ce_authorityKeyIdentifier,
      false,
      new AuthorityKeyIdentifier({
        keyIdentifier: new KeyIdentifier(keyIdentifier(request.issuerPublicKeyInfo)),
      }),
    ),
    extension(
      id_ce_subjectKeyIdentifier,
      false,
      new SubjectKeyIdentifier(keyIdentifier(request.subjectPublicKeyInfo)),
    ),
    extension(id_ce_keyUsage, true, new KeyUsage(keyUsage)),
  ]
  if (request.role === 'csca') {
    extensions.push(
      extension(
        id_ce_basicConstraints,
        true,
        new BasicConstraints({ cA: true, pathLenConstraint: 0 }),
      ),
    )
  }
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: new Uint8Array(request.serialNumber).buffer,
    signature: signatureAlgorithm,
    issuer: toName(request.issuer),
    validity: new Validity({ notBefore: request.notBefore, notAfter: request.notAfter }),
    subject: toName(request.subject),
    subjectPublicKeyInfo: AsnParser.parse(request.subjectPublicKeyInfo, SubjectPublicKeyInfo),
    extensions: new Extensions(extensions),
  })
  const tbsDer = new Uint8Array(AsnConvert.serialize(tbs))
  const signatureValue = sign('sha256', tbsDer, {
    key: request.issuerPrivateKey,
    dsaEncoding: 'der',
  })
  const certificate = new Certificate({
    tbsCertificate: tbs,
    signatureAlgorithm,
    signatureValue: new Uint8Array(signatureValue).buffer,
  })
  return new Uint8Array(AsnSerializer.serialize(certificate))
}
