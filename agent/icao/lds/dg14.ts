import { IcaoDecodeError, asBuffer, invalidArgument } from '../icao-error'
import { decodeTlv, decodeTlvs, encodeTlv, expectTlv, readTlv, type Tlv } from '../tlv'
import { decodeObjectIdentifier, encodeObjectIdentifier } from './object-identifier'

/*
 * DG14 (Doc 9303-10 §4.7.14, Doc 9303-11 §9.2): 6E { SET OF SecurityInfo } in DER, where
 * SecurityInfo ::= SEQUENCE { protocol OBJECT IDENTIFIER, requiredData ANY, optionalData ANY OPTIONAL }.
 * This agent writes ActiveAuthenticationInfo (Doc 9303-11 §9.2.6), needed when the AA key is ECDSA:
 *   ActiveAuthenticationInfo ::= SEQUENCE { protocol id-icao-mrtd-security-aaProtocolObject
 *     (2.23.136.1.1.5), version INTEGER (1), signatureAlgorithm OBJECT IDENTIFIER }
 * Other SecurityInfos (Chip Authentication, PACE, Terminal Authentication) are passed in as DER.
 * Hash exactly the bytes returned: DER fixes the order of the SET, and re-encoding a DG14 read
 * from a chip is not guaranteed to give the same bytes back.
 */

const DG14_TAG = 0x6e
const DER = { integer: 0x02, oid: 0x06, sequence: 0x30, set: 0x31 } as const

/** id-icao-mrtd-security-aaProtocolObject. */
export const ACTIVE_AUTHENTICATION_PROTOCOL = '2.23.136.1.1.5'

/** A SecurityInfo to put into DG14. */
export type SecurityInfoInput =
  | {
      readonly kind: 'active-authentication'
      /** The AA signature algorithm, e.g. ecdsa-with-SHA256 1.2.840.10045.4.3.2. */
      readonly signatureAlgorithm: string
    }
  | {
      /** A SecurityInfo encoded elsewhere: one DER SEQUENCE starting with its protocol OID. */
      readonly kind: 'der'
      readonly der: Uint8Array
    }

/** A SecurityInfo read from DG14. */
export interface SecurityInfo {
  readonly protocol: string
  /** The SecurityInfo as it appears in DG14. */
  readonly der: Buffer
  /** Present for ActiveAuthenticationInfo. */
  readonly activeAuthentication?: { readonly version: number; readonly signatureAlgorithm: string }
}

/** DG14 read back, SecurityInfos in the order of the SET. */
export interface Dg14 {
  readonly securityInfos: readonly SecurityInfo[]
}

/**
 * Encodes DG14 from one or more SecurityInfos, sorted as DER requires for a SET OF (X.690
 * §11.6). Throws `INVALID_ARGUMENT` for a malformed OID or a passed-in SecurityInfo that is not a
 * single DER SEQUENCE starting with an OID.
 */
export function encodeDg14(infos: readonly SecurityInfoInput[]): Buffer {
  if (infos.length === 0) throw invalidArgument('securityInfos', 'required')
  const encoded = infos.map((info, index) => {
    const field = `securityInfos[${index}]`
    switch (info.kind) {
      case 'active-authentication':
        return encodeTlv(DER.sequence, [
          encodeTlv(DER.oid, encodeObjectIdentifier(field, ACTIVE_AUTHENTICATION_PROTOCOL)),
          encodeTlv(DER.integer, Buffer.from([1])),
          encodeTlv(
            DER.oid,
            encodeObjectIdentifier(`${field}.signatureAlgorithm`, info.signatureAlgorithm),
          ),
        ])
      case 'der':
        return checkedSecurityInfo(field, asBuffer(info.der))
    }
  })
  return encodeTlv(DG14_TAG, [encodeTlv(DER.set, encoded.sort(derSetOrder))])
}

/**
 * Decodes DG14 into its SecurityInfos, each with its protocol OID and its DER; Active
 * Authentication infos are read out. Throws {@link IcaoDecodeError} (structure `DG14`) for
 * malformed bytes; never anything else.
 */
export function decodeDg14(bytes: Uint8Array): Dg14 {
  const structure = 'DG14'
  const set = decodeTlv(expectTlv(bytes, DG14_TAG, structure), structure)
  if (set.tag !== DER.set) throw new IcaoDecodeError(structure, 'unexpected-tag')
  const securityInfos: SecurityInfo[] = []
  for (let offset = 0; offset < set.value.length;) {
    const info = readTlv(set.value, offset, structure)
    offset = info.end
    securityInfos.push(
      decodeSecurityInfo(info, set.value.subarray(info.offset, info.end), structure),
    )
  }
  return { securityInfos }
}

function decodeSecurityInfo(info: Tlv, der: Buffer, structure: string): SecurityInfo {
  if (info.tag !== DER.sequence) throw new IcaoDecodeError(structure, 'unexpected-tag')
  const [protocolElement, ...data] = decodeTlvs(info.value, structure)
  if (protocolElement?.tag !== DER.oid || data.length === 0) {
    throw new IcaoDecodeError(structure, 'missing-element')
  }
  const protocol = decodeObjectIdentifier(structure, protocolElement.value)
  if (protocol !== ACTIVE_AUTHENTICATION_PROTOCOL) return { protocol, der }
  const [version, algorithm] = data
  if (version?.tag !== DER.integer || algorithm?.tag !== DER.oid || data.length !== 2) {
    throw new IcaoDecodeError(structure, 'missing-element')
  }
  if (
    version.value.length < 1 ||
    version.value.length > 4 ||
    ((version.value[0] ?? 0) & 0x80) !== 0
  ) {
    throw new IcaoDecodeError(structure, 'bad-value')
  }
  return {
    protocol,
    der,
    activeAuthentication: {
      version: version.value.readUIntBE(0, version.value.length),
      signatureAlgorithm: decodeObjectIdentifier(structure, algorithm.value),
    },
  }
}

function checkedSecurityInfo(field: string, der: Buffer): Buffer {
  try {
    const sequence = decodeTlv(der)
    const [protocol] = decodeTlvs(sequence.value)
    if (sequence.tag === DER.sequence && protocol?.tag === DER.oid) {
      decodeObjectIdentifier(field, protocol.value)
      return der
    }
  } catch {
    // Reported below as one reason: the caller needs to know the value is not a SecurityInfo.
  }
  throw invalidArgument(field, 'not-der')
}

/** X.690 §11.6: SET OF elements in ascending order of their encodings, shorter ones 0-padded. */
function derSetOrder(a: Buffer, b: Buffer): number {
  const length = Math.max(a.length, b.length)
  const pad = (value: Buffer) => Buffer.concat([value, Buffer.alloc(length - value.length)])
  return Buffer.compare(pad(a), pad(b))
}
