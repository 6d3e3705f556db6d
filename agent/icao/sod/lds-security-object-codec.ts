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
import type { DecodeFailure } from '../icao-error'
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
 * @throws IcaoDecodeError (structure `EF.SOD ldsSecurityObject`).
 */
export function decodeLdsSecurityObject(bytes: Uint8Array): LdsSecurityContent {
  const fail = (reason: DecodeFailure, cause?: unknown) =>
    malformedSod('ldsSecurityObject', reason, cause)
  let object: LdsSecurityObject
  try {
    object = AsnParser.parse(bytes, LdsSecurityObject)
  } catch (error) {
    throw fail('bad-value', error)
  }
  if (!Buffer.from(AsnSerializer.serialize(object)).equals(bytes)) {
    // It parsed, but re-encodes differently: BER, or elements the schema dropped.
    throw fail('not-der')
  }
  const expectedVersion =
    object.ldsVersionInfo === undefined
      ? LDS_SECURITY_OBJECT_VERSION.v0
      : LDS_SECURITY_OBJECT_VERSION.v1
  if (object.version !== expectedVersion) {
    throw fail('bad-value') // v1 ⇔ ldsVersionInfo present
  }
  const hashAlgorithm = hashAlgorithmFromOid(object.hashAlgorithm.algorithm)
  if (hashAlgorithm === undefined) throw fail('bad-value')
  const count = object.dataGroupHashValues.length
  if (count < MIN_DATA_GROUP_HASHES || count > MAX_DATA_GROUP) {
    throw fail('bad-length')
  }
  const dataGroupHashes = new Map<number, Uint8Array>()
  for (const { dataGroupNumber, dataGroupHashValue } of object.dataGroupHashValues) {
    if (!Number.isInteger(dataGroupNumber) || dataGroupNumber < 1 || dataGroupNumber > 16) {
      throw fail('bad-value')
    }
    if (dataGroupHashes.has(dataGroupNumber)) throw fail('duplicate-element')
    const hash = new Uint8Array(dataGroupHashValue.buffer)
    if (hash.length !== hashLength(hashAlgorithm)) {
      throw fail('bad-length')
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
