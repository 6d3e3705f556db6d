export {
  BIOMETRIC_TYPE,
  FORMAT_OWNER_SC37,
  FORMAT_TYPE,
  decodeBiometricGroup,
  encodeBiometricGroup,
  type BiometricHeader,
  type BiometricTemplate,
} from './cbeff'
export { decodeCom, encodeCom, type EfCom } from './com'
export {
  LDS_FILES,
  dataGroupByTag,
  dataGroupFile,
  type DataGroupNumber,
  type LdsFile,
  type LdsFileKey,
} from './data-group-files'
export { decodeDg1, encodeDg1, type Dg1 } from './dg1'
export { decodeDg2, encodeDg2, type Dg2, type Dg2EncodeOptions, type PortraitInput } from './dg2'
export { decodeDg3, encodeDg3, type Dg3 } from './dg3'
export { decodeDg11, dg11FullName, encodeDg11, type Dg11 } from './dg11'
export { decodeDg12, encodeDg12, type Dg12 } from './dg12'
export {
  ACTIVE_AUTHENTICATION_PROTOCOL,
  decodeDg14,
  encodeDg14,
  type Dg14,
  type SecurityInfo,
  type SecurityInfoInput,
} from './dg14'
export { decodeDg15, encodeDg15, type Dg15 } from './dg15'
