import {
  decodeFingerImageRecord,
  encodeFingerImageRecord,
  fingerBiometricSubtype,
  type FingerImageRecord,
} from '../biometrics/finger-image-record'
import { IcaoDecodeError, invalidArgument } from '../icao-error'
import { encodeTlv, expectTlv } from '../tlv'
import {
  BIOMETRIC_TYPE,
  FORMAT_OWNER_SC37,
  FORMAT_TYPE,
  decodeBiometricGroup,
  encodeBiometricGroup,
} from './cbeff'

/*
 * DG3 (Doc 9303-10 §4.7.3): 63 { 7F61 { 02 n, 7F60 { A1 { 81 08, 82 subtype, 87 0101, 88 0007 },
 * 5F2E ISO/IEC 19794-4:2005 finger image record } … } }, one template per record. DG3 is only
 * readable after EAC terminal authentication; encoding it is the same as for any data group.
 */

const DG3_TAG = 0x63

/** DG3 read back: one finger image record per template, in order. */
export interface Dg3 {
  readonly records: readonly FingerImageRecord[]
}

/**
 * Encodes DG3, one biometric template per finger image record. The header's subtype names the
 * finger (right index 09, left thumb 06, …) when all images of a record show the same position,
 * and is 0 otherwise. Throws `INVALID_ARGUMENT` naming the field, as the record encoder does.
 */
export function encodeDg3(records: readonly FingerImageRecord[]): Buffer {
  if (records.length === 0) throw invalidArgument('records', 'required')
  const templates = records.map(record => {
    const positions = new Set(record.fingers.map(finger => finger.position))
    const [position] = positions
    return {
      header: {
        type: BIOMETRIC_TYPE.finger,
        subtype:
          positions.size === 1 && position !== undefined ? fingerBiometricSubtype(position) : 0,
        formatOwner: FORMAT_OWNER_SC37,
        formatType: FORMAT_TYPE.finger19794,
      },
      data: encodeFingerImageRecord(record),
    }
  })
  return encodeTlv(DG3_TAG, encodeBiometricGroup(templates))
}

/**
 * Decodes DG3 into its finger image records. Throws {@link IcaoDecodeError} (structure `DG3` or
 * `finger-image-record`) for malformed bytes or a template in another format than 19794-4.
 */
export function decodeDg3(bytes: Uint8Array): Dg3 {
  const structure = 'DG3'
  const templates = decodeBiometricGroup(expectTlv(bytes, DG3_TAG, structure), structure)
  const records = templates.map(template => {
    const { type, formatOwner, formatType } = template.header
    if (
      type !== BIOMETRIC_TYPE.finger ||
      formatOwner !== FORMAT_OWNER_SC37 ||
      formatType !== FORMAT_TYPE.finger19794
    ) {
      throw new IcaoDecodeError(structure, 'bad-value')
    }
    return decodeFingerImageRecord(template.data)
  })
  return { records }
}
