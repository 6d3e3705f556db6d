import type { DocumentSignatureAlgorithm } from './document-signer'
import type { SodHashAlgorithm } from './hash-algorithm'
import { OID } from './oids'

/** How a Document Signer's scheme appears in a SignerInfo. */
export interface SignatureAlgorithmEncoding {
  readonly oid: string
  /** RFC 4055 wants an explicit NULL for the RSA OIDs; RFC 5758 wants none for ECDSA. */
  readonly nullParameters: boolean
  /** The hash the scheme signs with; the SignerInfo digestAlgorithm must name the same one. */
  readonly hash: SodHashAlgorithm
}

const ENCODINGS = {
  'ecdsa-p256-sha256': { oid: OID.ecdsaWithSha256, nullParameters: false, hash: 'sha256' },
  'rsa-pkcs1-sha256': { oid: OID.sha256WithRsaEncryption, nullParameters: true, hash: 'sha256' },
} as const satisfies Record<DocumentSignatureAlgorithm, SignatureAlgorithmEncoding>

/** How the SignerInfo names a Document Signer scheme, and the hash its digestAlgorithm names. */
export function signatureAlgorithmEncoding(
  algorithm: DocumentSignatureAlgorithm,
): SignatureAlgorithmEncoding {
  return ENCODINGS[algorithm]
}

/** What verifying a SignerInfo's signature takes: the key type and the hash. */
export interface SignatureVerification {
  readonly keyType: 'ec' | 'rsa'
  readonly hash: SodHashAlgorithm
}

const VERIFICATIONS: Readonly<Record<string, SignatureVerification>> = {
  [OID.ecdsaWithSha256]: { keyType: 'ec', hash: 'sha256' },
  [OID.ecdsaWithSha384]: { keyType: 'ec', hash: 'sha384' },
  [OID.ecdsaWithSha512]: { keyType: 'ec', hash: 'sha512' },
  [OID.sha256WithRsaEncryption]: { keyType: 'rsa', hash: 'sha256' },
  [OID.sha384WithRsaEncryption]: { keyType: 'rsa', hash: 'sha384' },
  [OID.sha512WithRsaEncryption]: { keyType: 'rsa', hash: 'sha512' },
}

/**
 * The verification a signatureAlgorithm OID calls for. Issued documents exist whose SignerInfo
 * names only the key's algorithm (id-ecPublicKey, rsaEncryption); the hash then comes from the
 * SignerInfo's digestAlgorithm. Undefined for schemes not supported (RSA-PSS, DSA, …).
 */
export function signatureVerification(
  signatureOid: string,
  digestAlgorithm: SodHashAlgorithm,
): SignatureVerification | undefined {
  if (signatureOid === OID.ecPublicKey) return { keyType: 'ec', hash: digestAlgorithm }
  if (signatureOid === OID.rsaEncryption) return { keyType: 'rsa', hash: digestAlgorithm }
  return VERIFICATIONS[signatureOid]
}
