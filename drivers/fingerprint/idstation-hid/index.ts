export { IDSTATION_HID_DESCRIPTOR } from './descriptor'
export {
  IDSTATION_HID_DEFAULT_OPTIONS,
  IdstationHidScanner,
  type IdstationHidOptions,
} from './driver'
export { COMMAND, EVENT, UNIT_CODE, UNIT_POSITIONS, type DeviceInfo } from './commands'
export {
  crc16CcittFalse,
  encodeFrame,
  FRAME_TYPE,
  FrameAssembler,
  MAX_PAYLOAD,
  REPORT_SIZE,
  type Frame,
  type FrameType,
} from './frames'
export { STATUS, type StatusName } from './status'
