import {
  AsnArray,
  AsnProp,
  AsnPropTypes,
  AsnType,
  AsnTypeTypes,
  OctetString,
} from '@peculiar/asn1-schema'
import { AlgorithmIdentifier } from '@peculiar/asn1-x509'

/*
 * ICAO 9303-10 §4.6.2.2 LDSSecurityObject, as @peculiar/asn1-schema classes. The schema is
 * attached by calling the decorators directly: the project compiles with standard (TC39)
 * decorators, and asn1-schema's are the legacy kind.
 */

/** `DataGroupHash ::= SEQUENCE { dataGroupNumber DataGroupNumber, dataGroupHashValue OCTET STRING }` */
export class DataGroupHash {
  dataGroupNumber = 0
  dataGroupHashValue = new OctetString()

  constructor(params: Partial<DataGroupHash> = {}) {
    Object.assign(this, params)
  }
}
AsnProp({ type: AsnPropTypes.Integer })(DataGroupHash.prototype, 'dataGroupNumber')
AsnProp({ type: OctetString })(DataGroupHash.prototype, 'dataGroupHashValue')

/** `SEQUENCE SIZE (2..ub-DataGroups) OF DataGroupHash` */
export class DataGroupHashValues extends AsnArray<DataGroupHash> {
  constructor(items?: DataGroupHash[]) {
    super(items)
    Object.setPrototypeOf(this, DataGroupHashValues.prototype)
  }
}
AsnType({ type: AsnTypeTypes.Sequence, itemType: DataGroupHash })(DataGroupHashValues)

/** `LDSVersionInfo ::= SEQUENCE { ldsVersion PrintableString, unicodeVersion PrintableString }` */
export class LdsVersionInfo {
  ldsVersion = ''
  unicodeVersion = ''

  constructor(params: Partial<LdsVersionInfo> = {}) {
    Object.assign(this, params)
  }
}
AsnProp({ type: AsnPropTypes.PrintableString })(LdsVersionInfo.prototype, 'ldsVersion')
AsnProp({ type: AsnPropTypes.PrintableString })(LdsVersionInfo.prototype, 'unicodeVersion')

/** `LDSSecurityObjectVersion ::= INTEGER { v0(0), v1(1) }`; v1 carries ldsVersionInfo (LDS 1.8). */
export const LDS_SECURITY_OBJECT_VERSION = { v0: 0, v1: 1 } as const

/**
 * ```asn
 * LDSSecurityObject ::= SEQUENCE {
 *   version LDSSecurityObjectVersion,
 *   hashAlgorithm DigestAlgorithmIdentifier,
 *   dataGroupHashValues SEQUENCE SIZE (2..ub-DataGroups) OF DataGroupHash,
 *   ldsVersionInfo LDSVersionInfo OPTIONAL }
 * ```
 */
export class LdsSecurityObject {
  version: number = LDS_SECURITY_OBJECT_VERSION.v0
  hashAlgorithm = new AlgorithmIdentifier()
  dataGroupHashValues = new DataGroupHashValues()
  ldsVersionInfo?: LdsVersionInfo

  constructor(params: Partial<LdsSecurityObject> = {}) {
    Object.assign(this, params)
  }
}
AsnProp({ type: AsnPropTypes.Integer })(LdsSecurityObject.prototype, 'version')
AsnProp({ type: AlgorithmIdentifier })(LdsSecurityObject.prototype, 'hashAlgorithm')
AsnProp({ type: DataGroupHashValues })(LdsSecurityObject.prototype, 'dataGroupHashValues')
AsnProp({ type: LdsVersionInfo, optional: true })(LdsSecurityObject.prototype, 'ldsVersionInfo')
