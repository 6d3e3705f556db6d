/** The object identifiers EF.SOD uses, named as in their defining documents. */
export const OID = {
  /** ICAO 9303-10: id-icao-mrtd-security-ldsSecurityObject. */
  ldsSecurityObject: '2.23.136.1.1.1',
  /** RFC 5652 §5.1. */
  signedData: '1.2.840.113549.1.7.2',
  /** RFC 5652 §11.1–11.3: the signed attributes EF.SOD carries. */
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  /** RFC 5754 §2. */
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
  /** RFC 5758 §3.2. */
  ecdsaWithSha256: '1.2.840.10045.4.3.2',
  ecdsaWithSha384: '1.2.840.10045.4.3.3',
  ecdsaWithSha512: '1.2.840.10045.4.3.4',
  /** RFC 5480: some issuers put the key's algorithm where the signature's belongs. */
  ecPublicKey: '1.2.840.10045.2.1',
  prime256v1: '1.2.840.10045.3.1.7',
  /** RFC 8017 Appendix C. */
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRsaEncryption: '1.2.840.113549.1.1.11',
  sha384WithRsaEncryption: '1.2.840.113549.1.1.12',
  sha512WithRsaEncryption: '1.2.840.113549.1.1.13',
} as const
