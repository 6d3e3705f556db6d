import { AsnParser, AsnSerializer, OctetString } from '@peculiar/asn1-schema'
import { AlgorithmIdentifier } from '@peculiar/asn1-x509'
import {
  hashAlgorithmFromOid,
  hashAlgorithmOid,
  hashLength,
  type SodHashAlgorithm,
} from './hash-algorithm'
import {
  DataGroupHash,
  DataGroupHashValues,
  LDS_SECURITY_OBJECT_VERSION,
  LdsSecurityObject,
  LdsVersionInfo,
} from './lds-security-object'
import { malformedSod } from './sod-error'

/** ICAO 9303-10: ub-DataGroups; data groups are numbered 1 to 16. */
export const MAX_DATA_GROUP = 16
/** The SIZE (2..ub-DataGroups) lower bound: DG1 and DG2 are mandatory. */
export const MIN_DATA_GROUP_HASHES = 2

/** LDSVersionInfo's two strings, e.g. `{ ldsVersion: '0108', unicodeVersion: '040000' }`. */
export interface LdsVersion {
  readonly ldsVersion: string
  readonly unicodeVersion: string
}

/** The content of an LDSSecurityObject, independent of its encoding. */
export interface LdsSecurityContent {
  readonly hashAlgorithm: SodHashAlgorithm
  /** Data group number → hash of the whole DG file (tag ‖ length ‖ value). */
  readonly dataGroupHashes: ReadonlyMap<number, Uint8Array>
  /** Present ⇔ version v1 (LDS 1.8). */
  readonly ldsVersion?: LdsVersion
}

/** DER(LDSSecurityObject) with the hashes in ascending data group order. */
export function encodeLdsSecurityObject(content: LdsSecurityContent): Uint8Array {
  const hashes = [...content.dataGroupHashes]
    .sort(([a], [b]) => a - b)
    .map(
      ([dataGroupNumber, hash]) =>
        new DataGroupHash({ dataGroupNumber, dataGroupHashValue: new OctetString(hash) }),
    )
  const object = new LdsSecurityObject({
    version:
      content.ldsVersion === undefined
        ? LDS_SECURITY_OBJECT_VERSION.v0
        : LDS_SECURITY_OBJECT_VERSION.v1,
    hashAlgorithm: new AlgorithmIdentifier({ algorithm: hashAlgorithmOid(content.hashAlgorithm) }),
    dataGroupHashValues: new DataGroupHashValues(hashes),
  })
  if (content.ldsVersion !== undefined) {
    object.ldsVersionInfo = new LdsVersionInfo({ ...content.ldsVersion })
  }
  return new Uint8Array(AsnSerializer.serialize(object))
}

/**
 * Reads DER(LDSSecurityObject) and checks what the schema alone does not: a known version that
 * agrees with ldsVersionInfo, an allowed hash, hashes of the right length, data group numbers
 * 1–16 each at most once. Only DER is accepted: the object must re-encode to the same bytes.
 *
 * @throws AgentError `INVALID_ARGUMENT` (`details.part` `ldsSecurityObject`).
 */
export function decodeLdsSecurityObject(bytes: Uint8Array): LdsSecurityContent {
  const fail = (problem: string, cause?: unknown) =>
    malformedSod('ldsSecurityObject', problem, cause)
  let object: LdsSecurityObject
  try {
    object = AsnParser.parse(bytes, LdsSecurityObject)
  } catch (error) {
    throw fail('does not match the ASN.1 schema', error)
  }
  if (!Buffer.from(AsnSerializer.serialize(object)).equals(bytes)) {
    throw fail('is not DER (it does not re-encode to the same bytes)')
  }
  const expectedVersion =
    object.ldsVersionInfo === undefined
      ? LDS_SECURITY_OBJECT_VERSION.v0
      : LDS_SECURITY_OBJECT_VERSION.v1
  if (object.version !== expectedVersion) {
    throw fail(`version ${object.version} does not match ldsVersionInfo presence`)
  }
  const hashAlgorithm = hashAlgorithmFromOid(object.hashAlgorithm.algorithm)
  if (hashAlgorithm === undefined) throw fail('hash algorithm not allowed')
  const count = object.dataGroupHashValues.length
  if (count < MIN_DATA_GROUP_HASHES || count > MAX_DATA_GROUP) {
    throw fail(`${count} data group hashes (expected 2 to 16)`)
  }
  const dataGroupHashes = new Map<number, Uint8Array>()
  for (const { dataGroupNumber, dataGroupHashValue } of object.dataGroupHashValues) {
    if (!Number.isInteger(dataGroupNumber) || dataGroupNumber < 1 || dataGroupNumber > 16) {
      throw fail('data group number out of range 1–16')
    }
    if (dataGroupHashes.has(dataGroupNumber)) throw fail(`DG${dataGroupNumber} listed twice`)
    const hash = new Uint8Array(dataGroupHashValue.buffer)
    if (hash.length !== hashLength(hashAlgorithm)) {
      throw fail(`DG${dataGroupNumber} hash is not a ${hashAlgorithm} value`)
    }
    dataGroupHashes.set(dataGroupNumber, hash)
  }
  const info = object.ldsVersionInfo
  return info === undefined
    ? { hashAlgorithm, dataGroupHashes }
    : {
        hashAlgorithm,
        dataGroupHashes,
        ldsVersion: { ldsVersion: info.ldsVersion, unicodeVersion: info.unicodeVersion },
      }
}
