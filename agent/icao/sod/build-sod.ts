import { AsnSerializer } from '@peculiar/asn1-schema'
import { AlgorithmIdentifier } from '@peculiar/asn1-x509'
import { DerError, encodeDer, readDer } from './der'
import {
  DER_TAG,
  derOctetString,
  derOid,
  derSequence,
  derSetOf,
  derSmallInteger,
} from './der-build'
import { readCertificateIdentity } from './certificate-identity'
import type { DocumentSigner } from './document-signer'
import {
  digest,
  hashAlgorithmOid,
  SOD_HASH_ALGORITHMS,
  type SodHashAlgorithm,
} from './hash-algorithm'
import {
  encodeLdsSecurityObject,
  MAX_DATA_GROUP,
  MIN_DATA_GROUP_HASHES,
  type LdsVersion,
} from './lds-security-object-codec'
import { OID } from './oids'
import { signatureAlgorithmEncoding } from './signature-algorithm'
import { encodeSignedAttributes } from './signed-attributes'
import { invalidArgument } from '../icao-error'
import { EF_SOD_TAG } from './sod-wrapper'

/** What EF.SOD is built from. */
export interface BuildSodRequest {
  /** The hash of the data group files in the LDSSecurityObject. */
  readonly hashAlgorithm: SodHashAlgorithm
  /**
   * Data group number (1–16) → the file exactly as written to the chip, tag ‖ length ‖ value.
   * These bytes are hashed as given; nothing is re-encoded (ICAO 9303-10, DG14 pitfall).
   */
  readonly dataGroups: ReadonlyMap<number, Uint8Array>
  readonly signer: DocumentSigner
  /** Goes into the signingTime attribute; omitted when absent. Truncated to whole seconds. */
  readonly signingTime?: Date
  /** Makes the LDSSecurityObject v1 (LDS 1.8) with this LDSVersionInfo. */
  readonly ldsVersion?: LdsVersion
}

function algorithmIdentifier(oid: string, nullParameters = false): Uint8Array {
  const identifier = new AlgorithmIdentifier({
    algorithm: oid,
    ...(nullParameters ? { parameters: null } : {}),
  })
  return new Uint8Array(AsnSerializer.serialize(identifier))
}

function checkRequest(request: BuildSodRequest): void {
  if (!SOD_HASH_ALGORITHMS.includes(request.hashAlgorithm)) {
    throw invalidArgument('hashAlgorithm', 'unsupported-format')
  }
  const count = request.dataGroups.size
  if (count < MIN_DATA_GROUP_HASHES || count > MAX_DATA_GROUP) {
    // An LDSSecurityObject lists 2 to 16 hashes (DG1 and DG2 are mandatory).
    throw invalidArgument('dataGroups', count < MIN_DATA_GROUP_HASHES ? 'too-short' : 'too-long')
  }
  for (const [number, bytes] of request.dataGroups) {
    if (!Number.isInteger(number) || number < 1 || number > MAX_DATA_GROUP) {
      throw invalidArgument('dataGroups', 'out-of-range')
    }
    if (bytes.length === 0) throw invalidArgument('dataGroups', 'required')
  }
  if (request.signingTime !== undefined && Number.isNaN(request.signingTime.getTime())) {
    throw invalidArgument('signingTime', 'not-a-date')
  }
}

/**
 * Builds EF.SOD: `77 L ContentInfo { id-signedData, SignedData v3 }` whose eContent is
 * DER(LDSSecurityObject) over the given data group files, signed once by `signer` with the
 * signed attributes contentType, messageDigest and (optionally) signingTime, and carrying the
 * Document Signer certificate. The SignerInfo's digest algorithm is the one the signer's scheme
 * hashes with, which may differ from `hashAlgorithm` (ICAO allows both to be chosen).
 *
 * Rejects with `INVALID_ARGUMENT` (`details.field`, `details.reason`) for a request that cannot
 * make a valid EF.SOD: data group numbers or count, the hash, a signer certificate that is not
 * DER X.509; and with whatever `signer.sign` rejects with (`SIGNER_UNAVAILABLE`).
 */
export async function buildSod(request: BuildSodRequest): Promise<Uint8Array> {
  checkRequest(request)
  const { signer } = request
  const certificate = signer.certificate()
  let signerIdentity: Uint8Array
  try {
    signerIdentity = readCertificateIdentity(certificate).issuerAndSerialNumber
  } catch (error) {
    if (!(error instanceof DerError)) throw error
    throw invalidArgument('signer.certificate', 'not-der')
  }
  const dataGroupHashes = new Map<number, Uint8Array>()
  for (const [number, bytes] of request.dataGroups) {
    dataGroupHashes.set(number, digest(request.hashAlgorithm, bytes))
  }
  const encapsulatedContent = encodeLdsSecurityObject({
    hashAlgorithm: request.hashAlgorithm,
    dataGroupHashes,
    ...(request.ldsVersion === undefined ? {} : { ldsVersion: request.ldsVersion }),
  })

  const scheme = signatureAlgorithmEncoding(signer.algorithm)
  const signedAttributes = encodeSignedAttributes({
    contentType: OID.ldsSecurityObject,
    messageDigest: digest(scheme.hash, encapsulatedContent),
    ...(request.signingTime === undefined ? {} : { signingTime: request.signingTime }),
  })
  const signature = await signer.sign(signedAttributes)

  const digestAlgorithm = algorithmIdentifier(hashAlgorithmOid(scheme.hash))
  const signerInfo = derSequence(
    derSmallInteger(1), // v1: the signer is named by issuerAndSerialNumber
    signerIdentity,
    digestAlgorithm,
    encodeDer(DER_TAG.context0, readDer(signedAttributes).value),
    algorithmIdentifier(scheme.oid, scheme.nullParameters),
    derOctetString(signature),
  )
  const signedData = derSequence(
    derSmallInteger(3), // v3 because eContentType is not id-data (RFC 5652 §5.1)
    derSetOf([digestAlgorithm]),
    derSequence(
      derOid(OID.ldsSecurityObject),
      encodeDer(DER_TAG.context0, derOctetString(encapsulatedContent)),
    ),
    encodeDer(DER_TAG.context0, certificate),
    derSetOf([signerInfo]),
  )
  const contentInfo = derSequence(derOid(OID.signedData), encodeDer(DER_TAG.context0, signedData))
  return encodeDer(EF_SOD_TAG, contentInfo)
}
