import { createHash } from 'node:crypto'
import { OID } from './oids'

/** The hash functions ICAO 9303-12 allows for the data group hashes and the CMS digest. */
export type SodHashAlgorithm = 'sha256' | 'sha384' | 'sha512'

/** Every supported hash algorithm, strongest last. */
export const SOD_HASH_ALGORITHMS: readonly SodHashAlgorithm[] = ['sha256', 'sha384', 'sha512']

const HASH_OIDS = {
  sha256: OID.sha256,
  sha384: OID.sha384,
  sha512: OID.sha512,
} as const satisfies Record<SodHashAlgorithm, string>

const HASH_LENGTHS = { sha256: 32, sha384: 48, sha512: 64 } as const satisfies Record<
  SodHashAlgorithm,
  number
>

/** The OID an AlgorithmIdentifier carries for `algorithm` (RFC 5754). */
export function hashAlgorithmOid(algorithm: SodHashAlgorithm): string {
  return HASH_OIDS[algorithm]
}

/** The algorithm an OID names, or undefined when EF.SOD may not use it. */
export function hashAlgorithmFromOid(oid: string): SodHashAlgorithm | undefined {
  return SOD_HASH_ALGORITHMS.find(algorithm => HASH_OIDS[algorithm] === oid)
}

/** The digest length in bytes: what every data group hash of that algorithm must have. */
export function hashLength(algorithm: SodHashAlgorithm): number {
  return HASH_LENGTHS[algorithm]
}

/** Node's hash names happen to match ours; this keeps that coincidence in one place. */
export function digest(algorithm: SodHashAlgorithm, data: Uint8Array): Uint8Array {
  return createHash(algorithm).update(data).digest()
}
