export { buildMrz, buildTd1, buildTd3, type BuiltMrz } from './build-mrz'
export { checkDigitCharacter, mrzCheckDigit } from './check-digit'
export { bacSeedFields, mrzInformation, type BacSeedFields } from './mrz-information'
export {
  MRZ_SHAPE,
  type Mrz,
  type MrzCommonFields,
  type MrzCommonInput,
  type MrzFields,
  type MrzFormat,
  type MrzInput,
  type Sex,
  type Td1Fields,
  type Td1Input,
  type Td3Fields,
  type Td3Input,
} from './mrz-types'
export { mrzNameParts, type MrzNameInput, type MrzNameParts } from './mrz-name-parts'
export { transliterateToLatin } from './transliterate'
export { parseMrz, type MrzCheck, type MrzFieldProblem, type ParsedMrz } from './parse-mrz'
